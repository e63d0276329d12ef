"""Predictions made in sentences that hold no gold event at all, on a develop-on set.

A false positive of this kind is neither a wrong type nor a wrong side: the gold codes nothing in its
sentence (its evidence quotes none of the sentence's text). Each is listed with one of:

  restated  the story's gold has an event of the same type sharing a code with the prediction
            (told again in passing, or a headline-like line the coder read as body)
  same-type the story's gold has an event of the same type, with other codes
  new       the story's gold has no event of that type

Stop 67 used it to group the precision losses of both coders by cause (front matter, a verb in
another sense, broadcast sign-offs, background acts). Never on a report-only set.

    PYTHONPATH=src python tools/empty_sentence_extras.py GOLD_DIR [--coder rules|learned] [--out FILE.jsonl]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from _predictions import brief, predicted_types
from _report_only import develop_on_args, develop_on_parser

from parley.evaluate import GoldDoc, entity_codes, load_gold, matched_gold, predict, same_sentence
from parley.settings import Settings


def kind(doc: GoldDoc, pred: dict[str, Any]) -> str:
    """How the story's gold relates to a prediction made where it codes nothing (see the module's list)."""
    types = set(predicted_types(pred))
    codes = entity_codes(pred.get("actor")) | entity_codes(pred.get("recipient"))
    same_type = [r for e in doc.events for r in e.readings if r.type in types]
    if any((r.actors | r.recipients) & codes for r in same_type):
        return "restated"
    return "same-type" if same_type else "new"


def empty_sentence_extras(doc: GoldDoc, preds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The unmatched predictions of ``doc`` whose sentence quotes no gold event's evidence."""
    found = []
    for pred, matched in zip(preds, matched_gold(doc.events, preds), strict=True):
        if matched is None and not any(same_sentence(pred, e) for e in doc.events):
            found.append(
                {
                    "doc": doc.id,
                    "types": predicted_types(pred),
                    "actors": sorted(entity_codes(pred.get("actor"))),
                    "recipients": sorted(entity_codes(pred.get("recipient"))),
                    "modality": pred.get("modality"),
                    "kind": kind(doc, pred),
                    "text": brief(pred.get("text"), 300),
                }
            )
    return found


def main(argv: list[str] | None = None) -> int:
    parser = develop_on_parser(__doc__.split("\n")[0], "learned")
    parser.add_argument("--out", type=Path, help="write every listed prediction here as JSONL")
    args = develop_on_args(parser, argv)
    docs = load_gold(args.gold)
    predictions, _ = predict(docs, Settings(coder=args.coder))
    rows = [row for doc in docs for row in empty_sentence_extras(doc, predictions.get(doc.id, []))]
    for row in rows:
        sys.stdout.write(f"[{row['kind']}] {row['doc']} {','.join(row['types'])} | {row['text'][:160]}\n")
    if args.out is not None:
        with args.out.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(row) + "\n" for row in rows)
    by_kind = Counter(row["kind"] for row in rows)
    predicted = sum(len(p) for p in predictions.values())
    sys.stdout.write(f"empty-sentence extras: {len(rows)} of {predicted} predictions {dict(by_kind)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
