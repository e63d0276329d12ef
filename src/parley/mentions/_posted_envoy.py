"""Whose envoy a name is when its title names no state ("Ambassador X was called home", "its envoy,
X, left on Friday"): not the state the story is set in, where the envoy is posted, but the other state
the text has just named (the sentence itself or the one before).

Why: a bare envoy title otherwise falls to the story's own country, as any untold title does; but an
envoy in a story is as a rule a foreign one posted there, and the text names the sending state right
before ("Moscow's reply came quickly. Ambassador X was recalled ..."). The training gold codes its one
such bare envoy ("The ambassador returned to ...") as the sending state, not the host."""

from __future__ import annotations

from typing import Any

from ..knowledge import NON_STATE_CODES, resolve_words

__all__ = ["posted_envoy_state"]

#: Kinds of knowledge entries that name a state ("Russia", "Russian", "Moscow").
_STATE_KINDS = {"name", "alias", "demonym", "capital"}


def posted_envoy_state(ent: Any, title: Any, entry_at: dict[int, Any], home: str | None) -> str | None:
    """The state an envoy named ``ent`` with the bare title ``title`` serves: the last state other than
    ``home`` named before the name in its sentence or the one before; None when the title is no envoy's,
    names the post itself ("Ambassador to Ghana X": left to the other readings) or no such state is named."""
    if home is None or not _envoy_title(title):
        return None
    hosts = resolve_words("host_prep")
    if any(t.lower_ in hosts and t.dep_ == "prep" for t in title):
        return None
    sent = ent.sent
    start = sent.start if sent.start == 0 else ent.doc[sent.start - 1].sent.start
    for i in range(ent.start - 1, start - 1, -1):
        entry = entry_at.get(i)
        if entry is None or entry.kind not in _STATE_KINDS:
            continue
        code = str(entry.code)
        if code != home and code not in NON_STATE_CODES:
            return code
    return None


def _envoy_title(title: Any) -> bool:
    """Whether a title's words name an envoy ("Ambassador", "its envoy")."""
    envoys = resolve_words("envoy_title")
    return any(t.lower_ in envoys or t.lemma_.lower() in envoys for t in title)
