"""Where the knowledge files' named entities disagree with the training corpus's codes, and how many
writers agree on the other code.

Every actor or recipient span of the training corpus is matched to the mentions the mentions and chains
stages find inside it; a mention from a knowledge file of named entities (IGOs, bodies, armed groups,
people, descriptions) gives the knowledge base's code. Per entity (kind, code, words), the gold codes are
counted with the number of writers (t1..t10) behind each: a code several writers agree on and the
knowledge base does not give is a row to check against the conventions.

    PYTHONPATH=src .venv/bin/python tools/kb_agreement.py [--docs N] [--spans F] [--min-writers 2]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from _training_docs import TrainingDoc, gold_role_spans, training_docs

from parley.pipeline import Pipeline
from parley.settings import Settings

#: Mention kinds that come from the files of named entities (not countries, capitals or demonyms).
KB_KINDS = {"igo", "body", "group", "person", "description"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=0, help="about this many documents, evenly spread")
    ap.add_argument("--spans", type=Path, help="write every resolved span here as JSONL")
    ap.add_argument("--min-writers", type=int, default=1, help="list only codes this many writers agree on")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    args = ap.parse_args()
    pipeline = Pipeline(Settings().with_(coder="rules"))
    rows = [row for doc in training_docs(args.batches, args.docs) for row in _resolved_spans(pipeline, doc)]
    if args.spans:
        args.spans.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for line in _disagreements(rows, args.min_writers):
        print(line)


def _resolved_spans(pipeline: Pipeline, training: TrainingDoc) -> list[dict[str, Any]]:
    """Each gold role span with a knowledge-file mention inside it: gold code, mention and its code."""
    mentions, chains = pipeline.components[0], pipeline.components[1]
    (doc,) = list(pipeline.clean([training.article]))  # dateline, date and outlet as in a real run
    doc.spacy = pipeline.nlp(doc.text)
    doc = chains(mentions(doc))
    writer = training.name.split("-")[0]
    rows: list[dict[str, Any]] = []
    for start, end, role, s in gold_role_spans(doc.text, training.sentences):
        for m in doc.actor_mentions:
            if start <= m.start and m.end <= end and m.kind in KB_KINDS:
                rows.append(
                    {
                        "doc": training.name,
                        "writer": writer,
                        "span": role.text,
                        "gold": role.code,
                        "kind": m.kind,
                        "mention": m.text,
                        "pred": m.entity.code,
                        "sentence": s.text,
                    }
                )
    return rows


def _disagreements(rows: list[dict[str, Any]], min_writers: int) -> list[str]:
    """Per entity with a wrong span: its spans, and each gold code with its spans and writers."""
    by_entity: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_entity[(r["kind"], r["pred"], r["mention"].lower().removeprefix("the "))].append(r)
    out = []
    for (kind, code, words), found in by_entity.items():
        codes = Counter(r["gold"] for r in found)
        writers = {g: len({r["writer"] for r in found if r["gold"] == g}) for g in codes}
        other = [g for g in codes if g != code and writers[g] >= min_writers]
        if other:
            wrong = sum(codes[g] for g in codes if g != code)
            detail = ", ".join(f"{g} {n} spans/{writers[g]} writers" for g, n in codes.most_common())
            out.append((wrong, f"{kind:11} {code}  {words!r}: {detail}"))
    return [line for _, line in sorted(out, key=lambda x: -x[0])]


if __name__ == "__main__":
    main()
