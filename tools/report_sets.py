"""Figures of both coders on the evaluation sets, in one table (the closing-note table).

    python tools/report_sets.py [--sets dev,heldin,validation,sealed,test] [--json out.json] [--coder-model DIR]

Sets: ``dev`` (shared/gold/dev), ``heldin``, ``validation`` (written at stop 50 by three new writers:
scored blind once, then a set to develop on), ``validation2`` (written at stop 51 by three more new
writers: report-only at stop 51, a set to develop on from stop 52), ``validation3`` (written at stop 52
by three more: report-only), ``sealed`` and ``test`` (report-only).

Scores only; it prints no error list, so it can be run on the report-only sets (sealed, test)
without looking at their errors. Record each run of the sealed and test sets in their README.
``--coder-model``: the learned coder reads its weights from that folder (a ``parley train fit --out``
folder) instead of the bundled one, to score a retrained model before it replaces the shipped one.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from parley.evaluate import evaluate
from parley.settings import CODERS, Settings

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "dev": ROOT.parent / "shared" / "gold" / "dev",
    "heldin": ROOT / "evaluation" / "heldin" / "gold",
    "validation": ROOT / "evaluation" / "validation" / "gold",
    "validation2": ROOT / "evaluation" / "validation2" / "gold",
    "validation3": ROOT / "evaluation" / "validation3" / "gold",
    "sealed": ROOT / "evaluation" / "sealed" / "gold",
    "test": ROOT / "evaluation" / "test" / "gold",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default="dev,heldin,sealed,test")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--coder-model", type=Path, help="learned coder's model folder (default: the bundled one)")
    args = parser.parse_args()
    out: dict[str, dict[str, object]] = {}
    print(f"{'coder':8} {'set':10} {'P':>6} {'R':>6} {'F1':>6} {'typeP':>6} {'typeR':>6} {'actor':>6} {'recip':>6}")
    pooled: dict[str, dict[str, Counter[str]]] = {c: {} for c in CODERS}
    for coder in CODERS:
        for name in args.sets.split(","):
            result = evaluate(SETS[name], Settings(coder=coder, coder_model=args.coder_model))
            o, b = result.overall, result.breakdown
            assert b is not None
            print(
                f"{coder:8} {name:10} {o.precision:6.3f} {o.recall:6.3f} {o.f1:6.3f} {b.overall.type_precision:6.3f} "
                f"{b.overall.type_recall:6.3f} {b.overall.actor_accuracy:6.3f} {b.overall.recipient_accuracy:6.3f}"
            )
            out[f"{coder}/{name}"] = result.as_dict()
            if name in {"sealed", "test"}:
                for type_, f in b.by_type.items():
                    counts = pooled[coder].setdefault(type_, Counter())
                    counts["gold"] += f.gold
                    counts["type_matched"] += f.type_matched_required
                for type_, full in result.by_type.items():
                    pooled[coder][type_]["full_matched"] += full.matched_required
    for coder, by_type in pooled.items():
        if not by_type:
            continue
        cells = [
            f"{t[:4]} {c['type_matched'] / c['gold']:.2f}/{c['full_matched'] / c['gold']:.2f}"
            for t, c in sorted(by_type.items())
            if c["gold"]
        ]
        print(f"{coder}: pooled sealed+test recall per type (type-only/full): " + ", ".join(cells))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
