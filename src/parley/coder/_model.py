"""Two softmax classifiers over hashed sparse and dense features, in plain numpy.

``type`` tells each candidate's event type or ``NONE``; ``modality`` tells whether a candidate that
names an act asserts, negates, announces or supposes it. Both are trained with AdaGrad on
mini-batches, L2-regularised, with a fixed seed. Only the weight rows that training touched are
saved (float16), so the shipped file stays small whatever the hash space.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np

from ..errors import TrainingError
from ._corpus import MODALITIES, TYPES

__all__ = ["LABELS", "Classifier", "CoderModel", "Examples", "MLPClassifier", "TypeClassifier", "average_classifiers"]

logger = logging.getLogger(__name__)

LABELS = ("NONE", *TYPES)
FORMAT = "parley-coder/1"


@dataclass
class Examples:
    """Candidates as a CSR sparse matrix of feature indices plus a dense matrix, with labels."""

    indptr: np.ndarray
    indices: np.ndarray
    dense: np.ndarray
    labels: np.ndarray  # index into the classifier's classes; -1 = no label for this head

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def subset(self, rows: np.ndarray) -> Examples:
        starts, ends = self.indptr[rows], self.indptr[rows + 1]
        indices = (
            np.concatenate([self.indices[s:e] for s, e in zip(starts, ends, strict=True)])
            if len(rows)
            else (np.zeros(0, dtype=np.int64))
        )
        indptr = np.concatenate([[0], np.cumsum(ends - starts)]).astype(np.int64)
        return Examples(indptr, indices.astype(np.int64), self.dense[rows], self.labels[rows])

    @classmethod
    def build(cls, sparse: Sequence[Sequence[int]], dense: Sequence[np.ndarray], labels: Sequence[int]) -> Examples:
        indptr = np.zeros(len(sparse) + 1, dtype=np.int64)
        np.cumsum([len(s) for s in sparse], out=indptr[1:])
        indices = np.fromiter(chain.from_iterable(sparse), dtype=np.int64, count=int(indptr[-1]))
        width = len(dense[0]) if len(dense) else 0
        # one array from the rows at once (``vstack`` first makes each row a 2-D array of its own)
        matrix = np.array(dense, dtype=np.float32) if width else np.zeros((len(sparse), 0), dtype=np.float32)
        return cls(indptr, indices, matrix, np.asarray(labels, dtype=np.int64))


class Classifier:
    """Multinomial logistic regression: hashed sparse weights + dense weights + bias."""

    def __init__(self, classes: Sequence[str], n_features: int, dense_dim: int) -> None:
        self.classes = tuple(classes)
        k = len(self.classes)
        self.sparse = np.zeros((n_features, k), dtype=np.float32)
        self.dense = np.zeros((dense_dim, k), dtype=np.float32)
        self.bias = np.zeros(k, dtype=np.float32)

    def logits(self, x: Examples, groups: Sequence[tuple[int, int]] | None = None) -> np.ndarray:
        """The logits of every example; ``groups``: (start, end) row ranges whose dense part is
        multiplied apart, each as if its rows were scored alone (see :meth:`probabilities`)."""
        return self.logits_from(_segment_sums(self.sparse, x), x, groups)

    def logits_from(self, out: np.ndarray, x: Examples, groups: Sequence[tuple[int, int]] | None = None) -> np.ndarray:
        """:meth:`logits` from the examples' sparse sums ``out`` (:func:`_segment_sums`; the dense part's
        product is added to it in place, per group), shared with the paired heads, whose sums come from
        one table: their logits keep these bits."""
        if self.dense.shape[0]:
            if groups is None:
                out += x.dense @ self.dense
            else:
                for start, end in groups:
                    out[start:end] += x.dense[start:end] @ self.dense
        return out + self.bias

    def probabilities(self, x: Examples, groups: Sequence[tuple[int, int]] | None = None) -> np.ndarray:
        """Class probabilities per example. With ``groups`` (row ranges covering ``x`` in order), the
        same bits as scoring each group's examples alone: the dense product of a row depends, by a
        unit in the last place, on how many rows BLAS multiplies at once; the sparse sums and the
        softmax are per row."""
        return _softmax(self.logits(x, groups))

    def row_probabilities(self, rows: Sequence[Sequence[int]]) -> np.ndarray:
        """:meth:`probabilities` of rows of sparse feature indices with no dense part, the same bits
        without building :class:`Examples` (the role labeller scores a few rows at a time, some 12 times
        an article, where building the arrays costs more than the sums). Each row's weights are summed
        in order by the same ``reduceat``; an empty row takes the general path. Like :meth:`probabilities`
        of such rows, it needs a model with no dense part."""
        lengths = [len(row) for row in rows]
        if not rows or not all(lengths):
            return self.probabilities(
                Examples.build(rows, [np.zeros(0, dtype=np.float32)] * len(rows), [0] * len(rows))
            )
        starts = list(accumulate(lengths[:-1], initial=0))  # a few rows: numpy's cumsum of a list costs more
        indices = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=sum(lengths))
        return _softmax(np.add.reduceat(self.sparse[indices], starts, axis=0) + self.bias)

    def fit(
        self,
        x: Examples,
        *,
        epochs: int,
        learning_rate: float,
        l2: float,
        batch_size: int,
        seed: int,
        class_weight: np.ndarray | None = None,
        progress: Callable[[int, float], None] | None = None,
        dropout: float = 0.0,
        average_last: int = 0,
    ) -> None:
        """AdaGrad on shuffled mini-batches. ``average_last`` (0: off): the weights end as the mean of
        their values at the end of each of the last that many epochs, which damps the last batches'
        noise (the order they came in depends on the seed)."""
        keep = np.flatnonzero(x.labels >= 0)
        x = x.subset(keep)
        rng = np.random.default_rng(seed)
        scale = 1.0 / (1.0 - dropout)
        snapshots = _Snapshots(self, epochs, average_last)
        g_sparse = np.full_like(self.sparse, 1e-6)
        g_dense = np.full_like(self.dense, 1e-6)
        g_bias = np.full_like(self.bias, 1e-6)
        weights = class_weight if class_weight is not None else np.ones(len(self.classes), dtype=np.float32)
        for epoch in range(epochs):
            order = rng.permutation(len(x))
            total = 0.0
            for start in range(0, len(order), batch_size):
                batch = x.subset(order[start : start + batch_size])
                if dropout > 0:
                    batch = _drop(batch, dropout, rng)
                    z = _segment_sums(self.sparse, batch) * scale + batch.dense @ self.dense + self.bias
                    p = _softmax(z)
                else:
                    p = self.probabilities(batch)
                loss, grad = _loss_and_gradient(p, batch.labels, weights)
                total += loss
                rows = np.repeat(np.arange(len(batch)), np.diff(batch.indptr))
                touched, inverse = np.unique(batch.indices, return_inverse=True)
                per_index = grad[rows] * scale if dropout > 0 else grad[rows]
                _adagrad_rows(self.sparse, g_sparse, touched, inverse, per_index, learning_rate, l2)
                if self.dense.shape[0]:
                    _adagrad(self.dense, g_dense, batch.dense.T @ grad + l2 * self.dense, learning_rate)
                _adagrad(self.bias, g_bias, grad.sum(axis=0), learning_rate)
            snapshots.take(epoch)
            if progress is not None:
                progress(epoch, total / max(1, len(x)))
        snapshots.finish()

    def state(self) -> dict[str, np.ndarray]:
        used = np.flatnonzero(np.abs(self.sparse).sum(axis=1) > 1e-4)
        return {
            "rows": used.astype(np.int32),
            "sparse": self.sparse[used].astype(np.float16),
            "dense": self.dense.astype(np.float16),
            "bias": self.bias.astype(np.float32),
        }

    @classmethod
    def from_state(cls, classes: Sequence[str], n_features: int, state: dict[str, np.ndarray]) -> Classifier:
        out = cls(classes, n_features, int(state["dense"].shape[0]))
        out.sparse[state["rows"]] = state["sparse"].astype(np.float32)
        out.dense = state["dense"].astype(np.float32)
        out.bias = state["bias"].astype(np.float32)
        return out


def average_classifiers(models: Sequence[Classifier]) -> Classifier:
    """One classifier whose weights are the mean of ``models``' (same classes and sizes): for a linear
    model its logits are the mean of theirs, so it votes like the bag at the cost of one model."""
    if not models:
        raise TrainingError("nothing to average", code="E735")
    first = models[0]
    out = Classifier(first.classes, first.sparse.shape[0], first.dense.shape[0])
    for name in ("sparse", "dense", "bias"):
        total = getattr(out, name)
        for model in models:
            total += getattr(model, name)
        total /= len(models)
    return out


class _Snapshots:
    """The running sum of a classifier's weights at the end of each of its last ``last`` epochs."""

    def __init__(self, model: Classifier, epochs: int, last: int) -> None:
        self.model = model
        self.first = max(0, epochs - last) if last > 0 else epochs
        self.count = 0
        self.sums: list[np.ndarray] = []

    def take(self, epoch: int) -> None:
        if epoch < self.first:
            return
        if not self.sums:
            self.sums = [p.copy() for p in self._params()]
        else:
            for total, p in zip(self.sums, self._params(), strict=True):
                total += p
        self.count += 1

    def finish(self) -> None:
        """Put the mean of the snapshots in the model (a no-op when averaging is off)."""
        if self.count < 2:
            return
        for total, p in zip(self.sums, self._params(), strict=True):
            p[...] = total / self.count

    def _params(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        return self.model.sparse, self.model.dense, self.model.bias


def _segment_sums(table: np.ndarray, x: Examples) -> np.ndarray:
    """Per example, the sum of the ``table`` rows of its sparse indices (zeros for none)."""
    out = np.zeros((len(x), table.shape[1]), dtype=np.float32)
    lengths = np.diff(x.indptr)
    filled = np.flatnonzero(lengths)
    if len(filled):
        out[filled] = np.add.reduceat(table[x.indices], x.indptr[:-1][filled], axis=0)
    return out


def _drop(x: Examples, rate: float, rng: np.random.Generator) -> Examples:
    """The examples with each sparse index left out at ``rate`` (training-time input dropout)."""
    kept = rng.random(len(x.indices)) >= rate
    rows = np.repeat(np.arange(len(x)), np.diff(x.indptr))
    counts = np.bincount(rows[kept], minlength=len(x))
    indptr = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return Examples(indptr, x.indices[kept], x.dense, x.labels)


def _loss_and_gradient(p: np.ndarray, labels: np.ndarray, weights: np.ndarray) -> tuple[float, np.ndarray]:
    """The class-weighted cross-entropy of a batch's probabilities ``p`` and its gradient on the
    logits (``p`` is overwritten)."""
    n = len(labels)
    w = weights[labels]
    loss = float(-(np.log(p[np.arange(n), labels] + 1e-9) * w).sum())
    p[np.arange(n), labels] -= 1.0
    return loss, (p * w[:, None]) / n


def _adagrad(param: np.ndarray, acc: np.ndarray, grad: np.ndarray, rate: float) -> None:
    acc += grad**2
    param -= rate * grad / np.sqrt(acc)


def _adagrad_rows(
    table: np.ndarray, acc: np.ndarray, touched: np.ndarray, inverse: np.ndarray, per_index: np.ndarray,
    rate: float, l2: float,
) -> None:  # fmt: skip
    """An Adagrad step on the rows of a hashed table a batch touched (``inverse``: each feature's row)."""
    g = np.zeros((len(touched), table.shape[1]), dtype=np.float32)
    np.add.at(g, inverse, per_index)
    g += l2 * table[touched]
    acc[touched] += g**2
    table[touched] -= rate * g / np.sqrt(acc[touched])


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class MLPClassifier:
    """A softmax over one hidden ReLU layer, beside the linear model's own logits ("wide and deep").

    The hidden layer's sparse part is an embedding bag: the sum of one ``hidden``-wide row per
    hashed feature, so scoring a candidate is a gather and a sum, a small dense product and a
    ``hidden`` x classes product. ``wide``: the linear model's hashed weights are kept too and added
    to the logits. Trained with AdaGrad on the same mini-batches; the sparse rows start at zero
    (the output layer's random start breaks the symmetry), so a row no example touched stays zero.
    """

    def __init__(
        self, classes: Sequence[str], n_features: int, dense_dim: int, hidden: int, *, wide: bool = True, seed: int = 0
    ) -> None:
        self.classes = tuple(classes)
        k = len(self.classes)
        rng = np.random.default_rng(seed)
        self.hidden = hidden
        self.wide = Classifier(classes, n_features if wide else 0, dense_dim if wide else 0)
        self.embed = np.zeros((n_features, hidden), dtype=np.float32)
        self.dense = (rng.standard_normal((dense_dim, hidden)) * np.sqrt(1.0 / max(1, dense_dim))).astype(np.float32)
        self.b1 = np.full(hidden, 0.1, dtype=np.float32)
        self.out = (rng.standard_normal((hidden, k)) * np.sqrt(2.0 / hidden)).astype(np.float32)
        self.b2 = np.zeros(k, dtype=np.float32)

    def _pre(self, x: Examples, groups: Sequence[tuple[int, int]] | None = None, scale: float = 1.0) -> np.ndarray:
        pre = _segment_sums(self.embed, x)
        if scale != 1.0:
            pre *= scale
        if self.dense.shape[0]:
            if groups is None:
                pre += x.dense @ self.dense
            else:
                for start, end in groups:
                    pre[start:end] += x.dense[start:end] @ self.dense
        return pre + self.b1

    def logits(self, x: Examples, groups: Sequence[tuple[int, int]] | None = None) -> np.ndarray:
        h = np.maximum(self._pre(x, groups), 0.0)
        if groups is None:
            z = h @ self.out
        else:
            z = np.zeros((len(x), len(self.classes)), dtype=np.float32)
            for start, end in groups:
                z[start:end] = h[start:end] @ self.out
        z += self.b2
        if self.wide.sparse.shape[0]:
            z += self.wide.logits(x, groups)
        return z

    def probabilities(self, x: Examples, groups: Sequence[tuple[int, int]] | None = None) -> np.ndarray:
        """Class probabilities per example (``groups`` as for :meth:`Classifier.probabilities`)."""
        return _softmax(self.logits(x, groups))

    def fit(
        self,
        x: Examples,
        *,
        epochs: int,
        learning_rate: float,
        l2: float,
        batch_size: int,
        seed: int,
        class_weight: np.ndarray | None = None,
        progress: Callable[[int, float], None] | None = None,
        deep_rate: float | None = None,
        dropout: float = 0.0,
    ) -> None:
        keep = np.flatnonzero(x.labels >= 0)
        x = x.subset(keep)
        rng = np.random.default_rng(seed)
        rate = deep_rate if deep_rate is not None else learning_rate
        wide = self.wide.sparse.shape[0] > 0
        scale = 1.0 / (1.0 - dropout)
        params = [self.embed, self.dense, self.b1, self.out, self.b2]
        acc = [np.full_like(p, 1e-6) for p in params]
        wacc = [np.full_like(p, 1e-6) for p in (self.wide.sparse, self.wide.dense, self.wide.bias)]
        weights = class_weight if class_weight is not None else np.ones(len(self.classes), dtype=np.float32)
        for epoch in range(epochs):
            order = rng.permutation(len(x))
            total = 0.0
            for start in range(0, len(order), batch_size):
                batch = x.subset(order[start : start + batch_size])
                if dropout > 0:
                    batch = _drop(batch, dropout, rng)
                n = len(batch)
                pre = self._pre(batch, scale=scale)
                h = np.maximum(pre, 0.0)
                z = h @ self.out + self.b2
                if wide:
                    z += _segment_sums(self.wide.sparse, batch) * scale + batch.dense @ self.wide.dense + self.wide.bias
                p = _softmax(z)
                loss, grad = _loss_and_gradient(p, batch.labels, weights)
                total += loss
                dh = (grad @ self.out.T) * (pre > 0)
                rows = np.repeat(np.arange(n), np.diff(batch.indptr))
                touched, inverse = np.unique(batch.indices, return_inverse=True)
                _adagrad_rows(self.embed, acc[0], touched, inverse, dh[rows] * scale, rate, l2)
                if self.dense.shape[0]:
                    _adagrad(self.dense, acc[1], batch.dense.T @ dh + l2 * self.dense, rate)
                _adagrad(self.b1, acc[2], dh.sum(axis=0), rate)
                _adagrad(self.out, acc[3], h.T @ grad + l2 * self.out, rate)
                _adagrad(self.b2, acc[4], grad.sum(axis=0), rate)
                if wide:
                    _adagrad_rows(self.wide.sparse, wacc[0], touched, inverse, grad[rows] * scale, learning_rate, l2)
                    if self.wide.dense.shape[0]:
                        gd = batch.dense.T @ grad + l2 * self.wide.dense
                        _adagrad(self.wide.dense, wacc[1], gd, learning_rate)
                    _adagrad(self.wide.bias, wacc[2], grad.sum(axis=0), learning_rate)
            if progress is not None:
                progress(epoch, total / max(1, len(x)))

    def state(self) -> dict[str, np.ndarray]:
        used = np.flatnonzero(np.abs(self.embed).max(axis=1) > 1e-4)
        out = {
            "rows": used.astype(np.int32),
            "embed": self.embed[used].astype(np.float16),
            "hdense": self.dense.astype(np.float16),
            "b1": self.b1.astype(np.float32),
            "out": self.out.astype(np.float32),
            "b2": self.b2.astype(np.float32),
        }
        if self.wide.sparse.shape[0]:
            out.update({f"wide_{k}": v for k, v in self.wide.state().items()})
        return out

    @classmethod
    def from_state(cls, classes: Sequence[str], n_features: int, state: dict[str, np.ndarray]) -> MLPClassifier:
        wide = "wide_rows" in state
        hidden = int(state["b1"].shape[0])
        out = cls(classes, n_features, int(state["hdense"].shape[0]), hidden, wide=wide)
        out.embed[state["rows"]] = state["embed"].astype(np.float32)
        out.dense = state["hdense"].astype(np.float32)
        out.b1 = state["b1"].astype(np.float32)
        out.out = state["out"].astype(np.float32)
        out.b2 = state["b2"].astype(np.float32)
        if wide:
            out.wide = Classifier.from_state(
                classes, n_features, {k[5:]: v for k, v in state.items() if k.startswith("wide_")}
            )
        return out


TypeClassifier: TypeAlias = Classifier | MLPClassifier  # what ``[model] kind`` picks for the type head


@dataclass
class CoderModel:
    """The trained event coder: its config, a type classifier and a modality classifier."""

    config: dict[str, Any]
    types: TypeClassifier
    modality: Classifier

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        arrays: dict[str, np.ndarray] = {}
        for name, clf in (("type", self.types), ("modality", self.modality)):
            for key, value in clf.state().items():
                arrays[f"{name}.{key}"] = value
        np.savez_compressed(folder / "weights.npz", **arrays)  # type: ignore[arg-type]
        meta = {"format": FORMAT, "labels": list(LABELS), "modalities": list(MODALITIES), "config": self.config}
        (folder / "model.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> CoderModel:
        try:
            meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
            with np.load(folder / "weights.npz", allow_pickle=False) as data:
                arrays = {k: data[k] for k in data.files}
        except (OSError, ValueError, KeyError) as exc:
            raise TrainingError(f"{folder}: no usable coder model ({exc})", code="E721") from exc
        if meta.get("format") != FORMAT:
            raise TrainingError(f"{folder}: model format {meta.get('format')!r}, expected {FORMAT}", code="E722")
        n_features = 1 << int(meta["config"]["features"]["bits"])
        states = {
            name: {k.split(".", 1)[1]: v for k, v in arrays.items() if k.startswith(name + ".")}
            for name in ("type", "modality")
        }
        types: TypeClassifier
        if str(meta["config"].get("model", {}).get("kind", "linear")) == "mlp":
            types = MLPClassifier.from_state(meta["labels"], n_features, states["type"])
        else:
            types = Classifier.from_state(meta["labels"], n_features, states["type"])
        modality = Classifier.from_state(meta["modalities"], n_features, states["modality"])
        return cls(config=meta["config"], types=types, modality=modality)
