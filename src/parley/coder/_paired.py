"""The type and the modality classifiers scored together: one gather of their hashed weight rows.

Both linear classifiers read the same candidates' sparse indices. Their weight tables are some
260,000 rows each, far larger than the processor's caches, so gathering a document's few thousand
rows from each table in turn misses the cache twice per index. Kept side by side in one table (each
classifier's own weights a view of its columns), one gather and one segment sum serve both. Each
logit is still the sum of the same float32 weights in the same order (a segment sum adds whole rows
in turn, column by column), and each dense part is still multiplied apart per classifier and per
group: the probabilities are the bits each classifier gives alone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ._model import Classifier, Examples, _segment_sums, _softmax

__all__ = ["PairedClassifiers"]


class PairedClassifiers:
    """Two linear classifiers over the same hashed feature space, scored from one weight table.
    Building it moves both classifiers' sparse weights into that table (their ``sparse`` become
    views of its columns: the same values, no second copy kept)."""

    def __init__(self, first: Classifier, second: Classifier) -> None:
        self.first = first
        self.second = second
        self.split = len(first.classes)
        self.table = np.ascontiguousarray(np.hstack((first.sparse, second.sparse)), dtype=np.float32)
        first.sparse = self.table[:, : self.split]
        second.sparse = self.table[:, self.split :]

    def probabilities(
        self, x: Examples, groups: Sequence[tuple[int, int]] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """``(first.probabilities(x, groups), second.probabilities(x, groups))``, the same bits."""
        sums = _segment_sums(self.table, x)
        # each head's columns as one block (its dense part is added in place: the other head's columns
        # are never touched)
        return (
            _softmax(self.first.logits_from(np.ascontiguousarray(sums[:, : self.split]), x, groups)),
            _softmax(self.second.logits_from(np.ascontiguousarray(sums[:, self.split :]), x, groups)),
        )
