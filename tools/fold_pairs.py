"""How the training gold counts two events of a both-sides type (SYMMETRIC: AGREE, CONSULT, COOPERATE
...) that one sentence gives with the same actors and the same recipients and that the same-sentence
fold (``joins_sentence_event``) keeps apart.

Each training document is run as one article. Every time an event of such a type with a recipient is
kept beside an earlier one of its type with the same actor and recipient codes, the pair is recorded
with its shape, and the gold's count of asserted mentions of the type in the sentence is read: 1 says
a fold would be right, 2 or more that gold keeps two acts.

Shapes (the two trigger tokens): ``repeat`` same lemma; ``conj`` conjoined verbs ("met and
discussed"); ``noun`` one trigger a noun ("signed an agreement on cooperation"); ``reported`` one
trigger the other's reported clause ("said they agreed"); ``clauses`` anything else.

    PYTHONPATH=src python tools/fold_pairs.py [--coder rules] [--docs N] [--out F.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any
from unittest import mock

from _training_docs import training_docs
from join_shapes import conjoined, gold_counts, gold_of

from parley.document import Event
from parley.events import _merging
from parley.events._separate_acts import separate_acts
from parley.events._type_sets import SYMMETRIC
from parley.pipeline import Pipeline
from parley.settings import Settings


def pair_shape(first: Any, second: Any) -> str:
    """The shape of a kept-apart pair of triggers (see the module's docstring)."""
    if first.lemma_.lower() == second.lemma_.lower():
        return "repeat"
    if first.pos_ == "NOUN" or second.pos_ == "NOUN":
        return "noun"
    if conjoined(first, second) or conjoined(second, first):
        return "conj"
    if (second.head.i == first.i and second.dep_ in {"ccomp", "xcomp"}) or (
        first.head.i == second.i and first.dep_ in {"ccomp", "xcomp"}
    ):
        return "reported"
    return "clauses"


class PairRecorder:
    """Wraps ``joins_sentence_event``: records each same-sides pair of a symmetric type kept apart."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self._join = _merging.joins_sentence_event

    def __call__(
        self,
        event: Event,
        others: list[Event],
        objects: dict[int, int | None] | None = None,
        words: Any = None,
        tokens: dict[int, Any] | None = None,
    ) -> bool:
        joined = self._join(event, others, objects, words, tokens)
        if joined or event.event not in SYMMETRIC or not event.recipients:
            return joined
        tokens = tokens or {}
        for other in others:
            if (
                other.event == event.event
                and set(other.actor_codes) == set(event.actor_codes)
                and set(other.recipient_codes) == set(event.recipient_codes)
            ):
                first, second = tokens.get(id(other)), tokens.get(id(event))
                if first is not None and second is not None:
                    self.rows.append({"type": event.event, "shape": pair_shape(first, second),
                                      "modes": [other.mode, event.mode], "triggers": [first.text, second.text],
                                      "deps": [first.dep_, second.dep_],
                                      "separate": separate_acts(event, other, objects or {}, words, tokens),
                                      "sent": first.sent.text.strip()})  # fmt: skip
                break
        return joined


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--coder", default="rules")
    ap.add_argument("--docs", type=int, default=0)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--rest", type=int, default=0, help="run the documents a --docs N run leaves out")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    args = ap.parse_args()
    chosen, counts = gold_counts(args.batches, args.docs)
    if args.rest:
        sampled = {d.name for d in training_docs(args.batches, args.rest)}
        chosen = [d for d in chosen if d.name not in sampled]
    recorder = PairRecorder()
    with mock.patch("parley.events.joins_sentence_event", recorder):
        for _doc in Pipeline(Settings().with_(coder=args.coder)).process(d.article for d in chosen):
            pass
    table: Counter[tuple[str, str, str]] = Counter()
    for row in recorder.rows:
        found = gold_of(row["sent"], counts)
        row["gold"] = None if found is None else found[row["type"]]
        table[(row["shape"], row["type"], "-" if found is None else str(min(row["gold"], 2)))] += 1
    print("shape     type        gold mentions of the type (2 = two or more, - = not found): pairs")
    for (shape, kind, gold), n in sorted(table.items()):
        print(f"  {shape:9} {kind:10}  {gold}  {n:4}")
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in recorder.rows), encoding="utf-8")


if __name__ == "__main__":
    main()
