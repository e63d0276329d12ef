"""Repair recall and false-split rate of the glued-word repair on tests/data/.

    .venv/bin/python tools/glue_report.py

Recall: share of tests/data/glued_pairs.tsv whose glued side is repaired exactly.
False splits: share of the words of tests/data/keep_whole.txt that are changed, alone
or in a sentence ("<word> said on Monday", "met <word> Monday").
"""

from __future__ import annotations

import logging
from pathlib import Path

from parley.clean import repair_glued_words

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
log = logging.getLogger("glue_report")


def load_pairs() -> list[tuple[str, str]]:
    rows = (DATA / "glued_pairs.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [(glued, fixed) for glued, fixed in (row.split("\t") for row in rows if row.strip())]


def load_keep_whole() -> list[str]:
    lines = (DATA / "keep_whole.txt").read_text(encoding="utf-8").splitlines()
    return [word for line in lines if not line.startswith("#") for word in line.split()]


def measure() -> tuple[float, float, list[str], list[str]]:
    """(recall, false-split rate, missed glued forms, wrongly split words)."""
    pairs = load_pairs()
    missed = [glued for glued, fixed in pairs if repair_glued_words(glued) != fixed]
    words = load_keep_whole()
    split = [
        w
        for w in words
        if repair_glued_words(w) != w
        or repair_glued_words(f"{w} said on Monday") != f"{w} said on Monday"
        or repair_glued_words(f"met {w} Monday") != f"met {w} Monday"
    ]
    return 1 - len(missed) / len(pairs), len(split) / len(words), missed, split


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    recall, false_rate, missed, split = measure()
    log.info(
        "repair recall %.3f (%d pairs, %d missed); false-split rate %.4f (%d words, %d split)",
        recall,
        len(load_pairs()),
        len(missed),
        false_rate,
        len(load_keep_whole()),
        len(split),
    )
    log.info("missed: %s", " | ".join(missed[:40]))
    log.info("split: %s", " | ".join(split[:40]))


if __name__ == "__main__":
    main()
