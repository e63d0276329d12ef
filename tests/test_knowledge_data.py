"""Consistency of the bundled knowledge data files."""

from __future__ import annotations

from collections import Counter
from datetime import date

from parley.knowledge import bundled_path, load_knowledge, read_table

_NON_STATE = {"UNO", "EUR", "IGO", "NGO", "IMG"}  # IMG: leaders of a group acting across borders


def test_knowledge_data_people_codes_are_known_countries() -> None:
    kb = load_knowledge()
    known = set(kb.country_names) | _NON_STATE
    people = [e for e in kb.actors if e.kind == "person"]
    assert people
    assert {e.code for e in people} <= known
    for entry in people:
        assert entry.valid_from is not None, entry
        assert entry.valid_to is None or entry.valid_to >= entry.valid_from, entry


def test_knowledge_data_one_current_row_per_country() -> None:
    rows = read_table(
        bundled_path("countries.tsv"),
        "countries",
        ("code", "name"),
        ("aliases", "demonyms", "capitals", "valid_from", "valid_to"),
    )
    current = Counter(r.get("code") for r in rows if not r.get("valid_from") and not r.get("valid_to"))
    assert current and max(current.values()) == 1
    assert {"USA", "RUS", "CHN", "PRK", "KOR", "TWN", "PSE", "HKG", "XKX", "VAT"} <= set(current)


def test_knowledge_data_country_phrases_are_unambiguous() -> None:
    """An undated phrase names two current countries only as the name of one and another name of the
    other ("Congo"): the article decides between them, the country it is the name of by default."""
    kb = load_knowledge()
    found: dict[str, list[tuple[str, str]]] = {}
    for entry in kb.actors:
        if entry.kind in {"name", "alias", "demonym"} and not entry.dated:
            found.setdefault(entry.phrase, []).append((entry.code, entry.kind))
    clashes = {
        phrase: readings
        for phrase, readings in found.items()
        if len({code for code, _ in readings}) > 1
        and (len(readings) != 2 or sorted(kind for _, kind in readings) != ["alias", "name"])
    }
    assert clashes == {}


def test_knowledge_data_gazetteer_rows_are_well_formed() -> None:
    kb = load_knowledge()
    gaz = kb.gazetteer
    assert len(gaz) > 30000
    capitals = [gaz.lookup(city, code) for code, city in kb.capitals.items() if code in {"FRA", "JPN", "KOR"}]
    assert all(c is not None and c.feature_code == "PPLC" for c in capitals)
    size = bundled_path("gazetteer.tsv").stat().st_size
    assert size < 6 * 1024 * 1024


def test_knowledge_groups_are_coded_by_country_with_sector() -> None:
    from parley.knowledge import load_knowledge

    farc = load_knowledge().actor_lookup("FARC")
    assert farc and farc[0].code == "COL" and farc[0].sector == "REB" and farc[0].kind == "group"


def test_knowledge_data_national_charity_is_coded_by_its_country() -> None:
    # a charity working from one country is that country's (training gold: Qatar Charity QAT 3 of 3)
    from parley.knowledge import load_knowledge

    charity = load_knowledge().actor_lookup("Qatar Charity")
    assert charity and charity[0].code == "QAT" and charity[0].sector == "CVL"


def _rows(name: str) -> list[dict[str, str]]:
    from parley.knowledge._load import bundled_path

    lines = [line for line in bundled_path(name).read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    header = lines[0].split("\t")
    width = len(header)
    return [dict(zip(header, (line.split("\t") + [""] * width)[:width], strict=True)) for line in lines[1:]]


def test_knowledge_data_people_cover_the_news_with_valid_terms() -> None:
    import random
    from datetime import date

    rows = _rows("people.tsv")
    assert len(rows) >= 5000
    assert len({r["code"] for r in rows}) >= 180  # every UN member and the main bodies
    for row in random.Random(7).sample(rows, 500):
        start = date.fromisoformat(row["valid_from"]) if row["valid_from"] else None
        end = date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
        assert row["name"].strip() and row["office"].strip(), row
        assert len(row["code"]) == 3 and row["code"].isupper(), row
        assert start is None or end is None or start < end, row
        assert start is None or date(1900, 1, 1) < start < date(2027, 1, 1), row


def test_knowledge_data_organisations_cover_the_news() -> None:
    names = [r["name"] for f in ("igos.tsv", "groups.tsv", "bodies.tsv") for r in _rows(f)]
    assert len(names) >= 1000
    assert len(names) == len(set(names)), "an organisation is listed twice"


def test_knowledge_data_regions_place_provinces_and_never_shadow_a_country() -> None:
    kb = load_knowledge()
    gaz = kb.gazetteer
    for region, code in {
        "Sabah": "MYS",
        "Borno State": "NGA",
        "Rakhine": "MMR",
        "Tigray": "ETH",
        "Donbas": "UKR",
    }.items():
        entry = gaz.lookup(region)
        assert entry is not None and entry.country == code, region
    rows = bundled_path("regions.tsv").read_text(encoding="utf-8").splitlines()
    names = {n.casefold() for n in kb.country_names.values()} | {c.casefold() for c in kb.capitals.values()}
    for line in rows:
        if line.startswith("#") or line.startswith("geonameid"):
            continue
        fields = line.split("\t")
        assert len(fields) == 9, line
        assert not fields[4] or fields[4] in kb.country_names, line
        assert fields[1].casefold() not in names, line  # "Georgia" the US state would hide the country


def test_knowledge_data_namesake_divisions_stay_out_of_lookups() -> None:
    # each row is named like a state, so the state keeps its name in every lookup
    kb = load_knowledge()
    names = {n.casefold() for n in kb.country_names.values()}
    text = bundled_path("namesake_divisions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines()]
    rows = [r for r in rows if not r[0].startswith(("#", "geonameid"))]
    assert rows
    for fields in rows:
        assert len(fields) == 9 and fields[8] == "ADM1" and fields[1].casefold() in names, fields
        assert all(e.country != fields[4] for e in kb.gazetteer.candidates(fields[1])), fields
        assert any(e.country == fields[4] for e in kb.gazetteer.divisions_named(fields[1])), fields


def test_knowledge_data_acronyms_said_as_words_have_their_title_case_spelling() -> None:
    # British outlets write "Nato", "Caricom", "Unicef": each such alias stands beside its capitals
    phrases = {entry.phrase: entry.code for entry in load_knowledge().actors}
    for title, upper in (("Nato", "NATO"), ("Caricom", "CARICOM"), ("Unicef", "UNICEF"), ("Opec", "OPEC")):
        assert phrases.get(title) == phrases[upper]
    assert "Greco" not in phrases and "Shape" not in phrases  # a surname and a word stay free


def test_knowledge_data_offices_and_ministries_stand_for_their_government() -> None:
    kb = load_knowledge()
    for phrase, code in {"Taoiseach": "IRL", "Wisma Putra": "MYS", "Itamaraty": "BRA", "Foggy Bottom": "USA"}.items():
        found = kb.actor_lookup(phrase)
        assert found and found[0].code == code and found[0].sector == "GOV", phrase


def test_knowledge_data_organisation_rows_have_valid_codes_sectors_and_unique_aliases() -> None:
    import random

    sectors = {r["sector"] for r in _rows("sectors.tsv")} | {"MED", "JRN", "CVL"}
    rows = _rows("igos.tsv")
    assert len(rows) >= 1000
    owner: dict[str, str] = {}
    for row in rows:
        for phrase in [row["name"], *filter(None, row["aliases"].split("|"))]:
            assert owner.setdefault(phrase, row["name"]) == row["name"], (phrase, row["name"], owner[phrase])
    for row in random.Random(11).sample(rows, 300) + rows[-150:]:  # a spread and the latest additions
        assert row["code"] in {"UNO", "EUR", "IGO", "NGO"}, row
        assert row["name"].strip() == row["name"] and row["name"], row
        assert all(a.strip() == a and a for a in row["aliases"].split("|") if row["aliases"]), row
        assert not row["sector"] or row["sector"] in sectors, row


def test_knowledge_data_earlier_missions_regional_bodies_and_courts_resolve() -> None:
    kb = load_knowledge()
    expected = {
        "UNTAG": ("UNO", "MIL"),
        "ONUC": ("UNO", "MIL"),
        "MIPONUH": ("UNO", "COP"),
        "Mano River Union": ("IGO", ""),
        "Warsaw Pact": ("IGO", "MIL"),
        "Iran-United States Claims Tribunal": ("IGO", "JUD"),
        "Court of Justice of the Andean Community": ("IGO", "JUD"),
        "FONPLATA": ("IGO", ""),
        "ECtHR": ("IGO", "JUD"),
    }
    for phrase, (code, sector) in expected.items():
        found = kb.actor_lookup(phrase)
        assert found and (found[0].code, found[0].sector or "") == (code, sector), (phrase, found)


def test_knowledge_data_state_news_agencies_speak_for_their_country_private_outlets_stay_unlisted() -> None:
    kb = load_knowledge()
    for phrase, code in {"KCNA": "PRK", "Xinhua": "CHN", "IRNA": "IRN", "Prensa Latina": "CUB", "ANGOP": "AGO"}.items():
        found = kb.actor_lookup(phrase)
        assert found and (found[0].code, found[0].sector) == (code, "MED"), (phrase, found)
    assert not kb.actor_lookup("Reuters") and not kb.actor_lookup("Sana")  # a wire service; a name, not SANA


def test_knowledge_data_small_states_have_their_forces_parties_and_parliaments() -> None:
    kb = load_knowledge()
    expected = {
        "Estonian Defence Forces": ("EST", "MIL"),
        "Homeland Union": ("LTU", "PTY"),
        "Vanuatu Mobile Force": ("VUT", "MIL"),
        "Jamaica Constabulary Force": ("JAM", "COP"),
        "Legislative Assembly of Costa Rica": ("CRI", "LEG"),
    }
    for phrase, (code, sector) in expected.items():
        found = kb.actor_lookup(phrase)
        assert found and (found[0].code, found[0].sector) == (code, sector), (phrase, found)


def test_knowledge_data_former_capital_is_government_only_while_it_was_the_capital() -> None:
    from datetime import date

    kb = load_knowledge()

    def governments(phrase: str, day: date) -> set[str]:
        return {e.code for e in kb.actor_lookup(phrase, day) if e.kind == "capital"}

    assert governments("Almaty", date(1995, 5, 1)) == {"KAZ"}
    assert governments("Alma-Ata", date(1993, 1, 1)) == {"KAZ"}
    assert not governments("Almaty", date(2015, 5, 1))  # Astana has been the seat since December 1997


def test_knowledge_data_taiwan_islands_and_short_city_names_are_places() -> None:
    gaz = load_knowledge().gazetteer
    for place, code in {
        "Penghu": "TWN",
        "Pescadores": "TWN",
        "Kinmen County": "TWN",
        "Matsu Islands": "TWN",
        "Pingtung": "TWN",
        "Cluj": "ROU",
    }.items():
        entry = gaz.lookup(place)
        assert entry is not None and entry.country == code, place


def test_knowledge_data_provinces_districts_crossings_and_short_city_spellings_are_places() -> None:
    gaz = load_knowledge().gazetteer
    for place, code in {
        "Guadalcanal": "SLB",
        "Chukha": "BTN",
        "Valikamam North": "LKA",
        "Gauteng": "ZAF",
        "Matabeleland South": "ZWE",
        "Nimba County": "LBR",
        "Oecusse": "TLS",
        "Inagua": "BHS",
        "Holl Holl": "DJI",
        "Al Ghaydah": "YEM",
        "Kapitan Andreevo": "BGR",
        "Pétion-Ville": "HTI",
        "St. Petersburg": "RUS",
        "Chittagong": "BGD",
        "Hodeidah": "YEM",
    }.items():
        entry = gaz.lookup(place)
        assert entry is not None and entry.country == code, place
    florida = gaz.lookup("St. Petersburg", "USA")  # Florida's city where the story is American
    assert florida is not None and florida.country == "USA"


def test_knowledge_data_body_known_by_its_earlier_name_resolves() -> None:
    # North Korea's reunification committee was long named "... of the Country" before "... of the Fatherland"
    found = load_knowledge().actor_lookup("Committee for the Peaceful Reunification of the Country")
    assert found and (found[0].code, found[0].sector) == ("PRK", "GOV"), found


def test_knowledge_data_state_bodies_by_their_short_names_resolve() -> None:
    kb = load_knowledge()

    def reading(name: str) -> set[tuple[str, str | None]]:
        return {(e.code, e.sector) for e in kb.actor_lookup(name)}

    assert reading("Fisheries Surveillance Force") == {("VNM", "COP")}
    assert reading("Defence League") == {("EST", "MIL")}
    assert reading("Rescue 1122") == {("PAK", "GOV")}
    assert reading("Riksbank") == {("SWE", "GOV")}
    assert reading("Department of the Treasury") == {("USA", "GOV")}
    assert reading("HM Treasury") == {("GBR", "GOV")}
    assert reading("Farnesina") == {("ITA", "GOV")}
    # short names two states' bodies share are left to the story ("Border Force": Britain's and Australia's)
    assert reading("Border Force") == {("GBR", "COP"), ("AUS", "COP")}
    assert reading("the AFP") == {("PHL", "MIL"), ("AUS", "COP")}
    assert reading("National Intelligence Service") == {("KOR", "SPY"), ("KEN", "SPY")}
    # "Treasury" alone is every Commonwealth finance ministry's name too: no state of its own
    assert reading("Treasury") == set()
    assert reading("AFP") == set()  # the French news agency's credit, not a state body


def test_knowledge_data_sector_phrases_are_listed_once() -> None:
    # A second row for a phrase silently replaces the first, so a changed sector would be lost.
    counts = Counter(r["phrase"].lower() for r in _rows("sectors.tsv"))
    assert [phrase for phrase, n in counts.items() if n > 1] == []
