"""The rule coder's verdict at a candidate word, read once per candidate: the learned coder's
features use it, and the events stage reuses it instead of asking the rules again. It is the rules'
reading, so it lives with the rules (the coder package builds on it, never the reverse)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from ._modality import is_advice, is_future, is_hypothetical, is_negated

if TYPE_CHECKING:
    from ._lexicon import Trigger

__all__ = ["RuleVerdict", "rule_features", "rule_verdict", "untriggered_verdict"]


@dataclass(frozen=True)
class RuleVerdict:
    """What the rule coder reads at a token: the lexicon row whose condition holds (None: not a
    trigger) and its modality cues. Computed once per candidate: the features use it, and the
    events stage reuses it instead of asking the rules again."""

    trigger: Trigger | None
    negated: bool
    hypothetical: bool
    advice: bool
    future: bool  # only read when ``trigger`` is not None

    def features(self) -> list[str]:
        out = []
        trig = self.trigger
        if trig is not None:
            out.append(f"rule={trig.type}")
            out.append(f"rule_mode={trig.type}|{trig.mode}")
            if self.future:
                out.append("rule_future")
        if self.negated:
            out.append("rule_negated")
        if self.hypothetical:
            out.append("rule_hypothetical")
        if self.advice:
            out.append("rule_advice")
        return out


@cache
def untriggered_verdict(negated: bool, hypothetical: bool, advice: bool) -> RuleVerdict:
    """The verdict on a word no lexicon row holds at, made once per combination of cues."""
    return RuleVerdict(trigger=None, negated=negated, hypothetical=hypothetical, advice=advice, future=False)


def rule_verdict(token: Any, matcher: Any) -> RuleVerdict:
    """What the rule coder thinks of the token: the lexicon row whose condition holds, and the
    rules' negation, condition, advice and future cues (the model learns when to trust them)."""
    words = matcher.words
    trig = matcher.match(token)
    return RuleVerdict(
        trigger=trig,
        negated=is_negated(token, words),
        hypothetical=is_hypothetical(token, words),
        advice=is_advice(token, words),
        future=trig is not None and is_future(token, trig, words),
    )


def rule_features(token: Any, matcher: Any) -> list[str]:
    """The rules' verdict on the token as features (see :func:`rule_verdict`)."""
    return rule_verdict(token, matcher).features()
