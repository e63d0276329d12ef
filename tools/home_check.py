"""How often the story's home country (mentions/_home.py ``story_home``) disagrees with the training gold.

For each training document, the home the mentions stage reads is set against two proxies from the gold:
the state the gold gives most often to role spans that name no state of their own (no country, capital,
demonym, body or IGO mention over them: "the foreign ministry", "riot police", "Vlachou"), and the
gold's most frequent role state overall. Only the training corpus is read (never a report-only set).

    PYTHONPATH=src .venv/bin/python tools/home_check.py [--docs N] [--out F.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from _training_docs import training_docs

from parley.knowledge import NON_STATE_CODES
from parley.pipeline import Pipeline
from parley.settings import Settings

#: Mention kinds that name a state in the span itself.
_EXPLICIT = {"name", "alias", "demonym", "capital", "igo", "body", "vessel"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=0, help="about this many documents, evenly spread")
    ap.add_argument("--out", type=Path, help="write one row per document here as JSONL")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    args = ap.parse_args()
    pipeline = Pipeline(Settings().with_(coder="rules"))
    mentions = pipeline.components[0]
    rows = []
    for training in training_docs(args.batches, args.docs):
        (doc,) = list(pipeline.clean([training.article]))
        doc.spacy = pipeline.nlp(doc.text)
        doc = mentions(doc)
        implicit, overall = _gold_states(doc, training.offsets)
        rows.append(
            {
                "doc": training.name,
                "home": doc.home_country,
                "dateline": doc.dateline.place if doc.dateline is not None else None,
                "source": training.article.source_country,
                "implicit": implicit.most_common(3),
                "overall": overall.most_common(3),
            }
        )
    _summary(rows)
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def _gold_states(doc: Any, offsets: list[tuple[int, int, Any]]) -> tuple[Counter[str], Counter[str]]:
    """The gold states of the document's role spans: those naming no state of their own, and all."""
    implicit: Counter[str] = Counter()
    overall: Counter[str] = Counter()
    offset = 0
    for _, _, s in offsets:
        found_at = doc.text.find(s.text[:60], max(0, offset - 200))
        offset = found_at if found_at >= 0 else offset
        for event in s.events:
            for role in (*event.actors, *event.recipients):
                if role.code in NON_STATE_CODES or not role.code:
                    continue
                overall[role.code] += 1
                at = s.text.find(role.text) if role.text else -1
                if at < 0:
                    continue
                start, end = offset + at, offset + at + len(role.text)
                kinds = {m.kind for m in doc.actor_mentions if m.start < end and start < m.end}
                if not kinds & _EXPLICIT:
                    implicit[role.code] += 1
        offset += len(s.text)
    return implicit, overall


def _summary(rows: list[dict[str, Any]]) -> None:
    """Per-document disagreements, then the counts."""
    agree = disagree = unknown = 0
    for r in rows:
        votes = dict(r["implicit"] or r["overall"])
        if not votes:
            unknown += 1
            continue
        proxy = max(votes, key=lambda c: votes[c])
        if votes.get(r["home"], 0) == votes[proxy]:  # a tie with the home is no disagreement
            agree += 1
            continue
        disagree += 1
        print(
            f"{r['doc']}\thome={r['home']}\tproxy={proxy}\tdateline={r['dateline']}\tsource={r['source']}\t"
            f"implicit={r['implicit']}\toverall={r['overall']}"
        )
    print(f"documents {len(rows)}  agree {agree}  disagree {disagree}  no gold state {unknown}")


if __name__ == "__main__":
    main()
