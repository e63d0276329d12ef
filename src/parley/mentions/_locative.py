"""Names that a preposition or a noun before them reads as places ("near Adre", "the village of Sela Dar",
"north of Kidal", "around Kidal and Tessalit"), whatever the parser tagged them: no one's name.

The words are rows of ``data/resolve_words.tsv`` (roles ``locative``, ``locative_pair`` and ``place_of``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._columns import children_of
from .._doc_span import doc_span
from ..knowledge import resolve_words
from ..parse import doc_ents
from ._landmarks import names_landmark

__all__ = ["after_locative", "listed_with_places", "placed_by_company"]

_NAME_PARTS = {"compound", "flat"}


def after_locative(span: Any) -> bool:
    """ "in Oromia Region", "the village of Sela Dar", "around Kidal and Tessalit", "from Kidal to Gao":
    a place, whatever title words stand further left."""
    return _opens_locative(span.doc, span.start)


def placed_by_company(span: Any) -> bool:
    """A place by the names it stands with: the second of a pair of places ("around Kidal and
    Tessalit"), or a name placed by its words elsewhere in the story ("near the town of Bosso" ...
    "Bosso residents said"). The caller keeps the names the gazetteer knows, whose country they give."""
    return _joined_to_place(span.doc, span.start, span.end) or listed_with_places(span) or _placed_elsewhere(span)


def listed_with_places(span: Any, known_place: Callable[[Any], bool] = lambda _: False) -> bool:
    """A name listed by "and"/"or" with names the parser tags as places alone ("advance on Mosul and
    Tal Afar", "the roads to Sylhet and Mongla"): another place. ``known_place`` also counts a name the
    gazetteer knows as a place, whatever the parser tagged it. Training has 46 PERSON names so
    joined; the 13 its gold gives a role are states and capitals the phrase files read first, or a
    comma-joined appositive (no "and"), which this leaves alone."""
    token = span[-1]
    mates = [c for c in children_of(token) if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    mates += [c for m in list(mates) for c in children_of(m) if c.dep_ == "conj" and c.i != token.i]
    if not mates or not all(m.ent_type_ in {"GPE", "LOC"} or known_place(_entity_of(m)) for m in mates):
        return False
    low, high = min(token.i, *(m.i for m in mates)), max(token.i, *(m.i for m in mates))
    return any(t.dep_ == "cc" and t.lower_ in {"and", "or"} for t in span.doc[low:high])


def _placed_at(doc: Any, start: int, end: int) -> bool:
    # "the Gatuna post" places "Gatuna" wherever else the story names it ("lorries roll through Gatuna")
    return _opens_locative(doc, start) or _joined_to_place(doc, start, end) or names_landmark(doc[start:end])


def _opens_locative(doc: Any, start: int) -> bool:
    """The word before the name reads it as a place: a locative preposition, or "of" after a noun of
    places or a compass point ("the town of", "north of")."""
    if start == 0:
        return False
    before = doc[start - 1].lower_
    if before in resolve_words("locative"):
        return True
    if before == "of" and start > 1:
        return doc[start - 2].lemma_.lower() in resolve_words("place_of")
    if before in resolve_words("locative_pair"):
        return _opens_pair(doc, start)
    return before == "to" and _from_place_before(doc, start - 1)


def _opens_pair(doc: Any, start: int) -> bool:
    """ "from Kidal to Gao": the first name of a pair of places ("between" is no row: "talks between
    Deputy Minister X and ..." names people)."""
    prep = doc[start - 1]
    name = next((c for c in children_of(prep) if c.pos_ == "PROPN" and c.i >= start), None)
    if name is None:
        return False
    return any(c.lower_ == "to" and c.i > name.i and _from_place_before(doc, c.i) for c in children_of(prep.head))


def _from_place_before(doc: Any, to: int) -> bool:
    """ "from Kidal to Gao": the "to" hangs on the verb that also has "from" with a name just before."""
    head = doc[to].head
    return any(
        c.lower_ == "from" and c.i < to and any(g.pos_ == "PROPN" and g.i == to - 1 for g in children_of(c))
        for c in children_of(head)
    )


def _joined_to_place(doc: Any, start: int, end: int) -> bool:
    """The second of two names joined by "and"/"or" whose first is a place by its words ("around
    Kidal and Tessalit"). A pair after "between" or "from" alone is no place: "talks between Deputy
    Minister X and Y", "statements from X and Y"."""
    last = doc[end - 1]
    token = next((t for t in doc_span(doc, start, end) if t.dep_ == "conj" and t.head.i < start), None) or last
    if token.dep_ != "conj" or token.head.i >= start:
        return False
    first = token.head
    first_start = min([c.i for c in children_of(first) if c.dep_ in _NAME_PARTS and c.i < first.i] + [first.i])
    return _placed_at(doc, first_start, first.i + 1)


def _placed_elsewhere(span: Any) -> bool:
    """The same name read as a place by its words elsewhere in the story ("near the town of Bosso" ...
    "Bosso residents said"): one name, one thing, within an article."""
    doc, text = span.doc, span.text
    return any(
        e.text == text and e.start != span.start and _placed_at(doc, e.start, e.end)
        for e in doc_ents(doc)  # built once per document: spaCy walks every token on each ``doc.ents``
        if e.label_ == "PERSON"
    )


def _entity_of(token: Any) -> Any:
    """The parser's entity the word stands in, or the word alone."""
    doc = token.doc
    for e in doc_ents(doc):
        if e.start <= token.i < e.end:
            return e
    return doc[token.i : token.i + 1]
