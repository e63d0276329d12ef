"""Where the dateline's town wins over a place the act's own sentence names, and where the host step
(events/_merging.host_by_place) turns the dateline's state into a recipient.

The set is coded once with a recorder on the resolver's host step. Two listings of a develop-on set:

  venue   an event placed at the dateline's town whose own sentence names another place the gazetteer
          knows in an "in/at/near/outside <Name>" phrase: the matched gold's place, or "unmatched"
  host    an event the host step gave its only recipient, by where its place came from ("dateline":
          the dateline's town, "own": any other) and the verdict against the matched gold ("right",
          "wrong", "gold-none" where a gold reading has no recipient, "unmatched"; every reading of the
          gold is read, the alt ones too)

Stop 67 used it for the lead "a dateline city overrides a nearer named venue and its state becomes a
third party's recipient". At 9dc371ab (rules): venue cases whose gold names the sentence's place,
validation 0, validation2 1; host firings on a dateline place, validation 0, validation2 2 (neither
scored wrong). Never on a report-only set.

    PYTHONPATH=src:tools python tools/dateline_venues.py GOLD_DIR [--coder rules|learned]
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from _report_only import develop_on_args, develop_on_parser, is_report_only

import parley.resolve._resolver as resolver_module
from parley.evaluate import gold_article, load_gold, matched_gold
from parley.pipeline import Pipeline
from parley.settings import Settings

__all__ = ["host_source", "named_places", "scan", "verdict"]

#: A capitalised name after a preposition that can place an act (articles aside).
_PLACE_PHRASE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*)")

#: The events the host step gave a recipient, by ``id(event)``: the event itself and the place it read. The
#: event is held so that its id is not given to a later event of another article once this one is freed.
_HOSTED: dict[int, tuple[Any, str]] = {}


def named_places(sentence: str, dateline_town: str, known: Any) -> list[str]:
    """The names of places other than the dateline's town that ``sentence`` puts after a placing
    preposition, kept when ``known(name)`` (a gazetteer lookup) finds them."""
    names = (name for name in _PLACE_PHRASE.findall(" ".join(sentence.split())))
    return [name for name in names if name.casefold() != dateline_town.casefold() and known(name)]


def host_source(place: str, dateline_town: str | None) -> str:
    """ "dateline" when the host step read the dateline's town, else "own"."""
    return "dateline" if dateline_town and place.casefold() == dateline_town.casefold() else "own"


def _record_hosts() -> None:
    """Wraps the resolver's host step: notes the events it gave their first recipient."""
    if getattr(resolver_module.host_by_place, "recording", False):
        return
    host_by_place = resolver_module.host_by_place

    def recording(event: Any) -> None:
        had = bool(event.recipients)
        host_by_place(event)
        if event.recipients and not had:
            _HOSTED[id(event)] = (event, event.place.extracted_place)

    recording.recording = True  # type: ignore[attr-defined]
    resolver_module.host_by_place = recording


def verdict(event: Any, gold: Any) -> str:
    """The host step's recipient against every reading of the matched gold (the main one and the ``alt``
    ones): "right" when it shares a code with some reading's recipients, else "gold-none" when some
    reading has no recipient (the gold takes the event without one), else "wrong"; "unmatched" without
    a matched gold."""
    if gold is None:
        return "unmatched"
    codes = set(event.recipient_codes)
    if any(codes & reading.recipients for reading in gold.readings):
        return "right"
    return "gold-none" if any(not reading.recipients for reading in gold.readings) else "wrong"


def scan(gold_dir: Path, coder: str) -> list[dict[str, Any]]:
    """One row per venue or host case of the set (see the module's docstring)."""
    if is_report_only(gold_dir):
        raise ValueError(f"{gold_dir}: a report-only set is never read")
    _record_hosts()
    docs = load_gold(gold_dir)
    by_id = {doc.id: doc for doc in docs}
    pipeline = Pipeline(Settings().with_(coder=coder))
    gazetteer = pipeline.knowledge.gazetteer
    rows: list[dict[str, Any]] = []
    for doc in pipeline.process(gold_article(d) for d in docs):
        town = doc.dateline.place if doc.dateline is not None else None
        plovers = [event.to_plover() for event in doc.events]
        for event, i in zip(doc.events, matched_gold(by_id[doc.id].events, plovers), strict=True):
            gold = by_id[doc.id].events[i] if i is not None else None
            text = " ".join(event.text.split())
            hosted, place = _HOSTED.get(id(event), (None, ""))
            if hosted is event:
                source = host_source(place, town)
                rows.append({"kind": "host", "label": f"{source} {verdict(event, gold)}", "doc": doc.id, "text": text})
            placed = event.place.extracted_place if event.place is not None else None
            if town and placed and placed.casefold() == town.casefold():
                names = named_places(text, town, gazetteer.lookup)
                if names:
                    label = "unmatched" if gold is None else f"gold={gold.place}"
                    rows.append({"kind": "venue", "label": f"{label} named={names}", "doc": doc.id, "text": text})
    return rows


def main(argv: list[str] | None = None) -> None:
    args = develop_on_args(develop_on_parser(None, "rules"), argv)
    rows = scan(args.gold, args.coder)
    for row in rows:
        print(f"{row['kind']:5s} {row['label']} {row['doc']} | {row['text'][:140]}")
    for (kind, label), n in sorted(Counter((r["kind"], r["label"].split(" named=")[0]) for r in rows).items()):
        if kind == "host":
            print(f"host {label}: {n}")


if __name__ == "__main__":
    main()
