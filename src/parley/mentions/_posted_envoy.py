"""Whose envoy a name is when its title names no state ("Ambassador X was called home", "its envoy,
X, left on Friday"): not the state the story is set in, where the envoy is posted, but the other state
the text has just named (before the name in its sentence, else in the sentence before).

Why: a bare envoy title otherwise falls to the story's own country, as any untold title does; but an
envoy in a story is as a rule a foreign one posted there, and the text names the sending state right
before ("Hanoi answered the same day. Ambassador X was called home ..."). The training corpus has two bare
envoy titles: a description ("The ambassador returned to ...") coded as the sending state, not the host,
and a recall told from the home capital named in the same sentence, which stays the home's."""

from __future__ import annotations

from typing import Any

from ..knowledge import NON_STATE_CODES, resolve_words
from ._envoy_owner import is_envoy_word

__all__ = ["posted_envoy_state"]

#: Kinds of knowledge entries that name a state ("Vietnam", "Vietnamese", "Hanoi").
_STATE_KINDS = {"name", "alias", "demonym", "capital"}


def posted_envoy_state(ent: Any, title: Any, entry_at: dict[int, Any], home: str | None) -> str | None:
    """The state an envoy named ``ent`` with the bare title ``title`` serves: the state its sentence names
    last before the name, else the last state other than ``home`` the sentence before names; None when
    that is ``home`` itself, when the title is no envoy's or names the post ("Ambassador to Ghana X": left
    to the other readings), or when no such state is named."""
    if home is None or not _envoy_title(title):
        return None
    hosts = resolve_words("host_prep")
    if any(t.lower_ in hosts and t.dep_ == "prep" for t in title):
        return None
    sent = ent.sent
    # "From the ministry in <home's capital>: Ambassador X has been called home": a state the sentence
    # itself names before the envoy says whose he is, the story's own included
    own = _states_before(ent.start, sent.start, entry_at)
    if own:
        return None if own[0] == home else own[0]
    if sent.start == 0:
        return None
    earlier = _states_before(sent.start, ent.doc[sent.start - 1].sent.start, entry_at)
    return next((code for code in earlier if code != home), None)


def _states_before(end: int, start: int, entry_at: dict[int, Any]) -> list[str]:
    """The codes of the states named between token ``start`` and token ``end``, nearest first."""
    codes = []
    for i in range(end - 1, start - 1, -1):
        entry = entry_at.get(i)
        if entry is not None and entry.kind in _STATE_KINDS and str(entry.code) not in NON_STATE_CODES:
            codes.append(str(entry.code))
    return codes


def _envoy_title(title: Any) -> bool:
    """Whether a title's words name an envoy ("Ambassador", "its envoy")."""
    return any(is_envoy_word(t) for t in title)
