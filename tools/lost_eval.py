"""Gold events of a develop-on set that the rules coder finds by type but loses for want of an actor.

The set is scored with unresolved actors kept (``keep_unresolved``: an event whose subject has words
but no code gets actor ``XXX``). A miss whose sentence holds a false positive of its type is printed
with that prediction's roles: ``XXX`` among its actors says the trigger was found and the actor phrase
did not resolve ("unresolved"); otherwise the actor or only the recipient was read wrong. Use it on
dev, heldin, validation and validation2 only (the report-only sets are refused).

    PYTHONPATH=src python tools/lost_eval.py evaluation/validation/gold [--coder rules]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from _report_only import is_report_only

from parley.evaluate import evaluate
from parley.settings import Settings


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _same_sentence(miss: dict[str, Any], fp: dict[str, Any]) -> bool:
    """Same document and type, and the gold evidence (a phrase or the sentence) within the prediction's."""
    same = miss["doc_id"] == fp["doc_id"] and miss["type"] == fp["type"]
    return same and _fold(miss["evidence"])[:60] in _fold(fp["evidence"])


def lost(gold: Path, coder: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(miss, false positive of its type in its sentence) pairs, the first such prediction each."""
    result = evaluate(gold, Settings().with_(coder=coder, keep_unresolved=True), None)
    pairs = []
    for miss in result.misses:
        fp = next((f for f in result.false_positives if _same_sentence(miss, f)), None)
        if fp is not None:
            pairs.append((miss, fp))
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--coder", default="rules")
    args = ap.parse_args()
    if is_report_only(args.gold):
        raise SystemExit("lost_eval: report-only sets are not read")
    pairs = lost(args.gold, args.coder)
    for miss, fp in pairs:
        kind = (
            "unresolved" if "XXX" in fp["actors"] else "wrong actor" if fp["actors"] != miss["actors"] else "recipient"
        )
        print(
            f"{kind:11} {miss['type']:9} gold {miss['actors']} -> {miss['recipients']}"
            f"  predicted {fp['actors']} -> {fp['recipients']} | {miss['evidence'][:160]}"
        )
    print(f"{len(pairs)} misses found by type in their sentence")


if __name__ == "__main__":
    main()
