"""Where a develop-on set's missed gold events were lost: at which stage of the coder the event of
the gold's type disappeared from its sentence.

The set is scored once with recorders in place. Each gold miss is put under the first stage that
holds, read in the gold event's sentence and for its type:

  roles       a prediction of its type stands there: the type was found, a side was read wrong
  lost-later  a candidate of its type was built there but no event kept (joined into another event
              of the sentence, de-duplicated in the article, or a headline)
  vetoed      learned coder: the rules built a candidate of its type and the model's reading left none
  <check>     a lexicon row of its type was turned down by this check of the shared chain
  <cue>       rules coder: a row of its type was turned down as negated, hypothetical or advised
  no-actor    a row of its type matched and nothing turned it down, yet no candidate came of it
              (nobody resolved as acting, an act still to come, an act of nature; with the learned
              coder, also a row the rules' reading turned down by a modality cue, not recorded apart)
  no-row      no word of the sentence was read as its type (the lexicon or the model lacks it)

Stop 59 used it to look for drop causes shared by the two validation sets. Never on a report-only set.

    PYTHONPATH=src:tools python tools/miss_stages.py GOLD_DIR [--coder rules|learned] [--list]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import modality_drops
from _report_only import develop_on_args, develop_on_parser, is_report_only
from check_drops import record_drops

import parley.events as events_module
import parley.events._candidates as candidates_module
from parley.evaluate import evaluate
from parley.settings import Settings

#: What the recorders saw, each row with its type and sentence: candidates kept by the coder's reading
#: ("kept"), rules candidates ("ruled"), rows that made no candidate ("unmade").
_SEEN: dict[str, list[dict[str, str]]] = {"kept": [], "ruled": [], "unmade": []}


def fold(text: str) -> str:
    """Whitespace folded to single spaces, for finding a gold phrase in a parsed sentence."""
    return re.sub(r"\s+", " ", text).strip()


def _row(type_: str, token: Any) -> dict[str, str]:
    return {"type": type_, "sent": fold(token.sent.text), "lemma": token.lemma_}


def _recording_rules(find: Callable[..., Any]) -> Callable[..., Any]:
    """The rules' reading of a token, noting every candidate made and every lexicon row that made none."""

    def recording(token: Any, matcher: Any, roles: Any, *rest: Any) -> Any:
        cand = find(token, matcher, roles, *rest)
        if cand is not None:
            _SEEN["ruled"].append(_row(cand.type, token))
        else:
            trig = matcher.match(token)
            if trig is not None:
                _SEEN["unmade"].append(_row(trig.type, token))
        return cand

    return recording


def _record_kept() -> None:
    """Notes each candidate the coder's reading of a sentence yields (before joins and de-duplication)."""
    finder = events_module.EventFinder
    candidates = finder._candidates

    def recording(self: Any, sent: Any, *args: Any, **kwargs: Any) -> Iterator[tuple[Any, Any]]:
        for token, cand in candidates(self, sent, *args, **kwargs):
            if cand is not None:
                _SEEN["kept"].append(_row(cand.type, token))
            yield token, cand

    finder._candidates = recording  # type: ignore[method-assign]


def _here(rows: list[dict[str, Any]], type_: str, phrase: str) -> list[dict[str, Any]]:
    return [r for r in rows if r["type"] == type_ and phrase in fold(r["sent"])]


def _predicted_here(predicted: list[dict[str, Any]], type_: str, phrase: str, seen: dict[str, Any]) -> bool:
    """Whether a false positive of the type stands in the phrase's sentence. The scorer cuts a
    prediction's evidence at 200 characters, so a phrase late in a long sentence is not in it: the
    cut evidence is then looked up in the recorders' whole sentences that hold the phrase."""
    if _here(predicted, type_, phrase):
        return True
    whole = {fold(r["sent"]) for rows in seen.values() for r in rows if phrase in fold(r["sent"])}
    cut = [fold(p["sent"]) for p in predicted if p["type"] == type_]
    return any(c and c in sent for c in cut for sent in whole)


def stage(miss: dict[str, Any], predicted: list[dict[str, Any]], seen: dict[str, list[dict[str, Any]]]) -> str:
    """The stage a missed gold event was lost at (see the module's docstring). ``predicted``: the false
    positives of its document; ``seen``: the recorders' rows, plus "drops" (each with a "why")."""
    type_, phrase = miss["type"], fold(miss["evidence"])[:60]
    if _predicted_here(predicted, type_, phrase, seen):
        return "roles"
    if _here(seen["kept"], type_, phrase):
        return "lost-later"
    if _here(seen["ruled"], type_, phrase):
        return "vetoed"
    drops = _here(seen["drops"], type_, phrase)
    if drops:
        return ",".join(sorted({d["why"] for d in drops}))
    return "no-actor" if _here(seen["unmade"], type_, phrase) else "no-row"


def staged_misses(gold: Path, coder: str) -> list[tuple[str, dict[str, Any]]]:
    """(stage, miss) of each gold miss of the set, the set coded once by ``coder``."""
    if is_report_only(gold):
        raise ValueError(f"{gold}: a report-only set is never read")
    checks = record_drops()
    if coder == "rules":  # the learned coder reads modality through its model
        for name in modality_drops.CUES:
            setattr(candidates_module, name, modality_drops._recording_cue(name, getattr(candidates_module, name)))
        events_module.find_candidate = modality_drops._recording_find(events_module.find_candidate)
    events_module.find_candidate = _recording_rules(events_module.find_candidate)
    _record_kept()
    result = evaluate(gold, Settings().with_(coder=coder), None)
    drops = [{**d, "why": d["check"]} for rows in checks.values() for d in rows]
    drops += [{**d, "why": d["cue"]} for rows in modality_drops._DROPS.values() for d in rows]
    seen: dict[str, list[dict[str, Any]]] = {**_SEEN, "drops": drops}
    fps = [{**fp, "sent": fp["evidence"]} for fp in result.false_positives]
    return [(stage(m, [f for f in fps if f["doc_id"] == m["doc_id"]], seen), m) for m in result.misses]


def main(argv: Sequence[str] | None = None) -> None:
    ap = develop_on_parser(__doc__.split("\n")[0], "rules")
    ap.add_argument("--list", action="store_true", help="one line per miss, not only the counts")
    args = develop_on_args(ap, argv)
    staged = staged_misses(args.gold, args.coder)
    if args.list:
        for name, miss in staged:
            print(f"{name:24s} {miss['type']:10s} | {fold(miss['evidence'])[:140]}")
    for name, n in Counter(name for name, _ in staged).most_common():
        print(f"{n:5d}  {name}")


if __name__ == "__main__":
    main()
