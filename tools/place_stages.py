"""Which reader gave each matched event of a develop-on set its place, and how often each was right.

The set is coded once with recorders on the resolver. A matched event whose gold has a place is put
under the reader that last set its place:

  clause      the events stage (the named place of the trigger's clause), kept by the resolver
  own         resolve/_where.event_site on the act's own clauses (Resolver._relocate)
  next        the sentence after it (an attribution or an elaboration: Resolver._neighbour_place)
  visit       the visit the meeting took place during
  shared      where the same parties met that day
  carried     the previous sentence's act that this one carries on
  dateline    the wire dateline's town (no place of its own, or a country that holds the town)
  stand-in    no dateline: the town of the story's first event on the story's day
  none        no place

Stop 60 used it to split the places "taken from elsewhere" by mechanism; it showed that most such
events have a gold place their sentence does not name, so no reading of the sentence can reach it,
and that leaving them unplaced cannot raise place accuracy (an event with no place counts as wrong
where the gold has one). Never on a report-only set.

Stop 64 added the gold's evidence to ``--list`` and a count of the wrong places whose gold evidence lies
in the matched event's own sentence or in another ("elsewhere", a match taken from another sentence's
event), and whether the own sentence names the gold's place: only those a reading of the sentence can
mend. At e392be36 (rules / learned): validation 11/12 elsewhere, 3/3 unnamed, 6/6 named; validation2
6/8, 8/8 and 14/16.

    PYTHONPATH=src:tools python tools/place_stages.py GOLD_DIR [--coder rules|learned] [--list]
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from _report_only import is_report_only
from _stages import right_wrong_by
from role_errors import evidence_in_sentence

import parley.resolve._resolver as resolver_module
from parley.evaluate import gold_article, load_gold, matched_gold, place_ok
from parley.pipeline import Pipeline
from parley.settings import Settings

#: Each event's reader and the place object it set, by ``id(event)`` (kept while the documents live).
_SET_BY: dict[int, tuple[str, Any]] = {}
#: Each processed event's final reader, by ``id(event)``.
_FINAL: dict[int, str] = {}
#: The readers that are module functions of the resolver returning a place for an event (first argument).
_FUNCTIONS = {"_visit_place": "visit", "_shared_place": "shared", "_carried_place": "carried"}


def _recording_method(name: str, label: str) -> None:
    """Wraps a Resolver method that may set ``event.place``; notes ``label`` when it changed it."""
    method = getattr(resolver_module.Resolver, name)

    def recording(self: Any, event: Any, *args: Any) -> Any:
        before = event.place
        result = method(self, event, *args)
        if event.place is not before and event.place is not None:
            _SET_BY[id(event)] = (label, event.place)
        return result

    setattr(resolver_module.Resolver, name, recording)


def _recording_function(name: str, label: str) -> None:
    """Wraps a resolver function returning a place for its first argument, the event."""
    function = getattr(resolver_module, name)

    def recording(event: Any, *args: Any) -> Any:
        place = function(event, *args)
        if place is not None:
            _SET_BY[id(event)] = (label, place)
        return place

    setattr(resolver_module, name, recording)


def _recording_call() -> None:
    """Wraps the resolver's run over a document: places the events stage set are "clause"; a place no
    recorded reader set came from the dateline, or with none from the story's first town."""
    call: Callable[..., Any] = resolver_module.Resolver.__call__

    def recording(self: Any, doc: Any) -> Any:
        for event in doc.events:
            if event.place is not None:
                _SET_BY[id(event)] = ("clause", event.place)
        result = call(self, doc)
        fallback = "dateline" if self._dateline_place(doc) is not None else "stand-in"
        for event in doc.events:
            _FINAL[id(event)] = final_reader(event.place, _SET_BY.get(id(event)), fallback)
        return result

    resolver_module.Resolver.__call__ = recording  # type: ignore[method-assign]


def final_reader(place: Any, set_by: tuple[str, Any] | None, fallback: str) -> str:
    """The reader that gave the final ``place``: the recorded one while its place is still the one it
    set, else ``fallback`` (the resolver's last step puts the dateline's town or its stand-in)."""
    if place is None:
        return "none"
    if set_by is not None and set_by[1] is place:
        return set_by[0]
    return fallback


#: Whether the resolver is wrapped already (a second run must not wrap the wrappers).
_RECORDING: list[bool] = []


def _record() -> None:
    if _RECORDING:
        return
    _RECORDING.append(True)
    for name, label in (("_relocate", "own"), ("_neighbour_place", "next")):
        _recording_method(name, label)
    for name, label in _FUNCTIONS.items():
        _recording_function(name, label)
    _recording_call()


def staged_places(gold: Path, coder: str) -> list[dict[str, Any]]:
    """Each matched event of the set whose gold has a place: its reader, whether it is right, the gold
    and predicted places and the sentence; the set coded once by ``coder``."""
    if is_report_only(gold):
        raise ValueError(f"{gold}: a report-only set is never read")
    _record()
    docs = load_gold(gold)
    by_id = {doc.id: doc for doc in docs}
    rows = []
    for doc in Pipeline(Settings().with_(coder=coder)).process(gold_article(d) for d in docs):
        plovers = [event.to_plover() for event in doc.events]
        for event, plover, i in zip(doc.events, plovers, matched_gold(by_id[doc.id].events, plovers), strict=True):
            if i is None:
                continue
            gold_place = by_id[doc.id].events[i].place
            if gold_place is None:
                continue
            rows.append(
                {
                    "reader": _FINAL.get(id(event), "none"),
                    "right": place_ok(gold_place, plover),
                    "gold": gold_place,
                    "predicted": event.place.extracted_place if event.place else None,
                    "text": " ".join(event.text.split()),
                    "gold_text": " ".join(by_id[doc.id].events[i].evidence.split()),
                }
            )
    return rows


def names_place(place: str, text: str) -> bool:
    """The sentence names the place as a word or words of its own (spacing and case aside): "Oran" is
    not named by "the Orange River"."""
    words = " ".join(place.split())
    return bool(words) and re.search(rf"(?<!\w){re.escape(words)}(?!\w)", " ".join(text.split()), re.I) is not None


def wrong_by_sentence(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    """The wrong places, split by where the gold's evidence is (as ``role_errors.py`` tells it: quotes,
    dashes and spacing aside; an empty evidence stands nowhere) and whether the event's sentence names
    the gold's place at all (only then can a reading of that sentence mend it)."""
    counts = {"elsewhere": 0, "own sentence, place unnamed": 0, "own sentence, place named": 0}
    for row in rows:
        if row["right"]:
            continue
        if not evidence_in_sentence(row["gold_text"], row["text"]):
            counts["elsewhere"] += 1
        elif names_place(row["gold"], row["text"]):
            counts["own sentence, place named"] += 1
        else:
            counts["own sentence, place unnamed"] += 1
    return counts


def tally(rows: Iterable[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """(right, wrong) by reader."""
    return right_wrong_by(rows, "reader")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--coder", default="rules")
    ap.add_argument("--list", action="store_true", help="also one line per wrong place")
    args = ap.parse_args()
    rows = staged_places(args.gold, args.coder)
    if args.list:
        for row in rows:
            if not row["right"]:
                print(f"{row['reader']:9s} gold={row['gold']} predicted={row['predicted']} | {row['text'][:120]}")
                print(f"{'':9s} gold evidence: {row['gold_text'][:120]}")
    for reader, (right, wrong) in tally(rows).items():
        print(f"{reader:9s} right {right:4d}  wrong {wrong:4d}")
    for where, count in wrong_by_sentence(rows).items():
        print(f"wrong, gold evidence {where}: {count}")


if __name__ == "__main__":
    main()
