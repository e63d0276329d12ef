"""Report figures: files of the right format with the expected content."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.analysis import plot_network, plot_timeline, timeline
from parley.store import Store
from test_store_fixtures import build_store


def test_analysis_plots_timeline_writes_png_and_svg(tmp_path: Path) -> None:
    with Store.open(build_store(tmp_path / "s.duckdb")) as store:
        rows = timeline(store, "PRK", "USA", by="week")
    png = plot_timeline(rows, tmp_path / "t.png", title="PRK – USA")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000
    svg = plot_timeline(rows, tmp_path / "figs" / "t.svg")
    text = svg.read_text()
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "verbal conflict" in text  # the legend is drawn as text in SVG


def test_analysis_plots_network_labels_every_actor(tmp_path: Path) -> None:
    with Store.open(build_store(tmp_path / "s.duckdb")) as store:
        svg = plot_network(store, tmp_path / "n.svg", title="Korean peninsula, 2002")
        png = plot_network(store, tmp_path / "n.png")
    text = svg.read_text()
    for code in ("PRK", "KOR", "USA", "RUS", "JPN", "CHN"):
        assert code in text
    assert "Korean peninsula, 2002" in text
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_analysis_plots_refuse_empty_data_and_unknown_formats(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no events"):
        plot_timeline([], tmp_path / "t.png")
    rows = [{"period": "2002-05", "q1": 1, "q2": 0, "q3": 0, "q4": 0, "events": 1, "mean_score": 2.5}]
    with pytest.raises(ValueError, match="unknown figure format"):
        plot_timeline(rows, tmp_path / "t.jpg")
    assert not (tmp_path / "t.jpg").exists()
    with (
        Store.open(tmp_path / "empty.duckdb", write=True) as store,
        pytest.raises(ValueError, match="no dyads"),
    ):
        plot_network(store, tmp_path / "n.png")
