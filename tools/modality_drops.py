"""Which trigger rows the rules coder turns down by a modality cue (negated, hypothetical, advised) on
the training corpus, and what the sentence's gold says of the row's type there.

The rules coder drops a row when its word is negated ("did not close"), hypothetical ("could close",
"if it closes") or only advised ("urged Minsk to close"); a row it drops by one of these cues never
reaches the chain of checks that ``check_drops.py`` lists. Each drop is counted with the gold
mentions of the row's type in its sentence: "gold-asserted" (a lost event, or one another word of the
sentence carries), "gold-negated", "gold-hypothetical", "gold-future" (the cue agrees with the gold's
modality) or "no-gold" (right to drop).

    PYTHONPATH=src python tools/modality_drops.py [--docs 300] [--types CONSULT] [--out F.jsonl]

Each line: count, cue(s), type, verdict. --out writes one row per drop: cue, type, lemma, word,
sentence, the sentence's gold (type, modality, trigger) and the document. The learned coder reads
modality through its own model, so only the rules coder is run.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from typing import Any

from _training_docs import listing_arguments, training_docs
from check_drops import drops_with_gold

import parley.events as events_module
import parley.events._candidates as candidates_module
from parley.pipeline import Pipeline
from parley.settings import Settings

#: the modality cues the rules coder drops a row by, as named in the report
CUES = {"is_negated": "negated", "is_hypothetical": "hypothetical", "is_advice": "advised"}

#: the cues that held at the token being read, and whether its reading reached the chain of checks
_CALL: dict[str, Any] = {"cues": [], "checked": False}
#: the drops of each parsed text, by its text (the pipeline may run ahead of what it yields)
_DROPS: dict[int, list[dict[str, Any]]] = {}


def _recording_cue(name: str, cue: Callable[..., bool]) -> Callable[..., bool]:
    """The modality cue ``name``, noting each time it holds at the token being read."""

    def read(token: Any, *args: Any) -> bool:
        held = cue(token, *args)
        if held:
            _CALL["cues"].append(CUES[name])
        return held

    return read


def _recording_check(original: Callable[..., str | None]) -> Callable[..., str | None]:
    """The chain of checks, noting that the token's reading reached it (its drops are check_drops.py's)."""

    def check(*args: Any) -> str | None:
        _CALL["checked"] = True
        return original(*args)

    return check


def _recording_find(original: Callable[..., Any]) -> Callable[..., Any]:
    """The rules coder's reading of a token, keeping a row it turned down by a cue before the checks."""

    def find(token: Any, matcher: Any, roles: Any, rule_verdict: Any = None) -> Any:
        _CALL["cues"], _CALL["checked"] = [], False
        cand = original(token, matcher, roles, rule_verdict)
        trig = matcher.match(token) if cand is None and _CALL["cues"] and not _CALL["checked"] else None
        if trig is not None:
            row = {"cue": ",".join(sorted(set(_CALL["cues"]))), "type": trig.type, "lemma": token.lemma_,
                   "word": token.text, "idx": token.idx, "sent": token.sent.text.strip()}  # fmt: skip
            _DROPS.setdefault(hash(token.doc.text), []).append(row)
        return cand

    return find


def verdict(row: dict[str, Any]) -> str:
    """What the sentence's gold says of the dropped row's type (an asserted mention first)."""
    modalities = {modality for type_, modality, _ in row["gold"] if type_ == row["type"]}
    if "asserted" in modalities:
        return "gold-asserted"
    return "gold-" + ",".join(sorted(modalities)) if modalities else "no-gold"


def main() -> None:
    ap = listing_arguments("every drop")
    args = ap.parse_args()
    types = {t for t in args.types.split(",") if t}
    for name in CUES:
        setattr(candidates_module, name, _recording_cue(name, getattr(candidates_module, name)))
    candidates_module.failed_check = _recording_check(candidates_module.failed_check)
    events_module.find_candidate = _recording_find(events_module.find_candidate)
    docs = training_docs(args.batches, args.docs)
    rows = drops_with_gold(Pipeline(Settings().with_(coder="rules")), docs, _DROPS, types)
    counts = Counter((r["cue"], r["type"], verdict(r)) for r in rows)
    for (cue, type_, seen), n in sorted(counts.items()):
        print(f"{n:5d}  {cue:22s} {type_:10s} {seen}")
    print(f"{len(rows)} drops: " + ", ".join(f"{v} {n}" for v, n in Counter(map(verdict, rows)).most_common()))
    if args.out:
        args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


if __name__ == "__main__":
    main()
