"""Wrong recipients among matched events, grouped by cause: read from an ``actor_dev.py --errors`` or a
``role_errors.py --out`` file.

Each row of the errors file is a matched event (type agreed with gold) whose actor or recipient codes
differ from gold. Rows whose recipient codes agree with gold (actor errors only) are skipped; the rest
are put in one cause each, tried in order: both parties of a joint act coded as actors by gold; no
recipient predicted; a recipient predicted where gold has none; actor and recipient swapped; the
actor's own state given as recipient; gold's actor given as recipient; an international body or
armed group where gold has a state (or the reverse); one of several right; another state. Each cause
but the first three is split by whether the predicted recipient was named in the sentence or guessed
from the story (its words are empty); rows without the recipients' words (older ``role_errors.py``
files) are "unknown" there.

    PYTHONPATH=src python tools/recipient_causes.py ERRORS.jsonl [--examples CAUSE] [--limit 40]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

#: Codes of international bodies, armed groups of no state and other non-state agents.
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "MNC", "IMG"})


def cause_of(row: dict[str, Any]) -> str | None:
    """The cause of a row's recipient error, or None when its recipient codes agree with gold."""
    gold_actors, gold_recipients = (set(codes) for codes in row["gold"])
    actors, recipients = (set(codes) for codes in row["pred"])
    if gold_recipients == recipients:
        return None
    words = row.get("recipient_words")
    source = "unknown" if words is None else "named" if any(words) else "guessed"
    if len(gold_actors) > 1 and not gold_recipients:
        return "joint act: gold has both sides as actors, no recipient"
    if not recipients:
        return "no recipient predicted"
    if not gold_recipients:
        return f"recipient predicted, gold none ({source})"
    if recipients == gold_actors and actors == gold_recipients:
        return "actor and recipient swapped"
    if recipients & actors and not recipients & gold_recipients:
        return f"own state as recipient ({source})"
    if recipients & gold_actors and not recipients & gold_recipients:
        return f"gold actor as recipient ({source})"
    if recipients & gold_recipients:
        return f"one of several right ({source})"
    if (recipients | gold_recipients) & NON_STATE:
        return f"non-state body vs state ({source})"
    return f"another state ({source})"


def keeps(row: dict[str, Any], *, same_sentence: bool) -> bool:
    """Whether a row is counted: with ``same_sentence``, a role_errors.py row that paired the prediction
    with a gold act told in another sentence (two acts of one type, no wrong side of one) is left out;
    rows that do not say (actor_dev.py's, older files) are kept."""
    return not (same_sentence and row.get("same_sentence") is False)


def describe(row: dict[str, Any]) -> str:
    """A row as printed by --examples: actor_dev.py rows name the gold trigger, role_errors.py rows the
    gold evidence."""
    said = row.get("trigger") or row.get("evidence") or ""
    return f"{row['type']} gold {row['gold']} pred {row['pred']} [{said}]\n  {row['text']}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("errors", type=Path, help="an actor_dev.py --errors or a role_errors.py --out file")
    parser.add_argument("--examples", help="print the rows of this cause")
    parser.add_argument("--limit", type=int, default=40, help="rows printed with --examples")
    parser.add_argument(
        "--same-sentence",
        action="store_true",
        help="only rows whose gold evidence stands in the prediction's sentence (role_errors.py files)",
    )
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    rows_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with args.errors.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if not keeps(row, same_sentence=args.same_sentence):
                continue
            cause = cause_of(row)
            if cause is not None:
                counts[cause] += 1
                rows_of[cause].append(row)
    for cause, count in counts.most_common():
        print(f"{count:5d}  {cause}")
    print(f"{sum(counts.values()):5d}  recipient errors")
    for row in rows_of.get(args.examples or "", [])[: args.limit]:
        print(f"\n{describe(row)}")


if __name__ == "__main__":
    main()
