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
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import TrainingError
from ._corpus import MODALITIES, TYPES

__all__ = ["LABELS", "Classifier", "CoderModel", "Examples"]

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
        indices = np.concatenate([self.indices[s:e] for s, e in zip(starts, ends, strict=True)]) if len(rows) else (
            np.zeros(0, dtype=np.int64)
        )
        indptr = np.concatenate([[0], np.cumsum(ends - starts)]).astype(np.int64)
        return Examples(indptr, indices.astype(np.int64), self.dense[rows], self.labels[rows])

    @classmethod
    def build(cls, sparse: Sequence[Sequence[int]], dense: Sequence[np.ndarray], labels: Sequence[int]) -> Examples:
        lengths = np.array([len(s) for s in sparse], dtype=np.int64)
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        indices = np.fromiter(chain.from_iterable(sparse), dtype=np.int64, count=int(lengths.sum()))
        width = len(dense[0]) if len(dense) else 0
        matrix = np.vstack(dense).astype(np.float32) if width else np.zeros((len(sparse), 0), dtype=np.float32)
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
        out = np.zeros((len(x), len(self.classes)), dtype=np.float32)
        lengths = np.diff(x.indptr)
        filled = np.flatnonzero(lengths)
        if len(filled):
            # row sums of the gathered weight rows, one segment per example (reduceat skips empty ones)
            sums = np.add.reduceat(self.sparse[x.indices], x.indptr[:-1][filled], axis=0)
            out[filled] = sums
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
        z = self.logits(x, groups)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

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
    ) -> None:
        keep = np.flatnonzero(x.labels >= 0)
        x = x.subset(keep)
        rng = np.random.default_rng(seed)
        g_sparse = np.full_like(self.sparse, 1e-6)
        g_dense = np.full_like(self.dense, 1e-6)
        g_bias = np.full_like(self.bias, 1e-6)
        weights = class_weight if class_weight is not None else np.ones(len(self.classes), dtype=np.float32)
        for epoch in range(epochs):
            order = rng.permutation(len(x))
            total = 0.0
            for start in range(0, len(order), batch_size):
                batch = x.subset(order[start : start + batch_size])
                p = self.probabilities(batch)
                n = len(batch)
                w = weights[batch.labels][:, None]
                total += float(-(np.log(p[np.arange(n), batch.labels] + 1e-9) * w[:, 0]).sum())
                p[np.arange(n), batch.labels] -= 1.0
                grad = (p * w) / n
                rows = np.repeat(np.arange(n), np.diff(batch.indptr))
                touched, inverse = np.unique(batch.indices, return_inverse=True)
                g_rows = np.zeros((len(touched), len(self.classes)), dtype=np.float32)
                np.add.at(g_rows, inverse, grad[rows])
                g_rows += l2 * self.sparse[touched]
                g_sparse[touched] += g_rows**2
                self.sparse[touched] -= learning_rate * g_rows / np.sqrt(g_sparse[touched])
                if self.dense.shape[0]:
                    gd = batch.dense.T @ grad + l2 * self.dense
                    g_dense += gd**2
                    self.dense -= learning_rate * gd / np.sqrt(g_dense)
                gb = grad.sum(axis=0)
                g_bias += gb**2
                self.bias -= learning_rate * gb / np.sqrt(g_bias)
            if progress is not None:
                progress(epoch, total / max(1, len(x)))

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


@dataclass
class CoderModel:
    """The trained event coder: its config, a type classifier and a modality classifier."""

    config: dict[str, Any]
    types: Classifier
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
        parts = {
            name: Classifier.from_state(
                classes, n_features, {k.split(".", 1)[1]: v for k, v in arrays.items() if k.startswith(name + ".")}
            )
            for name, classes in (("type", meta["labels"]), ("modality", meta["modalities"]))
        }
        return cls(config=meta["config"], types=parts["type"], modality=parts["modality"])
