"""How the training gold counts two mentions of one type that the coder joins into one event.

Each training document is run as one article. Every time an event of a sentence is joined to an
earlier one of its type (``joins_sentence_event``, its one-type branch: same actors, not separate
acts), the pair is recorded with its grammatical shape, and the gold's count of asserted mentions
of that type in the sentence is read: 1 says the join is right, 2 or more that gold keeps two acts.

Shapes (the two trigger tokens): ``diffobj`` conjoined verbs, each with its own object, different
("seized the boats and arrested the crews"); ``shared`` conjoined, only the second names an object
("arrested and detained three men"); ``secondnone`` conjoined, only the first names one; ``noobj``
conjoined, neither names one; ``notconj`` not conjoined (a participle, a purpose clause, a noun).

    PYTHONPATH=src python tools/join_shapes.py [--coder rules] [--docs N] [--examples SHAPE] [--out F.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any
from unittest import mock

from _training_docs import training_docs

from parley.document import Event
from parley.events import _merging
from parley.events._parse import conjunct_path
from parley.events._separate_acts import separate_acts
from parley.events._type_sets import SYMMETRIC
from parley.pipeline import Pipeline
from parley.settings import Settings


def shape_of(first: Any, second: Any, objects: tuple[int | None, int | None]) -> str:
    """The grammatical shape of a joined pair of triggers (see the module's docstring)."""
    if not (conjunct_path(first, second) or conjunct_path(second, first)):
        return "notconj"
    mine, theirs = objects
    if mine is not None and theirs is not None:
        return "diffobj" if mine != theirs else "sameobj"
    if mine is None and theirs is None:
        return "noobj"
    return "shared" if mine is None else "secondnone"


class JoinRecorder:
    """Wraps ``joins_sentence_event``: records each one-type join before letting it happen."""

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
        objects, tokens = objects or {}, tokens or {}
        for other in others:
            if self._joins_same_type(event, other, objects, words, tokens):
                self._record(event, other, objects, tokens)
                break
        return self._join(event, others, objects, words, tokens)

    @staticmethod
    def _joins_same_type(
        event: Event, other: Event, objects: dict[int, int | None], words: Any, tokens: dict[int, Any]
    ) -> bool:
        return (
            other.event == event.event
            and event.event not in SYMMETRIC
            and set(other.actor_codes) == set(event.actor_codes)
            and not separate_acts(event, other, objects, words, tokens)
        )

    def _record(self, event: Event, other: Event, objects: dict[int, int | None], tokens: dict[int, Any]) -> None:
        first, second = tokens.get(id(other)), tokens.get(id(event))
        if first is None or second is None:
            return
        shape = shape_of(first, second, (objects.get(id(other)), objects.get(id(event))))
        self.rows.append({"type": event.event, "modes": [other.mode, event.mode], "shape": shape,
                          "triggers": [first.text, second.text], "sent": first.sent.text.strip()})  # fmt: skip


def gold_counts(batches: Path, docs: int) -> tuple[list[Any], dict[str, Counter[str]]]:
    """The documents, and each sentence's asserted gold mentions by type (keyed by its text)."""
    chosen = training_docs(batches, docs)
    counts = {
        s.text.strip(): Counter(g.type for g in s.events if g.modality == "asserted")
        for d in chosen
        for s in d.sentences
    }
    return chosen, counts


def gold_of(sentence: str, counts: dict[str, Counter[str]]) -> Counter[str] | None:
    """The gold counts of the training sentence that holds the parsed ``sentence`` (the parser may split
    a training sentence in two, or the cleaner drop a dateline)."""
    found = counts.get(sentence)
    if found is not None:
        return found
    start = sentence[:40]
    return next((c for text, c in counts.items() if start in text), None)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--coder", default="rules")
    ap.add_argument("--docs", type=int, default=0)
    ap.add_argument("--examples", default="", help="print the rows of this shape")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    args = ap.parse_args()
    chosen, counts = gold_counts(args.batches, args.docs)
    recorder = JoinRecorder()
    with mock.patch("parley.events.joins_sentence_event", recorder):
        for _doc in Pipeline(Settings().with_(coder=args.coder)).process(d.article for d in chosen):
            pass
    table: Counter[tuple[str, str]] = Counter()
    for row in recorder.rows:
        found = gold_of(row["sent"], counts)
        row["gold"] = None if found is None else found[row["type"]]
        table[(row["shape"], "-" if found is None else str(min(row["gold"], 2)))] += 1
    print("shape       gold mentions of the type (2 = two or more, - = sentence not found): joins")
    for (shape, gold), n in sorted(table.items()):
        print(f"  {shape:10}  {gold}  {n:4}")
    for row in recorder.rows:
        if row["shape"] == args.examples:
            print(f"  {row['gold']} {row['type']} {row['triggers']} | {row['sent'][:160]}")
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in recorder.rows), encoding="utf-8")


if __name__ == "__main__":
    main()
