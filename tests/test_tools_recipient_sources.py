"""tools/recipient_sources.py: which matched rows are traced, and how gold judges their guessed recipient."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from recipient_sources import _picked, _verdict, main  # noqa: E402


def _row(pred: list[list[str]], gold: list[list[str]], words: list[str], type_: str = "PROTEST") -> dict[str, Any]:
    return {"pred": pred, "gold": gold, "recipient_words": words, "type": type_}


def test_tools_recipient_sources_picks_only_guessed_recipients() -> None:
    guessed = _row([["KOR"], ["KOR"]], [["KOR"], ["CHN"]], [""])
    named = _row([["KOR"], ["CHN"]], [["KOR"], ["CHN"]], ["China"])
    assert _picked(guessed, own=False, type_=None)
    assert not _picked(named, own=False, type_=None)
    assert not _picked(guessed, own=False, type_="COERCE")


def test_tools_recipient_sources_own_keeps_the_actors_state_only() -> None:
    own = _row([["KOR"], ["KOR"]], [["KOR"], ["CHN"]], [""])
    other = _row([["KOR"], ["CHN"]], [["KOR"], ["CHN"]], [""])
    assert _picked(own, own=True, type_=None)
    assert not _picked(other, own=True, type_=None)


def test_tools_recipient_sources_verdict_against_gold() -> None:
    assert _verdict(_row([["KOR"], ["KOR"]], [["KOR"], ["KOR"]], [""])) == "right"
    assert _verdict(_row([["KOR"], ["KOR"]], [["KOR"], ["CHN"]], [""])) == "other"
    assert _verdict(_row([["KOR"], ["KOR"]], [["KOR"], []], [""])) == "none"


def test_tools_recipient_sources_leaves_out_rows_of_another_sentence() -> None:
    elsewhere = {**_row([["KOR"], ["KOR"]], [["KOR"], ["CHN"]], [""]), "same_sentence": False}
    here = {**_row([["KOR"], ["KOR"]], [["KOR"], ["CHN"]], [""]), "same_sentence": True}
    assert not _picked(elsewhere, own=False, type_=None)
    assert _picked(here, own=False, type_=None)


def test_tools_recipient_sources_gold_refuses_a_report_only_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the path need not exist: the guard reads only its name, before any file is opened
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "rows.jsonl"), "--gold", str(tmp_path / "evaluation" / "sealed" / "gold")])
    assert stop.value.code == 2 and "report-only" in capsys.readouterr().err


def test_tools_recipient_sources_gold_refuses_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "rows.jsonl"), "--gold", str(tmp_path / "none")])
    assert stop.value.code == 2 and "not a folder of gold files" in capsys.readouterr().err
