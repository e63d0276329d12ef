"""Required gold events of a develop-on gold set that a prediction with an unresolved actor would match.

The set is run with unresolved actors kept (``keep_unresolved``: an event whose subject has words but
no code gets actor ``XXX``). The resolved predictions are paired with the gold as the scorer pairs
them; then each ``XXX`` prediction is set beside the required gold events still unpaired of its type
whose evidence is quoted from its sentence. One JSON row per such event: the unresolved words, the
gold actors and recipients, the predicted recipients and whether they fit. Stop 53 and stop 54 count
these rows by cause (definite back-references, groups of states, documents, forces and weapons).
Never run it on a report-only set.

    PYTHONPATH=src python tools/unresolved_gold.py GOLD_DIR [--coder rules|learned] [--out F.jsonl]
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from _predictions import predicted_types as _types
from _report_only import develop_on_args, develop_on_parser

from parley.evaluate import entity_codes, load_gold, pick_gold, predict, same_sentence
from parley.events._candidates import UNRESOLVED
from parley.settings import Settings


def lost_rows(gold_dir: Path, coder: str) -> list[dict[str, Any]]:
    """The rows described in the module's note, in document order."""
    docs = load_gold(gold_dir, None)
    preds, _ = predict(docs, Settings().with_(coder=coder, keep_unresolved=True))
    rows: list[dict[str, Any]] = []
    for doc in docs:
        mine = preds.get(doc.id, [])
        used: set[int] = set()
        for pred in mine:
            if (
                UNRESOLVED not in entity_codes(pred.get("actor"))
                and (i := pick_gold(pred, doc.events, used)) is not None
            ):
                used.add(i)
        for pred in (p for p in mine if UNRESOLVED in entity_codes(p.get("actor"))):
            for i, event in enumerate(doc.events):
                if i in used or not event.required or event.type not in _types(pred) or not same_sentence(pred, event):
                    continue
                reading = event.readings[0]
                recipients = entity_codes(pred.get("recipient"))
                fits = reading.symmetric or not reading.recipients or bool(recipients & reading.recipients)
                words = [
                    str(a.get("entity_text") or a.get("text") or "")
                    for a in pred.get("actor") or []
                    if a.get("code") == UNRESOLVED
                ]
                rows.append(
                    {
                        "doc": doc.id,
                        "type": event.type,
                        "words": words,
                        "gold": [sorted(reading.actors), sorted(reading.recipients)],
                        "predicted_recipients": sorted(recipients),
                        "recipient_fits": fits,
                        "text": " ".join(str(pred.get("text") or "").split()),
                    }
                )
                used.add(i)
                break
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = develop_on_parser(None, "rules")
    ap.add_argument("--out", type=Path, help="write the rows here as JSONL (else to standard output)")
    args = develop_on_args(ap, argv)
    rows = lost_rows(args.gold, args.coder)
    text = "".join(json.dumps(r) + "\n" for r in rows)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    print(f"{len(rows)} required gold events would match but for an unresolved actor")


if __name__ == "__main__":
    main()
