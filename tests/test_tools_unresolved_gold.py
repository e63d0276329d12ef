"""tools/unresolved_gold.py: the report-only sets are refused before anything is read or run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from unresolved_gold import main  # noqa: E402

from parley.errors import EvaluationError  # noqa: E402


@pytest.mark.parametrize("name", ["sealed", "test", "validation3"])
def test_tools_unresolved_gold_main_refuses_a_report_only_set(tmp_path: Path, name: str) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "evaluation" / name / "gold")])
    assert stop.value.code == 2  # argparse's usage error, raised before the gold folder is read


def test_tools_unresolved_gold_main_reads_a_develop_on_set(tmp_path: Path) -> None:
    missing = tmp_path / "evaluation" / "validation2" / "gold"
    with pytest.raises(EvaluationError) as raised:
        main([str(missing)])
    assert raised.value.code == "E501"  # passed the guard, then stopped on the missing gold folder
