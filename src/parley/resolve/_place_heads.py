"""The unknown name set before a noun of place: "in the Likouala department", "to the Kasane area",
"near the Songwe bridge", "at the Terespol crossing", "in Kitgum and Moyo districts".

The parser often tags such names as people or organisations, and the gazetteer does not know them,
so the place reading used to skip them and the event fell back to the dateline's city. A noun of
place (resolve_words kinds 'place_head', 'landmark' and 'settlement') says the proper name before it
is a place, whatever the tagger thought. Training corpus (all 932 documents, gold events with a
place in sentences holding "in/at/near/to/into/from/off/along (the) <Name> <place noun>"): the
name is (inside) the gold's place for 199 events, another place for 44 (82 %). Run on the corpus
(rules, 1,324 events matching a gold event with a place): 48 events move, 34 to the gold's place
(the name inside its phrase), 13 from one wrong or missing place to another (mostly the next
sentence's carried place: "in the area"), 1 right place lost (carried on: "to posts opposite Teknaf").

A demonym ("the Armenian province"), an acronym ("the BGB camp") or a calendar word is no place name.

The nouns of place are read by their lemma as ``place_lemma`` mends it with the events' lemma-fix table
(data/lemma_fixes.tsv): "bases" is lemmatised "basis", which hid the facility word "base".
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .._columns import children_of
from ..events._data_rows import fixed_lemma, load_lemma_fixes
from ..knowledge import resolve_words as words
from ..parse._dates import is_calendar_word

__all__ = ["is_place_head", "name_before", "place_lemma", "venue_name"]

#: Dependencies of a proper name set before its noun ("Likouala department", "Kitgum ... districts").
_BEFORE_DEPS = {"compound", "nmod"}


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The nouns of place: the three resolve_words kinds, joined once (this runs for every place phrase)."""
    return words("place_head") | words("landmark") | words("settlement")


def place_lemma(noun: Any) -> str:
    """The noun's lower-case lemma as the place lookup reads it: the parser's, mended by the lemma-fix
    table the events stage reads ("bases" -> "base", not "basis")."""
    return fixed_lemma(noun, load_lemma_fixes(), "NOUN").lower()


def is_place_head(noun: Any) -> bool:
    """ "department", "area", "crossing" (even when tagged a verb), "border post" (with its compound)."""
    heads = _heads()
    word, lemma = noun.lower_, place_lemma(noun)
    if word in heads or lemma in heads:
        return True
    return any(c.dep_ == "compound" and f"{c.lower_} {lemma}" in heads for c in noun.lefts)


def name_before(noun: Any) -> str:
    """The proper name right before a noun of place, its first conjunct only: "Kitgum" of
    "Kitgum and Moyo districts"; "" when there is none or it is no place's name."""
    if noun.pos_ == "PROPN" or not noun.text.islower():
        return ""  # "Paracel Islands", "the Islamic State": the whole name is read as one
    parts = [c for c in noun.lefts if c.dep_ in _BEFORE_DEPS and c.pos_ == "PROPN"] or _before_pair(noun)
    if not parts or not is_place_head(noun):
        return ""
    skip = {t.i for p in parts for c in children_of(p) if c.dep_ in {"conj", "cc"} for t in c.subtree}
    tokens = sorted({t for p in parts for t in p.subtree if t.i not in skip and t.pos_ == "PROPN"}, key=lambda t: t.i)
    if not tokens or any(_no_place(t) for t in tokens):
        return ""
    if tokens[-1].i - tokens[0].i + 1 == len(tokens) or all(t.dep_ == "punct" for t in _gaps(tokens)):
        return str(noun.doc[tokens[0].i : tokens[-1].i + 1].text)  # "Fasht al-Dibal" keeps its hyphen
    return " ".join(t.text for t in tokens)


def venue_name(name: str, noun: Any) -> str:
    """The place a facility's proper-name modifier gives when that name is no town the gazetteer knows:
    "Sarnova airport" and "the Velka crossing" are the airport and the crossing, not a town "Sarnova";
    other facilities keep the name alone ("the Ostrava summit": Ostrava).

    Training gold (all 932 documents, asserted events with a place in sentences holding "<Name> <noun>"
    for the ``named_venue`` nouns, the name unknown to the gazetteer): the gold's place keeps the noun
    for 42 events (crossing 28, checkpoint 4, airport 3, camp 2, market 2, temple 2, terminal 1), drops
    it for none. Before a known town the develop-on writers name the town ("Kabul airport": Kabul),
    so a known name is left to the town reading; "summit" and "court" keep the name alone (2 and 2).
    """
    return f"{name} {noun.text}" if place_lemma(noun) in words("named_venue") else name


def _before_pair(noun: Any) -> list[Any]:
    """The proper names the parser hangs on the first word of a two-word noun of place: "Karameh-Trebil"
    of "the Karameh-Trebil border crossing", "Guasaule" of "the Guasaule border post".

    Training gold (all 932 documents, asserted events with a place in sentences holding "<Name>
    border/frontier crossing/post/point/town/village"): the name is inside the gold's place for 30
    events, another place for 6 (83 %). Run on the corpus (both coders): 3 events move to the gold's
    place (2 from another place, 1 from none); 1 with none takes the border point the story
    named before ("a meeting ... at the border": gold "at the border"); none is lost."""
    heads, lemma = _heads(), place_lemma(noun)
    return [
        name
        for first in noun.lefts
        if first.dep_ == "compound" and f"{first.lower_} {lemma}" in heads
        for name in first.lefts
        if name.dep_ in _BEFORE_DEPS and name.pos_ == "PROPN"
    ]


def _gaps(tokens: list[Any]) -> list[Any]:
    """The tokens between the first and the last of ``tokens`` that are not among them."""
    kept = {t.i for t in tokens}
    doc = tokens[0].doc
    return [doc[i] for i in range(tokens[0].i, tokens[-1].i + 1) if i not in kept]


def _no_place(token: Any) -> bool:
    """A demonym, an acronym or a month's or weekday's name."""
    text = token.text
    if token.ent_type_ == "NORP" or (len(text) > 1 and text.isupper()):
        return True
    return is_calendar_word(text)
