"""The type and modality heads scored from one weight table give each head's own probabilities."""

from __future__ import annotations

import numpy as np

from parley.coder._model import Classifier, Examples
from parley.coder._paired import PairedClassifiers


def _classifier(classes: int, rng: np.random.Generator) -> Classifier:
    clf = Classifier([f"c{k}" for k in range(classes)], 64, 5)
    clf.sparse = rng.normal(size=clf.sparse.shape).astype(np.float32)
    clf.dense = rng.normal(size=clf.dense.shape).astype(np.float32)
    clf.bias = rng.normal(size=clf.bias.shape).astype(np.float32)
    return clf


def _examples(rng: np.random.Generator) -> Examples:
    # the third row has no sparse feature: it takes the bias and the dense part only
    rows = [[1, 7, 30], [2, 63], [], [0, 5, 6, 9, 40]]
    dense = [rng.normal(size=5).astype(np.float32) for _ in rows]
    return Examples.build(rows, dense, [0] * len(rows))


def test_coder_paired_probabilities_are_each_heads_own_bits() -> None:
    rng = np.random.default_rng(3)
    first, second = _classifier(6, rng), _classifier(4, rng)
    x, groups = _examples(rng), [(0, 1), (1, 4)]
    alone = (first.probabilities(x, groups), second.probabilities(x, groups), first.probabilities(x))
    paired = PairedClassifiers(first, second)
    both = paired.probabilities(x, groups)
    assert np.array_equal(both[0], alone[0]) and np.array_equal(both[1], alone[1])
    assert np.array_equal(paired.probabilities(x)[0], alone[2])


def test_coder_paired_heads_keep_their_weights_as_views_of_one_table() -> None:
    rng = np.random.default_rng(5)
    first, second = _classifier(6, rng), _classifier(4, rng)
    before = first.sparse.copy(), second.sparse.copy()
    x = _examples(rng)
    alone = first.probabilities(x), second.probabilities(x)
    paired = PairedClassifiers(first, second)
    assert np.array_equal(first.sparse, before[0]) and np.array_equal(second.sparse, before[1])
    assert first.sparse.base is paired.table and second.sparse.base is paired.table
    # each head scored alone after the pairing reads the same weights
    assert np.array_equal(first.probabilities(x), alone[0]) and np.array_equal(second.probabilities(x), alone[1])
