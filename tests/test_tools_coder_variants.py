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
