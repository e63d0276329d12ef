"""Stolen matches on a develop-on set: a prediction that took a gold event told in another sentence
while an unmatched prediction of the gold event's own sentence would have matched it.

Scoring is greedy in prediction order (shared/gold/README.md, rule 2), so the earlier prediction keeps
the gold event and the one that reads it from its own sentence counts as a false positive. Each theft
is listed with the dates of both sides and put under one of:

  history   the gold event is dated in an earlier year than the story (a past act told in passing,
            which gold codes); the thief is a prediction about something else
  story     the gold event lies in the story's own year

Stop 60 used it to test whether background history coded as a fresh event steals gold matches (it
mostly does not: the thieves are story events that have no gold of their own). Never on a
report-only set.

    PYTHONPATH=src python tools/stolen_matches.py GOLD_DIR [--coder rules|learned]
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from _predictions import brief
from _report_only import develop_on_args, develop_on_parser

from parley.evaluate import GoldDoc, GoldEvent, load_gold, matched_gold, predict, reading_matches, same_sentence
from parley.settings import Settings


def _claims(pred: dict[str, Any], event: GoldEvent) -> bool:
    """The prediction reads the gold event from the gold event's own sentence."""
    return same_sentence(pred, event) and any(reading_matches(pred, r) for r in event.readings)


def _kind(doc: GoldDoc, event: GoldEvent) -> str:
    """ "history" for a gold event dated in a year before the story's, else "story"."""
    year = (event.date or "")[:4]
    if doc.published is not None and year.isdigit() and int(year) < doc.published.year:
        return "history"
    return "story"


def thefts(doc: GoldDoc, preds: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Every gold event matched by a prediction from another sentence while an unmatched prediction
    of its own sentence would have matched it, matched in the scorer's order."""
    # gold index -> prediction index
    owner = {i: j for j, i in enumerate(matched_gold(doc.events, preds)) if i is not None}
    unmatched = [j for j in range(len(preds)) if j not in owner.values()]
    found = []
    for i, j in sorted(owner.items()):
        event = doc.events[i]
        if same_sentence(preds[j], event):
            continue
        rightful = [k for k in unmatched if _claims(preds[k], event)]
        if rightful:
            found.append(
                {
                    "doc": doc.id,
                    "type": event.type,
                    "kind": _kind(doc, event),
                    "gold_date": str(event.date),
                    "thief_date": str(preds[j].get("date")),
                    "thief": brief(preds[j].get("text")),
                    "rightful": brief(preds[rightful[0]].get("text")),
                }
            )
    return found


def main(argv: list[str] | None = None) -> int:
    args = develop_on_args(develop_on_parser(__doc__.split("\n")[0], "learned"), argv)
    docs = load_gold(args.gold)
    predictions, _ = predict(docs, Settings(coder=args.coder))
    counts: Counter[str] = Counter()
    for doc in docs:
        for theft in thefts(doc, predictions.get(doc.id, [])):
            counts[theft["kind"]] += 1
            sys.stdout.write(
                f"[{theft['kind']}] {theft['doc']} {theft['type']} gold {theft['gold_date']}"
                f" thief {theft['thief_date']} | {theft['thief']} || own: {theft['rightful']}\n"
            )
    sys.stdout.write(f"thefts: {dict(counts)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
