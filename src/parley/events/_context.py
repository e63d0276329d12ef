"""What the events stage knows of one document while it reads it: the mention index, the events so far,
the sentence each token is in, and the date and place written in an event's own clause."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from ..document import ActorMention, Document, Entity, Event, Place
from ..parse import doc_ents
from ..resolve._dates import resolve_date_text
from ..resolve._places import resolve_place
from ._lexicon import Lexicon
from ._modality import is_historical
from ._parse import clause_token_ids, governing_verb, prep_objects, verb_above
from ._typing import AGENT_CODES, NEEDS_TARGET
from ._words import EventWords

if TYPE_CHECKING:
    from ..knowledge import Gazetteer

__all__ = ["DocumentContext", "locative_prep_of", "same_entity", "unique_by_code"]

PLACE_LABELS = {"GPE", "LOC", "FAC"}
PLACE_RANK = {"GPE": 0, "LOC": 1, "FAC": 2}  # a city before a building ("the Japanese Embassy in Seoul")


class DocumentContext:
    """Per-document state: mention index, recent participants, dates in discourse."""

    def __init__(
        self, doc: Document, sdoc: Any, mention_at: dict[int, ActorMention], gazetteer: Gazetteer, lexicon: Lexicon
    ) -> None:
        self.doc = doc
        self.sdoc = sdoc
        self.mention_at = mention_at
        self.types = lexicon.types
        self.words: EventWords = lexicon.words
        self.recent: list[Entity] = []
        self.history: list[Event] = []
        self.pending: list[Event] = []  # events of the sentence being read
        # spaCy rebuilds Doc.ents and Token.sent on every access: index them once
        self.sent_start: dict[int, int] = {}
        self._ents_by_sent: dict[int, list[Any]] = {}
        for sent in sdoc.sents:
            start = sent.start
            for i in range(start, sent.end):
                self.sent_start[i] = start
            self._ents_by_sent[start] = []
        for ent in doc_ents(sdoc):
            self._ents_by_sent.setdefault(self.sent_start.get(ent.start, 0), []).append(ent)
        # the actor mentions by sentence (of their first and of their last token) and by kind:
        # every per-event look-up then takes a time independent of the article's length
        self.mentions_from: dict[int | None, list[ActorMention]] = {}
        self.mentions_to: dict[int | None, list[ActorMention]] = {}
        self._by_kind: dict[str, tuple[list[int], list[ActorMention]]] = {}
        ordered = True
        for m in doc.actor_mentions:
            self.mentions_from.setdefault(self.sent_start.get(m.token_start), []).append(m)
            self.mentions_to.setdefault(self.sent_start.get(m.token_end - 1), []).append(m)
            ends, found = self._by_kind.setdefault(m.kind, ([], []))
            ordered = ordered and (not ends or ends[-1] <= m.token_end)
            ends.append(m.token_end)
            found.append(m)
        self._ordered = ordered
        self.gazetteer = gazetteer
        self.home = doc.home_country

    def remember(self, event: Event) -> None:
        self.history.append(event)
        for ent in event.actors + event.recipients:
            self.recent = [e for e in self.recent if e.code != ent.code] + [ent]

    def last_mention(self, kind: str, before: int) -> ActorMention | None:
        """The last actor mention of a kind (in the mentions' order) that ends at or before token ``before``."""
        if not self._ordered:
            earlier = (m for m in reversed(self.doc.actor_mentions) if m.token_end <= before and m.kind == kind)
            return next(earlier, None)
        ends, found = self._by_kind.get(kind, ([], []))
        n = bisect_right(ends, before)
        return found[n - 1] if n else None

    def sentence_ents(self, tok: Any) -> list[Any]:
        """Named entities of the token's sentence."""
        return self._ents_by_sent.get(self.sent_start.get(tok.i, 0), [])

    def sentence_country(self, tok: Any) -> str | None:
        """The country the sentence names as a place ("In Yerevan, protesters ...", "seized Almaty
        airport"): a place after "in/at/into" first, then any city, then any country named."""
        start = self.sent_start.get(tok.i, 0)
        named = [
            m
            for m in self.mentions_from.get(start, [])
            if m.kind in {"name", "alias", "capital"} and m.entity.code not in AGENT_CODES
        ]
        for m in named:
            if locative_prep_of(self.sdoc[m.token_end - 1], self.words) is not None:
                return m.entity.code
        for ent in self.sentence_ents(tok):
            if ent.label_ == "GPE":
                entry = self.gazetteer.lookup(ent.text)
                if entry is not None and entry.country:
                    return str(entry.country)
        return named[0].entity.code if named else None

    # -- the story so far ----------------------------------------------------------
    def pair(self) -> list[Entity]:
        """ "the two sides": the two parties of the latest two-party event, else the last two actors named."""
        for event in reversed(self.history + self.pending):
            sides = unique_by_code(event.actors + event.recipients)
            if len(sides) == 2:
                return sides
        return list(self.recent[-2:]) if len(self.recent) >= 2 else []

    def target_from_sentence(self, events: list[Event]) -> None:
        """ "Chad ordered troops to its frontier after horsemen from Sudan attacked a village": a one-sided
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
        """The targets of the actors' latest hostile act ("shot down a Russian helicopter" ... "apologised")."""
        codes = {a.code for a in actors}
        for event in reversed(self.history):
            hostile = self.types[event.event].quad >= 3
            if hostile and codes & set(event.actor_codes):
                targets = [r for r in event.recipients if r.code not in codes]
                if targets:
                    return targets
        return []

    def counterparts(self, actors: list[Entity], type_: str | None = None) -> list[Entity]:
        """Whom a reaction is aimed at: everyone who last did that kind of thing to these actors
        ("Germany, France and Poland expelled ..." then "Moscow condemned the expulsions"),
        else the other side of the latest event that involved them.

        A hostile reaction answers a hostile act: a threat is not aimed at whoever last offered trade.
        """
        codes = {a.code for a in actors}
        done_to = [e for e in self.history if codes & set(e.recipient_codes)]
        if type_ is not None and self._quad(type_) >= 3:
            done_to = [e for e in done_to if self._quad(e.event) >= 3] or done_to
        if done_to:
            latest = done_to[-1].event
            doers = [a for e in done_to if e.event == latest for a in e.actors if a.code not in codes]
            if doers:
                return unique_by_code(doers)
        for event in reversed(self.history):
            sides = event.actors + event.recipients
            if codes & {e.code for e in sides}:
                other = [e for e in sides if e.code not in codes]
                if other:
                    return other
        for event in self.history:
            # nobody has dealt with these actors yet: they react to the story's main event
            sides = [e for e in event.actors + event.recipients if e.code not in codes]
            if len(event.actors + event.recipients) >= 2 and sides:
                return sides
        return []

    def _quad(self, type_: str) -> int:
        return self.types[type_].quad

    # -- date and place ------------------------------------------------------------
    def clause_date(self, token: Any, future: bool) -> tuple[str | None, str | None, str]:
        words = self.words
        clause = token if token.pos_ in {"VERB", "AUX"} else (governing_verb(token) or token)
        anchors = {clause.i, token.i}
        up = clause
        for _ in range(3):
            # "agreed last week to recall", "answered three days later by throwing out", "said on Friday that
            # they regretted", "expelled the envoy on Sunday and ordered troops": the outer clause's date
            if (
                up.dep_ in {"xcomp", "conj"}
                or (up.dep_ in {"advcl", "relcl"} and any(c.lower_ == "when" for c in up.children))
                or up.dep_ == "ccomp"
                and up.head.lemma_ in words.speech_verb
            ):
                up = up.head
            elif up.dep_ == "pcomp" and up.head.dep_ == "prep":
                up = up.head.head
            else:
                break
            anchors.add(up.i)
        if token.pos_ not in {"VERB", "AUX"}:
            # "a border war that broke out in 1998": the noun's own relative clause dates it
            anchors |= {c.i for c in token.children if c.dep_ in {"relcl", "acl"}}
        clause_tokens = clause_token_ids(token, participles=True)
        if future:
            # "will hand back the district by Nov. 20": a promise is dated when it is made, not when it is due
            anchors -= {clause.i, token.i}
            clause_tokens = set()
        ents = [
            e
            for e in self.sentence_ents(token)
            if is_date(e)
            and (
                e.root.i in anchors
                or is_attached_date(e.root, anchors)
                or is_adverbial_date(e.root, clause_tokens, words)
            )
        ]
        published = self.doc.published
        for ent in ents:
            resolved = resolve_date_text(ent.text, published, future=future)
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
        tokens = clause_token_ids(token, participles=True)
        clause = token if token.pos_ in {"VERB", "AUX"} else (governing_verb(token) or token)
        fallback = None
        ents = sorted(
            (e for e in self.sentence_ents(token) if e.label_ in PLACE_LABELS),
            key=lambda e: (not self._is_city(e.text), PLACE_RANK[e.label_]),  # a known place before "Embassy"
        )
        for ent in ents:
            root = ent.root
            prep = locative_prep_of(root, words)
            via_in = prep is not None
            if via_in and not close_to(prep, {token.i, clause.i}):
                via_in = False  # "a row over the detention of a journalist in Caracas" is not where it happened
            if root.i in tokens:
                visited = root.dep_ == "dobj" and token.lemma_ in words.visit_word
                to_visit = root.dep_ == "pobj" and root.head.lower_ == "to" and token.lemma_ in words.visit_word
                if via_in or visited or to_visit:
                    return self.place(ent.text)
            elif prep is not None and fallback is None and near_main_verb(prep) and self._is_city(ent.text):
                fallback = ent.text  # "In Beijing, a spokeswoman said ..."
        if token.lemma_ in words.visit_word:
            # "a visit to Colombo" when the model did not tag the city
            for pobj in prep_objects([token], {"to"}):
                if self._is_city(pobj.text):
                    return self.place(self.sdoc[pobj.left_edge.i : pobj.i + 1].text)
        if fallback is None:
            # a capital the model did not tag as a place: "In Yerevan, hundreds of protesters ..."
            start = self.sent_start.get(token.i, 0)
            for m in self.mentions_to.get(start, []):
                tok = self.sdoc[m.token_end - 1]
                prep = locative_prep_of(tok, words)
                if m.kind == "capital" and prep is not None and near_main_verb(prep):
                    fallback = m.text
                    break
        return self.place(fallback) if fallback else None

    def place_country(self, token: Any, actors: list[Entity]) -> list[Entity]:
        """ "a drone strike in Kabul": where it happened is whom it hit, if that is not the actor's own soil."""
        place = self.clause_place(token)
        codes = {a.code for a in actors}
        if place is None or not place.country_code or place.country_code in codes:
            return []
        return [Entity(code=place.country_code, sector=None, entity_text=place.extracted_place)]

    def _is_city(self, name: str) -> bool:
        return self.gazetteer.lookup(name[4:] if name.lower().startswith("the ") else name) is not None

    def place(self, name: str) -> Place:
        return resolve_place(self.gazetteer, name)


def is_attached_date(root: Any, anchors: set[int]) -> bool:
    """A date that modifies the event itself: "on Monday", "Tuesday", "last year", not "the March 4 attack"."""
    if root.head.i in anchors and root.dep_ in {"npadvmod", "tmod", "obl", "advmod", "dobj", "nsubj"}:
        return True
    prep = root.head
    return bool(root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in anchors)


def is_adverbial_date(root: Any, clause_tokens: set[int], words: EventWords) -> bool:
    """A time phrase somewhere in the event's own clause ("telephoned his counterpart, X, on Saturday")."""
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head  # "on Saturday morning"
    prep = root.head
    return bool(
        root.i in clause_tokens
        and root.dep_ == "pobj"
        and prep.lower_ in words.date_prep
        and prep.head.dep_ not in {"compound", "amod"}
    )


def close_to(prep: Any, anchors: set[int]) -> bool:
    """A place phrase of the event's own clause ("met on the sidelines of a summit in Osaka"), not of a
    noun far below it ("a row over the detention of a journalist in Caracas")."""
    verb = verb_above(prep)
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i not in anchors:
        verb = verb_above(verb, max_nouns=1)  # "blocked boats carrying fuel at the shoal"
    return verb is not None and verb.i in anchors


def near_main_verb(prep: Any) -> bool:
    """A place phrase of the sentence's main clause ("In Beijing, a spokeswoman said", "Speaking in
    Addis Ababa, the Secretary-General welcomed"), not of a clause deeper down ("a journalist held in Caracas")."""
    verb = verb_above(prep)
    if verb is None:
        return False
    return bool(verb.dep_ == "ROOT" or (verb.dep_ == "advcl" and verb.head.dep_ == "ROOT"))


def locative_prep_of(root: Any, words: EventWords) -> Any:
    """The locative preposition of "in Moscow", "at the truce village of Panmunjom", else None."""
    if root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ in words.locative_prep:
        return prep
    holder = prep.head
    if prep.lower_ == "of" and holder.dep_ == "pobj" and holder.head.lower_ in words.area_prep:
        return holder.head  # "at the truce village of Panmunjom", "on the outskirts of Yangon"
    return None


def is_date(ent: Any) -> bool:
    """DATE entities, and bare years the model calls numbers ("in 2019")."""
    if ent.label_ == "DATE":
        return True
    return bool(ent.label_ == "CARDINAL" and len(ent.text) == 4 and ent.text[:2] in {"19", "20"} and ent.text.isdigit())


def same_entity(entity: Entity, others: list[Entity]) -> bool:
    """A recipient that is one of the actors (police against protesters of one country is not)."""
    return any(
        o.code == entity.code and (o.sector == entity.sector or not entity.sector or not o.sector) for o in others
    )


def unique_by_code(entities: list[Entity]) -> list[Entity]:
    seen: set[str] = set()
    out = []
    for ent in entities:
        if ent.code not in seen:
            seen.add(ent.code)
            out.append(ent)
    return out
