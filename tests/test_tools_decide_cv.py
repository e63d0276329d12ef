"""tools/decide_cv.py: figures per (sentence, type) of decisions on out-of-fold probabilities."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from decide_cv import OutOfFold, fold_writers, line, main, sentence_figures, unknown_writers  # noqa: E402

from parley.coder import LABELS, TrainingSentence  # noqa: E402

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


def test_tools_decide_cv_folds_read_writers_by_fold() -> None:
    assert fold_writers("t1+t2,t3") == [{"t1", "t2"}, {"t3"}]


@pytest.mark.parametrize(
    ("text", "named"),
    [("t1+t2", "two or more folds"), ("t1,,t2", "two or more folds"), ("t1+,t2", "two or more folds"),
     ("t1+t2,t2", "more than one fold: ['t2']")],
)  # fmt: skip
def test_tools_decide_cv_folds_refuse_a_malformed_list(text: str, named: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=re.escape(named)):
        fold_writers(text)


def test_tools_decide_cv_names_writers_the_corpus_lacks() -> None:
    sentences = [TrainingSentence("t1-wire-01", 1, "wire", "2020-01-01", "GHA", "Ghana sent grain.", (), None)]
    assert unknown_writers([{"t1"}, {"t7", "tl"}], sentences) == ["t7", "tl"]


def test_tools_decide_cv_refuses_a_missing_saved_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--load", str(tmp_path / "none.npz")])
    assert stop.value.code == 2 and "no such file" in capsys.readouterr().err
