"""Where a sentence puts things: its named entities, the country it names as a place ("In Yerevan,
protesters ...", "seized Almaty airport") and the towns after "in/at/near" with their countries, read
by :class:`~._context.DocumentContext` (which keeps the indexes) for groups the story leaves unnamed."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any

import numpy

from .._columns import doc_columns
from .._doc_span import doc_span
from ..document import ActorMention
from ..knowledge import is_seat_city
from ..parse import SUBJECT_DEPS, VERB_POS
from ..parse._dates import is_calendar_word
from ._anchors import locative_prep_of
from ._ethnic_words import ethnic_heads
from ._type_sets import AGENT_CODES
from ._words import EventWords

if TYPE_CHECKING:
    from ..knowledge._model import GazetteerEntry

__all__ = ["SentencePlaces"]

#: How a state's name is the target of its clause ("urged Washington", "praised Iraq").
_PARTY_DEPS = {"dobj", "dative", "attr"}
#: The fewest people a town must have to be read as where an unnamed group is from a bare name after
#: "in" (a hamlet's name is as often a word or a person's name).
_TOWN_POPULATION = 10_000


class SentencePlaces:
    """The sentence place reading of the document context (which supplies the indexes)."""

    words: EventWords
    sdoc: Any
    sent_start: Any
    mention_at: dict[int, ActorMention]
    mentions_from: dict[int, list[ActorMention]]
    home_from_dateline: bool
    _towns: dict[int, list[tuple[Any, str]]]
    _ents_by_sent: dict[int, list[Any]]

    if TYPE_CHECKING:  # supplied by the context's other readings (ClauseAnchors, StoryPair)

        def town(self, name: str, qualified_in: frozenset[str] | None = None) -> GazetteerEntry | None: ...

        def _sentence_end(self, start: int) -> int: ...

    def sentence_ents(self, tok: Any) -> list[Any]:
        """Named entities of the token's sentence."""
        return self._ents_by_sent.get(self.sent_start[tok.i], [])

    def sentence_country(self, tok: Any, keep: Callable[[Any], bool] | None = None) -> str | None:
        """The country the sentence names as a place ("In Yerevan, protesters ...", "seized Almaty
        airport"): a place after "in/at/into" first, then any city, then (in a story with no
        dateline) any country named. ``keep``: which places (their last token) may count."""
        start = self.sent_start[tok.i]
        named = [
            m
            for m in self.mentions_from.get(start, [])
            if m.kind in {"name", "alias", "capital"}
            and m.entity.code not in AGENT_CODES
            and (keep is None or keep(self.sdoc[m.token_end - 1]))
            and not is_seat_city(doc_span(self.sdoc, m.token_start, m.token_end).text)
        ]
        for m in named:
            if locative_prep_of(self.sdoc[m.token_end - 1], self.words) is not None:
                return m.entity.code
        town = self._town_after_prep(start, keep)
        if town is not None:
            return town
        for ent in self.sentence_ents(tok):
            if ent.label_ == "GPE" and not self._acting_state(ent) and (keep is None or keep(ent[-1])):
                if is_seat_city(ent.text):
                    continue
                entry = self.town(ent.text)
                if entry is not None and entry.country:
                    return str(entry.country)
        if self.home_from_dateline:
            # "PYONGYANG -- A spokesman ... denounced drills launched by the U.S.": a state named in
            # the sentence, neither as a place nor as the dateline's, is not the unnamed group's
            return None
        # not a state the sentence aims at ("urged Washington", "praised Iraq"): the unnamed
        # authorities of the sentence are not that state's
        owners = [m for m in named if not self._party_elsewhere(self.sdoc[m.token_end - 1], tok)]
        return owners[0].entity.code if owners else None

    def _town_after_prep(self, start: int, keep: Callable[[Any], bool] | None) -> str | None:
        """The country of a town the sentence puts something in ("outside the Turkish consulate in
        Erbil", "In Gjirokaster, people marched"): the first of the sentence's towns after a
        preposition (``_towns_after_prep``) that ``keep`` lets count."""
        for tok, country in self._towns_after_prep(start):
            if keep is None or keep(tok):
                return country
        return None

    def _towns_after_prep(self, start: int) -> list[tuple[Any, str]]:
        """The sentence's towns after "in/at/near" with their countries, in order: read from the parse
        alone, so found once per sentence (every unnamed group of the sentence asks again)."""
        found = self._towns.get(start)
        if found is None:
            found = self._towns[start] = list(self._find_towns_after_prep(start))
        return found

    @cached_property
    def ethnic_heads(self) -> frozenset[int]:
        """The words ethnic words qualify (see :func:`._ethnic_words.ethnic_heads`), found once."""
        return ethnic_heads(self.sdoc, self.words)

    @cached_property
    def _proper_nouns(self) -> list[int]:
        """The indices of the proper nouns, in order, read from one array of the parse (no Token per word)."""
        propn = self.sdoc.vocab.strings["PROPN"]  # the symbol's id (spaCy is loaded lazily: no import here)
        return [int(i) for i in numpy.flatnonzero(doc_columns(self.sdoc, "POS") == propn)]

    def _find_towns_after_prep(self, start: int) -> Iterator[tuple[Any, str]]:
        """A proper name after "in/at/near" that the gazetteer knows as a sizeable place, whatever entity
        label the small parser gave it (it often calls towns organisations or dates). Calendar words are
        never towns ("in March")."""
        proper = self._proper_nouns
        for i in proper[bisect_left(proper, start) : bisect_left(proper, self._sentence_end(start))]:
            t = self.sdoc[i]
            if t.pos_ != "PROPN" or t.ent_type_ == "TIME" or locative_prep_of(t, self.words) is None:
                continue
            if t.i in self.mention_at or is_calendar_word(t.text):
                continue
            name = self.sdoc[t.left_edge.i : t.i + 1]
            if any(w.pos_ != "PROPN" for w in name):
                continue
            entry = None if is_seat_city(name.text) else self.town(name.text)
            if entry is not None and entry.country and entry.population >= _TOWN_POPULATION:
                yield t, str(entry.country)

    @staticmethod
    def _party_elsewhere(state: Any, tok: Any) -> bool:
        """A state the sentence names as a party: the target of its verb ("urged Washington"), or the
        subject of a clause said or asked by the token's own ("the ministry insisted that Lima release
        the sailors"), whose people are not the speaker's."""
        if state.dep_ in _PARTY_DEPS:
            return True
        if state.dep_ not in SUBJECT_DEPS:
            return False
        own = tok if tok.pos_ in VERB_POS else next((a for a in tok.ancestors if a.pos_ in VERB_POS), tok)
        step, reported = state.head, False
        while step.i != own.i and step.head.i != step.i:
            reported = reported or step.dep_ == "ccomp"
            step = step.head
        return step.i == own.i and reported

    def _acting_state(self, ent: Any) -> bool:
        """ "asked Brussels for help", "accused Moscow": a state's (or a body's) name as a party, not as
        a place (no "in/at/into" before it); the place of an unnamed group is not read from it."""
        mention = self.mention_at.get(ent.root.i)
        return (
            mention is not None
            and mention.kind in {"name", "alias", "capital", "igo"}
            and locative_prep_of(ent.root, self.words) is None
        )
