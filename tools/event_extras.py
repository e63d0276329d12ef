"""The events a coder codes on the training corpus where the gold has none, by type and trigger lemma.

Each training document is run as one article (as ``actor_dev.py`` does). A predicted event is an
extra when none of the sentences it stands in has an asserted gold mention of its type (nor a future
mention PLOVER codes as that type: a promised meeting is an AGREE); the gold's
own types for that sentence are shown (a confusion between two types shows as ``gold=OTHER``, a
sentence the gold leaves empty as ``gold=-``, one the gold codes as a non-asserted mention of the
same type as ``gold=TYPE/hypothetical``). Headlines are not coded (their events come from the
body): events found there are only counted.

    PYTHONPATH=src python tools/event_extras.py [--coder rules] [--types ACCUSE,REJECT] [--top 25]
        [--examples 2] [--out FILE.jsonl]
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from _training_docs import TrainingDoc, listing_arguments, summary_by_type_and_lemma, training_docs
from event_misses import sentences_of

from parley.document import Document
from parley.events._type_sets import FUTURE_TYPE
from parley.pipeline import Pipeline
from parley.settings import Settings


def gold_types(train: TrainingDoc, i: int) -> list[str]:
    """The gold's mentions of sentence ``i``: ``TYPE`` when asserted, ``TYPE/modality`` otherwise."""
    events = train.offsets[i][2].events
    return sorted(g.type if g.modality == "asserted" else f"{g.type}/{g.modality}" for g in events)


def expected_types(train: TrainingDoc, i: int) -> set[str]:
    """The types a coder should code in sentence ``i``: the asserted ones, and what a future mention is
    coded as (PLOVER: a promised meeting is an AGREE, a promised withdrawal a CONCEDE)."""
    events = train.offsets[i][2].events
    asserted = {g.type for g in events if g.modality == "asserted"}
    return asserted | {FUTURE_TYPE[g.type] for g in events if g.modality == "future" and g.type in FUTURE_TYPE}


def extras_of(doc: Document, train: TrainingDoc, types: set[str]) -> list[dict[str, Any]]:
    """The predicted events of ``types`` in ``doc`` whose sentences have no asserted gold mention of their type."""
    where: dict[int, list[int]] = defaultdict(list)
    for k, i in sentences_of(doc, train):
        where[k].append(i)
    title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
    out = []
    for k, at in sorted(where.items()):
        event = doc.events[k]
        if types and event.event not in types:
            continue
        if any(event.event in expected_types(train, i) for i in at):
            continue
        i = at[0]
        sentence = train.offsets[i][2]
        out.append({"doc": train.name, "sentence": sentence.n, "type": event.event, "lemma": event.trigger,
                    "trigger": event.event_text, "text": sentence.text, "gold": gold_types(train, i),
                    "headline": doc.text.find(sentence.text[:40]) < title_end,
                    "actors": event.actor_codes, "recipients": event.recipient_codes})  # fmt: skip
    return out


def gold_label(extra: dict[str, Any]) -> str:
    """What the gold codes in the sentence of ``extra``, in one word (``-`` for nothing)."""
    return ",".join(extra["gold"]) or "-"


def report(extras: list[dict[str, Any]], top: int, examples: int) -> str:
    """Counts of extras by type, then by (type, lemma) with what the gold codes there and a few examples."""
    headlines = sum(e["headline"] for e in extras)
    lines = [
        f"extra events (no asserted gold mention of their type): {len(extras)}, {headlines} in headlines (left out)"
    ]
    extras = [e for e in extras if not e["headline"]]
    lines += summary_by_type_and_lemma(
        extras,
        top,
        examples,
        lambda lemma, es: (
            f"  {len(es):3}  {lemma:14} gold: "
            + ", ".join(f"{g} {n}" for g, n in Counter(gold_label(e) for e in es).most_common(3))
        ),
        lambda e: f"         [{e['trigger']}] gold={gold_label(e)} | {e['text'][:150]}",
    )
    return "\n".join(lines)


def main() -> None:
    ap = listing_arguments("every extra")
    args = ap.parse_args()
    types = {t for t in args.types.split(",") if t}
    docs = {d.name: d for d in training_docs(args.batches, args.docs)}
    pipeline = Pipeline(Settings().with_(coder=args.coder))
    extras: list[dict[str, Any]] = []
    for doc in pipeline.process(d.article for d in docs.values()):
        extras += extras_of(doc, docs[doc.id], types)
    print(report(extras, args.top, args.examples))
    if args.out:
        args.out.write_text("".join(json.dumps(e) + "\n" for e in extras), encoding="utf-8")


if __name__ == "__main__":
    main()
