"""tools/decide_cv.py: figures per (sentence, type) of decisions on out-of-fold probabilities."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from decide_cv import OutOfFold, line, sentence_figures  # noqa: E402

from parley.coder import LABELS  # noqa: E402

AID, COERCE = LABELS.index("AID"), LABELS.index("COERCE")


def _three_words() -> OutOfFold:
    """Sentence 0: two words of one AID act and a NONE word; sentence 1 (another fold): a COERCE word."""
    p = np.full((4, len(LABELS)), 0.01, dtype=np.float32)
    p[0, AID], p[1, AID], p[2, AID], p[3, COERCE] = 0.9, 0.6, 0.45, 0.55
    return OutOfFold(
        p_type=p, labels=np.array([AID, AID, 0, COERCE]), rule_of=np.array([AID, 0, 0, 0]),
        sentence=np.array([0, 0, 0, 1]), fold=np.array([0, 0, 0, 1]),
    )  # fmt: skip


def test_tools_decide_cv_counts_a_type_once_per_sentence() -> None:
    oof = _three_words()
    predicted = np.array([AID, AID, 0, 0])
    p, r, f1, right, guessed = sentence_figures(oof, predicted)
    assert (right, guessed) == (1, 1) and (p, r) == pytest.approx((1.0, 0.5))
    assert sentence_figures(oof, predicted, oof.fold == 1)[:2] == (0.0, 0.0)


def test_tools_decide_cv_line_applies_the_bars(tmp_path: Path) -> None:
    oof = _three_words()
    oof.save(tmp_path / "oof.npz")
    again = OutOfFold.load(tmp_path / "oof.npz")
    assert "R 1.0000" in line("shipped", again, {"threshold": 0.5, "retype": 0.9})
    assert "R 0.5000" in line("surer COERCE", again, {"threshold": 0.5, "threshold_by_type": {"COERCE": 0.6}})
