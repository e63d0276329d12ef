"""Spans of the mentions stage: where a name, a title, a place or a longer name begins and ends in
the parse, and the small readings of them (a relative clause's office, a fronted place, a name
inside a longer name) that :class:`~parley.mentions.MentionFinder` combines (the title words around a
name are read by :mod:`._title_window`)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from typing import Any

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.strings import get_string_id

from .._columns import children_of, doc_columns
from ..document import Entity
from ..knowledge import resolve_words
from ..parse import doc_ents, ent_at
from ._bylines import writes_byline
from ._landmarks import names_landmark
from ._locative import after_locative, listed_with_places, placed_by_company
from ._name_particles import before_particle
from ._title_window import _all_shortened_titles, _appositive, _fronted_title, _shortened_title_at

#: How far a relative clause after a name is read for an office ("who was deputy premier under ...").
_RELATIVE_WINDOW = 12
#: Named things whose names hold a place word but are not actors ("the Geneva Conventions"); an embassy (FAC) is.
_NAME_LABELS = {"LAW", "EVENT", "WORK_OF_ART"}
#: Entity labels of places, and the population from which a gazetteer name is taken for a place.
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PLACE_POPULATION = 100_000
#: A one-word place name read as a place even where the parser saw a person: provinces and big cities.
_REGION_CODES = {"ADM1", "RGN"}
_CITY_POPULATION = 1_000_000
#: The oldest age a number set in commas after a name is read as ("Wa Lone, 32, and ...").
_OLDEST = 120


def _surname_index(entries: Sequence[Any], first_name_states: Collection[str] = ()) -> dict[str, list[Any]]:
    """Last words of the knowledge files' people ("Putin"), and first words of those of
    ``first_name_states`` ("Moon", "Abiy", "Thaksin") or of a name that goes on with the father's
    ("Tamim bin Hamad"), to the people so named. Elsewhere a bare first word is a given name the news
    gives private people ("said Rita, a nurse"), no holder's.
    An honorific that one spelling puts before another ("Chief Tom Ikimi" beside "Tom Ikimi",
    "General Pervez Musharraf") is no name of theirs: "Chief Walter Kikolo" is not Nigerian."""
    people = [e for e in entries if e.kind == "person"]
    phrases = {(e.code, e.phrase) for e in people}
    # a name is read by its first word wherever its bearer acts: "Tedros" at the WHO as in Ethiopia
    first_named = {e.phrase for e in people if e.code in first_name_states}
    index: dict[str, list[Any]] = {}
    for entry in people:
        words = _name_words(entry.phrase)
        by_first = entry.phrase in first_named or _names_father(entry.phrase)
        opening, _, rest = entry.phrase.partition(" ")
        if by_first and rest and _short_family_name(opening):
            index.setdefault(opening, []).append(entry)  # "Xi" of "Xi Jinping": the family name first
        if len(words) < 2:
            continue
        first = words[1] if len(words) > 2 and (entry.code, rest) in phrases else words[0]
        for word in {first, words[-1]} if by_first else {words[-1]}:
            index.setdefault(word, []).append(entry)
    return index


def _names_father(phrase: str) -> bool:
    """A name that goes on with the father's ("Haitham bin Tarik"): its first word is the given name
    the news calls its bearer by ("Sultan Haitham", "Emir Tamim")."""
    return any(word.lower() in resolve_words("patronymic") for word in phrase.split()[1:])


def _surely_place(place: Any, words: int) -> bool:
    """A place name that is hardly a surname too: a province, a city of a million, or a town of
    two words or more ("Nuevo Laredo"); "Jackson" or "Florence" alone may be a person's."""
    if place.feature_code in _REGION_CODES or place.population >= _CITY_POPULATION:
        return True
    return words >= 2 and place.population >= _PLACE_POPULATION


def _name_words(phrase: str) -> list[str]:
    """The words of a name that could be a surname: capitalised, alphabetic, of three letters or more."""
    return [w for w in phrase.replace("-", " ").split() if w[:1].isupper() and w.isalpha() and len(w) > 2] or [""]


def _short_family_name(word: str) -> bool:
    """A family name of two letters ("Xi", "Li", "Hu"): capitalised, alphabetic, and no English word
    ("He", "Do") nor a form of address ("Mr", "Dr") that could stand where a name does."""
    return (
        len(word) == 2
        and word[0].isupper()
        and word[1].islower()
        and word.isalpha()
        and word.lower() not in STOP_WORDS
        and word.lower() not in resolve_words("honorific")
    )


def _short_name_keys(ent: Any) -> list[str]:
    """The two-letter family name that opens a person's name of several words ("Xi" of "Xi Jinping"),
    which the story may call them by later; a name of one word gives none."""
    first = ent[0].text if len(ent) > 1 and ent[1].text != "-" else ""  # "Al-Assad" is one word
    return [first] if _short_family_name(first) else []


def _stands_alone(token: Any) -> bool:
    """A word that is a whole name by itself: not part of a longer name ("Al" of "Al Jazeera") nor
    joined to the next word by a hyphen ("Al-Qaeda")."""
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not _in_longer_name(token) and (nxt is None or nxt.text != "-" or token.whitespace_ != "")


def _modifies_noun(token: Any) -> bool:
    """A word set before a common noun as its modifier ("a Karen armed group", "the Trump administration")."""
    return token.dep_ in {"nmod", "compound", "amod"} and token.head.pos_ == "NOUN" and token.head.i > token.i


def _fronted_place(window: Any) -> Any:
    """The place of a fronted "In Caracas," right before a title: "In Caracas, Vice-President X warned"."""
    sdoc = window.doc
    end = window.start - 1
    if end < 2 or sdoc[end].text != ",":
        return sdoc[window.start : window.start]
    start = end
    while start - 1 >= 0 and sdoc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == end or start == 0 or sdoc[start - 1].lower_ != "in":
        return sdoc[window.start : window.start]
    return sdoc[start:end]


def _in_longer_name(token: Any) -> bool:
    """A word between other words of a name, or a father's name after "bin": "Tarik" of "Haitham bin
    Tarik" is the sultan's, not another person's first name."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].lower_ in resolve_words("patronymic"):
        return True
    if _compound_tail(doc[token.i : token.i + 1]):
        return True  # "Don" of "Rostov-on-Don"
    before = token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and doc[token.i - 1].is_title
    after = token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].is_title
    return before or after


def _tagged_place(span: Any) -> bool:
    return any(t.ent_type_ in _PLACE_LABELS for t in span)


def _names_settlement(span: Any) -> bool:
    """The name stands before a noun of settlements, alone or in a list: "Moyo district", "Kitgum and
    Moyo districts" are places, whoever else bears the name."""
    token = span[-1]
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # "Moyo" of "Kitgum and Moyo districts" hangs from "Kitgum"
    head = token.head
    return (
        token.dep_ in {"compound", "nmod", "amod"}
        and head.i > token.i
        and head.lemma_.lower() in resolve_words("settlement")
    )


def _is_main_country(code: str, entry_at: dict[int, Any]) -> bool:
    """The article is about this country too: named at least twice and half as often as the most named
    (an article naming fewer than two countries is taken to be the outlet's own news)."""
    counts: dict[str, int] = {}
    for i, entry in entry_at.items():
        if entry.kind in {"name", "alias", "demonym", "capital"} and entry_at.get(i - 1) is not entry:
            counts[str(entry.code)] = counts.get(str(entry.code), 0) + 1
    if len(counts) < 2:
        return True  # too little to tell what the story is about: the outlet's own news
    top = max(counts.values(), default=0)
    return counts.get(code, 0) >= max(2, top / 2)


def _based_in(span: Any) -> bool:
    """ "a Washington-based lender", "the London-based monitor": the city says where a body sits, so a
    capital there is no government acting."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"


def _people_marked(span: Any) -> bool:
    """ "the pro-Russian opposition", "anti-Serbian campaigns", "a Hungarian-language university": the
    demonym names a stance or a tongue, so the state it belongs to is not the one acting."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in resolve_words("people_after"):
        return True
    at = span.start - 1
    if at >= 0 and doc[at].text == "-" and not doc[at].whitespace_:
        at -= 1  # "pro-Russian" is split into "pro", "-", "Russian"
    return at >= 0 and doc[at].lower_ in resolve_words("people_mark")


def _demonym_in_name(span: Any, entries: Sequence[Any]) -> bool:
    """ "the Korean War", "the Korean peninsula", "inter-Korean talks": the demonym is part of the name
    of a war or a place, or of ties between the two states that share it, so no state of it acts. The word after
    is a name's only when capitalised ("the Korean War" is one, "a Russian war" is not); a place word
    is one in either case ("the Korean peninsula"). Only a demonym is read so ("the Iraq War" is left)."""
    if any(e.kind != "demonym" for e in entries):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in resolve_words("demonym_place"):
        return True
    if after is not None and after.is_title and after.lower_ in resolve_words("demonym_name"):
        return True
    at = span.start - 2  # "inter-Korean" is split into "inter", "-", "Korean"
    joined = f"{doc[at].lower_}-{span.text.lower()}" if at >= 0 and doc[at + 1].text == "-" else ""
    return joined in resolve_words("demonym_among")


def _inside_name(span: Any, ents: Any = None) -> bool:
    """A country or capital word that is only part of a longer name: a treaty, a conference, a book."""
    last = span[-1]
    head = last.head
    if last.dep_ == "compound" and head.pos_ == "PROPN" and head.lemma_.lower() in resolve_words("named_after"):
        return True  # "the Vienna Convention", "the Minsk Protocol", "the Washington Post"
    around = ent_at(span.doc, span.start)  # entities never overlap: only this one can hold the span
    for ent in ([] if around is None else [around]) if ents is None else ents:
        if ent.start <= span.start and span.end <= ent.end and (ent.start, ent.end) != (span.start, span.end):
            return ent.label_ in _NAME_LABELS and not any(t.pos_ == "ADP" for t in ent)
    return False


def _country_in(span: Any, entry_at: dict[int, Any], people: bool = False) -> str | None:
    """The last country-like actor named inside a span (closest to the name); with ``people``, a
    known office holder named there gives their country too ("under Rafael Correa")."""
    for i in range(span.end - 1, span.start - 1, -1):
        entry = entry_at.get(i)
        if entry is not None and (people or entry.kind != "person"):
            return str(entry.code)
    return None


def _told_before(title: Any, entry_at: dict[int, Any]) -> str | None:
    """The country that an earlier mention of the same noun gave, for a title introduced with "the"
    ("an Iranian businessman awaiting trial ... the businessman, Reza Kazemi,"): the nearest earlier
    use of the noun, read with its own modifiers; None when that one names no country."""
    if len(title) < 2 or title[0].lower_ not in resolve_words("definite_article") or title[-1].pos_ != "NOUN":
        return None
    head = title[-1]
    for tok in reversed(title.doc[: title.start]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == head.lemma_.lower():
            return _country_in(tok.doc[tok.left_edge.i : tok.i], entry_at)
    return None


def _relative_clause(ent: Any) -> Any:
    """The relative clause after a name in commas, to its end: "X, who was deputy premier
    under Paulo Reis, ..." gives "was deputy premier under Paulo Reis"."""
    sdoc = ent.doc
    start = ent.end + 2
    if start >= len(sdoc) or sdoc[ent.end].text != "," or sdoc[ent.end + 1].lower_ != "who":
        return sdoc[ent.end : ent.end]
    end, stop = start, min(ent.sent.end, start + _RELATIVE_WINDOW)
    # the doer of a passive ("who were detained by Thai soldiers") is someone else: the clause ends before it
    while end < stop and sdoc[end].text not in {",", ".", ";"} and sdoc[end].dep_ != "agent":
        end += 1
    return sdoc[start:end]


def is_named_storm(span: Any) -> bool:
    """A storm's name ("Cyclone Winston", "Typhoon Haiyan"), which the parser often tags as a person:
    its first word is a storm word of the data files; or the storm's name alone where the story names
    the storm in full elsewhere ("Relief reaches the coast after Ivan" ... "Hurricane Ivan": one name, one thing)."""
    storms = resolve_words("storm")
    if len(span) > 1 and span[0].lower_ in storms:
        return True
    doc, words = span.doc, [t.text for t in span]
    return any(
        len(e) == len(words) + 1 and e[0].lower_ in storms and [t.text for t in e[1:]] == words for e in doc_ents(doc)
    )


def _aged(ent: Any) -> bool:
    """A name followed by an age in commas ("Ana Ruiz, 41, and Omar Haddad, 36, were ..."): news gives
    the age of the private people it names (victims, suspects, reporters), not a title."""
    sdoc = ent.doc
    at = ent.end
    if at + 1 >= len(sdoc) or sdoc[at].text != "," or not sdoc[at + 1].text.isdigit():
        return False
    after = sdoc[at + 2].text if at + 2 < len(sdoc) else "."
    return 0 < int(sdoc[at + 1].text) <= _OLDEST and after in {",", ".", ";"}


def _described_private(ent: Any) -> bool:
    """A name that the article describes rather than titles: an indefinite appositive ("Muhammad Aslam,
    a school teacher in Bajwat,", "Mart Saks, a 44-year-old electrician") or a fronted "one of" ("one
    of the freed men, Rustam Aliyev"). News describes private people (witnesses, victims, locals) so;
    an office holder is given his title, which the title readings have already tried."""
    appositive = _appositive(ent)
    if len(appositive) > 1 and appositive[0].morph.get("Definite") == ["Ind"] and appositive[0].pos_ == "DET":
        head = next((t for t in appositive if t.dep_ == "appos"), None)
        if head is not None and _collection(head):
            return False  # "Sapodilla Cayes, a string of islets,": a group of things, no person
        return any(t.pos_ == "NOUN" for t in appositive[1:])
    fronted = _fronted_title(ent)
    return len(fronted) > 1 and fronted[0].lower_ == "one" and fronted[0].pos_ == "NUM"


def _collection(noun: Any) -> bool:
    """A noun that counts plural things ("a string of islets", "a group of villages"): what it describes
    is many things, not one person."""
    return any(c.lower_ == "of" and any(g.tag_ == "NNS" for g in children_of(c)) for c in children_of(noun))


def _person_spans(sdoc: Any, taken: list[bool], known_place: Callable[[Any], bool] = lambda _: False) -> list[Any]:
    """NER people, plus runs of proper nouns right after a title that NER missed ("Paek Nam-sun");
    not the named storms the parser takes for people, nor places by their words or company (a
    place ``known_place`` knows is kept by its company: it gives its country)."""
    spans = [
        e
        for e in doc_ents(sdoc)
        if e.label_ == "PERSON"
        and not any(taken[i] for i in range(e.start, e.end))
        and not after_locative(e)
        and not (placed_by_company(e) and not known_place(e))
        and not (listed_with_places(e, known_place) and not known_place(e))
        and not is_named_storm(e)
        and not _all_shortened_titles(e)
        and not _compound_tail(e)
        and not names_landmark(e)
        and not writes_byline(e)
    ]
    in_ent = {i for e in doc_ents(sdoc) for i in range(e.start, e.end)}
    # the words are read from one array of the parse (part of speech, title case, spelling): a Token
    # is built only where a run may start
    from spacy.attrs import IS_TITLE, ORTH, POS

    array = doc_columns(sdoc, [POS, IS_TITLE, ORTH])
    propn, dash = sdoc.vocab.strings["PROPN"], get_string_id("-")
    # columns of small numbers and flags: a list of the spellings' 64-bit ids would build an int per word
    names, titled, dashes = (array[:, 0] == propn).tolist(), array[:, 1].tolist(), (array[:, 2] == dash).tolist()
    i = 0
    while i < len(names):
        # the shortened-title test (a Token or two) last: most capitalised proper nouns are inside an entity
        if names[i] and titled[i] and not taken[i] and i not in in_ent and not _shortened_title_at(sdoc, i):
            j = i
            while j + 1 < len(names) and (names[j + 1] or dashes[j + 1]) and j + 1 not in in_ent:
                j += 1
            if dashes[j]:
                j -= 1
            run = sdoc[i : j + 1]
            if (
                not after_locative(run)
                and not (placed_by_company(run) and not known_place(run))
                and not is_named_storm(run)
                and not _compound_tail(run)
                and not names_landmark(run)
            ):
                spans.append(run)
            i = j + 1
            continue
        i += 1
    return sorted(spans, key=lambda s: s.start)


def _compound_tail(span: Any) -> bool:
    """The last word of a name joined by a small word between hyphens ("Don" of "Rostov-on-Don",
    "Avon" of "Stratford-upon-Avon"): the end of a place's name, no person. "al-Assad" is no such
    compound: its small word opens the name."""
    doc, i = span.doc, span.start
    if i < 3:
        return False
    hyphen, small, first = doc[i - 1], doc[i - 2], doc[i - 3]
    return (
        hyphen.text == "-"
        and first.text == "-"
        and small.is_lower
        and not (hyphen.whitespace_ or small.whitespace_ or first.whitespace_)
    )


def _proper_nouns(sdoc: Any) -> Iterator[Any]:
    """The proper nouns of the Doc in order, found in one array of the parse: no Token is built for
    the other words."""
    propn = sdoc.vocab.strings["PROPN"]  # the symbol's id
    for i in np.flatnonzero(doc_columns(sdoc, "POS") == propn).tolist():
        yield sdoc[i]


def _entry_span(sdoc: Any, last: int, entry: Any, entry_at: dict[int, Any]) -> Any:
    first = last
    while first - 1 in entry_at and entry_at[first - 1] is entry:
        first -= 1
    return sdoc[first : last + 1]


def _mark(taken: list[bool], span: Any) -> None:
    for i in range(span.start, span.end):
        taken[i] = True


def _renamed(entity: Entity, text: str) -> Entity:
    return Entity(code=entity.code, sector=entity.sector, entity_text=text, office=entity.office)


def _name_keys(ent: Any) -> list[str]:
    """Name parts a person may later be called by (surname first or last). A word that makes a name a
    state's own body ("Government" of a signature's "Government Spokesman") is no one's name: "the
    Government" elsewhere in the story is the body, not that person."""
    marks = resolve_words("state_mark")
    words = [t.text for t in ent if t.is_alpha and t.text[:1].isupper() and len(t.text) > 2]
    words = [w for w in words if w.lower() not in marks]
    keys = []
    if len(words) >= 2:
        keys.extend([words[-1], words[0]])
    elif words and len(ent) > 1:
        keys.append(words[0])  # "B.J. Habibie", "F.W. de Klerk": initials, then the surname
    return keys + before_particle(ent, words)  # "Lula" of "Luiz Inacio Lula da Silva"
