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

from .._columns import children_of
from ..knowledge import resolve_words as words
from ..parse._tree import VERBS
from ._parse import clause_head, relative_subject

__all__ = ["cause_clause_head", "relative_clause_phrase", "relative_clause_upper", "when_clause_phrase"]

#: Penn tags of a present-tense verb or auxiliary ("opposes", "has condemned", "are weighing").
_PRESENT = frozenset({"VBZ", "VBP"})
#: How an adverb of time and an auxiliary hang from the clause's verb.
_ADVERB_DEPS = frozenset({"advmod", "npadvmod"})
_AUX_DEPS = frozenset({"aux", "auxpass"})


def when_clause_phrase(head: Any, phrases: list[Any]) -> Any | None:
    """The time phrase that ends right before ``head``'s clause when the clause opens with ", when"."""
    opener = next((c for c in children_of(head) if c.dep_ == "advmod" and c.lower_ == "when"), None)
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
    mark = next((c.lower_ for c in children_of(head) if c.dep_ == "mark"), "")
    return head.head if mark in words("cause_dated") else None


def relative_clause_upper(head: Any, phrases: list[Any]) -> Any | None:
    """The verb of the clause that holds the noun an object or "where" relative clause describes
    ("Lagos shut the crossing in May, a move which Accra called reckless": "shut"), whose month or year
    dates the clause's act when it has no time of its own; None for any other clause. A relative
    clause whose subject is its pronoun is already read with its upper clause (``_parse._link``).
    Training gold: of the acts coded in such clauses with no phrase of their own under an upper clause
    dated to a month or a year, 3 take the upper clause's phrase and 1 is left undated ("a meeting last
    month, at which they agreed": undated); the 3 such acts under a day are left undated, which is why
    only a month or a year is taken (a day named above is often not the day of the reaction). Nor is
    it taken when the clause shows a time of its own (``_may_inherit``) or the upper clause's phrase is
    the edge of a stretch ("since 2017", "until March"; resolve_words kind ``span_edge``)."""
    if head.dep_ != "relcl" or head.head.i == head.i or not _may_inherit(head, phrases):
        return None
    upper = clause_head(head.head)  # the noun's own verb; a noun the parser took for a verb is its own
    if upper.pos_ not in VERBS or _only_edges(upper, head, phrases):
        return None  # "kept the pass shut since 2017, a policy which ...": a stretch's edge is no time
    return upper


def relative_clause_phrase(head: Any, phrases: list[Any]) -> Any | None:
    """The time phrase whose noun an object or "where" relative clause hangs from ("talks broke down on
    3 May, which both sides regretted"; "the envoys met in Lima in June, where they signed a pact"): the
    parser ties the clause to the date, and the act it tells is of that date. Training gold: of the acts
    coded in such clauses under a date (not a length of time), 2 of 2 take the date's phrase. A length
    ("for two weeks", resolve_words kind ``length_unit``) or a stretch's edge ("until June") dates
    nothing, nor is a clause with a time of its own dated so (``_may_inherit``)."""
    if head.dep_ != "relcl" or not _may_inherit(head, phrases):
        return None
    dated = next((ent for ent in phrases if ent.start <= head.head.i < ent.end), None)
    if dated is None or _is_length(dated) or _is_edge(dated):
        return None  # "for two weeks, which ...", "until June, which ...": no time the act was at
    return dated


def _may_inherit(head: Any, phrases: list[Any]) -> bool:
    """The relative clause of ``head`` may take a time from above: its pronoun is not its subject
    (``_about_the_noun``) and it shows no time of its own (``_own_time``)."""
    return not _about_the_noun(head) and not _own_time(head, phrases)


def _about_the_noun(head: Any) -> bool:
    """The relative pronoun is the clause's subject: "who said" (read with the upper clause by
    ``_parse._link``), or a passive one, "which was lifted": a later turn of the thing the noun names,
    not a response at its time."""
    return relative_subject(head) or any(
        c.dep_ == "nsubjpass" and c.lower_ in words("relative_pronoun") for c in children_of(head)
    )


def _own_time(head: Any, phrases: list[Any]) -> bool:
    """The clause tells its act at a time of its own: a time phrase of its verb, even one that names no
    day ("where Accra this week protested"; not one of a clause below it: "agreed a plan to finish the
    road by 2030" keeps the upper time, as the training gold's one such act does), a time adverb
    (resolve_words kind ``own_time``: "still", "now", "has since"), or a present or present-perfect
    verb ("which Accra opposes", "which Accra has condemned"): the act is told as of the story's time,
    not of the time the clause above names. Training gold: the 2 acts in such present-tense clauses
    under a dated upper clause are left undated."""
    if any(_within(ent, head) and clause_head(ent.root) == head and not _points_back(ent) for ent in phrases):
        return True
    if any(c.dep_ in _ADVERB_DEPS and c.lower_ in words("own_time") for c in children_of(head)):
        return True
    return head.tag_ in _PRESENT or any(c.dep_ in _AUX_DEPS and c.tag_ in _PRESENT for c in children_of(head))


def _points_back(ent: Any) -> bool:
    """ "that week", "the same day" (kind ``that_day``): the phrase names the time the text last named,
    here the upper clause's, so it is no time of the relative clause's own."""
    said = " " + " ".join(t.lower_ for t in ent) + " "
    if any(f" {row} " in said for row in words("that_day")):
        return True
    return any(c.dep_ == "det" and c.lower_ == "that" for c in children_of(ent.root))


def _only_edges(upper: Any, head: Any, phrases: list[Any]) -> bool:
    """The time phrases of ``upper``'s clause, outside the relative clause of ``head``, are all edges
    of a stretch (``_is_edge``), so the clause names no time its act was at."""
    above = [ent for ent in phrases if _within(ent, upper) and not _within(ent, head)]
    return bool(above) and all(_is_edge(ent) for ent in above)


def _within(ent: Any, head: Any) -> bool:
    """The phrase lies inside the words that hang from ``head``."""
    return head.left_edge.i <= ent.start and ent.end - 1 <= head.right_edge.i


def _is_edge(ent: Any) -> bool:
    """ "since 2017", "until June", "till March": the phrase is the object of a preposition of kind
    ``span_edge``, the edge of a stretch, not a time an act was at."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.lower_ in words("span_edge")


def _is_length(ent: Any) -> bool:
    """ "two weeks", "six months": a counted unit of time (kind ``length_unit``), a length, not a date
    ("three months ago" hangs on "ago" and stays a date)."""
    root = ent.root
    return root.lemma_.lower() in words("length_unit") and any(c.dep_ == "nummod" for c in children_of(root))
