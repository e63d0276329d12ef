"""Actor and recipient accuracy on the training corpus's documents: a large development set for the
actor machinery (mentions, chains, roles), which the rules were never written against.

Each training document is run as one article (sentences joined by blank lines, with its date and
outlet country). A predicted event is matched to an asserted gold mention of the same type in the
same sentence; among those matches, the actor (recipient) is right when the sets of codes are equal.
It also prints the share the evaluation would count right ("shares"): the predicted actors share a code
with the gold ones, and, where the gold event has recipients, so do the recipients. A joint party left
out ("X and Y met" coded X -> Y) or added is wrong by the first figure only: the training gold has no
``symmetric`` flag, and the evaluation scores a symmetric event by the union of its parties.

    PYTHONPATH=src .venv/bin/python tools/actor_dev.py [--coder rules|learned] [--docs N] [--errors F]
        [--pair first|best]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from _training_docs import training_docs

from parley.evaluate import roles_right
from parley.pipeline import Pipeline
from parley.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--coder", default="learned")
    ap.add_argument("--docs", type=int, default=0, help="only every k-th document so that about N are run")
    ap.add_argument("--errors", type=Path, help="write the wrong actors/recipients here as JSONL")
    ap.add_argument("--matches", type=Path, help="write every matched event (right or wrong) here as JSONL")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    ap.add_argument(
        "--pair",
        choices=("first", "best"),
        default="first",
        help="which gold event of the same type a prediction is held against: the sentence's first (the "
        "figures kept since the first stops), or the one its actor and recipient agree with best (a "
        "sentence with a reciprocal act, 'X freed ..., and Y released ...', has two)",
    )
    args = ap.parse_args()
    docs = training_docs(args.batches, args.docs)
    spans = {d.name: d.offsets for d in docs}
    pipeline = Pipeline(Settings().with_(coder=args.coder))
    matched = actor_ok = recip_ok = actor_shares = recip_shares = recip_scored = 0
    errors: list[dict[str, object]] = []
    matches: list[dict[str, object]] = []
    for doc in pipeline.process(d.article for d in docs):
        offsets = spans[doc.id]
        located = []  # the cleaner may change the text: each sentence is found again in the cleaned text
        for start, end, s in offsets:
            at = doc.text.find(s.text[:40], max(0, start - 200))
            located.append((at, at + len(s.text), s) if at >= 0 else (start, end, s))
        for event in doc.events:
            pos = event.start
            sent = next((s for a, b, s in located if a <= pos < b), None)
            if sent is None:
                continue
            gold = [e for e in sent.events if e.modality == "asserted" and e.type == event.event]
            if not gold:
                continue
            pa, pr = set(event.actor_codes), set(event.recipient_codes)
            g = gold[0] if args.pair == "first" else max(gold, key=lambda e: gold_agreement(e, pa, pr))
            matched += 1
            ga, gr = {r.code for r in g.actors}, {r.code for r in g.recipients}
            actor_ok += pa == ga
            recip_ok += pr == gr
            actor_share, recip_share = shared_roles(pa, pr, ga, gr)
            actor_shares += actor_share
            recip_scored += recip_share is not None
            recip_shares += bool(recip_share)
            row: dict[str, object] = {
                "doc": doc.id,
                "text": sent.text,
                "type": event.event,
                "gold": [sorted(ga), sorted(gr)],
                "pred": [sorted(pa), sorted(pr)],
                "trigger": g.trigger,
                "event_text": event.event_text,
                # the recipients' own words: empty where the rules guessed them from the story
                "recipient_words": [r.entity_text for r in event.recipients],
                "actor_words": [a.entity_text for a in event.actors],
                # how each party was read when not by its own words ("the two sides" stands for ...)
                "how": [e.resolved_by for e in event.actors + event.recipients if e.resolved_by],
            }
            matches.append(row)
            if pa != ga or pr != gr:
                errors.append(row)
    print(
        f"documents {len(docs)}  matched events {matched}  actor acc {actor_ok / max(1, matched):.3f}  "
        f"recipient acc {recip_ok / max(1, matched):.3f}  (shares: actor {actor_shares / max(1, matched):.3f}, "
        f"recipient {recip_shares / max(1, recip_scored):.3f} of {recip_scored})"
    )
    if args.errors:
        args.errors.write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")
    if args.matches:
        args.matches.write_text("".join(json.dumps(e) + "\n" for e in matches), encoding="utf-8")


def gold_agreement(gold: Any, actors: set[str], recipients: set[str]) -> int:
    """How many of the two roles of a gold event equal the predicted ones (max keeps the first on ties)."""
    return ({r.code for r in gold.actors} == actors) + ({r.code for r in gold.recipients} == recipients)


def shared_roles(
    actors: set[str], recipients: set[str], gold_actors: set[str], gold_recipients: set[str]
) -> tuple[bool, bool | None]:
    """Whether the predicted actors share a code with the gold ones, and the recipients (None where the
    gold event has none): the roles as the evaluation counts them among type matches (the training gold
    marks no reading symmetric)."""
    return roles_right(actors, recipients, gold_actors, gold_recipients, symmetric=False)


if __name__ == "__main__":
    main()
