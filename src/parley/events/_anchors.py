"""Where a date or place phrase attaches: to the event's own verb or clause, to the sentence's main
clause, or to a noun far below it ("the March 4 attack", "a journalist held in Caracas")."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words
from ..parse import SUBJECT_DEPS, VERB_POS
from ._parse import verb_above
from ._words import EventWords

__all__ = [
    "close_to",
    "in_earlier_conjunct",
    "in_subject",
    "is_adverbial_date",
    "is_attached_date",
    "is_date",
    "is_limit_date",
    "locative_prep_of",
    "near_main_verb",
    "venue_prep_of",
]


def is_attached_date(root: Any, anchors: set[int]) -> bool:
    """A date that modifies the event itself: "on Monday", "Tuesday", "last year", not "the March 4 attack"."""
    if root.head.i in anchors and root.dep_ in {"npadvmod", "tmod", "obl", "advmod", "dobj", "nsubj"}:
        return True
    prep = root.head
    return bool(root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in anchors)


def is_limit_date(ent: Any) -> bool:
    """A time phrase that bounds an act rather than dates it: it hangs from, or follows, a word of
    resolve_words role ``date_limit`` ("extended the curfew until June", "leave by Friday", "since 2019")."""
    limits = resolve_words("date_limit")
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in limits:
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.dep_ == "prep" and before.lower_ in limits


def is_adverbial_date(root: Any, clause_tokens: set[int], words: EventWords) -> bool:
    """A time phrase somewhere in the event's own clause ("telephoned his counterpart, X, on Saturday")."""
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head  # "on Saturday morning"
    prep = root.head
    return bool(
        root.i in clause_tokens
        and root.dep_ == "pobj"
        and prep.lower_ in words.date_prep
        and prep.head.dep_ not in {"compound", "amod"}
    )


def close_to(prep: Any, anchors: set[int]) -> bool:
    """A place phrase of the event's own clause ("talked at the edge of a forum in Lisbon"), not of a
    noun far below it ("a row over the detention of a journalist in Caracas")."""
    verb = verb_above(prep)
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i not in anchors:
        verb = verb_above(verb, max_nouns=1)  # "stopped barges carrying grain at the reef"
    return verb is not None and verb.i in anchors


def near_main_verb(prep: Any) -> bool:
    """A place phrase of the sentence's main clause ("In Beijing, a spokeswoman said", "Speaking in
    Nairobi, the commissioner praised"), not of a clause deeper down ("a journalist held in Caracas")."""
    verb = verb_above(prep)
    if verb is None:
        return False
    return bool(verb.dep_ == "ROOT" or (verb.dep_ == "advcl" and verb.head.dep_ == "ROOT"))


def locative_prep_of(root: Any, words: EventWords) -> Any:
    """The locative preposition of "in Moscow", "at the border town of Narva", else None."""
    if root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ in words.locative_prep:
        return prep
    holder = prep.head
    if prep.lower_ == "of" and holder.dep_ == "pobj" and holder.head.lower_ in words.area_prep:
        return holder.head  # "at the border town of Narva", "on the edge of Tbilisi"
    return None


def venue_prep_of(tok: Any, words: EventWords) -> Any:
    """The locative preposition of the place phrase a token names, as its object or as the region
    written after it ("talks in Geneva, Switzerland"): a country that only says where a venue lies is
    no party to what happened there."""
    while tok.dep_ == "appos" and tok.head.i != tok.i:
        tok = tok.head
    return locative_prep_of(tok, words)


def is_date(ent: Any) -> bool:
    """DATE entities, and bare years the model calls numbers ("in 2019")."""
    if ent.label_ == "DATE":
        return True
    return bool(ent.label_ == "CARDINAL" and len(ent.text) == 4 and ent.text[:2] in {"19", "20"} and ent.text.isdigit())


def in_subject(prep: Any) -> bool:
    """The place phrase qualifies the subject of its clause ("Indigenous leaders in Darien protested in
    Yaviza"): it says where the doers live or serve, not where the act took place. Training gold: of 77
    events whose actor is "<group> in <town>", 21 are placed at that town and 11 at another place the
    sentence names; putting the act's own place first moves 3 events of 103 probed documents, all to the
    gold's place."""
    tok = prep.head
    while tok.head.i != tok.i and tok.pos_ not in VERB_POS:
        if tok.dep_ in SUBJECT_DEPS and tok.head.pos_ in VERB_POS:
            return True
        tok = tok.head
    return False


def in_earlier_conjunct(prep: Any, token: Any) -> bool:
    """The place phrase sits in an earlier clause than the trigger's, one joined to it by "and" where the
    trigger's clause has a subject of its own: "police in Karachi detained six fishermen, and the navy says
    its cutters will patrol the bay", "jets hit the depot in Velka, and that night rebel gunners
    shelled the port". What one doer did there does not place what another did; a phrase that opens the
    sentence still frames every clause ("In Karachi, police detained ..., and the navy said ...")."""
    conj = _own_subject_conjunct(token)
    if conj is None or prep.i >= conj.left_edge.i:
        return False
    first = conj.head
    subjects = [c.left_edge.i for c in children_of(first) if c.dep_ in SUBJECT_DEPS]
    return not (prep.head.i == first.i and subjects and prep.i < min(subjects))


def _own_subject_conjunct(token: Any) -> Any | None:
    """The verb joined by "and" with a subject of its own that holds the trigger (itself or above it)."""
    tok = token
    for _ in range(6):
        if tok.dep_ == "conj" and tok.pos_ in VERB_POS and any(c.dep_ in SUBJECT_DEPS for c in children_of(tok)):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None
