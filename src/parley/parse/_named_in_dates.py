"""A person's name the model swallowed into a date ("In mid-May Morales flew ...": one DATE "mid-May
Morales") is cut out of the date and read as that person, when the story named the person in full before.

Why: the model reads a surname standing next to a time word as part of one DATE entity; the name then
hides from the people readers and the act it opens loses its actor (kept as unresolved). A title-case
proper noun at the edge of a date that is no month's or weekday's name and is a word of a person's
name told earlier in the story is that person, not a date."""

from __future__ import annotations

from typing import Any

from ._dates import is_calendar_word
from ._ents import doc_ents, replace_ents

__all__ = ["free_names_from_dates"]


def free_names_from_dates(doc: Any) -> None:
    """Cut told people's name words off the edges of DATE entities, as PERSON entities of their own."""
    from spacy.tokens import Span

    names: set[str] = set()
    kept: list[Any] = []
    changed = False
    for ent in doc_ents(doc):
        if ent.label_ == "PERSON" and len(ent) > 1:
            names.update(t.text for t in ent if t.is_title and len(t) > 2)
        if ent.label_ != "DATE" or len(ent) < 2 or not names:
            kept.append(ent)
            continue
        start, end = ent.start, ent.end
        first, last = doc[start], doc[end - 1]
        head = _told_name(first, names)
        tail = _told_name(last, names) and not head
        if head:
            start += 1
        if tail:
            end -= 1
        if not (head or tail):
            kept.append(ent)
            continue
        changed = True
        if head:
            kept.append(Span(doc, ent.start, ent.start + 1, label="PERSON"))
        if start < end and any(not t.is_punct for t in doc[start:end]):
            kept.append(Span(doc, start, end, label="DATE"))
        if tail:
            kept.append(Span(doc, end, end + 1, label="PERSON"))
    if changed:
        replace_ents(doc, kept)


def _told_name(token: Any, names: set[str]) -> bool:
    """A proper noun spelt as a word of a person's name told before, and no calendar word."""
    return token.pos_ == "PROPN" and token.text in names and not is_calendar_word(token.text)
