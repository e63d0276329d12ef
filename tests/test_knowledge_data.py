"""Consistency of the bundled knowledge data files."""

from __future__ import annotations

from collections import Counter

from parley.knowledge import bundled_path, load_knowledge, read_table

_NON_STATE = {"UNO", "EUR", "IGO", "NGO"}


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
    """No undated phrase names two different current countries."""
    kb = load_knowledge()
    codes: dict[str, set[str]] = {}
    for entry in kb.actors:
        if entry.kind in {"name", "alias", "demonym"} and not entry.dated:
            codes.setdefault(entry.phrase, set()).add(entry.code)
    clashes = {phrase: c for phrase, c in codes.items() if len(c) > 1}
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
