"""Type confusions on a develop-on set: a missed gold event and a false positive of another type read
from the same sentence, with an actor code in common (the same act coded as the wrong type).

The verbose eval lists misses and false positives apart, and its confusion table counts every
prediction in a gold event's sentence, most of them other acts of the same sentence. This tool pairs
only the unmatched ones that share an actor, so a pair counted here is a likely confusion; ``--loose``
drops the actor test (neighbours included). Counts are per (gold type, predicted type); ``--pair
ACCUSE,REJECT`` lists that pair's instances. Stop 66 used it on both validation sets to look for a
confusion large in both (none was: the largest pairs held 1-4 instances a set, with mixed wordings).
Never on a report-only set.

    PYTHONPATH=src python tools/type_confusions.py GOLD_DIR [--coder rules|learned] [--loose]
        [--pair GOLD,PREDICTED]
"""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

from _predictions import brief, predicted_types
from _report_only import develop_on_args, develop_on_parser

from parley.evaluate import GoldDoc, GoldEvent, entity_codes, load_gold, matched_gold, predict, same_sentence
from parley.settings import Settings


def _shares_actor(pred: dict[str, Any], event: GoldEvent) -> bool:
    """Some actor code of the prediction is one of the gold event's (any reading's) actors or, for a
    symmetric event, any of its sides."""
    codes = entity_codes(pred.get("actor"))
    sides = [r.actors | r.recipients if r.symmetric else r.actors for r in event.readings]
    return any(codes & side for side in sides)


def confusions(doc: GoldDoc, preds: list[dict[str, Any]], loose: bool = False) -> list[dict[str, str]]:
    """Each (missed gold event, false positive) pair of different types in the gold event's sentence,
    in gold order; unless ``loose``, only pairs sharing an actor code."""
    found = matched_gold(doc.events, preds)
    taken = {i for i in found if i is not None}
    extras = [p for p, i in zip(preds, found, strict=True) if i is None]
    pairs = []
    for i, event in enumerate(doc.events):
        if i in taken:
            continue
        for pred in extras:
            wrong = [t for t in predicted_types(pred) if t != event.type]
            if not wrong or not same_sentence(pred, event) or not (loose or _shares_actor(pred, event)):
                continue
            pairs.append(
                {
                    "doc": doc.id,
                    "gold": event.type,
                    "predicted": wrong[0],
                    "evidence": brief(event.evidence),
                    "sentence": brief(pred.get("text")),
                }
            )
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = develop_on_parser(__doc__.split("\n")[0], "learned")
    parser.add_argument("--loose", action="store_true", help="pair without the shared-actor test")
    parser.add_argument("--pair", default="", help="GOLD,PREDICTED: list this pair's instances")
    args = develop_on_args(parser, argv)
    docs = load_gold(args.gold)
    predictions, _ = predict(docs, Settings(coder=args.coder))
    counts: Counter[tuple[str, str]] = Counter()
    wanted = tuple(args.pair.split(",")) if args.pair else None
    for doc in docs:
        for pair in confusions(doc, predictions.get(doc.id, []), args.loose):
            counts[(pair["gold"], pair["predicted"])] += 1
            if wanted == (pair["gold"], pair["predicted"]):
                sys.stdout.write(f"{pair['doc']} | {pair['evidence']} || {pair['sentence']}\n")
    for (gold, predicted), n in counts.most_common():
        sys.stdout.write(f"{n:3d}  {gold} -> {predicted}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
