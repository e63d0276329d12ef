"""tools/_report_only.py: which paths lie inside a report-only set."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from _report_only import develop_on_args, develop_on_parser, is_report_only  # noqa: E402


def test_tools_report_only_sets_are_refused_however_written(tmp_path: Path) -> None:
    assert is_report_only(Path("evaluation/sealed/gold"))
    assert is_report_only(tmp_path / "evaluation" / "validation3" / "gold" / ".." / "gold")
    assert is_report_only(Path("evaluation/test"))


def test_tools_report_only_develop_on_sets_are_read() -> None:
    assert not is_report_only(Path("evaluation/validation2/gold"))
    assert not is_report_only(Path("../shared/gold/dev"))
    assert not is_report_only(Path("evaluation/testing-notes"))
    assert not is_report_only(Path("/home/me/test/parley/evaluation/heldin/gold"))


def test_tools_report_only_parser_reads_a_develop_on_set_and_stops_on_a_report_only_one() -> None:
    parser = develop_on_parser("an error tool", "rules")
    args = develop_on_args(parser, ["evaluation/heldin/gold", "--coder", "learned"])
    assert (args.gold, args.coder) == (Path("evaluation/heldin/gold"), "learned")
    assert develop_on_args(parser, ["../shared/gold/dev"]).coder == "rules"
    with pytest.raises(SystemExit) as stop:
        develop_on_args(parser, ["evaluation/validation3/gold"])
    assert stop.value.code == 2


def test_tools_report_only_parser_of_a_one_coder_tool_has_no_coder_option() -> None:
    parser = develop_on_parser("a learned-only tool", None)
    args = develop_on_args(parser, ["evaluation/heldin/gold"])
    assert args.gold == Path("evaluation/heldin/gold") and not hasattr(args, "coder")
    with pytest.raises(SystemExit) as stop:
        develop_on_args(parser, ["evaluation/heldin/gold", "--coder", "rules"])
    assert stop.value.code == 2
