"""Which step removed a develop-on set's "lost-later" misses (tools/miss_stages.py): a candidate of the
gold event's type was built in its sentence, yet no false positive of that type stands there.

Each such miss is put under the first of:

  joined      the sentence's event of its type was taken into another event of the sentence
              (events._merging.joins_sentence_event), with the taker's type and codes
  folded      a sentence fold (protest aims, release handovers) removed it
  deduped     the article de-duplication merged it into an earlier event (ArticleDedup), with the
              earlier event's sentence
  moved       it survived, but a merge gave it another sentence's evidence
  matched     it survived with its own sentence: its sides were wrong (miss_stages compares the gold
              phrase with the first 200 characters of a false positive's evidence, so a long
              sentence's wrong-role miss lands under lost-later), or the scorer gave it another gold
              event of its type
  no-event    the candidate made no event (the sentence's events never held its type)

With ``--list``, each miss with its step and the codes on both sides. Never on a report-only set.

    PYTHONPATH=src:tools python tools/lost_steps.py GOLD_DIR [--coder rules|learned] [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from _report_only import is_report_only
from miss_stages import fold, staged_misses

import parley.dedup._article as article_module
import parley.events as events_module
from parley.document import Event

#: What the recorders saw, by document id: events made, joins, folds, dedup merges.
_LOG: dict[str, list[tuple[str, Event, str]]] = {}


def _note(step: str, event: Event, other: str = "") -> None:
    _LOG.setdefault(event.doc_id, []).append((step, event, other))


def _install() -> None:
    finder = events_module.EventFinder
    to_event = finder._to_event

    def making(self: Any, cand: Any, *args: Any) -> Event | None:
        event = to_event(self, cand, *args)
        if event is not None:
            _note("made", event)
        return event

    finder._to_event = making  # type: ignore[method-assign,assignment]
    joins = events_module.joins_sentence_event

    def joining(event: Event, others: list[Event], *args: Any) -> bool:
        taker = [(o.event, o.actor_codes) for o in others]
        joined = joins(event, others, *args)
        if joined:
            _note("joined", event, f"into {taker}")
        return joined

    events_module.joins_sentence_event = joining  # type: ignore[assignment]
    for name in ("fold_protest_aims", "fold_release_handovers"):
        original = getattr(events_module, name)

        def folding(events: list[Event], *args: Any, _f: Any = original) -> list[Event]:
            out = _f(events, *args)
            for e in events:
                if not any(o is e for o in out):
                    _note("folded", e)
            return list(out)

        setattr(events_module, name, folding)
    same = article_module.same_event

    def deduping(a: Event, b: Event) -> bool:
        hit = same(a, b)
        if hit:
            _note("deduped", b, f"into {fold(a.text)[:70]}")
        return hit

    article_module.same_event = deduping


def _mine(event: Event, miss: dict[str, Any], phrase: str) -> bool:
    return event.event == miss["type"] and phrase in fold(event.mentions[0].text if event.mentions else event.text)


def step_of(miss: dict[str, Any]) -> tuple[str, str]:
    """(step, detail) of one lost-later miss, from the recorders' log of its document."""
    phrase = fold(miss["evidence"])[:60]
    rows = _LOG.get(miss["doc_id"], [])
    made = [e for s, e, _ in rows if s == "made" and _mine(e, miss, phrase)]
    if not made:
        return "no-event", ""
    for step in ("joined", "folded", "deduped"):
        for s, e, other in rows:
            if s == step and any(e is m for m in made):
                return step, f"{e.actor_codes}->{e.recipient_codes} {other}"
    e = made[0]
    if phrase not in fold(e.text):
        return "moved", fold(e.text)[:70]
    return "matched", f"{e.actor_codes}->{e.recipient_codes}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--coder", default="rules")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    if is_report_only(args.gold):
        raise SystemExit(f"{args.gold}: a report-only set is never read")
    _install()
    lost = [m for name, m in staged_misses(args.gold, args.coder) if name == "lost-later"]
    steps = [(step_of(m), m) for m in lost]
    if args.list:
        for (step, detail), m in steps:
            gold = f"{m.get('actors')}->{m.get('recipients')}"
            print(f"{step:9s} {m['type']:9s} gold {gold} | pred {detail} | {fold(m['evidence'])[:90]}")
    for step, n in Counter(s for (s, _), _ in steps).most_common():
        print(f"{n:5d}  {step}")


if __name__ == "__main__":
    main()
