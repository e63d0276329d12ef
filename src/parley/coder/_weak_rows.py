"""Weak rows of the rules' lexicon: a trigger word read as one type (lemma + type) whose reading the
training gold seldom confirms, so that the model's sure NONE may drop it at ``[decide] weak_bar``.

WHY (weakrows50, stop 50): on grouped folds of whole writers the rules' rows right under half the
time out of fold (at least 5 readings; 3,534 readings, 836 of them right) are where the hybrid's false
alarms gather there: a veto at .9 beside ``veto_by_type`` lifts grouped hybrid F1 .654 -> .694. On dev,
held-in and the validation set of fresh writers every bar tried (.99-.9) lowers the learned coder's F1,
so ``weak_bar`` ships off (1.01; the table is in training/config.toml). The file
``data/coder/weak_rows.tsv`` (181 rows) is written by ``tools/weak_rows.py`` from the training corpus
(every writer) and read here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = ["WeakRow", "load_weak_rows", "weak_rows", "weak_rows_path", "write_weak_rows"]


@dataclass(frozen=True)
class WeakRow:
    """A rules' reading (lemma, type) with its count on the training corpus and how many were right."""

    lemma: str
    type: str
    count: int
    right: int

    @property
    def precision(self) -> float:
        return self.right / self.count


def weak_rows_path() -> Path:
    return Path(str(resources.files("parley") / "data" / "coder" / "weak_rows.tsv"))


def weak_rows(readings: Iterable[tuple[str, str, bool]], *, min_count: int = 5, below: float = 0.5) -> list[WeakRow]:
    """The (lemma, type) rows read at least ``min_count`` times whose share of right readings
    (``readings``: lemma, the rules' type, whether the gold codes that type there) is under ``below``."""
    count: Counter[tuple[str, str]] = Counter()
    right: Counter[tuple[str, str]] = Counter()
    for lemma, type_, ok in readings:
        count[lemma, type_] += 1
        right[lemma, type_] += ok
    rows = [WeakRow(lemma, type_, n, right[lemma, type_]) for (lemma, type_), n in count.items()]
    return sorted((r for r in rows if r.count >= min_count and r.precision < below), key=lambda r: (r.type, r.lemma))


def write_weak_rows(path: Path, rows: Sequence[WeakRow], header: str) -> None:
    """The rows as a tab-separated file under ``header`` (comment lines saying how they were made)."""
    lines = [f"# {line}" for line in header.splitlines()]
    lines.append("lemma\ttype\tcount\tright\tprecision")
    lines += [f"{r.lemma}\t{r.type}\t{r.count}\t{r.right}\t{r.precision:.3f}" for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def load_weak_rows(path: Path | None = None) -> frozenset[tuple[str, str]]:
    """The (lemma, type) pairs of the file (the bundled one by default); none if it is missing."""
    path = path or weak_rows_path()
    if not path.is_file():
        return frozenset()
    pairs = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        lemma, type_ = line.split("\t")[:2]
        pairs.add((lemma, type_))
    return frozenset(pairs)
