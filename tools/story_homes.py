"""The home state parley chose for each article of a develop-on set, beside the state the gold gives the
article's bare actors ("the government", "police", "our"): a way to count wrong homes by set.

Each article gets one line: a verdict, its id, the home chosen, the outlet's country, the dateline's
place, the gold's bare-actor states (most first) and the states the article names most (by name,
people's adjective or capital):

  agree     the gold's first bare-actor state is the home
  outlet    it is not, but it is the outlet's country (a story written at home about another state)
  other     it is neither
  none      parley chose no home while the gold gives one
  -         the gold events name no bare actor (nothing to compare)

The gold side is a proxy: an event whose evidence holds a bare state word gives every actor state of it
one vote, so a sentence with a named party beside "police" votes for both. Read the lines, not only the
totals. Stop 61 used it for the home lane. Never on a report-only set.

    PYTHONPATH=src:tools python tools/story_homes.py GOLD_DIR [GOLD_DIR ...] [--coder rules|learned]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from _report_only import is_report_only

from parley.document import Document
from parley.evaluate import GoldDoc, gold_article, load_gold
from parley.settings import Settings

#: Evidence words for an actor named by no state: its state is whatever the story takes as home.
BARE_ACTOR = re.compile(r"\b(the government|the centre|police|the authorities|the ministry|the army|our)\b", re.I)
#: Mention kinds that name a state outright.
_NAMING_KINDS = frozenset({"name", "alias", "demonym", "capital"})


def bare_actor_states(gold: GoldDoc) -> Counter[str]:
    """The actor states (country part of the code) of the gold events whose evidence has a bare actor word."""
    votes: Counter[str] = Counter()
    for event in gold.events:
        if BARE_ACTOR.search(event.evidence):
            votes.update(code[:3] for code in event.readings[0].actors)
    return votes


def verdict(home: str | None, outlet: str | None, gold: Counter[str]) -> str:
    """How the chosen home compares with the gold's first bare-actor state (see the module's table)."""
    if not gold:
        return "-"
    first = gold.most_common(1)[0][0]
    if home is None:
        return "none"
    if first == home:
        return "agree"
    return "outlet" if first == outlet else "other"


def named_states(doc: Document) -> Counter[str]:
    """How often the article names each state by its name, another name, its people's adjective or its
    capital (not by its other towns nor by its people's names)."""
    return Counter(m.entity.code for m in doc.actor_mentions if m.kind in _NAMING_KINDS)


def lines(golds: Iterable[GoldDoc], coder: str) -> Iterator[str]:
    """One line an article (see the module's docstring)."""
    from parley.pipeline import Pipeline

    by_id = {g.id: g for g in golds}
    pipeline = Pipeline(Settings(coder=coder))
    for doc in pipeline.process(gold_article(g) for g in by_id.values()):
        gold = bare_actor_states(by_id[doc.id])
        place = doc.dateline.place if doc.dateline is not None else None
        shown = ",".join(f"{c}:{n}" for c, n in gold.most_common(3)) or "."
        named = ",".join(f"{c}:{n}" for c, n in named_states(doc).most_common(3)) or "."
        yield (
            f"{verdict(doc.home_country, doc.source_country, gold):6} {doc.id} home={doc.home_country} "
            f"outlet={doc.source_country} dateline={place} gold={shown} named={named}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--coder", default="rules", choices=("rules", "learned"))
    args = parser.parse_args(argv)
    if any(is_report_only(g) for g in args.gold):
        print("a report-only set: not read", file=sys.stderr)
        return 2
    tally: Counter[str] = Counter()
    for gold_dir in args.gold:
        for line in lines(load_gold(gold_dir), args.coder):
            tally[line.split()[0]] += 1
            print(line)
    print(" ".join(f"{k}={v}" for k, v in sorted(tally.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
