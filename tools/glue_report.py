"""Repair recall and false-split rate of the glued-word repair on tests/data/."""

from __future__ import annotations

from pathlib import Path

from parley.clean import repair_glued_words

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def measure() -> tuple[float, float, list[str], list[str]]:
    pairs = [line.split("\t") for line in (DATA / "glued_pairs.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    missed = [glued for glued, fixed in pairs if repair_glued_words(glued) != fixed]
    names = (DATA / "keep_whole.txt").read_text(encoding="utf-8").split()
    split = [w for w in names if repair_glued_words(w) != w]
    return 1 - len(missed) / len(pairs), len(split) / len(names), missed, split


if __name__ == "__main__":
    recall, false_rate, missed, split = measure()
    print(f"repair recall {recall:.3f} on {len(missed) and 'some' or 'all'} pairs; false-split rate {false_rate:.4f}")
    print("missed:", " ".join(missed[:40]))
    print("split:", " ".join(split[:40]))
