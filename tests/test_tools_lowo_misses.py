"""tools/lowo_misses.py: the model's own reading and the run-time decision follow the per-type bars."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from lowo_misses import model_reads, runtime_type  # noqa: E402


def test_tools_lowo_misses_model_reads_at_its_types_bar() -> None:
    decide = {"threshold": 0.5, "threshold_by_type": {"AID": 0.7}}
    assert model_reads("ACCUSE", 0.6, 0.1, decide)
    assert not model_reads("AID", 0.6, 0.1, decide)
    assert not model_reads("NONE", 0.9, 0.9, decide)
    assert not model_reads("ACCUSE", 0.6, 0.7, decide)  # no event likelier


def test_tools_lowo_misses_runtime_keeps_the_rules_type_under_a_surer_bar() -> None:
    decide = {"threshold": 0.5, "retype": 0.9, "threshold_by_type": {"AID": 0.7}}
    assert runtime_type("NONE", "AID", 0.6, 0.1, decide) == "NONE"
    assert runtime_type("ACCUSE", "AID", 0.6, 0.1, decide) == "ACCUSE"
    assert runtime_type("NONE", "AID", 0.8, 0.1, decide) == "AID"
