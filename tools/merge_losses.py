"""Gold events the coder's merging costs: each set is coded twice, once as usual and once with both
merges turned off (mentions of one type joined within a sentence, and the article's de-duplication),
and the required gold events matched only in the second run are listed (full match, and type only).

A gold event matched by type alone when merges are off is often a spare duplicate of another act
taking a free gold event of its type: look at the full matches first.

    PYTHONPATH=src python tools/merge_losses.py [--sets dev,heldin] [--coder rules]

Development sets only (dev, heldin): it prints the gold events it lists.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from report_sets import SETS

from parley.evaluate import GoldDoc, load_gold, predict, score, type_matches
from parley.settings import Settings

DEVELOPMENT = {"dev", "heldin"}


@contextmanager
def merges_off() -> Iterator[None]:
    """Every mention is its own event: no join within a sentence, no de-duplication in the article."""
    with (
        mock.patch("parley.events.joins_sentence_event", lambda *_a, **_k: False),
        mock.patch("parley.dedup._article.same_event", lambda *_a: False),
    ):
        yield


def matched_gold(docs: list[GoldDoc], preds: dict[str, list[dict[str, Any]]]) -> tuple[set[str], set[str], str]:
    """Ids ("doc/event") of the required gold events matched fully and by type, with the P/R line."""
    result = score(docs, preds)
    full = {f"{d.id}/{d.events[i].id}" for d in docs for i in _fully_matched(d, preds.get(d.id, []), result)}
    typed = {
        f"{d.id}/{d.events[m.index].id}"
        for d in docs
        for _, m in type_matches(d, preds.get(d.id, []))
        if m is not None and d.events[m.index].required
    }
    o = result.overall
    return full, typed, f"P {o.precision:.3f} R {o.recall:.3f} F1 {o.f1:.3f} predicted {o.predicted}"


def _fully_matched(doc: GoldDoc, preds: list[dict[str, Any]], result: Any) -> set[int]:
    """Indexes of the doc's required gold events no miss names (a miss is listed by its evidence)."""
    missed = {(m["type"], m["evidence"]) for m in result.misses if m["doc_id"] == doc.id}
    return {i for i, e in enumerate(doc.events) if e.required and (e.type, e.evidence[:200]) not in missed}


def describe(docs: list[GoldDoc], ids: set[str]) -> list[str]:
    """One line per gold event id: type, sides and evidence."""
    by_id = {f"{d.id}/{e.id}": e for d in docs for e in d.events}
    lines = []
    for key in sorted(ids):
        e = by_id[key]
        r = e.readings[0]
        lines.append(f"    {key} {e.type} {sorted(r.actors)} -> {sorted(r.recipients)} | {e.evidence[:100]}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="dev,heldin")
    ap.add_argument("--coder", default="rules")
    args = ap.parse_args()
    for name in args.sets.split(","):
        if name not in DEVELOPMENT:
            raise SystemExit(f"{name}: only the development sets ({', '.join(sorted(DEVELOPMENT))}) may be listed")
        docs = [d for d in load_gold(Path(SETS[name])) if d.events]
        settings = Settings(coder=args.coder)
        full_on, typed_on, line_on = matched_gold(docs, predict(docs, settings)[0])
        with merges_off():
            full_off, typed_off, line_off = matched_gold(docs, predict(docs, settings)[0])
        print(f"{args.coder} {name}: merges on  {line_on}\n{args.coder} {name}: merges off {line_off}")
        print(f"  matched only with merges off: full {len(full_off - full_on)}, type only {len(typed_off - typed_on)}")
        print("\n".join(describe(docs, full_off - full_on) + describe(docs, typed_off - typed_on - full_off)))


if __name__ == "__main__":
    main()
