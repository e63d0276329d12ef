"""What the learned coder's model said in the sentence of each missed gold event that no word was read
as (tools/miss_stages.py stage ``no-row``): the highest probability any candidate word of the sentence
got for the gold event's type, and the word and type the model liked best there.

Each such miss is put under one of:

  no-candidate  no word of the sentence was a candidate of the model
  near          some candidate got the gold type at probability .3 or more (a bar or NONE beat it)
  weak          the best probability of the gold type was .1 to .3
  no            under .1: the model does not know the wording (a lexicon or training gap)

Stop 66 used it to split the "no-row" misses of the two validation sets (two thirds were "no").
Never on a report-only set.

    PYTHONPATH=src:tools python tools/miss_scores.py GOLD_DIR [--list]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from _report_only import develop_on_args, develop_on_parser
from miss_stages import fold, staged_misses

from parley.coder._model import LABELS
from parley.coder._runtime import LearnedCoder

#: Each candidate the model scored: its sentence (folded), its word and its type probabilities.
_SCORED: list[tuple[str, str, list[float]]] = []
#: Bounds of the groups, by the gold type's best probability.
NEAR, WEAK = 0.3, 0.1


def _record_scores() -> None:
    """Notes every candidate's type probabilities as the coder reads a document."""
    predictions = LearnedCoder._predictions

    def recording(self: LearnedCoder, described: Any, p_type: Any, *args: Any, **kwargs: Any) -> Any:
        sdoc = args[2] if len(args) > 2 else kwargs["sdoc"]
        for cand, row in zip(described, p_type.tolist(), strict=True):
            token = sdoc[cand.token.i]
            _SCORED.append((fold(token.sent.text), token.text, row))
        return predictions(self, described, p_type, *args, **kwargs)

    LearnedCoder._predictions = recording  # type: ignore[method-assign]


def reading(type_: str, phrase: str) -> tuple[str, float, str, str]:
    """(group, best probability of ``type_``, the word that got it, the model's best type at that word)
    over the candidates of the sentences holding ``phrase``."""
    rows = [(word, probs) for sent, word, probs in _SCORED if phrase in sent]
    if not rows:
        return "no-candidate", 0.0, "", ""
    column = LABELS.index(type_)
    word, probs = max(rows, key=lambda r: r[1][column])
    best = LABELS[max(range(len(probs)), key=probs.__getitem__)]
    p = probs[column]
    group = "near" if p >= NEAR else "weak" if p >= WEAK else "no"
    return group, p, word, best


def main(argv: Sequence[str] | None = None) -> None:
    ap = develop_on_parser(__doc__.split("\n")[0], None)  # the learned coder's model only: no --coder
    ap.add_argument("--list", action="store_true", help="one line per miss, not only the counts")
    args = develop_on_args(ap, argv)
    _record_scores()
    staged = [m for name, m in staged_misses(args.gold, "learned") if name == "no-row"]
    counts: Counter[str] = Counter()
    for miss in staged:
        group, p, word, best = reading(miss["type"], fold(miss["evidence"])[:60])
        counts[group] += 1
        if args.list:
            print(f"{group:12s} {miss['type']:10s} {p:.2f} {word:14s} {best:10s} | {fold(miss['evidence'])[:110]}")
    for group, n in counts.most_common():
        print(f"{n:5d}  {group}")


if __name__ == "__main__":
    main()
