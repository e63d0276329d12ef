"""The noun triggers the ``covered_by_verb`` check turns down on the training corpus, by what became of
the covering verb: it made an event in the sentence ("verb-event"), another check turned it down
("verb-checked", with that check's name) or it passed the checks and was lost later ("verb-lost":
no roles, a headline, in-article de-duplication). Each row also says whether the sentence's asserted
gold has the noun's type and whether a predicted event of the sentence has it: a drop is a loss only
where the gold has the type and no prediction does.

    PYTHONPATH=src:tools python tools/covered_drops.py [--coder rules] [--docs 800] [--out F.jsonl]
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from _training_docs import TrainingDoc, listing_arguments, training_docs
from check_drops import gold_at, record_drops

from parley.document import Document
from parley.events._candidate_checks import Reading
from parley.pipeline import Pipeline
from parley.settings import Settings

_COVERED = "covered_by_verb"


def _covering_verb(reading: Reading) -> tuple[str, int, str] | None:
    """(text, offset, type) of the nearest head the lexicon reads as an act (the word the check found)."""
    tok = reading.token
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX", "ADJ"}:
            outer = reading.matcher.match(tok)
            if outer is not None:
                return tok.text, tok.idx, outer.type
    return None


def _cover_fields(reading: Reading, check: str) -> dict[str, Any]:
    """For a covered_by_verb drop, the noun, its covering verb and its sentence's character span."""
    if check != _COVERED:
        return {}
    tok = reading.token
    return {"noun": tok.text, "cover": _covering_verb(reading), "s0": tok.sent.start_char, "s1": tok.sent.end_char}


def _judged(doc: Document, train: TrainingDoc, drops: dict[int, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The document's covered_by_verb drops, each with its covering verb's fate and the sentence's gold."""
    checked = drops.pop(hash(doc.text), [])
    rows = []
    for drop in (d for d in checked if d["check"] == _COVERED):
        row = {k: drop[k] for k in ("type", "noun", "idx", "cover", "s0", "s1", "sent")}
        cover = row["cover"]
        events = [e for e in doc.events if row["s0"] <= e.start <= row["s1"]]
        checks = sorted({d["check"] for d in checked if cover and d["idx"] == cover[1]})
        if cover and any(e.event_text == cover[0] for e in events):
            fate = "verb-event"
        else:
            fate = f"verb-checked:{checks[0]}" if checks else "verb-lost"
        gold = [t for t, modality, _ in gold_at(doc.text, train, row["idx"]) if modality == "asserted"]
        predicted = {e.event for e in events}
        rows.append({**row, "fate": fate, "gold": gold, "predicted": sorted(predicted), "doc": doc.id})
    return rows


def summary(rows: list[dict[str, Any]]) -> Counter[tuple[str, bool, bool]]:
    """Drops counted by the covering verb's fate (without the check's name), whether the sentence's gold
    has the noun's type and whether a prediction of the sentence has it."""
    return Counter((r["fate"].split(":")[0], r["type"] in r["gold"], r["type"] in r["predicted"]) for r in rows)


def main() -> None:
    ap = listing_arguments("every covered_by_verb drop")
    args = ap.parse_args()
    drops = record_drops(_cover_fields)
    docs = {d.name: d for d in training_docs(args.batches, args.docs)}
    rows: list[dict[str, Any]] = []
    for doc in Pipeline(Settings().with_(coder=args.coder)).process(d.article for d in docs.values()):
        rows.extend(_judged(doc, docs[doc.id], drops))
    print("count  covering verb   gold-has  predicted")
    for (fate, has, predicted), n in sorted(summary(rows).items()):
        print(f"{n:5d}  {fate:14s}  {has!s:8s}  {predicted!s}")
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
