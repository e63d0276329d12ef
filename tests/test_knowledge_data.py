"""Consistency of the bundled knowledge data files."""

from __future__ import annotations

from collections import Counter
from datetime import date

from _knowledge_setup import offices
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


def test_knowledge_data_a_person_resolves_to_the_office_held_on_the_date() -> None:
    from datetime import date

    from parley.knowledge import load_knowledge

    entries = [a for a in load_knowledge().actors if a.phrase == "Vladimir Putin" and a.office == "President"]
    assert entries and all(e.code == "RUS" for e in entries)
    assert any(e.valid_on(date(2003, 5, 1)) for e in entries)
    assert not any(e.valid_on(date(2010, 5, 1)) for e in entries)  # prime minister then


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


def test_knowledge_data_army_chiefs_and_interior_ministers_hold_office_on_their_dates() -> None:
    assert offices("Anupong Paochinda", date(2009, 3, 1)) == {("THA", "Army Commander")}
    assert offices("Anupong Paochinda", date(2016, 3, 1)) == {("THA", "Interior Minister")}
    assert ("IND", "Chief of Army Staff") in offices("V. K. Singh", date(2011, 1, 1))
    assert not offices("Shavendra Silva", date(2018, 1, 1))  # army commander only from August 2019
    assert offices("Hissein Brahim Taha", date(2023, 1, 1)) == {("IGO", "OIC Secretary General")}


def test_knowledge_data_smaller_states_ministers_and_regional_secretaries_hold_office_on_their_dates() -> None:
    assert offices("Claus Hjort Frederiksen", date(2018, 1, 1)) == {("DNK", "Defence Minister")}
    assert offices("Michelle Bachelet", date(2003, 1, 1)) == {("CHL", "Defence Minister")}
    assert ("LVA", "Defence Minister") in offices("Artis Pabriks", date(2020, 1, 1))
    assert not offices("Artis Pabriks", date(2016, 1, 1))  # Bergmanis held the ministry between his terms
    assert offices("Søren Gade", date(2006, 1, 1)) == {("DNK", "Defence Minister")}  # the alias in Danish spelling
    assert offices("Rashid Alimov", date(2017, 1, 1)) == {("IGO", "SCO Secretary-General")}
    assert offices("Imangali Tasmagambetov", date(2024, 1, 1)) == {("IGO", "CSTO Secretary General")}


def test_knowledge_data_un_deputies_spokespeople_and_ngo_heads_hold_office_on_their_dates() -> None:
    assert offices("Amina Mohammed", date(2020, 1, 1)) == {("UNO", "UN Deputy Secretary-General")}
    assert ("UNO", "UN Deputy Secretary-General") in offices("Jan Eliasson", date(2014, 1, 1))
    assert not offices("Jan Eliasson", date(2018, 1, 1))  # Amina Mohammed's deputy term by then
    assert offices("Melissa Fleming", date(2015, 1, 1)) == {("UNO", "UNHCR Chief Spokesperson")}
    assert offices("Kenneth Roth", date(2010, 1, 1)) == {("NGO", "Human Rights Watch Executive Director")}
    assert offices("Workneh Gebeyehu", date(2021, 1, 1)) == {("IGO", "IGAD Executive Secretary")}


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


def test_knowledge_data_ministry_military_and_armed_group_spokespeople_hold_office_on_their_dates() -> None:
    assert offices("Raveesh Kumar", date(2019, 3, 1)) == {("IND", "Foreign Ministry Spokesperson")}
    assert not offices("Raveesh Kumar", date(2022, 1, 1))  # Arindam Bagchi's term by then
    assert offices("Tanju Bilgic", date(2022, 1, 1)) == {("TUR", "Foreign Ministry Spokesperson")}
    assert offices("Daniel Hagari", date(2024, 1, 1)) == {("ISR", "IDF Spokesperson")}
    assert offices("Yahya Saree", date(2024, 1, 1)) == {("YEM", "Houthi Military Spokesman")}
    assert offices("Lee Sang-min", date(2023, 1, 1)) == {("KOR", "Interior Minister")}
    assert offices("Riad Seif", date(2017, 9, 1)) == {("SYR", "Syrian National Coalition President")}


def test_knowledge_data_vice_presidents_prime_ministers_and_defence_heads_hold_office_on_their_dates() -> None:
    assert offices("Julio Cobos", date(2009, 6, 1)) == {("ARG", "Vice President")}
    assert offices("Cristina Fernandez de Kirchner", date(2021, 6, 1)) == {("ARG", "Vice President")}
    assert offices("Oscar Naranjo", date(2018, 1, 1)) == {("COL", "Vice President")}
    assert offices("Karim Khalili", date(2010, 1, 1)) == {("AFG", "Second Vice President")}
    assert offices("Alberto Otarola", date(2023, 6, 1)) == {("PER", "Prime Minister")}
    assert not offices("Alberto Otarola", date(2024, 6, 1))  # Gustavo Adrianzen's term by then
    assert offices("Hosei Norota", date(1999, 3, 1)) == {("JPN", "Defence Agency Director General")}
    assert offices("Levan Izoria", date(2018, 1, 1)) == {("GEO", "Defence Minister")}
    assert offices("Irakli Garibashvili", date(2020, 6, 1)) == {("GEO", "Defence Minister")}
    assert offices("Irakli Garibashvili", date(2022, 6, 1)) == {("GEO", "Prime Minister")}
    assert offices("Radmila Sekerinska", date(2020, 1, 1)) == {("MKD", "Defence Minister")}
    assert offices("Ante Kotromanovic", date(2014, 1, 1)) == {("HRV", "Defence Minister")}


def test_knowledge_data_recent_foreign_ministers_and_un_mission_heads_hold_office_on_their_dates() -> None:
    assert offices("Ana Cecilia Gervasi", date(2023, 3, 1)) == {("PER", "Foreign Minister")}
    assert not offices("Ana Cecilia Gervasi", date(2024, 3, 1))  # Javier Gonzalez-Olaechea's term by then
    assert offices("Hussein Awad Ali", date(2024, 6, 1)) == {("SDN", "Foreign Minister")}
    assert offices("Ali Youssef", date(2025, 1, 1)) == {("SDN", "Foreign Minister")}
    assert not offices("Ali Youssef", date(2024, 6, 1))  # Hussein Awad Ali held it between his two terms
    assert offices("Gent Cakaj", date(2020, 1, 1)) == {("ALB", "Acting Foreign Minister")}
    assert offices("Bakhtiyor Saidov", date(2024, 1, 1)) == {("UZB", "Foreign Minister")}
    assert offices("Malick Diaw", date(2022, 1, 1)) == {("MLI", "National Transitional Council President")}
    assert offices("Volker Perthes", date(2022, 1, 1)) == {("UNO", "UN Special Representative for Sudan")}
    assert offices("Joyce Msuya", date(2024, 9, 1)) == {("UNO", "Acting UN Emergency Relief Coordinator")}


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


def test_knowledge_data_african_and_middle_eastern_office_holders_hold_office_on_their_dates() -> None:
    assert offices("Chérif Mahamat Zene", date(2019, 1, 1)) == {("TCD", "Foreign Minister")}
    assert not offices("Chérif Mahamat Zene", date(2021, 1, 1))  # Amine Abba Sidick's term between his two
    assert offices("Amine Abba Sidick", date(2021, 1, 1)) == {("TCD", "Foreign Minister")}
    assert offices("Hissein Brahim Taha", date(2017, 6, 1)) == {("TCD", "Foreign Minister")}
    assert offices("Hissein Brahim Taha", date(2023, 1, 1)) == {("IGO", "OIC Secretary General")}
    assert offices("Célestin Mbala Musense", date(2020, 1, 1)) == {("COD", "Chief of General Staff")}
    assert offices("Jean Bosco Kazura", date(2021, 1, 1)) == {("RWA", "Chief of Defence Staff")}
    assert offices("Martins Okoth Ochola", date(2020, 1, 1)) == {("UGA", "Inspector General of Police")}
    assert not offices("Martins Okoth Ochola", date(2024, 6, 1))  # Abbas Byakagaba's term by then
    assert offices("Lotfi Brahem", date(2018, 1, 1)) == {("TUN", "Interior Minister")}
    assert offices("Ahmadreza Radan", date(2024, 1, 1)) == {("IRN", "Police Chief")}
    assert offices("Reem Al Hashimy", date(2023, 1, 1)) == {("ARE", "Minister of State for International Cooperation")}


def test_knowledge_data_police_chiefs_security_ministers_and_regional_governors_hold_office_on_their_dates() -> None:
    assert offices("Ronald dela Rosa", date(2017, 1, 1)) == {("PHL", "Philippine National Police Chief")}
    assert not offices("Ronald dela Rosa", date(2019, 1, 1))  # Oscar Albayalde's term by then
    assert offices("Tiran Alles", date(2023, 6, 1)) == {("LKA", "Public Security Minister")}
    assert offices("Ramesh Lekhak", date(2025, 1, 1)) == {("NPL", "Home Minister")}
    assert not offices("Rabi Lamichhane", date(2023, 6, 1))  # between his two terms
    assert offices("Agne Bilotaite", date(2022, 1, 1)) == {("LTU", "Interior Minister")}
    assert not offices("Rihards Kozlovskis", date(2021, 1, 1))  # between his two terms
    assert offices("Nenad Nesic", date(2024, 1, 1)) == {("BIH", "Security Minister")}
    assert offices("Sifet Podzic", date(2021, 1, 1)) == {("BIH", "Defence Minister")}
    assert offices("Babar Iftikhar", date(2021, 1, 1)) == {("PAK", "ISPR Director General")}
    assert offices("Ivan Fedorov", date(2022, 3, 15)) == {("UKR", "Mayor of Melitopol")}
    assert offices("Ivan Fedorov", date(2024, 6, 1)) == {("UKR", "Zaporizhzhia Regional Governor")}
    assert offices("Roman Starovoit", date(2023, 1, 1)) == {("RUS", "Kursk Regional Governor")}
    assert offices("Roman Starovoit", date(2025, 1, 1)) == {("RUS", "Transport Minister")}
    assert offices("Vyacheslav Gladkov", date(2023, 6, 1)) == {("RUS", "Belgorod Regional Governor")}


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


def test_knowledge_data_interior_and_security_ministers_hold_office_on_their_dates() -> None:
    assert offices("Selami Altinok", date(2015, 10, 1)) == {("TUR", "Interior Minister")}
    assert not offices("Selami Altinok", date(2016, 1, 1))  # Efkan Ala's second term by then
    assert offices("Irakli Garibashvili", date(2013, 3, 1)) == {("GEO", "Interior Minister")}
    assert offices("Michalis Chrisochoidis", date(2020, 3, 1)) == {("GRC", "Citizen Protection Minister")}
    assert not offices("Michalis Chrisochoidis", date(2015, 1, 1))  # between his terms
    assert offices("Teresa Piotrowska", date(2015, 3, 1)) == {("POL", "Interior Minister")}
    assert offices("Igor Shunevich", date(2016, 1, 1)) == {("BLR", "Interior Minister")}
    assert not offices("Igor Shunevich", date(2020, 1, 1))  # Yuri Karaev's term by then
    assert offices("Rogelio Frigerio", date(2017, 1, 1)) == {("ARG", "Interior Minister")}
    assert offices("Lucian Bode", date(2022, 6, 1)) == {("ROU", "Interior Minister")}
    assert offices("Jose Luis Carneiro", date(2023, 1, 1)) == {("PRT", "Internal Administration Minister")}
    assert offices("Dilan Yesilgoz", date(2023, 1, 1)) == {("NLD", "Justice and Security Minister")}
    assert offices("Raul Jungmann", date(2018, 6, 1)) == {("BRA", "Public Security Minister")}
    assert offices("Ko Ko", date(2014, 1, 1)) == {("MMR", "Home Affairs Minister")}
    assert offices("Viktor Zolotov", date(2022, 1, 1)) == {("RUS", "National Guard Director")}


def test_knowledge_data_asian_african_and_middle_eastern_ministers_fill_office_gaps() -> None:
    assert offices("Pradeep Gyawali", date(2019, 6, 1)) == {("NPL", "Foreign Minister")}
    assert not offices("Pradeep Gyawali", date(2021, 9, 1))  # Narayan Khadka's term by then
    assert offices("Narayan Kaji Shrestha", date(2012, 6, 1)) == {("NPL", "Foreign Minister")}
    assert not offices("Narayan Kaji Shrestha", date(2020, 1, 1))  # between his two terms
    assert offices("Sabahattin Cakmakoglu", date(2001, 1, 1)) == {("TUR", "Defence Minister")}
    assert offices("Erkki Nghimtina", date(2005, 1, 1)) == {("NAM", "Defence Minister")}
    assert offices("Nahas Angula", date(2014, 1, 1)) == {("NAM", "Defence Minister")}
    assert offices("Saadoun al-Dulaimi", date(2013, 1, 1)) == {("IRQ", "Defence Minister")}
    assert not offices("Saadoun al-Dulaimi", date(2009, 1, 1))  # Abdul Qadir al-Obeidi's term
    assert offices("Fawziya Yusuf Haji Adan", date(2013, 6, 1)) == {("SOM", "Foreign Minister")}
    assert offices("Filipe Nyusi", date(2010, 1, 1)) == {("MOZ", "Defence Minister")}
    assert offices("Filipe Nyusi", date(2020, 1, 1)) == {("MOZ", "President")}
    assert offices("Than Shwe", date(1995, 1, 1)) >= {("MMR", "Prime Minister")}
    assert offices("Edgar Alain Mebe Ngo'o", date(2012, 1, 1)) == {("CMR", "Defence Minister")}


def test_knowledge_data_european_defence_and_foreign_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Bacho Akhalaia", date(2011, 1, 1)) == {("GEO", "Defence Minister")}
    assert offices("Vecdi Gonul", date(2016, 1, 1)) == {("TUR", "Defence Minister")}
    assert not offices("Vecdi Gonul", date(2013, 1, 1))  # Ismet Yilmaz's term, between his two
    assert offices("Stefan Yanev", date(2022, 1, 15)) == {("BGR", "Defence Minister")}
    assert offices("Stefan Yanev", date(2021, 7, 1)) == {("BGR", "Prime Minister")}
    assert offices("Andreja Katic", date(2016, 1, 1)) == {("SVN", "Defence Minister")}
    assert offices("Hannes Hanso", date(2016, 1, 1)) == {("EST", "Defence Minister")}
    assert offices("Sandra Kalniete", date(2003, 6, 1)) == {("LVA", "Foreign Minister")}
    assert offices("Volodymyr Khandogiy", date(2009, 6, 1)) == {("UKR", "Acting Foreign Minister")}
    assert offices("Christopher Miller", date(2020, 12, 1)) == {("USA", "Acting Defense Secretary")}
    assert offices("Walter Martos", date(2020, 10, 1)) == {("PER", "Prime Minister")}
    assert not offices("Cesar Villanueva", date(2016, 1, 1))  # between his two terms


def test_knowledge_data_un_mission_heads_envoys_and_regional_commissioners_hold_office_on_their_dates() -> None:
    assert offices("Leila Zerrougui", date(2019, 1, 1)) == {("UNO", "Head of MONUSCO")}
    assert offices("Leila Zerrougui", date(2014, 1, 1)) == {
        ("UNO", "UN Special Representative for Children and Armed Conflict")
    }
    assert offices("David Shearer", date(2018, 1, 1)) == {("UNO", "Head of UNMISS")}
    assert offices("David Shearer", date(2012, 6, 1)) == {("NZL", "Opposition Leader")}
    assert offices("Bert Koenders", date(2014, 1, 1)) == {("UNO", "Head of MINUSMA")}
    assert offices("Bert Koenders", date(2016, 1, 1)) == {("NLD", "Foreign Minister")}
    assert offices("Bernard Kouchner", date(2000, 1, 1)) == {("UNO", "Head of UNMIK")}
    assert offices("Erastus Mwencha", date(2012, 1, 1)) == {("IGO", "AU Commission Deputy Chairperson")}
    assert offices("Michael Beary", date(2017, 1, 1)) == {("UNO", "UNIFIL Force Commander")}
    assert offices("Smail Chergui", date(2016, 1, 1)) == {("IGO", "AU Peace and Security Commissioner")}
    assert offices("Ramtane Lamamra", date(2010, 1, 1)) == {("IGO", "AU Peace and Security Commissioner")}
    assert offices("Richard Sezibera", date(2013, 1, 1)) == {("IGO", "EAC Secretary General")}
    assert offices("James Baker", date(2000, 1, 1)) == {("UNO", "UN Personal Envoy for Western Sahara")}
    assert offices("James Baker", date(1990, 1, 1)) == {("USA", "Secretary of State")}
    assert not offices("Nicholas Haysom", date(2017, 1, 1))  # between his Afghan and Somali posts


def test_knowledge_data_body_known_by_its_earlier_name_resolves() -> None:
    # North Korea's reunification committee was long named "... of the Country" before "... of the Fatherland"
    found = load_knowledge().actor_lookup("Committee for the Peaceful Reunification of the Country")
    assert found and (found[0].code, found[0].sector) == ("PRK", "GOV"), found


def test_knowledge_data_interior_ministers_of_asia_africa_and_the_middle_east_hold_office_on_their_dates() -> None:
    assert offices("Naseerullah Babar", date(1995, 1, 1)) == {("PAK", "Interior Minister")}
    assert offices("Chaudhry Shujaat Hussain", date(1998, 1, 1)) == {("PAK", "Interior Minister")}
    assert offices("Chaudhry Shujaat Hussain", date(2004, 7, 1)) == {("PAK", "Prime Minister")}
    assert offices("Natan Sharansky", date(2000, 1, 1)) == {("ISR", "Interior Minister")}
    assert offices("Malusi Gigaba", date(2016, 1, 1)) == {("ZAF", "Home Affairs Minister")}
    # between his two home affairs terms he was finance minister
    assert offices("Malusi Gigaba", date(2017, 12, 1)) == {("ZAF", "Finance Minister")}
    assert offices("Yogie Suardi Memet", date(1995, 1, 1)) == {("IDN", "Home Affairs Minister")}
    assert offices("Abdullah Ahmad Badawi", date(2001, 1, 1)) == {("MYS", "Home Minister")}
    assert offices("Bui Thien Ngo", date(1993, 1, 1)) == {("VNM", "Public Security Minister")}
    assert offices("Kahinda Otafiire", date(2023, 1, 1)) == {("UGA", "Interior Minister")}
    assert offices("Farhat Rajhi", date(2011, 2, 15)) == {("TUN", "Interior Minister")}


def test_knowledge_data_european_and_american_interior_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Bacho Akhalaia", date(2012, 8, 1)) == {("GEO", "Interior Minister")}
    assert offices("Bacho Akhalaia", date(2011, 3, 1)) == {("GEO", "Defence Minister")}
    assert offices("Joelle Milquet", date(2013, 1, 1)) == {("BEL", "Interior Minister")}
    assert offices("Ivo Opstelten", date(2012, 1, 1)) == {("NLD", "Justice and Security Minister")}
    assert offices("Maria Lucia Amaral", date(2025, 9, 1)) == {("PRT", "Internal Administration Minister")}
    assert offices("Oliver Spasovski", date(2018, 1, 1)) == {("MKD", "Interior Minister")}
    assert offices("Oliver Spasovski", date(2020, 3, 1)) == {("MKD", "Prime Minister")}
    assert offices("Daniel Mitov", date(2025, 6, 1)) == {("BGR", "Interior Minister")}
    assert offices("Daniel Mitov", date(2016, 1, 1)) == {("BGR", "Foreign Minister")}
    assert offices("Carmen Melendez", date(2015, 1, 1)) == {("VEN", "Interior Minister")}
    assert not offices("Martin Pecina", date(2012, 1, 1))  # between his two terms


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


def test_knowledge_data_european_and_american_defence_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Werner Fasslabend", date(1995, 1, 1)) == {("AUT", "Defence Minister")}
    assert offices("Joris Voorhoeve", date(1995, 7, 1)) == {("NLD", "Defence Minister")}
    assert offices("Eimert van Middelkoop", date(2010, 6, 1)) == {("NLD", "Defence Minister")}  # stayed after Feb 2010
    assert offices("Johan Joergen Holst", date(1992, 1, 1)) == {("NOR", "Defence Minister")}
    assert offices("Johan Joergen Holst", date(1993, 6, 1)) == {("NOR", "Foreign Minister")}
    assert offices("Janez Jansa", date(1991, 7, 1)) == {("SVN", "Defence Minister")}
    assert offices("Janez Jansa", date(2005, 1, 1)) == {("SVN", "Prime Minister")}
    assert offices("Enda Kenny", date(2015, 1, 1)) == {("IRL", "Taoiseach"), ("IRL", "Defence Minister")}
    assert offices("Pierre Beregovoy", date(1993, 3, 20)) == {
        ("FRA", "Prime Minister"),
        ("FRA", "Acting Defence Minister"),
    }
    assert offices("Richard Spencer", date(2019, 7, 20)) == {("USA", "Acting Defense Secretary")}
    assert not offices("Piotr Kolodziejczyk", date(1993, 1, 1))  # between his two terms


def test_knowledge_data_defence_ministers_of_asia_africa_and_the_middle_east_hold_office_on_their_dates() -> None:
    assert offices("Rao Sikandar Iqbal", date(2005, 1, 1)) == {("PAK", "Defence Minister")}
    assert offices("Anwar Ali Hyder", date(2023, 12, 1)) == {("PAK", "Defence Minister")}
    assert offices("Chiang Chung-ling", date(1997, 1, 1)) == {("TWN", "Defence Minister")}
    assert offices("Pramod Mahajan", date(1996, 5, 20)) == {("IND", "Defence Minister")}
    assert not offices("Pramod Mahajan", date(1996, 6, 2))  # the thirteen-day government had fallen
    # a head of government who kept the portfolio holds both offices
    assert offices("Sheikh Hasina", date(2015, 1, 1)) == {("BGD", "Prime Minister"), ("BGD", "Defence Minister")}
    assert ("JOR", "Defence Minister") in offices("Hani Mulki", date(2017, 1, 1))
    assert offices("Tea Banh", date(2000, 1, 1)) == {("KHM", "Defence Minister")}
    assert offices("Alberto Chipande", date(1992, 1, 1)) == {("MOZ", "Defence Minister")}
    assert offices("Augustin Bizimana", date(1994, 4, 10)) == {("RWA", "Defence Minister")}
    assert offices("Khaled Sehili", date(2025, 1, 1)) == {("TUN", "Defence Minister")}


def test_knowledge_data_european_and_american_foreign_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Paskal Milo", date(1999, 5, 1)) == {("ALB", "Foreign Minister")}
    assert offices("Ilir Meta", date(2010, 1, 1)) == {("ALB", "Foreign Minister")}
    assert offices("Ilir Meta", date(2000, 1, 1)) == {("ALB", "Prime Minister")}
    assert offices("Jadranko Prlic", date(1998, 6, 1)) == {("BIH", "Foreign Minister")}
    assert offices("Haris Silajdzic", date(1992, 5, 1)) == {("BIH", "Foreign Minister")}
    assert offices("Haris Silajdzic", date(1995, 5, 1)) == {("BIH", "Prime Minister")}
    assert offices("Siim Kallas", date(1996, 1, 1)) == {("EST", "Foreign Minister")}
    assert offices("Valdis Birkavs", date(1997, 1, 1)) == {("LVA", "Foreign Minister")}
    assert offices("Daniel Mitov", date(2014, 9, 1)) == {("BGR", "Foreign Minister")}
    assert offices("Petros Molyviatis", date(2015, 9, 1)) == {("GRC", "Foreign Minister")}
    assert offices("Roberto Tovar Faja", date(2004, 1, 1)) == {("CRI", "Foreign Minister")}
    assert offices("Didier Opertti", date(2001, 1, 1)) == {("URY", "Foreign Minister")}
    assert not offices("Petros Molyviatis", date(2013, 1, 1))  # between his caretaker terms


def test_knowledge_data_foreign_ministers_of_asia_africa_and_the_middle_east_hold_office_on_their_dates() -> None:
    assert offices("Vidya Charan Shukla", date(1991, 1, 1)) == {("IND", "Foreign Minister")}
    assert offices("Sikander Bakht", date(1996, 5, 25)) == {("IND", "Foreign Minister")}
    assert not offices("Sikander Bakht", date(1996, 6, 2))  # the thirteen-day government had fallen
    assert offices("Abdullah Hussain Haroon", date(2018, 7, 1)) == {("PAK", "Caretaker Foreign Minister")}
    assert offices("Ali Bozer", date(1990, 6, 1)) == {("TUR", "Foreign Minister")}
    assert offices("Feridun Sinirlioglu", date(2015, 10, 1)) == {("TUR", "Foreign Minister")}
    assert offices("Mouldi Kefi", date(2011, 6, 1)) == {("TUN", "Foreign Minister")}
    assert offices("George Saitoti", date(2011, 3, 1)) == {
        ("KEN", "Interior Minister"),
        ("KEN", "Acting Foreign Minister"),
    }
    # a head of government who kept the portfolio holds both offices
    assert offices("Nawaz Sharif", date(2015, 1, 1)) == {("PAK", "Prime Minister"), ("PAK", "Foreign Minister")}


def test_knowledge_data_un_ambassadors_finance_ministers_and_central_bankers_hold_office_on_their_dates() -> None:
    assert offices("Danny Danon", date(2017, 1, 1)) == {("ISR", "UN Ambassador")}
    assert not offices("Danny Danon", date(2022, 1, 1))  # Gilad Erdan's term between his two
    assert offices("Gilad Erdan", date(2022, 1, 1)) == {("ISR", "UN Ambassador")}
    assert offices("Anton Siluanov", date(2015, 1, 1)) == {("RUS", "Finance Minister")}
    assert offices("Yanis Varoufakis", date(2015, 3, 1)) == {("GRC", "Finance Minister")}
    assert not offices("Euclid Tsakalotos", date(2015, 9, 1))  # the caretaker government's weeks
    assert offices("Haruhiko Kuroda", date(2016, 1, 1)) == {("JPN", "Bank of Japan Governor")}
    assert offices("Wendy Sherman", date(2022, 1, 1)) == {("USA", "Deputy Secretary of State")}
    assert offices("Pierre Moscovici", date(2016, 1, 1)) == {("EUR", "EU Economic Affairs Commissioner")}
    # a head of government's earlier portfolio: Naoto Kan was finance minister before he was prime minister
    assert offices("Naoto Kan", date(2010, 3, 1)) == {("JPN", "Finance Minister")}


def test_knowledge_data_sector_phrases_are_listed_once() -> None:
    # A second row for a phrase silently replaces the first, so a changed sector would be lost.
    counts = Counter(r["phrase"].lower() for r in _rows("sectors.tsv"))
    assert [phrase for phrase, n in counts.items() if n > 1] == []


def test_knowledge_data_1990s_defence_and_interior_ministers_of_office_gaps_hold_office_on_their_dates() -> None:
    assert offices("Johan Vande Lanotte", date(1996, 6, 1)) == {("BEL", "Interior Minister")}
    assert offices("Louis Tobback", date(1998, 6, 1)) == {("BEL", "Interior Minister")}
    assert not offices("Louis Tobback", date(1996, 6, 1))  # Vande Lanotte's term, between his two
    assert offices("Vyron Polydoras", date(2007, 1, 1)) == {("GRC", "Public Order Minister")}
    assert offices("Zoran Stankovic", date(2006, 1, 1)) == {("SCG", "Defence Minister")}
    assert offices("Zoran Stankovic", date(2007, 1, 1)) == {("SRB", "Defence Minister")}
    assert offices("Dragoljub Ojdanic", date(2000, 6, 1)) == {("YUG", "Defence Minister")}
    assert offices("Chettha Thanajaro", date(2004, 9, 1)) == {("THA", "Defence Minister")}
    assert offices("Davit Tevzadze", date(2001, 1, 1)) == {("GEO", "Defence Minister")}
    assert offices("Guusje ter Horst", date(2008, 1, 1)) == {("NLD", "Interior Minister")}
