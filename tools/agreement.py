"""Inter-annotator agreement of two gold annotations of the same articles, in one table.

    python tools/agreement.py GOLD_A GOLD_B [--coders rules,learned] [--json out.json]

Each annotator's events are turned into predictions (type, actor and recipient codes of the main
reading, the sentence that quotes the evidence, the date with the precision its length gives, the
place) and scored with parley's own scorer against the other annotator's gold: B against A, A
against B, first with every event of the predicting side (optional ones count towards precision),
then with its required events only. Only the articles both folders have (same gold ``id``) are
scored. ``--coders`` also runs parley's coders on those articles and scores them against each gold,
so the coders can be read against the annotators' agreement, the ceiling on these articles.
Columns: full-match P/R/F1, type-only P/R, actor and recipient accuracy of type-matched events, date
and place accuracy of matched events, the number of predictions and of required gold events.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from parley.errors import EvaluationError
from parley.evaluate import AgreementRow, agreement
from parley.settings import CODERS


def table(rows: list[AgreementRow]) -> list[str]:
    """The terminal table of the rows."""
    width = max(len(r.name) for r in rows)
    heads = ("P", "R", "F1", "typeP", "typeR", "actor", "recip", "date", "place", "pred", "gold")
    lines = [f"{'who':{width}} " + " ".join(f"{h:>6}" for h in heads)]
    for row in rows:
        o, b = row.result.overall, row.result.breakdown
        assert b is not None
        cells = [o.precision, o.recall, o.f1, b.overall.type_precision, b.overall.type_recall]
        cells += [b.overall.actor_accuracy, b.overall.recipient_accuracy, o.date_accuracy, o.place_accuracy]
        lines.append(f"{row.name:{width}} " + " ".join(f"{c:6.3f}" for c in cells) + f" {o.predicted:6d} {o.gold:6d}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_a", type=Path, help="annotator A's gold folder (the reference)")
    parser.add_argument("gold_b", type=Path, help="annotator B's gold folder")
    parser.add_argument("--coders", default="", help="comma-separated coders to score too (rules,learned)")
    parser.add_argument("--json", type=Path, help="write every row's figures here")
    args = parser.parse_args()
    coders = tuple(c for c in args.coders.split(",") if c)
    unknown = [c for c in coders if c not in CODERS]
    if unknown:
        parser.error(f"unknown coder(s) {', '.join(unknown)}; choose from {', '.join(CODERS)}")
    try:
        rows = agreement(args.gold_a, args.gold_b, coders)
    except EvaluationError as exc:
        print(f"agreement: {exc} [{exc.code}]", file=sys.stderr)
        return 2
    print("\n".join(table(rows)))
    if args.json:
        out = {row.name: row.result.as_dict() for row in rows}
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
