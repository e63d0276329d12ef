"""How the training gold codes the sentences whose text has a wording: "N of M sentences coded so".

Lanes count a shape on the training corpus before they write a reading; this reads the gold only
(no parse, seconds). Each match of the pattern (a regular expression, case-insensitive) in a
sentence's text is given the types of the gold events whose trigger overlaps the match, or
``none`` when no gold trigger does (the sentence may still code another act). Matches are tallied
by that label and by the pattern's first group, when it has one (e.g. the promising verb), so a
split by wording shows.

    python tools/gold_shapes.py 'PATTERN' [--examples 2] [--batches training/batches]
    python tools/gold_shapes.py '\\b(agreed|pledged) to (withdraw|pull)\\w*'
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from parley.coder import TrainingSentence, load_corpus


def match_labels(sentence: TrainingSentence, pattern: re.Pattern[str]) -> list[tuple[str, str, str]]:
    """(first group or whole match, label, matched text) for each match of ``pattern`` in the sentence;
    the label is the sorted types of the gold triggers overlapping the match, joined by '+', or 'none'."""
    text = sentence.text
    lowered = text.lower()
    spans: list[tuple[int, int, str]] = []
    for event in sentence.events:
        trigger = event.trigger.lower()
        start = lowered.find(trigger) if trigger else -1
        if start >= 0:
            spans.append((start, start + len(trigger), event.type))
    found = []
    for m in pattern.finditer(text):
        types = sorted({kind for start, end, kind in spans if start < m.end() and m.start() < end})
        key = (m.group(1) if m.groups() and m.group(1) else m.group(0)).lower()
        found.append((key, "+".join(types) or "none", m.group(0)))
    return found


def tally(sentences: Iterable[TrainingSentence], pattern: re.Pattern[str]) -> dict[str, Counter[str]]:
    """Counts of labels by wording key (see ``match_labels``), over the sentences."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        for key, label, _ in match_labels(sentence, pattern):
            counts[key][label] += 1
    return counts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pattern")
    ap.add_argument("--examples", type=int, default=2, help="example sentences per (wording, label)")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    args = ap.parse_args()
    pattern = re.compile(args.pattern, re.IGNORECASE)
    sentences = load_corpus(args.batches)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sentence in sentences:
        for key, label, _ in match_labels(sentence, pattern):
            examples[(key, label)].append(sentence.text)
    counts = tally(sentences, pattern)
    total: Counter[str] = Counter()
    for key in sorted(counts):
        total.update(counts[key])
        print(
            f"{key}: {sum(counts[key].values())} -> "
            + ", ".join(f"{n} {label}" for label, n in counts[key].most_common())
        )
        for label in counts[key]:
            for text in examples[(key, label)][: args.examples]:
                print(f"    [{label}] {text[:200]}")
    print(f"all: {sum(total.values())} -> " + ", ".join(f"{n} {label}" for label, n in total.most_common()))


if __name__ == "__main__":
    main()
