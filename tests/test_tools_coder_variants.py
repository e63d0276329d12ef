"""tools/coder_variants.py: the groups of writers of ``--folds``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from coder_variants import parse_folds  # noqa: E402


def test_coder_variants_folds_are_groups_of_writers() -> None:
    assert parse_folds("t3+t10,t1+t9") == [["t3", "t10"], ["t1", "t9"]]
    assert parse_folds(" t5 + t6 ,, t4") == [["t5", "t6"], ["t4"]]


def test_coder_variants_override_sets_a_per_type_veto_table() -> None:
    from coder_variants import with_overrides

    config = {"train": {}, "decide": {"veto": 1.01}}
    out = with_overrides(config, "decide.veto_by_type={CONCEDE=0.8, AID=0.95},decide.retype=0.9")
    assert out["decide"] == {"veto": 1.01, "veto_by_type": {"CONCEDE": 0.8, "AID": 0.95}, "retype": 0.9}
    assert config["decide"] == {"veto": 1.01}
