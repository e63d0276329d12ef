"""Where a byline says the story was filed from: "From our correspondent in Male", "By a staff
correspondent in Zagreb", "From our Narathiwat correspondent".

A paper's byline naming its reporter's place says, as a dateline does, where the story is told: a
correspondent abroad writes "the Home Ministry" and "police" for the country he reports from, not
for the outlet's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..parse import FINITE_TAGS
from ._words import EventWords, word_in

if TYPE_CHECKING:
    from ..knowledge import Gazetteer

__all__ = ["byline_country"]

#: Sentences at the top (title, byline) where a byline may stand.
_OPENING = 3


def byline_country(sdoc: Any, gazetteer: Gazetteer, words: EventWords) -> str | None:
    """The country of the place a verbless byline near the top gives its reporter, if any."""
    for sent in list(sdoc.sents)[:_OPENING]:
        if any(t.tag_ in FINITE_TAGS for t in sent):
            continue
        for tok in sent:
            if word_in(tok, words.reporter_noun):
                country = _reporter_place(tok, gazetteer)
                if country is not None:
                    return country
    return None


def _reporter_place(tok: Any, gazetteer: Gazetteer) -> str | None:
    """The country of "correspondent in X" or of "our X correspondent" (X a place the gazetteer knows)."""
    names = [t for t in tok.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    for prep in (c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "in"):
        names += [o for o in children_of(prep) if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    for name in names:
        text = " ".join(t.text for t in name.subtree if t.pos_ == "PROPN") or name.text
        entry = gazetteer.lookup(text)
        if entry is not None and entry.country:
            return str(entry.country)
    return None
