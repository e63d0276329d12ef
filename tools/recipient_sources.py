"""Which step of ``fill_recipients`` guessed each recipient: read with an ``actor_dev.py --matches`` file.

The matched events whose recipients were guessed from the story (no words of their own) are picked, their
documents run again with the rules coder, and each step of ``parley.events._recipients.fill_recipients``
(the story context's and the role finder's methods, and the module's helpers) is watched: the outermost one
that returned someone last is the step that gave the recipient. Rows are counted by step and by whether gold
agrees (right), has another recipient (other) or none (none); "before" marks recipients given before the
fill (by a later step or an earlier reading). With ``--own`` only guesses of the actor's own state are kept.

With ``--gold DIR`` the rows are a ``role_errors.py --out`` file of that develop-on gold set (its wrong
sides only: a "right" row has the wrong actor) and its articles are run instead of the training
documents: the step behind each wrong guessed recipient of a validation set. Rows whose gold evidence stands in another
sentence (``same_sentence`` false) are left out: they pair two different acts, not a wrong guess.

    PYTHONPATH=src python tools/recipient_sources.py MATCHES.jsonl [--own] [--type T] [--examples STEP]
    PYTHONPATH=src python tools/recipient_sources.py ERRORS.jsonl --gold evaluation/validation/gold
"""

from __future__ import annotations

import argparse
import functools
import json
import types
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _report_only import is_report_only
from _training_docs import training_docs

import parley.events._candidates as candidates_module
import parley.events._recipients as recipients_module
from parley.evaluate import gold_article, load_gold
from parley.events._context import DocumentContext
from parley.events._roles import RoleFinder
from parley.pipeline import Pipeline
from parley.settings import Settings

#: The helpers ``_recipients`` calls (its own or imported) that may give a recipient, beside the context's
#: and role finder's methods.
_HELPERS = (
    "contact_addressees",
    "part_targets",
    "hunted_doers",
    "labour_pressure_abroad",
    "judged_act_doers",
    "hosts_officials",
    "show_of_force_faced",
    "held_people_holders",
)


class _Watch:
    """The outermost watched call that returned someone last while a fill runs."""

    def __init__(self) -> None:
        self.depth = 0
        self.active = False
        self.last: str | None = None

    def wrap(self, owner: Any, name: str, label: str) -> None:
        func = getattr(owner, name)

        @functools.wraps(func)
        def watched(*args: Any, **kwargs: Any) -> Any:
            self.depth += 1
            try:
                out = func(*args, **kwargs)
            finally:
                self.depth -= 1
            if self.active and self.depth == 0 and out:
                self.last = label
            return out

        setattr(owner, name, watched)


def _watch_steps(watch: _Watch) -> None:
    # plain functions only: static methods called through an instance would get a wrong first argument
    for cls in DocumentContext.__mro__[:-1]:
        for name, value in list(vars(cls).items()):
            if isinstance(value, types.FunctionType) and not name.startswith("__"):
                watch.wrap(cls, name, f"ctx.{name}")
    for name in ("domestic_target", "grievance_target", "visited"):
        watch.wrap(RoleFinder, name, f"roles.{name}")
    for name in _HELPERS:
        watch.wrap(recipients_module, name, name)


def _traced_fill(watch: _Watch, found: dict[tuple[str, str], str]) -> Callable[[Any, Any], None]:
    fill = recipients_module.fill_recipients

    def traced(cand: Any, roles: Any) -> None:
        before = bool(cand.recipients)
        watch.active, watch.last, watch.depth = True, None, 0
        fill(cand, roles)
        watch.active = False
        if not before and cand.recipients:
            found.setdefault((cand.token.sent.text[:40], cand.type), watch.last or "?")

    return traced


def _picked(row: dict[str, Any], own: bool, type_: str | None) -> bool:
    if row.get("same_sentence") is False:
        return False  # a role_errors.py row pairing acts told in two sentences
    actors, recipients = (set(codes) for codes in row["pred"])
    if not recipients or any(row["recipient_words"]) or (type_ and row["type"] != type_):
        return False
    return not own or bool(recipients & actors)


def _verdict(row: dict[str, Any]) -> str:
    gold = set(row["gold"][1])
    return "right" if gold == set(row["pred"][1]) else "other" if gold else "none"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "matches", type=Path, help="an actor_dev.py --matches file, or with --gold a role_errors.py --out file (rules)"
    )
    parser.add_argument("--own", action="store_true", help="only guesses of the actor's own state")
    parser.add_argument("--type", help="only events of this type")
    parser.add_argument("--examples", help="print the rows given by this step")
    parser.add_argument("--batches", type=Path, default=Path("training/batches"))
    parser.add_argument("--gold", type=Path, help="run this gold set's articles (rows: a role_errors.py --out file)")
    args = parser.parse_args(argv)
    if args.gold is not None and is_report_only(args.gold):
        parser.error(f"--gold {args.gold}: a report-only set is never read")
    if args.gold is not None and not args.gold.is_dir():
        parser.error(f"--gold {args.gold}: not a folder of gold files")
    with args.matches.open(encoding="utf-8") as lines:
        rows = [row for row in map(json.loads, lines) if _picked(row, args.own, args.type)]
    watch = _Watch()
    found: dict[tuple[str, str], str] = {}
    _watch_steps(watch)
    candidates_module.fill_recipients = _traced_fill(watch, found)  # type: ignore[assignment]
    wanted = {row["doc"] for row in rows}
    if args.gold is not None:
        articles = [gold_article(g) for g in load_gold(args.gold) if g.id in wanted]
    else:
        articles = [d.article for d in training_docs(args.batches, 0) if d.name in wanted]
    for _ in Pipeline(Settings().with_(coder="rules")).process(articles):
        pass
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        row["step"] = found.get((row["text"][:40], row["type"]), "before")
        counts[(row["step"], _verdict(row))] += 1
    for step in sorted({s for s, _ in counts}):
        right, other, none = (counts[(step, v)] for v in ("right", "other", "none"))
        print(f"{step:36s} right {right:4d}  other {other:4d}  none {none:4d}")
        by_type = Counter((row["type"], _verdict(row)) for row in rows if row["step"] == step)
        for type_ in sorted({t for t, _ in by_type}):
            right, other, none = (by_type[(type_, v)] for v in ("right", "other", "none"))
            print(f"    {type_:32s} right {right:4d}  other {other:4d}  none {none:4d}")
    for row in rows:
        if row["step"] == args.examples:
            print(f"\n{_verdict(row)} {row['type']} gold {row['gold']} pred {row['pred']}\n  {row['text']}")


if __name__ == "__main__":
    main()
