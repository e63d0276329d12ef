"""Recipients the same-state filters drop, against the training gold.

Two filters of the events stage set aside a recipient of the actor's own state: ``not_the_actors`` (via
``recipients_besides_actors``: the recipient is one of the actors, same code and same or unknown sector)
and ``partners_abroad`` (cooperation has no partner at home). This tool wraps both, runs the training
corpus's documents through the rules coder, and for every drop looks up the sentence's gold event of the
candidate's type: does the gold code the recipient as the actor's own state ("same"), another state
("other"), no recipient ("none"), or is the gold actor another state ("actor")? Drops are grouped by
filter, by whether the dropped phrase is the actor itself ("Peres defended ... to his critics": "his"),
and by the actor's and the dropped recipient's sectors. Only the training corpus is read (never a
report-only set).

    PYTHONPATH=src .venv/bin/python tools/samestate_drops.py [--docs N] [--out F.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from _training_docs import training_docs

from parley.document import Entity
from parley.events import _candidates, _recip_filters
from parley.events._recip_local_appeal import local_appeal_home
from parley.pipeline import Pipeline
from parley.settings import Settings

_DROPS: list[dict[str, Any]] = []


def _row(kind: str, cand: Any, before: list[Entity], after: list[Entity]) -> None:
    dropped = [r for r in before if r not in after and any(a.code == r.code for a in cand.actors)]
    if dropped:
        _DROPS.append(
            {
                "filter": kind,
                "sentence": " ".join(cand.token.sent.text.split()),
                "type": cand.type,
                "trigger": cand.token.text,
                "actors": [[a.code, a.sector, a.entity_text] for a in cand.actors],
                "dropped": [[r.code, r.sector, r.entity_text, r.resolved_by] for r in dropped],
            }
        )


def _besides_actors(cand: Any, words: Any) -> list[Entity]:
    before = list(cand.recipients)
    after = _recip_filters.not_the_actors(cand.recipients, cand.actors) or local_appeal_home(cand, words)
    _row("not_the_actors", cand, before, after)
    return after


def _abroad(cand: Any) -> list[Entity]:
    before = list(cand.recipients)
    after = _recip_filters.partners_abroad(cand)
    _row("partners_abroad", cand, before, after)
    return after


def is_self(drop: dict[str, Any]) -> bool:
    """The dropped phrase is the actor itself (its name, or a word standing for it)."""
    names = [a[2] for a in drop["actors"] if a[2]]
    return any(d[2] and any(d[2] in n or n in d[2] for n in names) for d in drop["dropped"])


def verdict(drop: dict[str, Any], gold: list[dict[str, Any]]) -> str:
    """How the sentence's first gold event of the drop's type codes the recipient."""
    same_type = [g for g in gold if g["type"] == drop["type"]]
    if not same_type:
        return "no gold"
    actors = {a[0] for a in drop["actors"]}
    gold_actors, gold_recips = set(same_type[0]["actors"]), set(same_type[0]["recipients"])
    if not gold_actors & actors:
        return "actor"
    if not gold_recips:
        return "none"
    return "same" if gold_recips & actors else "other"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=0, help="only every k-th document so that about N are run")
    ap.add_argument("--out", type=Path, help="write every drop with its verdict here as JSONL")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    args = ap.parse_args()
    docs = training_docs(args.batches, args.docs)
    gold: dict[str, list[dict[str, Any]]] = {}
    for doc in docs:
        for s in doc.sentences:
            gold[" ".join(s.text.split())[:60]] = [
                {
                    "type": e.type,
                    "actors": [a.code for a in e.actors],
                    "recipients": [r.code for r in e.recipients],
                }
                for e in s.events
                if e.modality == "asserted"
            ]
    _candidates.recipients_besides_actors = _besides_actors
    _candidates.partners_abroad = _abroad
    for _ in Pipeline(Settings().with_(coder="rules")).process(d.article for d in docs):
        pass
    by_shape: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    by_self: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
    for drop in _DROPS:
        drop["verdict"] = verdict(drop, gold.get(drop["sentence"][:60], []))
        drop["self"] = is_self(drop)
        by_self[(drop["filter"], drop["self"])][drop["verdict"]] += 1
        if not drop["self"]:
            sectors = "/".join(sorted({str(a[1]) for a in drop["actors"]}))
            dropped = "/".join(sorted({str(d[1]) for d in drop["dropped"]}))
            by_shape[(drop["filter"], sectors, dropped)][drop["verdict"]] += 1
    print(f"drops {len(_DROPS)}")
    for (kind, own), counts in sorted(by_self.items()):
        print(f"  {kind:16} {'self ' if own else 'other'} {dict(counts.most_common())}")
    print("not the actor itself, by actor sector -> dropped sector:")
    for (kind, sectors, dropped), counts in sorted(by_shape.items(), key=lambda kv: -sum(kv[1].values()))[:25]:
        print(f"  {kind:16} {sectors:>10} -> {dropped:10} {dict(counts.most_common())}")
    if args.out:
        args.out.write_text("".join(json.dumps(d) + "\n" for d in _DROPS), encoding="utf-8")


if __name__ == "__main__":
    main()
