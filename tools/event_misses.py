"""The asserted gold mentions of the training corpus a coder misses, grouped by type and trigger lemma.

Each training document is run as one article (as ``actor_dev.py`` does). A gold mention is found
when a predicted event of its type stands in its sentence (each predicted event finds one mention
at most); the others are misses. Misses are counted by (type, lemma of the trigger's head), the
lemma read by parsing the sentence; what the coder read in the sentence instead is shown, so that
a clash with another row of the lexicon is seen. Headlines are not coded (their events come from
the body): their misses are only counted.

    PYTHONPATH=src python tools/event_misses.py [--coder rules] [--types COOPERATE,CONCEDE] [--top 25]
        [--examples 2] [--out FILE.jsonl]
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from typing import Any

from _training_docs import TrainingDoc, listing_arguments, summary_by_type_and_lemma, training_docs

from parley.document import Document
from parley.parse import load_model
from parley.pipeline import Pipeline
from parley.settings import Settings


def sentences_of(doc: Document, train: TrainingDoc) -> list[tuple[int, int]]:
    """(event, training sentence) for each sentence a predicted event has a mention in (the cleaner may move text)."""
    located = []
    for i, (start, _end, s) in enumerate(train.offsets):
        at = doc.text.find(s.text[:40], max(0, start - 200))
        located.append((at if at >= 0 else start, len(s.text), i))
    out: list[tuple[int, int]] = []
    for k, event in enumerate(doc.events):
        # an event merged from several sentences finds a mention in each of them
        starts = {m.start for m in event.mentions} or {event.start}
        out += [(k, i) for at, length, i in located for start in starts if at <= start < at + length]
    return sorted(set(out))


def trigger_lemma(nlp: Any, text: str, trigger: str) -> str:
    """Lemma of the head word of ``trigger`` as it stands in ``text``."""
    parsed = nlp(text)
    at = text.find(trigger)
    span = parsed.char_span(at, at + len(trigger), alignment_mode="expand") if at >= 0 else None
    if span is None or not len(span):
        return trigger.lower()
    return str(span.root.lemma_).lower()


def misses_of(doc: Document, train: TrainingDoc, types: set[str]) -> list[dict[str, Any]]:
    """The asserted gold mentions of ``types`` in ``train`` no predicted event of their type finds."""
    found: dict[tuple[int, str], int] = Counter()
    read: dict[int, list[str]] = defaultdict(list)
    for k, i in sentences_of(doc, train):
        event = doc.events[k]
        found[(i, event.event)] += 1
        read[i].append(f"{event.event}:{event.trigger}")
    out = []
    title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
    for i, (_s, _e, sentence) in enumerate(train.offsets):
        headline = doc.text.find(sentence.text[:40]) < title_end
        for g in sentence.events:
            if g.modality != "asserted" or (types and g.type not in types):
                continue
            if found[(i, g.type)] > 0:
                found[(i, g.type)] -= 1
                continue
            out.append({"doc": train.name, "type": g.type, "trigger": g.trigger, "text": sentence.text,
                        "read": read[i], "headline": headline,
                        "actors": sorted({a.code for a in g.actors}),
                        "recipients": sorted({r.code for r in g.recipients})})  # fmt: skip
    return out


def report(misses: list[dict[str, Any]], top: int, examples: int) -> str:
    """Counts of misses by type, then by (type, lemma) with a few example triggers and readings."""
    headlines = sum(m["headline"] for m in misses)
    lines = [f"missed asserted gold mentions: {len(misses)}, {headlines} of them in headlines (not coded: left out)"]
    misses = [m for m in misses if not m["headline"]]
    lines += summary_by_type_and_lemma(
        misses,
        top,
        examples,
        lambda lemma, ms: f"  {len(ms):3}  {lemma}",
        lambda m: f"         [{m['trigger']}] read={','.join(m['read']) or '-'} | {m['text'][:150]}",
    )
    return "\n".join(lines)


def main() -> None:
    ap = listing_arguments("every miss")
    args = ap.parse_args()
    types = {t for t in args.types.split(",") if t}
    docs = {d.name: d for d in training_docs(args.batches, args.docs)}
    pipeline = Pipeline(Settings().with_(coder=args.coder))
    nlp = load_model(Settings().model)
    misses: list[dict[str, Any]] = []
    for doc in pipeline.process(d.article for d in docs.values()):
        for m in misses_of(doc, docs[doc.id], types):
            m["lemma"] = trigger_lemma(nlp, m["text"], m["trigger"])
            misses.append(m)
    print(report(misses, args.top, args.examples))
    if args.out:
        args.out.write_text("".join(json.dumps(m) + "\n" for m in misses), encoding="utf-8")


if __name__ == "__main__":
    main()
