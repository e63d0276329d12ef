"""How well the mentions and chains stages resolve people, measured on the training corpus's role spans.

Every actor or recipient span of the training corpus that the parser tags as a person (a PERSON entity
covers it) is a person mention with a known code. For each, the stages' actor mention over that span
(if any) gives parley's code: resolved share, and wrong share among all and among the resolved ones.
The knowledge files and the person rules were never written against this corpus.
A second line counts only the spans whose PERSON entity is a person's name, by the rules of
``person_coverage.py`` (no town or hand-listed place, no country mention over it, no storm, no name
read as a place by its context, at least one proper noun): "Traders in Birgunj", "Riot police",
"Sabah trader" are role spans the parser's PERSON tag touches, but no person the mentions stage
should resolve (the events stage codes such groups by their place or their story).

    PYTHONPATH=src .venv/bin/python tools/person_accuracy.py [--docs N] [--errors F]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from _training_docs import gold_role_spans, training_docs
from person_coverage import _known_place, _no_name

from parley.pipeline import Pipeline
from parley.settings import Settings


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=0, help="about this many documents, evenly spread")
    ap.add_argument("--errors", type=Path, help="write wrong and unresolved person spans here as JSONL")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    args = ap.parse_args()
    docs = training_docs(args.batches, args.docs)
    pipeline = Pipeline(Settings().with_(coder="rules"))
    mentions, chains = pipeline.components[0], pipeline.components[1]
    total = resolved = wrong = 0
    named = [0, 0, 0]  # the same three counts over the spans of a person's name
    gazetteer = pipeline.knowledge.gazetteer
    errors = []
    for training in docs:
        name = training.name
        (doc,) = list(pipeline.clean([training.article]))  # dateline, date and outlet as in a real run
        doc.spacy = pipeline.nlp(doc.text)
        doc = chains(mentions(doc))
        ents = [e for e in doc.spacy.ents if e.label_ == "PERSON"]
        for start, end, role, _ in gold_role_spans(doc.text, training.sentences):
            touched = [e for e in ents if e.start_char <= start and end <= e.end_char or start <= e.start_char < end]
            if not touched:
                continue
            total += 1
            found = [m for m in doc.actor_mentions if m.start < end and start < m.end]
            codes = {m.entity.code for m in found}
            person = any(_names_person(e, doc.actor_mentions, gazetteer) for e in touched)
            named[0] += person
            if codes:
                resolved += 1
                named[1] += person
                if role.code not in codes:
                    wrong += 1
                    named[2] += person
            if not codes or role.code not in codes:
                row = {"doc": name, "span": role.text, "gold": role.code, "pred": sorted(codes)}
                errors.append({**row, "person": person})
    print(
        f"documents {len(docs)}  person role spans {total}  resolved {resolved / max(1, total):.1%}  "
        f"wrong {wrong / max(1, total):.1%} of all, {wrong / max(1, resolved):.1%} of the resolved"
    )
    print(
        f"people only: role spans {named[0]}  resolved {named[1] / max(1, named[0]):.1%}  "
        f"wrong {named[2] / max(1, named[0]):.1%} of all, {named[2] / max(1, named[1]):.1%} of the resolved"
    )
    if args.errors:
        args.errors.write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")


def _names_person(ent: Any, mentions: list[Any], gazetteer: Any) -> bool:
    """The PERSON entity is a person's name as ``person_coverage.py`` counts one: no town or place of
    the hand list, no country, capital or body mention over it, and a name by its words and context."""
    kinds = {m.kind for m in mentions if m.token_start < ent.end and ent.start < m.token_end}
    if _known_place(gazetteer.lookup(ent.text)) or kinds - {"person"}:
        return False
    return not (not kinds and _no_name(ent))


if __name__ == "__main__":
    main()
