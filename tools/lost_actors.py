"""Training-corpus gold mentions the rules coder misses because their actor resolved to nothing.

Each training document is run as one article with unresolved actors kept (``keep_unresolved``: an
event whose subject has words but no code gets actor ``XXX``). A gold mention missed by the
resolved events, but found by an ``XXX`` event of its type in its sentence, was dropped for want
of an actor: its actor phrase is printed, grouped by kind (an office title with no country, a
ministry or department, a sub-national ruler, a document, a weapon, a bare plural of officials,
a person's name the knowledge base lacks, other).

    PYTHONPATH=src python tools/lost_actors.py [--coder rules] [--docs N] [--examples 8] [--out F.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from _training_docs import training_docs
from event_misses import misses_of

from parley.document import Document, Event
from parley.events._candidates import UNRESOLVED
from parley.pipeline import Pipeline
from parley.settings import Settings

#: The kinds of unresolved actor phrases, tried in order (a diagnostic's rough reading of English).
KINDS: list[tuple[str, re.Pattern[str]]] = [
    (
        "document",
        re.compile(
            r"\b(decree|law|bill|resolution|order|ruling|verdict|statement|report|agreement|"
            r"treaty|accord|deal|amendment|measure|regulation|directive|constitution)s?\b",
            re.I,
        ),
    ),
    (
        "weapon",
        re.compile(
            r"\b(bomb|blast|explosion|missile|rocket|shell|mine|grenade|ied|device|"
            r"car bomb|mortar|drone|airstrike|air strike|strike)s?\b",
            re.I,
        ),
    ),
    ("sub-national ruler", re.compile(r"\b(ruler|governor|emir|sheikh|mayor|chief minister|premier)\b.*\bof\b", re.I)),
    (
        "ministry/department",
        re.compile(
            r"\b(ministry|department|office|agency|bureau|directorate|commission|"
            r"interior|foreign affairs|defen[cs]e|justice|information)\b",
            re.I,
        ),
    ),
    (
        "office title",
        re.compile(
            r"\b(minister|president|prime minister|secretary|ambassador|spokes(wo)?man|"
            r"ruler|king|emir|governor|chief|head|director|commander|general|official)\b",
            re.I,
        ),
    ),
    ("bare plural of officials", re.compile(r"\b(officials|authorities|officers|leaders|ministers|sources)\b", re.I)),
    ("unknown person", re.compile(r"^(?:[A-Z][\w.'-]+\s+){1,3}[A-Z][\w.'-]+$")),
]


def kind_of(phrase: str) -> str:
    """The first kind whose pattern the actor phrase matches ("other" if none)."""
    return next((name for name, pattern in KINDS if pattern.search(phrase)), "other")


def split_unresolved(doc: Document) -> list[Event]:
    """Take the unresolved events out of ``doc.events`` (the others stay) and return them."""
    lost = [e for e in doc.events if UNRESOLVED in e.actor_codes]
    doc.events = [e for e in doc.events if UNRESOLVED not in e.actor_codes]
    return lost


def lost_phrase(miss: dict[str, Any], lost: list[Event]) -> str | None:
    """The actor words of an unresolved event of the miss's type in the miss's sentence."""
    for event in lost:
        if event.event == miss["type"] and miss["text"][:40] in event.text:
            return next(a.entity_text for a in event.actors if a.code == UNRESOLVED)
    return None


def report(rows: list[dict[str, Any]], misses: int, examples: int) -> str:
    lines = [f"missed asserted gold mentions (not headlines): {misses}; dropped for want of an actor: {len(rows)}"]
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
    for kind, group in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        heads = Counter(r["phrase"].lower() for r in group)
        lines.append(f"\n== {kind}: {len(group)}  (commonest: {', '.join(p for p, _ in heads.most_common(6))})")
        for r in group[:examples]:
            lines.append(f"   {r['type']:9} [{r['phrase']}] [{r['trigger']}] | {r['text'][:140]}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--coder", default="rules")
    ap.add_argument("--docs", type=int, default=0, help="only every k-th document so that about N are run")
    ap.add_argument("--examples", type=int, default=8, help="example sentences per kind")
    ap.add_argument("--out", type=Path, help="write every lost mention here as JSONL")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    args = ap.parse_args()
    docs = {d.name: d for d in training_docs(args.batches, args.docs)}
    pipeline = Pipeline(Settings().with_(coder=args.coder, keep_unresolved=True))
    rows: list[dict[str, Any]] = []
    missed = 0
    for doc in pipeline.process(d.article for d in docs.values()):
        lost = split_unresolved(doc)
        for miss in misses_of(doc, docs[doc.id], set()):
            if miss["headline"]:
                continue
            missed += 1
            phrase = lost_phrase(miss, lost)
            if phrase is not None:
                rows.append({**miss, "phrase": phrase, "kind": kind_of(phrase), "home": doc.home_country,
                             "outlet": doc.source_country, "dateline": doc.dateline is not None})  # fmt: skip
    print(report(rows, missed, args.examples))
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
