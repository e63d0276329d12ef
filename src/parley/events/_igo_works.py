"""International bodies behind their nouns: news names a body once ("the ECOWAS summit", "the OSCE
mission", "a UN Security Council resolution") and then speaks of it through what it made or whom it
sent ("the final communique called on ...", "denied firing at the monitors", "rejects the
resolution"). Such a noun with nothing of its own saying whose it is stands for the international
body the story named last, if it named one a few sentences before; the text of a meeting ("the final
communique") may reach further back, to the body the story named at its summit; otherwise it stays
unread."""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Any

from .._columns import children_of
from ..document import ActorMention
from ._words import has_determiner

__all__ = ["IGO_WINDOW", "is_igo_work", "sentences_between", "summit_body"]

#: Sentences back (besides the noun's own) where the body may be named: further back, the story has
#: usually moved on to other parties ("the resolution" of a national parliament, "the monitors" of a
#: state's own election board).
IGO_WINDOW = 3
#: How words that say whose a noun is hang from it ("Russian monitors", "the army's observers").
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def is_igo_work(
    head: Any, works: frozenset[str], agents: frozenset[str], determiners: frozenset[str], named: Container[int]
) -> bool:
    """A noun of what an international body makes ("the communique", "the resolution": with "the") or of
    those it sends ("the monitors", "peacekeepers"), with no name of its own beside it ("Russian
    peacekeepers" are Russia's); ``named``: the tokens inside actor mentions."""
    lemma = head.lemma_.lower()
    if head.i in named or (lemma not in works and lemma not in agents):
        return False
    if any(c.dep_ in _OWNER_DEPS and (c.i in named or c.pos_ == "PROPN") for c in children_of(head)):
        return False
    return has_determiner(head, determiners) or (lemma in agents and head.tag_ == "NNS")


def sentences_between(sent_start: list[int], first: int, last: int) -> int:
    """How many sentence breaks lie between token ``first`` and token ``last``."""
    return len({sent_start[i] for i in range(first, last + 1)}) - 1


def summit_body(
    mentions: Sequence[ActorMention],
    before: int,
    tokens: Any,
    sent_start: list[int],
    meeting_nouns: frozenset[str],
    codes: Container[str],
) -> ActorMention | None:
    """The latest international body (by name or description, its code in ``codes``) named before token
    ``before`` in a sentence that also names a meeting ("Leaders of the ASEAN member states are arriving
    for the special summit"): a live blog's "final communique" hours later is that summit's, even when
    no sentence near it names the body."""
    bodies = [
        m
        for m in mentions
        if m.token_end <= before
        and m.kind in {"igo", "description"}
        and m.entity.code in codes
        and _names_meeting(tokens, sent_start, m.token_start, meeting_nouns)
    ]
    return max(bodies, key=lambda m: m.token_start, default=None)


def _names_meeting(tokens: Any, sent_start: list[int], at: int, meeting_nouns: frozenset[str]) -> bool:
    """Whether the sentence of token ``at`` has a noun of a meeting (``meeting_nouns``, by lemma)."""
    start = sent_start[at]
    i = start
    while i < len(sent_start) and sent_start[i] == start:
        if tokens[i].lemma_.lower() in meeting_nouns:
            return True
        i += 1
    return False
