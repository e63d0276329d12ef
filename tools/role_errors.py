"""The wrong actors and recipients among type matches of a gold set, as JSONL, for grouping by cause.

Pairs predictions with gold events as ``parley eval -b`` does (type-only matching) and writes each
pair whose actors or recipients are wrong, with the prediction's sentence. Type-only matching may pair
a prediction with a gold event of the same type told in another sentence of the article: such a row is
no wrong side of one act but two different acts, and ``same_sentence`` (the gold evidence stands in the
prediction's sentence) tells the two apart (``recipient_causes.py --same-sentence`` keeps only the first).

    PYTHONPATH=src .venv/bin/python tools/role_errors.py GOLD_DIR [--coder rules|learned] --out F
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from parley.evaluate import entity_codes, load_gold, predict, type_matches
from parley.settings import Settings


def evidence_in_sentence(evidence: str, sentence: str) -> bool:
    """The gold evidence's words stand in the sentence, letters and digits compared only (quotes, dashes
    and spacing differ between the gold and the parsed text)."""

    def squeeze(text: str) -> str:
        return "".join(ch for ch in text.lower() if ch.isalnum())

    said = squeeze(evidence)
    return bool(said) and said in squeeze(sentence)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--coder", default="rules")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    docs = load_gold(args.gold, None)
    predictions, _ = predict(docs, Settings().with_(coder=args.coder))
    rows = []
    matched = actor_ok_n = rec_scored = rec_ok_n = 0
    for doc in docs:
        for pred, match in type_matches(doc, predictions.get(doc.id, [])):
            if match is None:
                continue
            matched += 1
            actor_ok_n += match.actor_ok
            rec_scored += match.recipient_ok is not None
            rec_ok_n += bool(match.recipient_ok)
            if match.actor_ok and match.recipient_ok is not False:
                continue
            reading = match.reading
            rows.append(
                {
                    "doc": doc.id,
                    "type": reading.type,
                    "text": " ".join(str(pred.get("text") or "").split()),
                    "gold": [sorted(reading.actors), sorted(reading.recipients)],
                    "pred": [sorted(entity_codes(pred.get("actor"))), sorted(entity_codes(pred.get("recipient")))],
                    "evidence": doc.events[match.index].evidence,
                    "same_sentence": evidence_in_sentence(
                        doc.events[match.index].evidence or "", str(pred.get("text") or "")
                    ),
                    "actor_ok": match.actor_ok,
                    "recipient_ok": match.recipient_ok,
                    # the recipients' own words (empty where guessed from the story), as actor_dev.py writes
                    "recipient_words": [str(r.get("entity_text") or "") for r in pred.get("recipient") or []],
                    "how": [
                        str(e.get("resolved_by"))
                        for e in (pred.get("actor") or []) + (pred.get("recipient") or [])
                        if e.get("resolved_by")
                    ],
                }
            )
    args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(f"matched {matched} actor {actor_ok_n / max(1, matched):.3f} recipient {rec_ok_n / max(1, rec_scored):.3f}")


if __name__ == "__main__":
    main()
