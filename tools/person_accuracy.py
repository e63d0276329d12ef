"""How well the mentions and chains stages resolve people, measured on the training corpus's role spans.

Every actor or recipient span of the training corpus that the parser tags as a person (a PERSON entity
covers it) is a person mention with a known code. For each, the stages' actor mention over that span
(if any) gives parley's code: resolved share, and wrong share among all and among the resolved ones.
The knowledge files and the person rules were never written against this corpus.

    PYTHONPATH=src .venv/bin/python tools/person_accuracy.py [--docs N] [--errors F]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from _training_docs import training_docs

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
    errors = []
    for training in docs:
        name, rows = training.name, training.sentences
        (doc,) = list(pipeline.clean([training.article]))  # dateline, date and outlet as in a real run
        doc.spacy = pipeline.nlp(doc.text)
        doc = chains(mentions(doc))
        ents = [e for e in doc.spacy.ents if e.label_ == "PERSON"]
        offset = 0
        for s in rows:
            found_at = doc.text.find(s.text[:60], max(0, offset - 200))
            offset = found_at if found_at >= 0 else offset
            for event in s.events:
                for role in (*event.actors, *event.recipients):
                    if not role.text:
                        continue
                    at = s.text.find(role.text)
                    if at < 0:
                        continue
                    start, end = offset + at, offset + at + len(role.text)
                    if not any(
                        e.start_char <= start and end <= e.end_char or start <= e.start_char < end for e in ents
                    ):
                        continue
                    total += 1
                    found = [m for m in doc.actor_mentions if m.start < end and start < m.end]
                    codes = {m.entity.code for m in found}
                    if codes:
                        resolved += 1
                        if role.code not in codes:
                            wrong += 1
                            errors.append({"doc": name, "span": role.text, "gold": role.code, "pred": sorted(codes)})
                    else:
                        errors.append({"doc": name, "span": role.text, "gold": role.code, "pred": []})
            offset += len(s.text)
    print(
        f"documents {len(docs)}  person role spans {total}  resolved {resolved / max(1, total):.1%}  "
        f"wrong {wrong / max(1, total):.1%} of all, {wrong / max(1, resolved):.1%} of the resolved"
    )
    if args.errors:
        args.errors.write_text("".join(json.dumps(e) + "\n" for e in errors), encoding="utf-8")


if __name__ == "__main__":
    main()
