"""A "when" clause dated by the time phrase it follows; an "after" clause or an object relative clause
dated by its head.

"Skirmishes on the river border happened also in March 2019, when patrol boats exchanged fire near
Karsa, and in June 2022" (an invented example): a clause opened by "when" right after a time phrase
and its comma tells what happened at that time. The parser hangs such a clause off the verb rather
than the phrase's noun, or off the noun of a clause with a second phrase, so the date reader took the
other phrase or none at all.
Training gold: of the 11 acts coded inside such clauses (10 sentences), 9 are dated by the phrase
before the comma and 2 are left undated; an act with a time phrase of its own keeps it (read first).
"""

from __future__ import annotations

from typing import Any

from ..knowledge import resolve_words as words
from ..parse._tree import VERBS
from ._parse import clause_head, relative_subject

__all__ = ["cause_clause_head", "relative_clause_phrase", "relative_clause_upper", "when_clause_phrase"]


def when_clause_phrase(head: Any, phrases: list[Any]) -> Any | None:
    """The time phrase that ends right before ``head``'s clause when the clause opens with ", when"."""
    opener = next((c for c in head.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if opener is None or opener.i != head.left_edge.i or opener.i < 2:
        return None
    doc = head.doc
    if doc[opener.i - 1].text != ",":
        return None
    return next((ent for ent in phrases if ent.end == opener.i - 1), None)


def cause_clause_head(head: Any) -> Any | None:
    """The verb an "after" clause hangs from ("Quito broke off the talks in February after jets bombed an
    outpost": "broke"), whose time dates the clause's act when it has none of its own
    (resolve_words kind ``cause_dated``); None for any other clause."""
    if head.dep_ != "advcl" or head.head.i == head.i:
        return None
    mark = next((c.lower_ for c in head.children if c.dep_ == "mark"), "")
    return head.head if mark in words("cause_dated") else None


def relative_clause_upper(head: Any) -> Any | None:
    """The verb of the clause that holds the noun an object or "where" relative clause describes
    ("Lagos shut the crossing in May, a move which Accra called reckless": "shut"), whose month or year
    dates the clause's act when it has no time of its own; None for any other clause. A relative
    clause whose subject is its pronoun is already read with its upper clause (``_parse._link``).
    Training gold: of the acts coded in such clauses with no phrase of their own under an upper clause
    dated to a month or a year, 3 take the upper clause's phrase and 1 is left undated ("a meeting last
    month, at which they agreed": undated); the 3 such acts under a day are left undated, which is why
    only a month or a year is taken (a day named above is often not the day of the reaction)."""
    if head.dep_ != "relcl" or head.head.i == head.i or _about_the_noun(head):
        return None
    upper = clause_head(head.head)  # the noun's own verb; a noun the parser took for a verb is its own
    return upper if upper.pos_ in VERBS else None


def relative_clause_phrase(head: Any, phrases: list[Any]) -> Any | None:
    """The time phrase whose noun an object or "where" relative clause hangs from ("talks broke down on
    3 May, which both sides regretted"; "the envoys met in Lima in June, where they signed a pact"): the
    parser ties the clause to the date, and the act it tells is of that date. Training gold: of the acts
    coded in such clauses under a date (not a length of time), 2 of 2 take the date's phrase."""
    if head.dep_ != "relcl" or _about_the_noun(head):
        return None
    return next((ent for ent in phrases if ent.start <= head.head.i < ent.end), None)


def _about_the_noun(head: Any) -> bool:
    """The relative pronoun is the clause's subject: "who said" (read with the upper clause by
    ``_parse._link``), or a passive one, "which was lifted": a later turn of the thing the noun names,
    not a response at its time."""
    return relative_subject(head) or any(
        c.dep_ == "nsubjpass" and c.lower_ in {"who", "which", "that"} for c in head.children
    )
