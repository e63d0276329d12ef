"""Which candidate check turns down which trigger rows on the training corpus, and whether the sentence's
gold has the row's type there (an upper bound on the gold mentions the check loses: another trigger
of the sentence may carry that type).

    PYTHONPATH=src python tools/check_drops.py --coder rules [--docs 300] [--types CONSULT] [--out F.jsonl]

Each line: count, check, type, and "gold-has" (the sentence's asserted gold has the type), "gold-other"
(its gold has only other types) or "no-gold". --out writes one row per drop: check, type, lemma,
sentence, the sentence's gold (type, modality, trigger) and the document.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from _training_docs import TrainingDoc, listing_arguments, training_docs

import parley.events._candidates as candidates_module
import parley.events._learned as learned_module
from parley.events import _candidate_checks
from parley.events._candidate_checks import Reading
from parley.pipeline import Pipeline
from parley.settings import Settings

#: the drops of each parsed text, by its text (the pipeline may run ahead of what it yields)
_DROPS: dict[int, list[dict[str, Any]]] = {}
_FAILED_CHECK = _candidate_checks.failed_check
#: More fields a caller records for a drop, from the reading and the check's name.
Extra = Callable[[Reading, str], dict[str, Any]]


def record_drops(extra: Extra | None = None) -> dict[int, list[dict[str, Any]]]:
    """Puts a recorder in place of the shared chain's verdict (for both coders) and returns the store it
    fills: each drop's check, type, lemma, offset and sentence, plus ``extra``'s fields, by its text's hash."""

    def recording(reading: Reading, coder: str) -> str | None:
        name = _FAILED_CHECK(reading, coder)
        if name is not None:
            tok = reading.token
            row = {"check": name, "type": reading.trig.type, "lemma": tok.lemma_, "idx": tok.idx}
            row["sent"] = tok.sent.text.strip()
            _DROPS.setdefault(hash(tok.doc.text), []).append({**row, **(extra(reading, name) if extra else {})})
        return name

    candidates_module.failed_check = recording
    learned_module.failed_check = recording
    return _DROPS


def gold_at(text: str, train: TrainingDoc, idx: int) -> list[tuple[str, str, str]]:
    """(type, modality, trigger) of the gold mentions of the training sentence holding character ``idx``."""
    for start, _end, sentence in train.offsets:
        at = text.find(sentence.text[:40], max(0, start - 200))
        if 0 <= at <= idx < at + len(sentence.text):
            return [(g.type, g.modality, g.trigger) for g in sentence.events]
    return []


def drops_with_gold(
    pipeline: Pipeline, docs: list[TrainingDoc], drops: dict[int, list[dict[str, Any]]], types: set[str]
) -> list[dict[str, Any]]:
    """Runs the pipeline over the training documents and returns the drops it recorded (in ``drops``, by
    each parsed text's hash) of the ``types`` asked for (all when empty), each with its sentence's gold
    and its document."""
    by_name = {d.name: d for d in docs}
    rows: list[dict[str, Any]] = []
    for doc in pipeline.process(d.article for d in by_name.values()):
        for row in drops.pop(hash(doc.text), []):
            if not types or row["type"] in types:
                rows.append({**row, "gold": gold_at(doc.text, by_name[doc.id], row["idx"]), "doc": doc.id})
    return rows


def verdict(row: dict[str, Any]) -> str:
    """Whether the sentence's asserted gold has the dropped row's type."""
    asserted = {t for t, modality, _ in row["gold"] if modality == "asserted"}
    if row["type"] in asserted:
        return "gold-has"
    return "gold-other" if asserted else "no-gold"


def main() -> None:
    ap = listing_arguments("every drop")
    args = ap.parse_args()
    types = {t for t in args.types.split(",") if t}
    drops = record_drops()
    docs = training_docs(args.batches, args.docs)
    rows = drops_with_gold(Pipeline(Settings().with_(coder=args.coder)), docs, drops, types)
    counts = Counter((r["check"], r["type"], verdict(r)) for r in rows)
    for (check, type_, seen), n in sorted(counts.items()):
        print(f"{n:5d}  {check:22s} {type_:10s} {seen}")
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
