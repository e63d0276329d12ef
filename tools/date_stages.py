"""Which step gave each matched event of a develop-on set its date, and how often each was right.

The set is coded once, with a recorder on the resolver's story day. A matched event whose gold has a
date is put under its ``date_source``:

  explicit    a time phrase of its own clauses (resolve/_when), or one counted from another act
  discourse   the story's day (the lede's, the dateline's, the first recent explicit act's), or the
              day of the dated act told before it in its paragraph, or of the sentence after it
  published   the filing day, nothing earlier found
  historical  a pluperfect act, dated by the episode it is told in or the story's day
  unresolved  a counted day ("a day later") with nothing to count from
  none        no date

With ``--list`` each wrong date is shown with the story day the resolver chose, the filing day and the
gold, which is how stop 61 split the "story day one off" group. Never on a report-only set.

    PYTHONPATH=src:tools python tools/date_stages.py GOLD_DIR [--coder rules|learned] [--list]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from _report_only import is_report_only
from _stages import right_wrong_by

import parley.resolve._resolver as resolver_module
from parley.evaluate import date_ok, gold_article, load_gold, matched_gold
from parley.pipeline import Pipeline
from parley.settings import Settings

#: The story day the resolver chose for each document, by document id.
_STORY_DAY: dict[str, Any] = {}


def _record() -> None:
    """Wraps the resolver's story-day reader once, noting its answer for each document."""
    lead = resolver_module.Resolver._lead_date
    if getattr(lead, "recording", False):
        return

    def recording(self: Any, doc: Any, counted: set[int]) -> Any:
        day = lead(self, doc, counted)
        _STORY_DAY[doc.id] = day[0] if day else None
        return day

    recording.recording = True  # type: ignore[attr-defined]
    resolver_module.Resolver._lead_date = recording  # type: ignore[method-assign]


def staged_dates(gold: Path, coder: str) -> list[dict[str, Any]]:
    """Each matched event of the set whose gold has a date: its step, whether it is right, the gold and
    predicted dates, the story day, the filing day and the sentence; the set coded once by ``coder``."""
    if is_report_only(gold):
        raise ValueError(f"{gold}: a report-only set is never read")
    _record()
    docs = load_gold(gold)
    by_id = {doc.id: doc for doc in docs}
    rows = []
    for doc in Pipeline(Settings().with_(coder=coder)).process(gold_article(d) for d in docs):
        plovers = [event.to_plover() for event in doc.events]
        for event, plover, i in zip(doc.events, plovers, matched_gold(by_id[doc.id].events, plovers), strict=True):
            gold_date = by_id[doc.id].events[i].date if i is not None else None
            if gold_date is None:
                continue
            rows.append(
                {
                    "step": event.date_source or "none",
                    "right": date_ok(gold_date, plover),
                    "gold": gold_date,
                    "predicted": event.date,
                    "story_day": _STORY_DAY.get(doc.id),
                    "filed": doc.published.isoformat() if doc.published else None,
                    "doc": doc.id,
                    "text": " ".join(event.text.split()),
                }
            )
    return rows


def tally(rows: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """(right, wrong) by step."""
    return right_wrong_by(rows, "step")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--coder", default="rules")
    ap.add_argument("--list", action="store_true", help="also one line per wrong date")
    args = ap.parse_args()
    rows = staged_dates(args.gold, args.coder)
    if args.list:
        for r in rows:
            if not r["right"]:
                print(
                    f"{r['step']:10s} story={r['story_day']} filed={r['filed']} gold={r['gold']} "
                    f"predicted={r['predicted']} | {r['doc'][:28]} | {r['text'][:110]}"
                )
    for step, (right, wrong) in tally(rows).items():
        print(f"{step:10s} right {right:4d}  wrong {wrong:4d}")


if __name__ == "__main__":
    main()
