"""The knowledge layer: bundled data, lookups, user extensions and errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley.errors import KnowledgeError
from parley.knowledge import (
    ActorEntry,
    Knowledge,
    bundled_path,
    load_knowledge,
    read_table,
)


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return load_knowledge()


def _codes(kb: Knowledge, phrase: str, on: date | None = None) -> list[str]:
    return [e.code for e in kb.actor_lookup(phrase, on)]


def test_knowledge_loads_bundled_files(kb: Knowledge) -> None:
    assert len(kb.country_names) >= 195
    assert len(kb.sectors) >= 120
    assert sum(e.kind == "person" for e in kb.actors) >= 300
    assert len({e.phrase for e in kb.actors if e.kind == "igo"}) >= 80
    assert kb.country_names["PRK"] == "North Korea"
    assert load_knowledge() is kb  # cached


def test_knowledge_every_bundled_file_declares_its_version() -> None:
    for name in ("countries", "igos", "sectors", "people", "gazetteer", "places_extra"):
        first = bundled_path(f"{name}.tsv").read_text(encoding="utf-8").split("\n", 1)[0]
        assert first == f"# parley-data {name} v1"


def test_knowledge_plain_korea_is_south_korea(kb: Knowledge) -> None:
    assert _codes(kb, "Korea") == ["KOR"]
    assert _codes(kb, "South Korea") == ["KOR"]
    assert _codes(kb, "ROK") == ["KOR"]


def test_knowledge_dprk_names_are_north_korea(kb: Knowledge) -> None:
    for phrase in ("DPRK", "North Korea", "Democratic People's Republic of Korea", "North Korean"):
        assert _codes(kb, phrase) == ["PRK"], phrase


def test_knowledge_capital_is_government(kb: Knowledge) -> None:
    (entry,) = kb.actor_lookup("Pyongyang")
    assert (entry.code, entry.sector, entry.kind) == ("PRK", "GOV", "capital")
    assert kb.capitals["PRK"] == "Pyongyang"
    assert kb.capitals["USA"] == "Washington"


def test_knowledge_capital_sector_suffix(kb: Knowledge) -> None:
    (pentagon,) = kb.actor_lookup("Pentagon")
    assert (pentagon.code, pentagon.sector) == ("USA", "MIL")
    kremlin = kb.actor_lookup("Kremlin", date(2020, 1, 1))
    assert [(e.code, e.sector) for e in kremlin] == [("RUS", "GOV")]


def test_knowledge_brussels_is_the_eu(kb: Knowledge) -> None:
    # as an actor "Brussels" is the EU's institutions in English news, not Belgium's government
    assert _codes(kb, "Brussels") == ["EUR"]
    assert _codes(kb, "Belgium") == ["BEL"]


def test_knowledge_demonyms_and_aliases(kb: Knowledge) -> None:
    assert _codes(kb, "Russians") == ["RUS"]
    assert _codes(kb, "Britons") == ["GBR"]
    assert _codes(kb, "Filipino") == ["PHL"]
    assert _codes(kb, "Burma") == ["MMR"]
    assert [e.kind for e in kb.actor_lookup("Russian")] == ["demonym"]


def test_knowledge_igo_codes(kb: Knowledge) -> None:
    assert _codes(kb, "Security Council") == ["UNO"]
    assert _codes(kb, "European Commission") == ["EUR"]
    assert _codes(kb, "NATO") == ["IGO"]
    assert _codes(kb, "ICRC") == ["NGO"]
    assert kb.actor_lookup("the bloc") == []


def test_knowledge_lookup_case_insensitive_fallback(kb: Knowledge) -> None:
    assert _codes(kb, "north korea") == ["PRK"]
    assert _codes(kb, "PYONGYANG") == ["PRK"]
    # all-capital entries only match exactly: pronouns never become actors
    assert kb.actor_lookup("us") == []
    assert kb.actor_lookup("who") == []
    assert _codes(kb, "US") == ["USA"]


def test_knowledge_people_with_terms(kb: Knowledge) -> None:
    (paek,) = kb.actor_lookup("Paek Nam Sun", date(2002, 5, 21))
    assert (paek.code, paek.sector, paek.office) == ("PRK", "GOV", "Foreign Minister")
    (ivanov,) = kb.actor_lookup("Igor Ivanov", date(2002, 5, 21))
    assert ivanov.code == "RUS" and ivanov.office == "Foreign Minister"
    assert kb.actor_lookup("Igor Ivanov", date(2010, 1, 1)) == []
    assert [e.office for e in kb.actor_lookup("Vladimir Putin", date(2010, 6, 1))] == ["Prime Minister"]
    assert _codes(kb, "Kim Jong-il", date(2000, 6, 13)) == ["PRK"]
    assert _codes(kb, "Ban Ki-moon", date(2010, 1, 1)) == ["UNO"]


def test_knowledge_historical_country_names(kb: Knowledge) -> None:
    assert _codes(kb, "Zaire", date(1995, 1, 1)) == ["COD"]
    assert kb.actor_lookup("Zaire", date(2000, 1, 1)) == []
    # the Soviet Union is coded as Russia, its successor, as Zaire is as the Congo (the gold's convention)
    assert _codes(kb, "USSR", date(1990, 1, 1)) == ["RUS"]
    assert _codes(kb, "Soviet", date(1985, 1, 1)) == _codes(kb, "Soviet", date(2010, 1, 1)) == ["RUS"]
    assert kb.actor_lookup("Soviet Union", date(1992, 1, 1)) == []
    assert set(_codes(kb, "Moscow", date(1990, 1, 1))) == {"RUS"}
    assert _codes(kb, "Moscow")[0] == "RUS"
    assert "SUN" not in kb.country_names
    assert kb.country_names["COD"] == "Democratic Republic of the Congo"


def test_knowledge_valid_on_ranges() -> None:
    entry = ActorEntry("X", "XXX", None, "alias", None, date(2000, 1, 1), date(2000, 12, 31))
    assert entry.valid_on(None)
    assert entry.valid_on(date(2000, 1, 1))
    assert entry.valid_on(date(2000, 12, 31))
    assert not entry.valid_on(date(1999, 12, 31))
    assert not entry.valid_on(date(2001, 1, 1))
    open_ended = ActorEntry("Y", "YYY", None, "alias", valid_from=date(2010, 5, 1))
    assert open_ended.valid_on(date(2030, 1, 1))
    assert not open_ended.valid_on(date(2010, 4, 30))


def test_knowledge_sectors_cover_titles(kb: Knowledge) -> None:
    by_phrase = {s.phrase: s for s in kb.sectors}
    assert (by_phrase["foreign minister"].sector, by_phrase["foreign minister"].office) == (
        "GOV",
        "Foreign Minister",
    )
    assert by_phrase["troops"].sector == "MIL"
    assert by_phrase["riot police"].sector == "COP"
    assert by_phrase["rebels"].sector == "REB"
    assert by_phrase["protesters"].sector == "CVL"
    assert by_phrase["opposition"].sector == "OPP"


def test_knowledge_gazetteer_moscow(kb: Knowledge) -> None:
    moscow = kb.gazetteer.lookup("Moscow")
    assert moscow is not None
    assert moscow.country == "RUS"
    assert moscow.geonameid == 524901
    assert moscow.feature_code == "PPLC"
    assert moscow.lat == pytest.approx(55.75, abs=0.05)
    assert moscow.lon == pytest.approx(37.62, abs=0.05)
    # a country hint picks the namesake elsewhere
    idaho = kb.gazetteer.lookup("moscow", country="USA")
    assert idaho is not None and idaho.country == "USA" and idaho.geonameid != 524901


def test_knowledge_gazetteer_alternates_and_accents(kb: Knowledge) -> None:
    gaz = kb.gazetteer
    kyiv = gaz.lookup("Kiev")
    assert kyiv is not None and kyiv.name == "Kyiv" and kyiv.country == "UKR"
    bogota = gaz.lookup("BOGOTA")
    assert bogota is not None and bogota.country == "COL"
    washington = gaz.lookup("Washington")
    assert washington is not None and washington.feature_code == "PPLC"
    new_delhi = gaz.lookup("New Delhi")
    assert new_delhi is not None and new_delhi.feature_code == "PPLC"
    assert gaz.lookup("Nowhere-on-Earth-xyz") is None


def test_knowledge_gazetteer_extra_places(kb: Knowledge) -> None:
    panmunjom = kb.gazetteer.lookup("Panmunjom")
    assert panmunjom is not None and panmunjom.feature_code == "LCTY"
    assert panmunjom.geonameid is None
    camp_david = kb.gazetteer.lookup("Camp David")
    assert camp_david is not None and camp_david.country == "USA"
    davos = kb.gazetteer.lookup("Davos")
    assert davos is not None and davos.country == "CHE" and davos.geonameid == 2661039


# -- user files ------------------------------------------------------------------


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_knowledge_user_dir_extends_and_overrides(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "countries.tsv",
        "# parley-data countries v1\n"
        "code\tname\taliases\tdemonyms\tcapitals\tvalid_from\tvalid_to\n"
        "KOR\tRepublic of Korea\tSouthland\tSouthlander\tSeoul|Yongsan\t\t\n",
    )
    _write(
        tmp_path,
        "people.tsv",
        "name\tcode\tsector\toffice\tvalid_from\tvalid_to\taliases\n"
        "Jane Example\tFRA\tGOV\tForeign Minister\t2030-01-01\t2031-12-31\tJ. Example\n",
    )
    _write(tmp_path, "sectors.tsv", "phrase\tsector\toffice\ntroops\tCOP\t\nfrogmen\tMIL\t\n")
    _write(
        tmp_path,
        "places_extra.tsv",
        "geonameid\tname\tasciiname\talternates\tcountry\tlat\tlon\tpopulation\tfeature_code\n"
        "\tExample Base\tExample Base\tEx Base\tFRA\t45.0\t5.0\t0\tMILB\n",
    )
    kb = load_knowledge((tmp_path,))
    assert kb is not load_knowledge()
    # the user's KOR row replaced the bundled one: its old alias is gone, new ones work
    assert kb.actor_lookup("Korea") == []
    assert _codes(kb, "Southland") == ["KOR"]
    assert _codes(kb, "Yongsan") == ["KOR"]
    assert kb.country_names["KOR"] == "Republic of Korea"
    # other bundled rows are kept
    assert _codes(kb, "DPRK") == ["PRK"]
    (jane,) = kb.actor_lookup("J. Example", date(2030, 6, 1))
    assert (jane.code, jane.office) == ("FRA", "Foreign Minister")
    assert kb.actor_lookup("Jane Example", date(2029, 1, 1)) == []
    by_phrase = {s.phrase: s for s in kb.sectors}
    assert by_phrase["troops"].sector == "COP"
    assert by_phrase["frogmen"].sector == "MIL"
    base = kb.gazetteer.lookup("Ex Base")
    assert base is not None and base.feature_code == "MILB"
    assert kb.gazetteer.lookup("Moscow") is not None


def test_knowledge_malformed_user_file_names_line(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "igos.tsv",
        "# parley-data igos v1\n# a comment\ncode\tname\taliases\tsector\n"
        "IGO\tGood Org\tGO\t\n"
        "IGO\tBad Org\tBO\t\tsurplus\n",
    )
    with pytest.raises(KnowledgeError) as info:
        load_knowledge((tmp_path,))
    assert info.value.code == "E301"
    assert f"{tmp_path / 'igos.tsv'}:5" in str(info.value)


def test_knowledge_bad_date_and_code_are_errors(tmp_path: Path) -> None:
    bad_date = tmp_path / "d"
    bad_date.mkdir()
    _write(
        bad_date,
        "people.tsv",
        "name\tcode\tsector\toffice\tvalid_from\tvalid_to\taliases\nA Person\tUSA\tGOV\tPresident\t2001-13-45\t\t\n",
    )
    with pytest.raises(KnowledgeError, match=r"people\.tsv:2: valid_from") as info:
        load_knowledge((bad_date,))
    assert info.value.code == "E303"
    bad_code = tmp_path / "c"
    bad_code.mkdir()
    _write(bad_code, "igos.tsv", "code\tname\taliases\tsector\nUSA\tNot An IGO\t\t\n")
    with pytest.raises(KnowledgeError, match=r"igos\.tsv:2"):
        load_knowledge((bad_code,))


def test_knowledge_bad_header_and_missing_dir(tmp_path: Path) -> None:
    _write(tmp_path, "sectors.tsv", "phrase\tsectr\noops\tGOV\n")
    with pytest.raises(KnowledgeError) as info:
        load_knowledge((tmp_path,))
    assert info.value.code == "E302" and "sectors.tsv:1" in str(info.value)
    with pytest.raises(KnowledgeError) as missing:
        load_knowledge((tmp_path / "nope",))
    assert missing.value.code == "E306"


def test_knowledge_malformed_user_gazetteer_row(tmp_path: Path) -> None:
    _write(
        tmp_path,
        "gazetteer.tsv",
        "# parley-data gazetteer v1\n"
        "geonameid\tname\tasciiname\talternates\tcountry\tlat\tlon\tpopulation\tfeature_code\n"
        "1\tSomewhere\tSomewhere\t\tFRA\tnorth\t5.0\t10\tPPL\n",
    )
    kb = load_knowledge((tmp_path,))  # the gazetteer loads lazily ...
    with pytest.raises(KnowledgeError) as info:
        kb.gazetteer  # noqa: B018  ... and reports the bad line when first used
    assert info.value.code == "E304" and "gazetteer.tsv:3" in str(info.value)


def test_knowledge_newer_format_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "countries.tsv"
    path.write_text("# parley-data countries v9\ncode\tname\nFRA\tFrance\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        read_table(path, "countries", ("code", "name"))
    assert info.value.code == "E305"


def test_knowledge_other_spelling_names_the_same_body(kb: Knowledge) -> None:
    # the file writes "Organization"; British copy writes "Organisation"
    assert [e.code for e in kb.actor_lookup("Collective Security Treaty Organisation")] == ["IGO"]
    assert kb.actor_lookup("Collective Security Treaty Organization")[0].code == "IGO"


def test_knowledge_plural_name_of_an_army_is_the_same_body(kb: Knowledge) -> None:
    # news writes "the Uganda People's Defence Forces": Uganda's army, not Turkey's "People's Defence Forces"
    assert [e.code for e in kb.actor_lookup("Uganda People's Defence Forces")] == ["UGA"]


def test_knowledge_loader_gazetteer_forgets_foreign_towns_named_like_a_state() -> None:
    gazetteer = load_knowledge().gazetteer
    for state in ("Costa Rica", "Jordan", "Lebanon"):
        entry = gazetteer.lookup(state)
        assert entry is None or entry.country in {"CRI", "JOR", "LBN"}
    mexico = gazetteer.lookup("Mexico")
    assert mexico is not None and mexico.country == "MEX"  # the capital called like its state stays


def test_knowledge_loader_initials_match_written_either_way(kb: Knowledge) -> None:
    # the bundled row writes "A. K. Abdul Momen"; news also writes "A.K. Abdul Momen"
    assert _codes(kb, "A.K. Abdul Momen", date(2020, 1, 1)) == ["BGD"]
    assert _codes(kb, "A. K. Abdul Momen", date(2020, 1, 1)) == ["BGD"]


def test_knowledge_loader_dateline_city_in_the_country_its_region_names(kb: Knowledge) -> None:
    from parley.document import Dateline

    london = Dateline(place="London", date=None, start=0, end=20, region="Canada")
    entry = kb.dateline_city(london)
    assert entry is not None and entry.country == "CAN"  # London, Ontario, not the British capital
    bare = kb.dateline_city(Dateline(place="London", date=None, start=0, end=10))
    assert bare is not None and bare.country == "GBR"  # no region: the most populous namesake
    assert kb.dateline_city(Dateline(place="London", date=None, start=0, end=20, region="Fiji")) is None
    assert kb.country_named("Solomon Islands") == "SLB" and kb.country_named("Tuesday") is None


def test_knowledge_loader_region_country_of_a_first_order_division(kb: Knowledge) -> None:
    from parley.document import Dateline

    assert kb.region_country("Illinois") == "USA" and kb.region_country("Peru") == "PER"
    assert kb.region_country("Thursday") is None
    # a region that is a division of another state files the seat city's small namesake from there
    geneva = kb.dateline_city(Dateline(place="Geneva", date=None, start=0, end=20, region="Illinois"))
    assert geneva is not None and geneva.country == "USA"
    swiss = kb.dateline_city(Dateline(place="Geneva", date=None, start=0, end=20, region="Switzerland"))
    assert swiss is not None and swiss.country == "CHE"


def test_knowledge_loader_region_country_of_a_state_named_division(kb: Knowledge) -> None:
    from parley.document import Dateline

    # "Georgia" is the state in every lookup, but a city that lies only in the American division of
    # that name is filed from there; a city of the state, or an unknown one, keeps the state
    assert kb.region_country("Georgia", "Atlanta") == "USA" and kb.region_country("Georgia", "Tbilisi") == "GEO"
    assert kb.region_country("Georgia") == "GEO" and kb.region_country("Georgia", "Nowhere-on-earth") == "GEO"
    assert kb.gazetteer.lookup("Georgia") is None and kb.gazetteer.divisions_named("Georgia")
    savannah = Dateline(place="Savannah", date=None, start=0, end=20, region="Georgia")
    assert kb.dateline_country(savannah) == "USA"
    city = kb.dateline_city(savannah)
    assert city is not None and city.country == "USA"


def test_knowledge_loader_resolve_place_in_never_takes_a_namesake_abroad(kb: Knowledge) -> None:
    from parley.knowledge._places import resolve_place_in

    # the gazetteer's only Brussels is Belgium's: a written American region keeps the town American
    wisconsin = resolve_place_in(kb.gazetteer, "Brussels", "USA")
    assert wisconsin.country_code == "USA" and wisconsin.lat is None and wisconsin.extracted_place == "Brussels"
    belgian = resolve_place_in(kb.gazetteer, "Brussels", "BEL")
    assert belgian.country_code == "BEL" and belgian.lat is not None
    assert resolve_place_in(kb.gazetteer, "Nowhere-on-earth", "BEL").country_code is None


def test_knowledge_loader_dateline_country_from_region_or_capital_spelling(kb: Knowledge) -> None:
    from parley.document import Dateline

    # the region names the country even when the gazetteer's only Santa Cruz is another country's
    santa_cruz = Dateline(place="Santa Cruz", date=None, start=0, end=20, region="Bolivia")
    assert kb.dateline_country(santa_cruz) == "BOL"
    # a capital by a spelling the gazetteer lacks (it has "Ulan Bator")
    assert kb.dateline_country(Dateline(place="Ulaanbaatar", date=None, start=0, end=12)) == "MNG"
    assert kb.dateline_country(Dateline(place="Paris", date=None, start=0, end=10), "USA") == "FRA"
    assert kb.dateline_country(Dateline(place="Koprivka", date=None, start=0, end=10)) is None


def test_knowledge_loader_dateline_city_a_local_paper_files_from_its_own_provincial_seat(kb: Knowledge) -> None:
    from parley.document import Dateline

    gizo = Dateline(place="Gizo", date=None, start=0, end=10)
    entry = kb.dateline_city(gizo, "SLB")
    assert entry is not None and entry.country == "SLB"  # a Solomons paper's "GIZO --", not Giza
    abroad = kb.dateline_city(gizo, "GBR")
    # Gizo is only the Solomons town: Giza's alternate spelling "Gizo" shadowed it (dropped at stop 50)
    assert abroad is not None and abroad.country == "SLB"
    paris = kb.dateline_city(Dateline(place="Paris", date=None, start=0, end=10), "USA")
    assert paris is not None and paris.country == "FRA"  # a small American namesake is no seat


def test_knowledge_loader_gazetteer_namesake_in_the_story_states(kb: Knowledge) -> None:
    """Of places sharing a name, the one in a state the story names; else the gazetteer's best."""
    gazetteer = kb.gazetteer
    assert gazetteer.lookup_among("Kuito", {"AGO", "ZAF"}).country == "AGO"  # type: ignore[union-attr]
    assert gazetteer.lookup_among("Kuito", set()).country == "ECU"  # type: ignore[union-attr]
    assert gazetteer.lookup_among("Beni", {"COD", "UGA"}).country == "COD"  # type: ignore[union-attr]
    assert gazetteer.lookup_among("Nowhere-on-earth", {"COD"}) is None


def test_knowledge_loader_gazetteer_small_foreign_namesakes_are_no_place(kb: Knowledge) -> None:
    """A village name two foreign countries share, neither named by the story: no guess between them;
    a large town keeps the gazetteer's best."""
    assert kb.gazetteer.lookup_among("Bel Air", {"HTI"}) is None
    assert kb.gazetteer.lookup_among("Bel Air", {"PHL"}).country == "PHL"  # type: ignore[union-attr]
    assert kb.gazetteer.lookup_among("Tripoli", {"HTI"}).country == "LBY"  # type: ignore[union-attr]


def test_knowledge_loader_small_tier_only_in_a_country_the_story_names(kb: Knowledge) -> None:
    """A village of the small tier resolves in a story of its country, never as a guess elsewhere."""
    gazetteer = kb.gazetteer
    agarakavan = gazetteer.lookup_among("Agarakavan", {"ARM", "GEO"})
    assert agarakavan is not None and agarakavan.country == "ARM" and agarakavan.population < 15_000
    assert gazetteer.lookup_among("Agarakavan", {"GEO"}) is None
    assert gazetteer.lookup_among("Agarakavan", set()) is None
    assert gazetteer.lookup("Agarakavan") is None and "Agarakavan" not in gazetteer
    assert gazetteer.lookup("Agarakavan", "ARM") is not None  # a dateline in Armenia


def test_knowledge_loader_small_tier_never_over_a_bigger_place_or_two_states() -> None:
    from parley.knowledge._model import Gazetteer, GazetteerEntry
    from parley.knowledge._small_places import SmallPlaces

    gazetteer = Gazetteer([(GazetteerEntry(1, "Porto Alto", "BRA", 0.0, 0.0, 90_000, "PPL"), [])])
    rows = [
        "porto alto\t2\tPorto Alto\tPRT\t1.0\t1.0\t4000",
        "varno\t3\tVarno\tPOL\t1.0\t1.0\t3000",
        "varno\t4\tVarno\tCZE\t1.0\t1.0\t2000",
    ]
    gazetteer.add_small_tier(SmallPlaces(rows))
    assert gazetteer.lookup_among("Porto Alto", {"PRT"}).country == "BRA"  # type: ignore[union-attr]
    assert gazetteer.lookup_among("Varno", {"POL"}).country == "POL"  # type: ignore[union-attr]
    assert gazetteer.lookup_among("Varno", {"POL", "CZE"}) is None  # a village of each: no guess


def test_knowledge_loader_small_tier_leaves_out_people_names(tmp_path: Path) -> None:
    from parley.knowledge._small_places import load_small_places

    path = tmp_path / "places_small.tsv"
    path.write_text(
        "# parley-data places_small v1\nkey\tgeonameid\tname\tcountry\tlat\tlon\tpopulation\n"
        "merrow\t5\tMerrow\tGBR\t1.0\t1.0\t3000\nlindby\t6\tLindby\tSWE\t1.0\t1.0\t2000\n",
        encoding="utf-8",
    )
    small = load_small_places(path, {"merrow"})
    assert small.get("merrow") == [] and [e.name for e in small.get("lindby")] == ["Lindby"]


def test_knowledge_loader_fold_drops_a_hyphens_spacing() -> None:
    from parley.knowledge._model import fold

    assert fold("Guinea - Bissau") == fold("Guinea -Bissau") == fold("Guinea-Bissau") == "guinea-bissau"
    assert fold("Kabul -- Reuters") == "kabul -- reuters"  # a dash between words is no hyphen


def test_knowledge_loader_hyphened_place_found_however_spaced() -> None:
    kb = load_knowledge()
    assert kb.gazetteer.lookup("Pétion - Ville") == kb.gazetteer.lookup("Pétion-Ville")
    place = kb.gazetteer.lookup("Pétion -Ville")
    assert place is not None and place.country == "HTI"


def test_knowledge_loader_user_namesake_divisions_rows_checked(tmp_path: Path) -> None:
    # a user's namesake_divisions.tsv is read like the other gazetteer files, and each row must be a
    # first-order division of a named state (no other row would ever be read as one)
    head = (
        "# parley-data namesake_divisions v1\n"
        "geonameid\tname\tasciiname\talternates\tcountry\tlat\tlon\tpopulation\tfeature_code\n"
    )
    cases = {
        "short": ("\tLuxembourg\tLuxembourg\tBEL\t49.9\t5.5\t1\tADM1\n", "E301", "8 tab-separated fields"),
        "bad_code": ("\tLuxembourg\tLuxembourg\t\tBE1\t49.9\t5.5\t1\tADM1\n", "E301", "not an ISO3 code"),
        "town": ("\tLuxembourg\tLuxembourg\t\tBEL\t49.9\t5.5\t1\tPPL\n", "E301", "ADM1"),
        "no_state": ("\tLuxembourg\tLuxembourg\t\t\t49.9\t5.5\t1\tADM1\n", "E301", "no country"),
        "bad_lat": ("\tLuxembourg\tLuxembourg\t\tBEL\tnorth\t5.5\t1\tADM1\n", "E304", "bad number"),
    }
    for folder, (row, code, words) in cases.items():
        (tmp_path / folder).mkdir()
        _write(tmp_path / folder, "namesake_divisions.tsv", head + row)
        with pytest.raises(KnowledgeError) as info:
            load_knowledge((tmp_path / folder,)).gazetteer  # noqa: B018  the gazetteer loads on first use
        assert info.value.code == code and words in str(info.value), folder
        assert "namesake_divisions.tsv:3" in str(info.value), folder
    (tmp_path / "other").mkdir()
    _write(tmp_path / "other", "namesake_divisions.tsv", "# parley-data regions v1\n" + head.split("\n", 1)[1])
    with pytest.raises(KnowledgeError) as wrong:
        load_knowledge((tmp_path / "other",)).gazetteer  # noqa: B018
    assert wrong.value.code == "E302" and "expected 'namesake_divisions'" in str(wrong.value)


def test_knowledge_loader_version_is_checked_per_table(tmp_path: Path) -> None:
    # event_words moved to v2 when sets left it; an older user file still reads, a newer one does not
    path = tmp_path / "event_words.tsv"
    path.write_text("# parley-data event_words v1\nset\tword\nspeech_verb\tmurmur\n", encoding="utf-8")
    assert [r.get("word") for r in read_table(path, "event_words", ("set", "word"))] == ["murmur"]
    path.write_text("# parley-data event_words v3\nset\tword\nspeech_verb\tmurmur\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        read_table(path, "event_words", ("set", "word"))
    assert info.value.code == "E305" and "(v2)" in str(info.value)
    other = tmp_path / "countries.tsv"
    other.write_text("# parley-data countries v2\ncode\tname\nFRA\tFrance\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as newer:
        read_table(other, "countries", ("code", "name"))
    assert newer.value.code == "E305" and "(v1)" in str(newer.value)  # a table never raised stays at v1
