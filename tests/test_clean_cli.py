from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from parley.cli import app


def test_clean_cli_prints_metadata_and_cleaned_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Talks in Oslo\n\nHome > World > Europe\n\nOSLO, June 3 (Wire) -- Norway's ministerssaid talks went well.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["clean", str(tmp_path / "a.txt"), "--published", "2024-06-04"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "title: Talks in Oslo" in out and "dateline: Oslo" in out and "published: 2024-06-04" in out
    assert "ministers said" in out and "Home >" not in out


def test_clean_cli_reports_bad_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1 and "empty" in result.stderr
