"""People whose state only the story gave (the mentions stage's last fallback), against the training gold.

A titled person the sentence gives no state ("Justice Minister X said ...", "Colonel X") takes the outlet's
state in the outlet's own news, else the story's home (``PeopleReading._resolve_person``; such names are
collected in ``assumed``). For every such person over a gold role span of the training corpus, this tool
sets the state chosen against other candidates: the outlet's state, the story's home, the state named
last before the person (in the text so far) and the nearest capital named in the same or the previous
sentence. Only the training corpus is read (never a report-only set).

    PYTHONPATH=src .venv/bin/python tools/assumed_people.py [--docs N] [--out F.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from _training_docs import gold_role_spans, training_docs

from parley.mentions import _people
from parley.mentions._home import COUNTRY_KINDS, is_own_news
from parley.pipeline import Pipeline
from parley.settings import Settings

#: The people of the current document that the fallback coded, as the resolver returned them.
_FOUND: list[dict[str, Any]] = []


def _recording(original: Any) -> Any:
    """``_resolve_person`` that also notes each person newly added to ``assumed``."""

    def resolve(
        self: Any, ent: Any, doc: Any, registry: Any, entry_at: Any, home: Any = None, assumed: Any = None
    ) -> Any:
        before = set(assumed) if assumed is not None else set()
        entity = original(self, ent, doc, registry, entry_at, home, assumed)
        if assumed is None or entity is None or ent.text not in assumed or ent.text in before:
            return entity
        named = [(i, e.code) for i, e in sorted(entry_at.items()) if i < ent.start and e.kind in COUNTRY_KINDS]
        context_start = ent.doc[ent.sent.start - 1].sent.start if ent.sent.start > 0 else ent.sent.start
        capitals = [code for i, code in named if i >= context_start and entry_at[i].kind == "capital"]
        source = doc.source_country
        _FOUND.append(
            {
                "start": ent.start_char,
                "end": ent.end_char,
                "text": ent.text,
                "pred": entity.code,
                "office": entity.office,
                "source": source,
                "home": home,
                "own": bool(source and is_own_news(self.knowledge, doc, source, entry_at)),
                "last_named": named[-1][1] if named else None,
                "capital": capitals[-1] if capitals else None,
                "sentence": ent.sent.text.strip()[:300],
            }
        )
        return entity

    return resolve


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=0, help="about this many documents, evenly spread")
    ap.add_argument("--out", type=Path, help="write one row per fallback person over a gold role span")
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    args = ap.parse_args()
    _people.PeopleReading._resolve_person = _recording(_people.PeopleReading._resolve_person)  # type: ignore[method-assign]
    pipeline = Pipeline(Settings().with_(coder="rules"))
    mentions = pipeline.components[0]
    rows = []
    for training in training_docs(args.batches, args.docs):
        _FOUND.clear()
        (doc,) = list(pipeline.clean([training.article]))
        doc.spacy = pipeline.nlp(doc.text)
        mentions(doc)
        roles = [(start, end, role.code) for start, end, role, _ in gold_role_spans(doc.text, training.sentences)]
        for person in _FOUND:
            gold = [code for start, end, code in roles if start < person["end"] and person["start"] < end]
            if gold:
                rows.append({"doc": training.name, **person, "gold": gold[0]})
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        group = ("own news" if row["own"] else "other news") + (
            " (home differs)" if row["home"] != row["source"] else ""
        )
        counts[group, "n"] += 1
        for key in ("pred", "source", "home", "last_named", "capital"):
            counts[group, key] += row[key] == row["gold"]
    for group in sorted({g for g, _ in counts}):
        n = counts[group, "n"]
        shares = "  ".join(f"{k} {counts[group, k]}" for k in ("pred", "source", "home", "last_named", "capital"))
        print(f"{group:28} people {n:4}  right by: {shares}")
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
