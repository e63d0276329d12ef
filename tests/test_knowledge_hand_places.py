"""Hand-written places of the news (border towns, ports, islands, provinces) resolve to their state."""

from __future__ import annotations

import ast
from pathlib import Path

from parley.knowledge import bundled_path, load_knowledge

_BUILD = Path(__file__).resolve().parents[1] / "tools" / "build_gazetteer.py"


def test_knowledge_hand_places_resolve_to_their_country() -> None:
    gaz = load_knowledge().gazetteer
    for name, code in {
        "Kakavia": "GRC",  # the Greek side of the crossing to Albania
        "Changi": "SGP",
        "Yeonpyeong Island": "KOR",
        "Jleeb al-Shuyoukh": "KWT",
        "Doraleh Multipurpose Port": "DJI",
        "Ras Kamboni": "SOM",
        "Free State": "ZAF",
        "Shirak province": "ARM",
        "Sa'ada": "YEM",
        "Putumayo province": "COL",
    }.items():
        entry = gaz.lookup(name)
        assert entry is not None and entry.country == code, name


def test_knowledge_hand_places_vietnamese_names_of_the_disputed_islands() -> None:
    gaz = load_knowledge().gazetteer
    for name, islands in {"Hoang Sa": "Paracel Islands", "Truong Sa": "Spratly Islands"}.items():
        entry = gaz.lookup(name)
        assert entry is not None and entry.name == islands and not entry.country, name


def test_knowledge_hand_places_file_matches_the_build_list() -> None:
    # places_extra.tsv is built by tools/build_gazetteer.py: every HAND_PLACES row is in the file, in order
    tree = ast.parse(_BUILD.read_text(encoding="utf-8"))
    hand = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == "HAND_PLACES"
    )
    assert isinstance(hand, ast.List)
    listed = [ast.literal_eval(item)[0] for item in hand.elts]
    rows = bundled_path("places_extra.tsv").read_text(encoding="utf-8").splitlines()
    in_file = [line.split("\t")[1] for line in rows if line.startswith("\t")]
    kept = iter(in_file)
    assert all(name in kept for name in listed)
    assert "Kakavia" in listed and "Changi" in listed
