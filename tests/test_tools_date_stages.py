"""tools/date_stages.py: which step gave each matched event its date."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from date_stages import staged_dates, tally  # noqa: E402


def test_tools_date_stages_tally_counts_right_and_wrong_by_step() -> None:
    rows = [
        {"step": "discourse", "right": True},
        {"step": "discourse", "right": False},
        {"step": "explicit", "right": True},
        {"step": "none", "right": False},
    ]
    assert tally(rows) == {"discourse": (1, 1), "explicit": (1, 0), "none": (0, 1)}


def test_tools_date_stages_refuses_report_only_sets() -> None:
    with pytest.raises(ValueError):
        staged_dates(Path("evaluation/test/gold"), "rules")
