"""The state that issued an article itself: a ministry's press release, a government's statement.

A state body writing its own release calls itself by a bare, capitalised body noun with no state
named ("The Ministry of Foreign Affairs has learnt of claims ...", "The Government calls on ...") and
signs it the same way ("Ministry of Foreign Affairs, Muscat"; "Issued by: Ministry of Justice,
Pretoria"). Wire copy that quotes a ministry names its state ("Kenya's foreign ministry said") or
files from another country than the outlet's. The issuer is the outlet's own country
(``source_country``): an article is the outlet's word, and a release's outlet is the state body
that wrote it.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import ActorMention
from ..parse import FINITE_TAGS, SUBJECT_DEPS
from ._words import EventWords, has_definite_determiner

#: Sentences at the top that may hold the release's opening (past a title line) and at the bottom
#: that may hold its signature block.
_OPENING = 3
_CLOSING = 2


def issuing_state(
    sdoc: Any, source_country: str | None, mention_at: dict[int, ActorMention], words: EventWords
) -> str | None:
    """The outlet's country when the article reads as its own state body's release: its opening
    sentence's subject or its signature line is a bare state body that names no other state."""
    if source_country is None:
        return None
    sents = list(sdoc.sents)
    opening = any(_opens_with_own_body(s, source_country, mention_at, words) for s in sents[:_OPENING])
    # a letterhead in capitals above the release ("MINISTRY OF FOREIGN AFFAIRS / INFORMATION DEPARTMENT") heads it
    # as a signature line closes it
    opening = opening or (bool(sents) and _signed_by_own_body(sents[0], source_country, mention_at, words))
    if opening or any(_signed_by_own_body(s, source_country, mention_at, words) for s in sents[-_CLOSING:]):
        return source_country
    return None


def is_self_named_body(head: Any, words: EventWords) -> bool:
    """ "The Ministry", "The Federal Government": a capitalised body noun after "the", the way a
    state body names itself in its own release (wire copy's "the ministry" is a ministry named before)."""
    if head.lemma_.lower() not in words.issuer_body or not head.is_title:
        return False
    return has_definite_determiner(head, words)


def _opens_with_own_body(sent: Any, own: str, mention_at: dict[int, ActorMention], words: EventWords) -> bool:
    """The sentence's subject is a self-named body of no state but the outlet's."""
    subjects = [t for t in children_of(sent.root) if t.dep_ in SUBJECT_DEPS]
    return any(is_self_named_body(s, words) and _names_only(s, own, mention_at) for s in subjects)


def _signed_by_own_body(sent: Any, own: str, mention_at: dict[int, ActorMention], words: EventWords) -> bool:
    """A verbless closing line ("Ministry of Foreign Affairs, Muscat") naming a capitalised body
    noun of no state but the outlet's."""
    if any(t.tag_ in FINITE_TAGS for t in sent[1:]):  # "Issued by: ...": a signature's first word may be one
        return False
    bodies = [t for t in sent if t.lemma_.lower() in words.issuer_body and (t.is_title or t.is_upper)]
    return any(_names_only(b, own, mention_at) for b in bodies)


def _names_only(head: Any, own: str, mention_at: dict[int, ActorMention]) -> bool:
    """No actor mention in the body's phrase names another state than ``own`` ("Ministry of Foreign
    Affairs of Denmark" in Denmark's release is its own)."""
    codes = {m.entity.code for i in range(head.left_edge.i, head.right_edge.i + 1) if (m := mention_at.get(i))}
    return codes <= {own}
