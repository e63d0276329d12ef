"""The date and the place written in an event's own clause ("expelled the envoy on Sunday", "a drone
strike in Kabul"), read by :class:`~._context.DocumentContext`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import ActorMention, Document, Entity, Place
from ..knowledge import is_seat_city
from ..knowledge._places import is_water, resolve_place, resolve_place_in
from ..parse import VERB_POS, within_quotation
from ..parse._dates import date_text, resolve_date_text
from ._anchors import (
    close_to,
    in_earlier_conjunct,
    in_subject,
    is_adverbial_date,
    is_attached_date,
    is_date,
    is_limit_date,
    locative_prep_of,
    near_main_verb,
)
from ._habitual import is_historical
from ._modifier_places import modifier_town
from ._parse import clause_token_ids, clause_verb, prep_objects
from ._type_sets import AGENT_CODES
from ._words import EventWords

if TYPE_CHECKING:
    from ..knowledge import Gazetteer
    from ..knowledge._model import GazetteerEntry

__all__ = ["PLACE_LABELS", "PLACE_RANK", "ClauseAnchors"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_RANK = {"GPE": 0, "LOC": 1, "FAC": 2}  # a city before a building ("the Japanese Embassy in Seoul")
#: Mention kinds by which a story names a state its places may lie in (its name, people, capital).
_STORY_STATE_KINDS = {"name", "alias", "demonym", "capital", "person"}


class ClauseAnchors:
    """The clause date and place reading of the document context (which supplies the indexes)."""

    words: EventWords
    doc: Document
    sdoc: Any
    sent_start: Any
    mentions_from: dict[int, list[ActorMention]]
    mentions_to: dict[int, list[ActorMention]]
    gazetteer: Gazetteer
    #: Knowledge.region_country: the state a region written after a town names, read alike for a
    #: dateline and for running text ("Vienna, Georgia" is the American town)
    region_country: Callable[[str, str | None], str | None]
    home: str | None
    _clause_ids: dict[int, set[int]]
    _ranked_places: dict[int, list[Any]]

    @cached_property
    def story_states(self) -> frozenset[str]:
        """The states the story names (by name, people or capital) and its home: where its places lie."""
        named = {m.entity.code for m in self.doc.actor_mentions if m.kind in _STORY_STATE_KINDS}
        return frozenset(named | ({self.home} if self.home else set()))

    @cached_property
    def _demonym_tokens(self) -> frozenset[int]:
        """Token indices of the story's demonyms ("Kazakh"), which no town-modifier reading takes."""
        return frozenset(
            i for m in self.doc.actor_mentions if m.kind == "demonym" for i in range(m.token_start, m.token_end)
        )

    def town(self, name: str, qualified_in: frozenset[str] | None = None) -> GazetteerEntry | None:
        """The gazetteer's place of that name: of namesakes in several countries, the one in a state
        the story names ("near Beni" in a story of Congo is not Bolivia's Beni province). A name written
        all in lowercase is a common word the small parser took for a name ("police in the canton" are
        not of Canton, Ohio): no town. ``qualified_in``: the states of a region the text writes after
        the name ("Geneva, Illinois"), if any."""
        if name.islower():
            return None
        own = self.gazetteer.lookup_among(name, self.story_states)
        if own is not None and is_seat_city(name):
            if qualified_in is not None:
                # the text itself places it: "Geneva, Illinois" is the American town even in a story
                # that names no American party, "Vienna, Austria" the capital
                placed = next((e for e in self.gazetteer.candidates(name) if e.country in qualified_in), None)
                return placed or own
            # a city that seats international bodies is known abroad by its name: talks "in Vienna" in a
            # story of two states named as parties are not in a small namesake town of one of them
            best = self.gazetteer.lookup(name)
            if best is not None and best.population > own.population:
                return best
        return own

    def _own_clause_ids(self, token: Any) -> set[int]:
        """``clause_token_ids`` of a trigger (with participles), read from the parse alone: found once
        per trigger, since its date and its place both ask. Callers only test membership."""
        found = self._clause_ids.get(token.i)
        if found is None:
            found = self._clause_ids[token.i] = clause_token_ids(token, participles=True)
        return found

    def sentence_ents(self, tok: Any) -> list[Any]:
        raise NotImplementedError

    def clause_date(self, token: Any, future: bool) -> tuple[str | None, str | None, str]:
        words = self.words
        clause = clause_verb(token)
        anchors = {clause.i, token.i}
        up = clause
        for _ in range(3):
            # "decided last month to withdraw", "replied two days later by closing", "said on Friday that
            # they regretted", "shut the border on Sunday and sent troops": the outer clause's date
            if (
                up.dep_ in {"xcomp", "conj"}
                or (up.dep_ in {"advcl", "relcl"} and any(c.lower_ == "when" for c in children_of(up)))
                or up.dep_ == "ccomp"
                and up.head.lemma_ in words.speech_verb
            ):
                up = up.head
            elif up.dep_ == "pcomp" and up.head.dep_ == "prep":
                up = up.head.head
            else:
                break
            anchors.add(up.i)
        if token.pos_ not in VERB_POS:
            # "a trade war that began in 2011": the noun's own relative clause dates it
            anchors |= {c.i for c in children_of(token) if c.dep_ in {"relcl", "acl"}}
        clause_tokens = self._own_clause_ids(token)
        if future:
            # "will return the valley by March 3": a promise is dated when it is made, not when it is due
            anchors -= {clause.i, token.i}
            clause_tokens = set()
        # a time phrase inside a quotation is the speaker's ("parse/_quotation_marks"): it dates no act told
        ents = [
            e
            for e in self.sentence_ents(token)
            if is_date(e)
            and not within_quotation(e)
            and (
                e.root.i in anchors
                or is_attached_date(e.root, anchors)
                or is_adverbial_date(e.root, clause_tokens, words)
            )
        ]
        if clause.dep_ == "conj":
            # "met in May, and their aides talked again in June": a conjunct's own time phrase dates
            # it before the first conjunct's does (a stable sort keeps the sentence order otherwise); a
            # bound ("and extended them until December") says how long, not when, so it waits its turn
            own = {clause.i, token.i}
            ents.sort(key=lambda e: not is_attached_date(e.root, own) or is_limit_date(e))
        published = self.doc.published
        for ent in ents:
            resolved = resolve_date_text(date_text(ent), published, future=future)
            if resolved is not None:
                return resolved.iso(), resolved.precision, "explicit"
            if "same day" in ent.text.lower():
                return None, None, "later:0"
            later = words.later_re.search(self.sdoc[ent.start : ent.end + 1].text.lower())
            if later is not None:
                count = int(later.group(1)) if later.group(1).isdigit() else words.number_word[later.group(1)]
                unit = words.later_unit[later.group(2)]
                return None, None, f"later:{count * unit}"
        if any(words.past_reference_re.search(e.text.lower()) for e in ents):
            return None, None, "unresolved"
        if is_historical(token):
            return None, None, "historical"
        return None, None, ""

    def clause_place(self, token: Any) -> Place | None:
        words = self.words
        tokens = self._own_clause_ids(token)
        clause = clause_verb(token)
        fallback = None
        fallback_end: int | None = None
        for ent in self._sentence_places(token):
            root = ent.root
            prep = locative_prep_of(root, words)
            via_in = prep is not None
            if via_in and not close_to(prep, {token.i, clause.i}):
                via_in = False  # "a row over the detention of a journalist in Caracas" is not where it happened
            if root.i in tokens:
                visited = root.dep_ == "dobj" and token.lemma_ in words.visit_word
                to_visit = root.dep_ == "pobj" and root.head.lower_ == "to" and token.lemma_ in words.visit_word
                if via_in or visited or to_visit:
                    return self.place(ent.text, ent.end)
            elif prep is not None and fallback is None and _frames(prep, token) and self._is_city(ent.text):
                fallback, fallback_end = ent.text, ent.end  # "In Beijing, a spokeswoman said ..."
        if token.lemma_ in words.visit_word:
            # "a visit to Colombo" when the model did not tag the city
            for pobj in prep_objects([token], {"to"}):
                if self._is_city(pobj.text):
                    return self.place(self.sdoc[pobj.left_edge.i : pobj.i + 1].text)
        anchors = {token.i, clause.i}
        site_town = modifier_town(
            tokens, anchors, self.sdoc, words, self._is_city, self._demonym_tokens, self._in_unnamed_state
        )
        if site_town is not None:
            return self.place(site_town)  # "sued the operator in a Tbilisi court"
        if fallback is None:
            # a capital the model did not tag as a place: "In Yerevan, hundreds of protesters ..."
            start = self.sent_start[token.i]
            for m in self.mentions_to.get(start, []):
                tok = self.sdoc[m.token_end - 1]
                prep = locative_prep_of(tok, words)
                if m.kind == "capital" and prep is not None and _frames(prep, token):
                    fallback = m.text
                    break
        return self.place(fallback, fallback_end) if fallback else None

    def _sentence_places(self, token: Any) -> list[Any]:
        """The place entities of the token's sentence, the act's own place before the doers' home
        ("leaders in Darien protested in Yaviza"), a known place before "Embassy". The ranking reads
        each entity, the parse and the gazetteer only, not the trigger: sorted once per sentence (every
        event of the sentence asks). Callers only read the list."""
        start = self.sent_start[token.i]
        ranked = self._ranked_places.get(start)
        if ranked is None:
            ranked = self._ranked_places[start] = sorted(
                (e for e in self.sentence_ents(token) if e.label_ in PLACE_LABELS),
                key=lambda e: (self._of_subject(e.root), not self._is_city(e.text), PLACE_RANK[e.label_]),
            )
        return ranked

    def _of_subject(self, root: Any) -> bool:
        prep = locative_prep_of(root, self.words)
        return prep is not None and in_subject(prep)

    def place_country(self, token: Any, actors: list[Entity]) -> list[Entity]:
        """ "a drone strike in Kabul": where it happened is whom it hit, if that is not the actor's own soil."""
        place = self.clause_place(token)
        if place is None or not any(w[:1].isupper() for w in place.extracted_place.split()):
            return []  # "restored mosques in the canton": a common noun names no town of any state
        code = place.country_code or self._state_named(token, place.extracted_place)
        if not code or code in {a.code for a in actors}:
            return []
        return [Entity(code=code, sector=None, entity_text=place.extracted_place)]

    def _state_named(self, token: Any, name: str) -> str | None:
        """The state a place phrase of the token's sentence names ("in northern Iraq"): the gazetteer
        holds towns, not countries, so a country is known by its actor mention."""
        for m in self.mentions_from.get(self.sent_start[token.i], []):
            if m.kind in {"name", "alias"} and m.entity.code not in AGENT_CODES and m.text in name:
                return m.entity.code
        return None

    def _is_city(self, name: str) -> bool:
        """A town the gazetteer knows: a sea or strait named near the verb ("patrols in the South China
        Sea") is no stand-in for where the story is told from."""
        entry = self.gazetteer.lookup(_without_the(name))
        return entry is not None and not is_water(entry)

    def _in_unnamed_state(self, name: str) -> bool:
        """The town of that name lies in no state the story names ("Columbus" in a story of Venezuela)."""
        entry = self.town(name)
        return entry is None or entry.country not in self.story_states

    def place(self, name: str, end: int | None = None) -> Place:
        """The place of a name; ``end``: the token after the name in the text, where a region that
        qualifies it may follow ("in Geneva, Illinois")."""
        bare = _without_the(name)
        # only a seat city's namesakes are chosen by a qualifier (``town``): other names skip reading it
        qualified_in = self._qualifier_states(end, bare) if end is not None and is_seat_city(bare) else None
        entry = self.town(bare, qualified_in)
        if qualified_in is not None and len(qualified_in) == 1 and (entry is None or entry.country not in qualified_in):
            # "in Brussels, Wisconsin": the gazetteer's only Brussels is abroad; the town is the region's
            return resolve_place_in(self.gazetteer, name, next(iter(qualified_in)))
        return resolve_place(self.gazetteer, name, entry.country if entry is not None else None)

    def _qualifier_states(self, end: int, name: str) -> frozenset[str] | None:
        """The state of a region written after a comma at ``end`` behind the town ``name`` ("Geneva,
        Illinois" -> USA, "Geneva, Switzerland" -> CHE), read as a dateline's region is
        (``Knowledge.region_country``); None when no region follows or it names no one state."""
        sdoc = self.sdoc
        if end + 1 >= len(sdoc) or sdoc[end].text != ",":
            return None
        if sdoc[end + 1].ent_iob_ != "B" or sdoc[end + 1].ent_type_ not in {"GPE", "LOC"}:
            return None
        stop = end + 2
        while stop < len(sdoc) and sdoc[stop].ent_iob_ == "I":
            stop += 1
        hangs_on_city = sdoc[end + 1].dep_ == "appos" and sdoc[end + 1].head.i == end - 1
        if not hangs_on_city and stop < len(sdoc) and not sdoc[stop].is_punct:
            return None  # "met in Geneva, Washington said": a new clause's subject, not a region of the city
        state = self.region_country(sdoc[end + 1 : stop].text, name)
        return frozenset({state}) if state else None


def _frames(prep: Any, token: Any) -> bool:
    """A place phrase of the sentence's main clause that frames the trigger's act too ("In Beijing, a
    spokeswoman said"), unless it sits in an earlier "and" clause of another doer (``in_earlier_conjunct``).

    Training corpus (rules coder, the 228 documents with "in/at/near <Name> ... and"): 3 events move,
    2 to the gold's place (each had taken the first clause's town, and now takes its own clause's), 1
    between two events of the same gold place; none is lost."""
    return bool(near_main_verb(prep)) and not in_earlier_conjunct(prep, token)


def _without_the(name: str) -> str:
    """A place name without its article ("the Sinai" is looked up as "Sinai")."""
    return name[4:] if name.lower().startswith("the ") else name
