"""A ship told again by its common noun: "a Russian research vessel had entered Finnish waters ... The
vessel's captain refused to answer radio calls". News names a ship's flag once, with the first word of
it, and then calls it "the vessel", "the trawler": the later phrase is the same ship, of the same flag.
"""

from __future__ import annotations

from typing import Any

import numpy

from .._columns import children_of, doc_columns
from ..knowledge import resolve_words

__all__ = ["vessels_told_before"]

#: The links by which a country word describes a ship's own noun: "a Russian vessel", "a Chinese
#: coast guard ship", "Japan's patrol boat".
_FLAG_LINKS = frozenset({"amod", "compound", "nmod", "poss"})

#: The kinds of entries that give a flag: a state's name or people's word, not a person or a body.
_FLAG_KINDS = frozenset({"name", "alias", "demonym"})


def vessels_told_before(sdoc: Any, taken: list[bool], entry_at: dict[int, Any]) -> list[tuple[Any, str]]:
    """(the noun's one-word span, flag) of each "the NOUN" of ships with no country word of its own
    whose same noun the story told before with a state's word ("a Russian research vessel" ... "the
    vessel"): the flag of the last one so told. A noun never told with a flag stays unread."""
    flags: dict[str, str] = {}
    out: list[tuple[Any, str]] = []
    for token in _vessel_nouns(sdoc):
        lemma = token.lemma_.lower()
        own = _own_flag(token, entry_at)
        if own is not None:
            flags[lemma] = own
        elif lemma in flags and not taken[token.i] and _definite(token):
            out.append((sdoc[token.i : token.i + 1], flags[lemma]))
    return out


def _vessel_nouns(sdoc: Any) -> list[Any]:
    """The common nouns of ships in lower case ("trawler", "vessel"), in document order: found from
    the parse's columns (one array of the document, each distinct lemma looked up once), a spaCy
    ``Token`` built only for them, not for every word of the story."""
    from spacy.attrs import IS_LOWER, LEMMA, POS
    from spacy.parts_of_speech import IDS

    if not len(sdoc):
        return []
    array = doc_columns(sdoc, [POS, IS_LOWER, LEMMA])
    nouns = numpy.flatnonzero((array[:, 0] == IDS["NOUN"]) & (array[:, 1] != 0)).tolist()
    vessel, strings = resolve_words("vessel"), sdoc.vocab.strings
    known: dict[int, bool] = {}
    out: list[Any] = []
    for i in nouns:
        lemma = int(array[i, 2])
        hit = known.get(lemma)
        if hit is None:
            hit = known[lemma] = strings[lemma].lower() in vessel
        if hit:
            out.append(sdoc[i])
    return out


def _own_flag(token: Any, entry_at: dict[int, Any]) -> str | None:
    """The state a country word among the noun's describing words names ("a Russian vessel")."""
    for child in children_of(token):
        if child.dep_ in _FLAG_LINKS and child.i in entry_at and entry_at[child.i].kind in _FLAG_KINDS:
            return str(entry_at[child.i].code)
    return None


def _definite(token: Any) -> bool:
    """The noun is told as one already known: "the vessel", not "a vessel" nor "Chinese vessels"."""
    return any(c.dep_ == "det" and c.lower_ in resolve_words("definite_article") for c in children_of(token))
