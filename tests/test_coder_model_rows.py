"""``Classifier.row_probabilities``: the role labeller's short path gives the general path's bits."""

from __future__ import annotations

import numpy as np

from parley.coder._model import Classifier, Examples


def _classifier() -> Classifier:
    rng = np.random.default_rng(7)
    clf = Classifier(("NONE", "ACTOR", "RECIPIENT"), 64, 0)
    clf.sparse[:] = rng.normal(size=clf.sparse.shape).astype(np.float32)
    clf.bias[:] = rng.normal(size=3).astype(np.float32)
    return clf


def _general(clf: Classifier, rows: list[list[int]]) -> np.ndarray:
    return clf.probabilities(Examples.build(rows, [np.zeros(0, dtype=np.float32)] * len(rows), [0] * len(rows)))


def test_model_row_probabilities_same_bits_as_examples() -> None:
    clf = _classifier()
    rows = [[0, 3, 17, 40], [5], [1, 2, 3, 4, 5, 6, 7, 8, 9, 63], [12, 40]]
    fast = clf.row_probabilities(rows)
    assert fast.dtype == np.float32
    assert np.array_equal(fast, _general(clf, rows))


def test_model_row_probabilities_empty_row_takes_general_path() -> None:
    clf = _classifier()
    rows = [[0, 3], [], [9]]
    assert np.array_equal(clf.row_probabilities(rows), _general(clf, rows))


def test_model_row_probabilities_one_row_same_bits_as_examples() -> None:
    clf = _classifier()
    rows = [[4, 8, 15, 16, 23, 42]]  # one row: its sum starts at 0 and runs to the end
    fast = clf.row_probabilities(rows)
    assert fast.shape == (1, 3)
    assert np.array_equal(fast, _general(clf, rows))
