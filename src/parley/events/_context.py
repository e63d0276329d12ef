"""What the events stage knows of one document while it reads it: the mention index, the events so far
and the sentence each token is in (the date and place of an event's own clause: ``_clause_anchors``)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import ActorMention, Document, Entity, Event
from ..parse import doc_ents
from ._anchors import locative_prep_of
from ._byline import byline_country
from ._clause_anchors import ClauseAnchors
from ._entities import as_guess, same_entity, unique_by_code
from ._group_home import group_home
from ._issuer import issuing_state
from ._lexicon import Lexicon
from ._quotes import quote_spans
from ._sentence_places import SentencePlaces
from ._story_pair import StoryPair
from ._story_rank import main_party
from ._third_party import two_sides
from ._type_sets import AGENT_CODES, AUTHORITIES, NEEDS_TARGET, STATELESS_GROUP
from ._words import EventWords, has_definite_determiner, word_in

if TYPE_CHECKING:
    from ..knowledge import Gazetteer

__all__ = [
    "STATE_KINDS",
    "DocumentContext",
    "as_guess",
    "locative_prep_of",
    "named_holder",
    "same_entity",
    "unique_by_code",
]


#: How a state's name or demonym modifies a noun ("Taiwanese fishermen", "Kenya's traders").
_NAMING_DEPS = {"amod", "compound", "poss", "nmod"}
#: The key under which the told index keeps the boats and lorries a state's name modifies (no lemma).
_CREWED = " crewed vehicle"
#: Mention kinds that name a state by its own words (a name, an alias, a demonym).
STATE_KINDS = frozenset({"name", "alias", "demonym"})
#: How many of the latest events "the three leaders" may stand for.
_GROUP_REACH = 50
#: The mentions that count towards the story's pair of states, and how clear the pair must be.
_DYAD_KINDS = {"name", "alias", "demonym", "capital", "person"}


class DocumentContext(SentencePlaces, ClauseAnchors, StoryPair):
    """Per-document state: mention index, recent participants, dates in discourse."""

    def __init__(
        self,
        doc: Document,
        sdoc: Any,
        mention_at: dict[int, ActorMention],
        gazetteer: Gazetteer,
        lexicon: Lexicon,
        region_country: Callable[[str, str | None], str | None],
    ) -> None:
        self.doc = doc
        self.sdoc = sdoc
        self.mention_at = mention_at
        self.types = lexicon.types
        self.words: EventWords = lexicon.words
        self.recent: list[Entity] = []
        self.history: list[Event] = []
        self.pending: list[Event] = []  # events of the sentence being read
        # the story so far, indexed as it is told (see ``remember``): what ``pair``, ``wronged`` and
        # ``counterparts`` look up takes a time independent of the article's length
        self._types_told: set[str] = set()
        self._last_two_sided: int | None = None  # the latest event with exactly two parties
        self._hurt: dict[str, dict[str, int]] = {}  # actor -> {target: its latest hostile event}
        self._dealt: dict[str, dict[str, int]] = {}  # party -> {other party: their latest event}
        self._first_shared: dict[str, int] = {}  # party -> its first event of two or more parties
        self._done_to: dict[str, int] = {}  # recipient -> the latest event done to it
        self._hostile_done_to: dict[str, int] = {}  # recipient -> the latest hostile event done to it
        # (recipient, event type) -> {actor: (event, position among its actors, the entity)}, first seen
        self._doers: dict[tuple[str, str], dict[str, tuple[int, int, Entity]]] = {}
        self._taken: dict[int, frozenset[str]] = {}  # id of an event not yet remembered -> the nouns it held
        self._held_by: dict[str, int] = {}  # lemma of people held ("fisherman") -> the latest event that held them
        self._named_held: int | None = None  # the latest event that held people or goods and named who did
        # spaCy rebuilds Doc.ents and Token.sent on every access: index them once (the sentences
        # are indexed on the document, shared with the chains stage)
        self.sent_start: list[int] = doc.sentence_index()[1]
        self._told_nouns: dict[str, list[tuple[int, str]]] | None = None  # built on first use
        self._told_in_order: list[tuple[int, str]] | None = None  # the same nouns, all lemmas, in order
        self._dyad: tuple[str, ...] | None = None  # the story's pair of states, built on first use
        # what depends on the parse alone, found on first use: towns after a preposition by sentence
        # start, the token indices of a trigger's clause by the trigger's index
        self._towns: dict[int, list[tuple[Any, str]]] = {}
        self._clause_ids: dict[int, set[int]] = {}
        self._ranked_places: dict[int, list[Any]] = {}  # a sentence's place entities in rank order, by its start
        self.parse_memo: dict[tuple[str, int], Any] = {}  # the readers' verdicts on tokens (see ``_memo``)
        self._ents_by_sent: dict[int, list[Any]] = {start: [] for start in dict.fromkeys(self.sent_start)}
        for ent in doc_ents(sdoc):
            self._ents_by_sent.setdefault(self.sent_start[ent.start], []).append(ent)
        # the actor mentions by sentence (of their first and of their last token) and by kind:
        # every per-event look-up then takes a time independent of the article's length
        self.mentions_from: dict[int, list[ActorMention]] = {}
        self.mentions_to: dict[int, list[ActorMention]] = {}
        self._by_kind: dict[str, tuple[list[int], list[ActorMention]]] = {}
        ordered = True
        for m in doc.actor_mentions:
            self.mentions_from.setdefault(self.sent_start[m.token_start], []).append(m)
            self.mentions_to.setdefault(self.sent_start[m.token_end - 1], []).append(m)
            ends, found = self._by_kind.setdefault(m.kind, ([], []))
            ordered = ordered and (not ends or ends[-1] <= m.token_end)
            ends.append(m.token_end)
            found.append(m)
        self._ordered = ordered
        self.gazetteer = gazetteer
        self.region_country = region_country
        line = doc.dateline
        self.dateline_end = line.end if line is not None and line.place else -1
        # a byline that files the story ("From our correspondent in Male") says where it is told as a
        # dateline does, and more firmly than the count of the states it names
        filed = None if self.dateline_end >= 0 else byline_country(sdoc, gazetteer, self.words)
        self.home = filed or doc.home_country
        # a dateline says where the story is reported from: firmer ground for an unnamed group's
        # country than a state the sentence merely names (see ``sentence_country``)
        self.home_from_dateline = bool(self.dateline_end >= 0 and doc.home_country) or filed is not None
        # an unnamed ruler ("His Highness") is the outlet's own when no dateline says where the story is
        self.own_country = self.home if self.home_from_dateline else (doc.source_country or self.home)
        # a local outlet calls its own country's police and government just "police", "the government":
        # when the outlet's country is one of the two states the story names most, an unnamed group is
        # the outlet's own before the other (a Kenyan paper on Somali traders: "police" are Kenya's)
        self.group_home = group_home(doc, sdoc, gazetteer, self.own_country, self.home)
        # a state body's own release calls itself "The Ministry" (see ``_issuer``); wire copy files from abroad
        abroad = self.home_from_dateline and self.home != doc.source_country
        self.issuer = None if abroad else issuing_state(sdoc, doc.source_country, mention_at, self.words)

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """The document's quotations (token spans), paired once for every pronoun that asks."""
        return quote_spans(self.sdoc)

    def in_dateline(self, tok: Any) -> bool:
        """A token of the opening dateline ("KUWAIT, Nov 12 -")."""
        return tok.idx < self.dateline_end

    def remember(self, event: Event) -> None:
        """Add an event to the story so far (its parties are not changed afterwards) and to the indexes."""
        n = len(self.history)
        self.history.append(event)
        for ent in event.actors + event.recipients:
            self.recent = [e for e in self.recent if e.code != ent.code] + [ent]
        self._types_told.add(event.event)
        sides = [e.code for e in event.actors + event.recipients]
        if two_sides(event):
            self._last_two_sided = n
        hostile = self._quad(event.event) >= 3
        actor_codes, recipient_codes = event.actor_codes, event.recipient_codes
        for a in dict.fromkeys(actor_codes):
            if hostile:
                _touch(self._hurt.setdefault(a, {}), (r for r in recipient_codes if r != a), n)
        for c in dict.fromkeys(sides):
            _touch(self._dealt.setdefault(c, {}), (o for o in sides if o != c), n)
            if len(sides) >= 2:
                self._first_shared.setdefault(c, n)
        for r in dict.fromkeys(recipient_codes):
            self._done_to[r] = n
            if hostile:
                self._hostile_done_to[r] = n
            doers = self._doers.setdefault((r, event.event), {})
            for pos, doer in enumerate(event.actors):
                doers.setdefault(doer.code, (n, pos, doer))
        if event.actors:
            taken = self._taken.pop(id(event), frozenset())
            for lemma in taken:
                self._held_by[lemma] = n
            if taken and named_holder(event):
                self._named_held = n

    def note_taken(self, event: Event, lemmas: frozenset[str]) -> None:
        """The event held people named by these nouns (an arrest, a seizure): indexed once remembered."""
        if lemmas:
            self._taken[id(event)] = lemmas

    def holder_of(self, lemmas: Iterable[str]) -> Event | None:
        """The latest event told that held people named by one of these nouns ("detained 14 fishermen"
        ... "the fishermen were released"): who took them is who lets them go."""
        lemmas = set(lemmas)
        for event in reversed(self.pending):  # "were detained overnight and released on Sunday"
            if event.actors and self._taken.get(id(event), frozenset()) & lemmas:
                return event
        found = [self._held_by[lemma] for lemma in lemmas if lemma in self._held_by]
        return self.history[max(found)] if found else None

    def latest_holder(self, tok: Any) -> Event | None:
        """The latest event that held people, told in the token's sentence or the one before it."""
        for event in reversed(self.pending):
            if event.actors and id(event) in self._taken:
                return event
        start = self.sent_start[tok.i]
        if not self._held_by or start == 0:
            return None
        latest = self.history[max(self._held_by.values())]
        before = self.sdoc[self.sent_start[start - 1]].idx  # where the sentence before begins
        return latest if latest.start >= before else None

    def story_holder(self) -> Event | None:
        """The latest event told anywhere in the story so far that held people or goods (this sentence's
        first): when the story names the people let go by other words than it named them taken ("detained
        two Spanish fishermen" ... "both men were released", "their nets returned"), it still lets go
        only what its holder took."""
        for event in reversed(self.pending):
            if named_holder(event) and id(event) in self._taken:
                return event
        # "released 23 fishermen detained last week": the detainer only guessed holds none
        return self.history[self._named_held] if self._named_held is not None else None

    def told(self, type_: str) -> bool:
        """Whether the story so far has an event of this type."""
        return type_ in self._types_told

    def last_mention(self, kind: str, before: int) -> ActorMention | None:
        """The last actor mention of a kind (in the mentions' order) that ends at or before token ``before``."""
        if not self._ordered:
            earlier = (m for m in reversed(self.doc.actor_mentions) if m.token_end <= before and m.kind == kind)
            return next(earlier, None)
        ends, found = self._by_kind.get(kind, ([], []))
        n = bisect_right(ends, before)
        return found[n - 1] if n else None

    def told_country(self, noun: Any) -> str | None:
        """The country an earlier sentence gave the same kind of people ("twelve Taiwanese fishermen
        ..." then "the fishermen were detained"): the latest such noun before the noun's sentence."""
        index = self._told_index()
        told = index.get(noun.lemma_.lower())
        if not told and self._names_crew_told_before(noun):
            # "a Turkish fishing boat landed six men ... detained the fishermen": who man a state's boats
            # or lorries are its people, when the story gave the people themselves no nationality
            told = index.get(_CREWED)
        if not told:
            return None
        n = bisect_right(told, (self.sent_start[noun.i], ""))
        return told[n - 1][1] if n else None

    def latest_told_before(self, tok: Any, lemmas: Iterable[str]) -> str | None:
        """The state of the latest noun of one of ``lemmas`` a state's word modified before the token's
        sentence ("twelve Haitian migrants ... the men"), or None."""
        start = (self.sent_start[tok.i], "")
        index = self._told_index()
        latest: tuple[int, str] | None = None
        for lemma in lemmas:
            told = index.get(lemma, [])
            n = bisect_right(told, start)
            if n and (latest is None or told[n - 1] > latest):
                latest = told[n - 1]
        return latest[1] if latest else None

    def latest_told_noun_before(self, tok: Any, keep: Callable[[Any], bool]) -> str | None:
        """The state of the latest noun ``keep`` accepts that a state's word modified before the token's
        sentence, whatever its lemma ("Five Laotian loggers ... held them"), or None."""
        if self._told_in_order is None:  # merged once per document, not on every pronoun
            self._told_in_order = sorted({t for spots in self._told_index().values() for t in spots})
        told = self._told_in_order
        n = bisect_right(told, (self.sent_start[tok.i], ""))
        latest = next((t for t in reversed(told[:n]) if keep(self.sdoc[t[0]])), None)
        return latest[1] if latest else None

    def _told_index(self) -> dict[str, list[tuple[int, str]]]:
        """The nouns a state's word modified, by lemma (built on first use)."""
        if self._told_nouns is None:
            self._told_nouns = self._index_told_nouns()
        return self._told_nouns

    def _names_crew_told_before(self, noun: Any) -> bool:
        """ "the fishermen", "the drivers": a definite crew noun points back at the crew of boats or lorries
        told before; a bare "fishermen complained" speaks of the place's own people."""
        words = self.words
        crew = word_in(noun, words.crew_noun)
        return crew and has_definite_determiner(noun, words)

    def _names_a_nation(self, noun: Any) -> bool:
        """ "the Thai people", "the Cuban people": a definite, uncounted collective after a state's word is
        the nation as a whole; "more than 150 people" detained later are not thereby of that state."""
        words = self.words
        kids = list(children_of(noun))
        return (
            word_in(noun, words.nation_collective)
            and has_definite_determiner(noun, words)
            and not any(c.dep_ == "nummod" for c in kids)
        )

    def _index_told_nouns(self) -> dict[str, list[tuple[int, str]]]:
        """Nouns a state's name or demonym modifies ("Taiwanese fishermen", "Kenya's traders"), by lemma,
        in the order told."""
        # read from the states' words up to the nouns they modify (a few dozen words, not the
        # whole document); a noun takes the first such word among its children, as the parse orders them
        first_state: dict[int, str] = {}
        for i in sorted(self.mention_at):
            mention = self.mention_at[i]
            if mention.kind not in STATE_KINDS or mention.entity.code in AGENT_CODES:
                continue
            word = self.sdoc[i]
            noun = word.head
            if word.dep_ in _NAMING_DEPS and noun.i != i and noun.i not in first_state:
                first_state[noun.i] = mention.entity.code
        out: dict[str, list[tuple[int, str]]] = {}
        for n in sorted(first_state):
            tok = self.sdoc[n]
            if tok.pos_ != "NOUN" or n in self.mention_at or n in self.ethnic_heads:
                continue  # "ethnic Hungarian students" in Cluj are not Hungary's people
            if self._names_a_nation(tok):
                continue  # "thanked the American people": the nation, not people a later sentence counts
            out.setdefault(tok.lemma_.lower(), []).append((n, first_state[n]))
            if word_in(tok, self.words.crewed_vehicle):
                out.setdefault(_CREWED, []).append((n, first_state[n]))
        return out

    # -- the story so far ----------------------------------------------------------
    def pair(self, before: int | None = None) -> list[Entity]:
        """ "the two sides": the two parties of the latest two-party event (the story's one clear pair of
        states instead, when that event is a side event with someone else), else the last two actors named
        in events, else (no event told yet) the last two states named before token ``before``."""
        for event in reversed(self.pending):
            if sides := two_sides(event):
                return sides
        if self._last_two_sided is not None:
            event = self.history[self._last_two_sided]
            sides = two_sides(event)
            story = self._story_pair()
            if story and {e.code for e in sides} != set(story):
                # "an offer of Russian mediation that Ashgabat declined. This time both governments say ...":
                # a side event does not displace the two states the story is about
                return self._named(story)
            return sides
        if len(self.recent) >= 2:
            return list(self.recent[-2:])
        return self.last_states(2, before) if before is not None else []

    def in_story_order(self, entities: list[Entity]) -> list[Entity]:
        """The entities in the order the article first names them (the one the story is about comes
        first): "the two coast guards started shared drills" is told from the side the story opened with, not
        from whichever side acted last."""
        first: dict[str, int] = {}
        for m in self.doc.actor_mentions:
            first.setdefault(m.entity.code, m.token_start)
        return sorted(entities, key=lambda e: first.get(e.code, len(self.sdoc)))

    def _named(self, codes: tuple[str, ...]) -> list[Entity]:
        """The entities of these codes as last told, else bare."""
        told = {e.code: e for e in self.recent}
        return [told.get(c) or Entity(code=c, sector=None) for c in codes]

    def last_states(self, size: int, before: int) -> list[Entity]:
        """The last ``size`` different states named before a token, in the order last named ("Ethiopia
        and Kenya launched a commission ... The two ministers conferred"); none when fewer were named."""
        found: dict[str, Entity] = {}
        for m in reversed(self.doc.actor_mentions):
            if m.token_end > before or m.kind not in STATE_KINDS or m.entity.code in AGENT_CODES:
                continue
            if m.entity.code not in found:
                found[m.entity.code] = Entity(code=m.entity.code, sector=None, entity_text=m.text)
            if len(found) == size:
                return list(reversed(found.values()))
        return []

    def group(self, size: int, before: int | None = None) -> list[Entity]:
        """ "the three leaders", "the four countries": the side of the latest event with that many parties
        (its actors, else its actors and recipients), else the last ``size`` participants, else the last
        ``size`` states named before token ``before``. Only the latest events are read, so the look-up
        does not grow with the article."""
        for event in reversed(self.history[-_GROUP_REACH:] + self.pending):
            for sides in (unique_by_code(event.actors), unique_by_code(event.actors + event.recipients)):
                if len(sides) == size:
                    return sides
        if len(self.recent) >= size:
            return list(self.recent[-size:])
        return self.last_states(size, before) if before is not None else []

    def target_from_sentence(self, events: list[Event]) -> None:
        """ "Niger sent soldiers to its border after riders from Mali raided a hamlet": a one-sided
        act with no target answers whoever acts on the other side in the same sentence."""
        for event in events:
            codes = set(event.actor_codes)
            if event.recipients or event.event not in NEEDS_TARGET or len(codes) != 1:
                continue
            for other in events:
                if other is event:
                    continue
                doers = [a for a in other.actors if a.code not in codes]
                sides = [e for e in other.actors + other.recipients if e.code not in codes]
                if doers or sides:
                    event.recipients = unique_by_code(doers or sides)
                    break

    def wronged(self, actors: list[Entity]) -> list[Entity]:
        """The targets of the actors' latest hostile act ("sank a Danish patrol boat" ... "apologised")."""
        codes = {a.code for a in actors}
        latest = _latest(self._hurt, codes)
        if latest is None:
            return []
        return [r for r in self.history[latest].recipients if r.code not in codes]

    def counterparts(self, actors: list[Entity], type_: str | None = None) -> list[Entity]:
        """Whom a reaction is aimed at: everyone who last did that kind of thing to these actors
        ("Austria, Chile and Norway expelled ..." then "Minsk condemned the expulsions"),
        else the other side of the latest event that involved them.

        A hostile reaction answers a hostile act: a threat is not aimed at whoever last offered trade.
        The entities come without the words that named them elsewhere: a guess, which a mention of the
        same sentence that names the target replaces.
        """
        found = self._counterparts(actors, type_)
        recent = self.history[-_GROUP_REACH:] + self.pending
        return [as_guess(e) for e in main_party(actors, found, self._state_counts, recent)]

    def _counterparts(self, actors: list[Entity], type_: str | None) -> list[Entity]:
        codes = {a.code for a in actors}
        done_to = [self._done_to[c] for c in codes if c in self._done_to]
        if type_ is not None and self._quad(type_) >= 3:
            done_to = [self._hostile_done_to[c] for c in codes if c in self._hostile_done_to] or done_to
        if done_to:
            # every actor of an event of the latest one's type done to them, in the order first seen
            latest = self.history[max(done_to)].event
            first: dict[str, tuple[int, int, Entity]] = {}
            for c in codes:
                for code, seen in self._doers.get((c, latest), {}).items():
                    if code not in codes and (code not in first or seen[:2] < first[code][:2]):
                        first[code] = seen
            if first:
                return [seen[2] for seen in sorted(first.values(), key=lambda seen: seen[:2])]
        latest_with = _latest(self._dealt, codes)
        if latest_with is not None:
            event = self.history[latest_with]
            return [e for e in event.actors + event.recipients if e.code not in codes]
        # nobody has dealt with these actors yet: they react to the story's main event
        main = next((n for code, n in self._first_shared.items() if code not in codes), None)
        if main is not None:
            event = self.history[main]
            return [e for e in event.actors + event.recipients if e.code not in codes]
        return []

    def attackers(self, actors: list[Entity]) -> list[Entity]:
        """Whoever did the latest hostile act to these actors ("gunmen from the Central African Republic
        raided a village" ... "the government placed its units on alert"): a guess, as for
        ``counterparts``, but never a party that only met, helped or criticised them, nor an
        international body."""
        codes = {a.code for a in actors}
        done_to = [self._hostile_done_to[c] for c in codes if c in self._hostile_done_to]
        if not done_to:
            return []
        event = self.history[max(done_to)]
        # international bodies and peacekeepers are no enemy a state mobilises against
        return [as_guess(e) for e in unique_by_code(event.actors) if e.code not in codes | AGENT_CODES]

    def armed_group_raiders(self, actors: list[Entity]) -> list[Entity]:
        """The armed group of no state that did the story's latest hostile act by such a group ("Al
        Shabaab fighters ambushed a convoy of Ugandan soldiers" ... "Ethiopia put units along the border
        on heightened alert"): a state's deployment in a story of militant raids answers the raiders,
        even when they hit another state's men; a guess, as for ``attackers``."""
        codes = {a.code for a in actors}
        for event in reversed(self.history[-_GROUP_REACH:]):
            raiders = unique_by_code(event.actors)
            if self._quad(event.event) >= 3 and raiders and all(e.code == STATELESS_GROUP for e in raiders):
                return [] if codes & {STATELESS_GROUP} else [as_guess(e) for e in raiders]
        return []

    def doers_of(self, type_: str, actors: list[Entity]) -> list[Entity]:
        """Who did the latest event of a type told so far ("militants attacked a bus" ... "Kenya
        condemned the attack"), other than ``actors``; a guess, as for ``counterparts``."""
        codes = {a.code for a in actors}
        for event in reversed(self.history[-_GROUP_REACH:]):
            if event.event == type_:
                return [as_guess(e) for e in unique_by_code(event.actors) if e.code not in codes]
        return []

    def latest_doers(self, actors: list[Entity], skip: set[str], since: int) -> list[Entity]:
        """Who did the latest event told from character ``since`` on, of no type in ``skip`` and not in a
        sentence that tells one of those, by someone other than ``actors`` ("tanks moved up to the river" ...
        "Ljubljana condemned the step"); a guess, as for ``counterparts``."""
        codes = {a.code for a in actors}
        recent = [e for e in self.history[-_GROUP_REACH:] if e.start >= since]
        # "accused Rome of arming the junta": a deed told inside a skipped event is only its charge
        skipped = {e.start for e in recent if e.event in skip}
        for event in reversed(recent):
            if event.start in skipped:
                continue
            doers = [as_guess(e) for e in unique_by_code(event.actors) if e.code not in codes]
            if doers:
                return doers
        return []

    def at_home(self, actors: list[Entity], token: Any) -> list[Entity]:
        """ "the president pardoned 360 prisoners", "the union dropped its demand": a concession whose
        sentence names no other state is made to the actor's own people (or, by people, to their own
        authorities). None when the sentence names another state, the actors are of several, or the
        actor's state is neither the story's nor the sentence's."""
        codes = {a.code for a in actors}
        if len(codes) != 1 or codes & AGENT_CODES:
            return []
        code = next(iter(codes))
        if self.home and code not in {self.home, self.sentence_country(token)}:
            return []  # "a Canadian envoy declared a truce" in Bamako: not at his home
        start = self.sent_start[token.i]
        others = [
            m
            for m in self.mentions_from.get(start, [])
            if m.kind in _DYAD_KINDS and m.entity.code not in codes | AGENT_CODES
        ]
        if others:
            return []
        sector = "CVL" if all(a.sector in AUTHORITIES for a in actors) else "GOV"
        return [Entity(code=code, sector=sector, entity_text="")]

    def _quad(self, type_: str) -> int:
        return self.types[type_].quad


def _touch(latest: dict[str, int], codes: Iterable[str], n: int) -> None:
    """Record event ``n`` as the latest of each code, keeping the dict in the order of the latest event."""
    for code in codes:
        latest.pop(code, None)
        latest[code] = n


def _latest(index: dict[str, dict[str, int]], codes: set[str]) -> int | None:
    """The latest event recorded under one of ``codes`` with a party outside ``codes``, else None."""
    found: int | None = None
    for code in codes:
        for other in reversed(index.get(code, {})):
            if other not in codes:
                n = index[code][other]
                found = n if found is None else max(found, n)
                break
    return found


def named_holder(event: Event) -> bool:
    """The event names who held the people or goods: a holder that was itself only guessed ("23 fishermen
    detained last week") is no firmer a guess than the story's named one before it."""
    return bool(event.actors) and all(a.entity_text for a in event.actors)
