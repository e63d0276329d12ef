"""Subjects the small parser misplaces beside a date, a wire dateline or a live-blog clock time: a date
or a clock does not act, the name set beside it does.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import is_entry_clock

__all__ = ["name_for_date", "name_joined_to_date", "past_clock", "past_dateline", "subject_after_date"]

#: The dashes that close a wire dateline ("Niamey, 30 May 2005 - ...").
_DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})

#: How the parser hangs the real subject on a live-blog clock time it took for the subject.
_CLOCK_SUBJECT_DEPS = frozenset({"appos", "nsubj", "dep"})


def subject_after_date(verb: Any) -> Any | None:
    """A name right after an opening date with no comma: in "On Thursday Bishkek warned" the small
    parser reads "Bishkek" as the object of "On" and "Thursday" as its modifier. A date does not
    modify a name, so the name is the subject of the finite verb that has none."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    for prep in verb.lefts:
        if prep.dep_ != "prep":
            continue
        for name in children_of(prep):
            dated = any(c.dep_ == "compound" and c.ent_type_ in {"DATE", "TIME"} for c in children_of(name))
            if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.ent_type_ not in {"DATE", "TIME"} and dated:
                return name
    return None


def name_for_date(subject: Any) -> Any:
    """The name the small parser set beside a dateline's date: in "NAIROBI, Sept 22 - Kenya on Monday
    extradited" it reads the date "Sept" as the subject and "Kenya" as its apposition. A date does
    not act, so the name in apposition to it is the subject: the last one ("Nov 29 (APP): Pakistan"
    names the agency that filed the story first)."""
    if subject.ent_type_ not in {"DATE", "TIME"}:
        return subject
    dated = {"DATE", "TIME"}
    names = [c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in dated]
    return names[-1] if names else subject


def past_dateline(subjects: list[Any]) -> list[Any]:
    """The subjects with a dateline the parser took for one read past: in "Nairobi, 27 May 1996 - The
    Coalition condemns" or "Niamey, 30 May 2005 - On 27 May, an armed group attacked" the place the
    story was filed from opens the sentence with its date and a dash; a dateline does not act. The
    name the parser set in apposition to it is the subject, or the verb's other subject; with
    neither, the sentence names no subject."""
    out = []
    for subject in subjects:
        if not _is_dateline(subject):
            out.append(subject)
            continue
        dated = {"DATE", "TIME"}
        names = [c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in dated]
        out += names[-1:] or _group_after_dash(subject)
    return out


def _group_after_dash(place: Any) -> list[Any]:
    """A plain noun set in apposition to a dateline with its date and dash hung inside it: in "TRIPOLI,
    March 12 - Armed men abducted" the parser makes "March 12 -" part of "Armed men"; the group after
    the dash is the subject."""
    nouns = [c for c in place.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for noun in nouns[-1:]:
        dash = [t for t in noun.subtree if t.text in _DATELINE_DASHES and t.i < noun.i]
        if dash and any(t.ent_type_ == "DATE" and t.i < dash[0].i for t in noun.subtree):
            return [noun]
    return []


def _is_dateline(subject: Any) -> bool:
    """A name opening its sentence with a date and a dash after it ("Nairobi, 27 May 1996 -")."""
    # the sentence's first word by its own mark (``Token.sent`` walks to the sentence's edges and
    # builds a Span): the Doc's first word opens a sentence whatever its mark says
    if subject.pos_ != "PROPN" or (subject.i != 0 and not subject.is_sent_start):
        return False
    kids = list(subject.rights)
    dated = any(c.ent_type_ == "DATE" or any(g.ent_type_ == "DATE" for g in children_of(c)) for c in kids)
    return (dated and any(c.dep_ == "punct" and c.text in _DATELINE_DASHES for c in kids)) or bool(
        _group_after_dash(subject)
    )


def name_joined_to_date(verb: Any) -> bool:
    """A finite verb right after a name the small parser joined to a date: in "Peru closed its consulate
    on Friday and Bolivia massed troops" it reads "on Friday and Bolivia" as two dates and "moved" as a
    second verb of Ecuador. A date is not joined to a name by "and", so the verb is not the first
    verb's; its own subject, the name, hangs from the date in the parse, with nothing of its clause to
    read roles from, so the verb is left with no subject rather than given the wrong one."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
        return False
    name = verb.doc[verb.i - 1]
    date = name.head
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ in {"DATE", "TIME"}:
        return False
    return date.ent_type_ in {"DATE", "TIME"} and date.dep_ == "pobj"


def past_clock(subject: Any) -> Any:
    """The subject behind a live-blog entry's clock time: in "08:30 — Singapore has dispatched ..." the
    parser may make the time the subject and the name its apposition; a time does not act, the name does."""
    if not is_entry_clock(subject):
        return subject
    apposed = [c for c in children_of(subject) if c.dep_ in _CLOCK_SUBJECT_DEPS and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    return apposed[0] if apposed else subject
