"""Districts, towns, ports and country spellings the training news names resolve to their state."""

from __future__ import annotations

from parley.knowledge import load_knowledge


def test_knowledge_district_places_resolve_to_their_country() -> None:
    gaz = load_knowledge().gazetteer
    for name, code in {
        "South Fly": "PNG",  # a Western Province district and electorate ("The Member for South Fly")
        "Nimule": "SSD",
        "Alat": "AZE",
        "Lokiriama": "KEN",
        "Kaiso": "UGA",
        "Gamcheon": "KOR",
        "Ngozi province": "BDI",
        "Taita Taveta County": "KEN",
        "Northern Ghana": "GHA",
        "Inguri bridge": "GEO",  # the crossing on the Abkhazia line
        "Indian-occupied Kashmir": "IND",  # the Pakistani press's name for Jammu and Kashmir
        "Pakistan-held Kashmir": "PAK",
    }.items():
        entry = gaz.lookup(name)
        assert entry is not None and entry.country == code, name


def test_knowledge_district_places_democratic_republic_of_congo_is_kinshasa() -> None:
    # "the Democratic Republic of Congo" (no "the" before Congo) is the DRC, not Congo-Brazzaville
    kb = load_knowledge()
    assert sorted({e.code for e in kb.actor_lookup("Democratic Republic of Congo")}) == ["COD"]
