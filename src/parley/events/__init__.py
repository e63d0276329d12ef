"""The events stage: triggers in the parse, their actors and recipients, and modality.

Reads ``doc.spacy`` and ``doc.actor_mentions``; writes ``doc.events`` (one per
event mention, before de-duplication) with type, mode, CAMEO code, actors,
recipients, evidence offsets, and the date and place written in the event's
own clause (``resolve`` fills what the clause does not say).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..document import ActorMention, Document, Entity, Event, Mention, Place
from ..mentions import MentionFinder
from ..resolve._dates import resolve_date_text
from ..resolve._places import resolve_place
from ._lexicon import Lexicon, Trigger, load_lexicon
from ._words import EventWords

if TYPE_CHECKING:
    from ..knowledge import Knowledge

__all__ = ["EventFinder", "Lexicon", "load_lexicon"]

logger = logging.getLogger(__name__)

# Sets of PLOVER types, sectors and parse labels: the code's own vocabulary, not English words
# (those are in data/event_words.tsv, read through ``self.words`` / ``words``).
_COOP_TYPES = {"CONSULT", "AGREE", "SUPPORT", "COOPERATE", "AID"}
_CONTENT_DEPS = {"xcomp", "ccomp"}
_CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "parataxis", "acl", "csubj"}
_FUTURE_TYPE = {
    "CONSULT": "AGREE",
    "SUPPORT": "AGREE",
    "COOPERATE": "AGREE",
    "AID": "AGREE",
    "RETREAT": "CONCEDE",
    "SANCTION": "THREATEN",
    "COERCE": "THREATEN",
    "ASSAULT": "THREATEN",
}
_MATERIAL_CONFLICT = {"SANCTION", "COERCE", "MOBILIZE", "ASSAULT", "PROTEST"}
_AGENT_CODES = {"IGO", "UNO", "EUR", "NGO"}
_NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "attr"}
_SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}
#: spaCy's part of speech -> the lexicon's; adverbs of judgement ("illegally") are read as adjectives.
_TRIGGER_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ", "ADV": "ADJ"}
#: Acts whose noun takes its patient with "of": "the arrest of X", "the expulsion of X's diplomats".
_DONE_TO = {"COERCE", "ASSAULT", "SANCTION"}
_MATERIAL = {"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
_VERBAL = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "AGREE"}
_FORCE = {"COERCE", "ASSAULT"}
_DISPUTE = {"ACCUSE", "REJECT"}
#: Types whose target, when the sentence names none, is the other side of the story so far.
_NEEDS_TARGET = {"ACCUSE", "REJECT", "THREATEN", "SANCTION", "REQUEST", "SUPPORT", "MOBILIZE", "CONCEDE", "ASSAULT"}
#: What a state does to people on its own soil; passive mentions name only the victims.
_STATE_ACTS = {"COERCE", "SANCTION"}
#: Acts whose unnamed target is the other side at home: police fire on protesters, protesters demand of the state.
_DOMESTIC_TARGET = {
    "ASSAULT": "CVL",
    "COERCE": "CVL",
    "RETREAT": "CVL",
    "PROTEST": "GOV",
    "REQUEST": "GOV",
    "REJECT": "CVL",
    "ACCUSE": "GOV",
}
_CIVILIAN = {"CVL", "OPP", "EDU", "LAB"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PLACE_RANK = {"GPE": 0, "LOC": 1, "FAC": 2}  # a city before a building ("the Japanese Embassy in Seoul")


@dataclass
class _Candidate:
    trigger: Trigger
    token: Any
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    type: str = ""
    modality: str = "asserted"


class EventFinder:
    """Pipeline component: event mentions from the trigger lexicon and the dependency parse."""

    reads = ("spacy", "actor_mentions", "home_country", "published", "source_country")
    writes = ("events",)

    def __init__(self, knowledge: Knowledge, lexicon: Lexicon, mentions: MentionFinder) -> None:
        self.knowledge = knowledge
        self.lexicon = lexicon
        self.mentions = mentions
        self.words: EventWords = lexicon.words
        self._trigger_words: frozenset[str] | None = None
        self._word_is_trigger: dict[int, bool] = {}

    def __call__(self, doc: Document) -> Document:
        sdoc = doc.spacy
        mention_at: dict[int, ActorMention] = {}
        for m in doc.actor_mentions:
            for i in range(m.token_start, m.token_end):
                mention_at[i] = m
        ctx = _Context(doc, sdoc, mention_at, self)
        events: list[Event] = []
        title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
        possible = self._possible_triggers(sdoc)  # no other token can be a trigger
        for seq, sent in enumerate(sdoc.sents):
            in_sentence: list[Event] = []
            ctx.pending = in_sentence
            for token in (sdoc[i] for i in possible if sent.start <= i < sent.end):
                if token.idx < title_end:
                    continue  # the headline restates the story; its events are coded from the body
                cand = self._candidate(token, ctx)
                if cand is None:
                    continue
                event = self._to_event(cand, seq, sent, ctx)
                if event is not None and not _joins_symmetric(event, in_sentence):
                    in_sentence.append(event)
            ctx.target_from_sentence(in_sentence)
            for event in in_sentence:
                events.append(event)
                ctx.remember(event)
        doc.events = events
        return doc

    # -- triggers ----------------------------------------------------------------
    def _possible_triggers(self, sdoc: Any) -> list[int]:
        """Indices of the tokens whose lemma or form is a trigger word (what :meth:`_match_trigger` looks up)."""
        from spacy.attrs import LEMMA, LOWER

        words = self._trigger_words
        if words is None:
            words = self._trigger_words = frozenset(lemma for lemma, _ in self.lexicon.triggers)
        known = self._word_is_trigger  # by string hash: the same in every document
        if len(known) > 500_000:
            known.clear()
        strings = sdoc.vocab.strings
        out = []
        for i, hashes in enumerate(sdoc.to_array([LEMMA, LOWER]).tolist()):
            for h in hashes:
                hit = known.get(h)
                if hit is None:
                    hit = known[h] = strings[h].lower() in words
                if hit:
                    out.append(i)
                    break
        return out

    def _match_trigger(self, token: Any) -> Trigger | None:
        # only tokens found by _possible_triggers get here: look up no other key than lemma and form
        pos = _TRIGGER_POS.get(token.pos_)
        if pos == "VERB" and token.dep_ in _NOMINAL_DEPS:
            pos = "NOUN"  # a noun the tagger took for a verb ("defence drills")
        if pos is None:
            return None
        lemma = token.lemma_.lower()
        rows = self.lexicon.triggers.get((lemma, pos)) or self.lexicon.triggers.get((token.lower_, pos))
        if not rows:
            return None
        for row in rows:
            if _condition_holds(row, token, self.words):
                return row
        return None

    def _covered_by_verb(self, noun: Any, trig: Trigger) -> bool:
        """A noun inside a verb trigger's clause ("held talks", "intend to organize a visit") is that event."""
        tok = noun
        for _ in range(5):
            if tok.head.i == tok.i:
                return False
            if tok.dep_ == "prep" and (tok.lower_ in self.words.time_prep or _at_the_end_of(tok, self.words)):
                return False  # "reached a deal at the end of a visit": the visit is an event of its own
            tok = tok.head
            outer = self._match_trigger(tok) if tok.pos_ in {"VERB", "AUX", "ADJ"} else None
            if outer is not None:
                return outer.type == trig.type or trig.type not in {"PROTEST", "ASSAULT"}
            if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"xcomp", "pcomp"}:
                return False
        return False

    def _candidate(self, token: Any, ctx: _Context) -> _Candidate | None:
        trig = self._match_trigger(token)
        if trig is None:
            return None
        words = self.words
        refusal = _refused_cooperation(token, trig, words)
        if refusal:
            trig = Trigger(trig.lemma, trig.pos, "REJECT", None, "120", trig.cond, trig.roles)
        elif (
            _is_negated(token, words)
            or _is_hypothetical(token, words)
            or (trig.type in _MATERIAL and _recommended(token, words))
        ):
            return None
        head = token.head
        if token.dep_ == "pcomp" and self._match_trigger(head.head) is not None:
            return None  # "accused of seeking": what is alleged, not a second event
        if token.dep_ in _CONTENT_DEPS and head.i != token.i and not _semicolon_between(token, head):
            outer = self._match_trigger(head)
            passes = head.lemma_ in words.decision_verb and trig.type in _MATERIAL_CONFLICT | {"RETREAT"}
            if outer is not None and not passes:
                return None
        if trig.pos == "NOUN" and _bare_definite(token, words) and any(e.event == trig.type for e in ctx.history):
            return None  # "the army acknowledged the killings": the event told before, not a new one
        if token.dep_ == "acl" and token.tag_ == "VBN" and trig.type in _COOP_TYPES:
            return None  # "militias backed by the army", "a deal brokered by Moscow" describe, not report
        if trig.pos == "NOUN" and (token.dep_ in {"compound", "amod"} or self._covered_by_verb(token, trig)):
            return None  # "the truce village", or a noun inside a verb trigger's own clause
        if token.lemma_ in words.decision_verb and any(
            c.dep_ == "xcomp"
            and (inner := self._match_trigger(c)) is not None
            and inner.type in _MATERIAL_CONFLICT | {"RETREAT"}
            for c in token.children
        ):
            return None  # "agreed to recall their envoys", "agreed to withdraw its cases": the inner act is the event
        cand = _Candidate(trigger=trig, token=token, type=trig.type)
        if trig.roles == "appraisal":
            cand.actors, cand.recipients = ctx.appraisal_roles(token)
        elif trig.pos == "NOUN":
            cand.actors, cand.recipients = ctx.noun_roles(token, trig)
        elif trig.pos == "ADJ":
            cand.actors = ctx.np_entities_many(_subjects(token.head, words)) if token.head.i != token.i else []
            cand.recipients = ctx.promised_partner(token) if trig.type == "AGREE" else []
        else:
            cand.actors, cand.recipients = ctx.verb_roles(token, trig)
        if not cand.actors and trig.type == "PROTEST" and (trig.pos == "VERB" or _unowned_protest(token)):
            # "thousands rallied", "demonstrations began in Zhanaozen": people of the place protest
            home = ctx._sentence_country(token) or ctx.home
            cand.actors = [Entity(code=home, sector="CVL", entity_text="")] if home else []
        if not cand.actors:
            return None
        self._reclassify(cand)
        if _is_future(token, trig, words):
            cand.modality = "future"
            cand.type = _FUTURE_TYPE.get(cand.type, cand.type)
        cand.recipients = [r for r in cand.recipients if not _same_entity(r, _unique(cand.actors))]
        self._fill_recipients(cand, ctx)
        cand.recipients = [r for r in cand.recipients if not _same_entity(r, _unique(cand.actors))]
        if cand.type in _COOP_TYPES:
            # cooperation is between countries: "the two ministers agreed to expand coast guard training"
            cand.recipients = [r for r in cand.recipients if r.code not in {a.code for a in cand.actors}]
        if token.dep_ == "xcomp" and head.i != token.i:
            outer = self._match_trigger(head)
            if outer is not None and head.lemma_ in words.decision_verb and trig.type in _MATERIAL_CONFLICT:
                cand.type = trig.type
                cand.modality = "asserted"
        return cand

    def _reclassify(self, cand: _Candidate) -> None:
        """The same words mean another act in other hands."""
        sectors = {a.sector for a in cand.actors}
        if cand.type in {"ASSAULT", "COERCE"} and sectors <= _CIVILIAN:
            cand.type = "PROTEST"  # civilians storming a building or blocking a road protest; they do not wage war
        elif cand.type == "PROTEST" and cand.trigger.lemma == "protest" and sectors <= {"GOV", None}:
            cand.type = "ACCUSE"  # a government's protest is a diplomatic complaint
        elif cand.type == "CONSULT" and cand.trigger.mode == "visit" and sectors == {"MIL"}:
            cand.type = "AID"  # troops landing or flying in to keep the peace are help, not a visit
        elif cand.type == "CONSULT" and cand.token.lemma_ in self.words.transport_verb and _carried(cand.token):
            cand.type = "AID"  # "is flying French soldiers and equipment to Mali": transport, not a visit

    @staticmethod
    def _fill_recipients(cand: _Candidate, ctx: _Context) -> None:
        """No target named: where a visit went, the domestic other side, or the story's counterpart."""
        if not cand.recipients and cand.trigger.mode == "visit":
            cand.recipients = ctx.visited(cand.token)
        if not cand.recipients and cand.type in {"ACCUSE", "REJECT"}:
            cand.recipients = ctx.counterparts(cand.actors, cand.type)  # words answer whoever acted last
        if not cand.recipients and cand.type == "CONCEDE" and cand.modality != "future":
            cand.recipients = ctx.wronged(cand.actors)  # an apology goes to whom the actor last hurt
        if not cand.recipients:
            cand.recipients = ctx.domestic_target(cand.actors, cand.type, cand.token)
        if not cand.recipients and cand.type in {"ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION"}:
            cand.recipients = ctx.place_country(cand.token, cand.actors)
        if not cand.recipients and cand.type in _NEEDS_TARGET:
            cand.recipients = ctx.counterparts(cand.actors, cand.type)
        if not cand.recipients and cand.type in {"AID", "AGREE"} and len(_unique(cand.actors)) == 1:
            # "the EU pledged 10 million euros in aid": help goes to the country the story is about
            home = ctx.home
            if home and home != cand.actors[0].code and home not in _AGENT_CODES:
                cand.recipients = [Entity(code=home, sector=None, entity_text="")]

    # -- building the event ------------------------------------------------------
    def _to_event(self, cand: _Candidate, seq: int, sent: Any, ctx: _Context) -> Event | None:
        trig = cand.trigger
        mode = trig.mode if cand.type == trig.type else None
        cameo = trig.cameo if cand.type == trig.type else self.lexicon.types[cand.type].cameo
        date, precision, date_source = ctx.clause_date(cand.token, future=cand.modality == "future")
        place = ctx.clause_place(cand.token)
        if (
            place is not None
            and not cand.recipients
            and cand.type in {"CONSULT", "AID"}
            and cand.token.lemma_ in self.words.visit_word
            and place.country_code
            and place.country_code not in {a.code for a in cand.actors}
        ):
            cand.recipients = [Entity(code=place.country_code, sector="GOV", entity_text=place.extracted_place)]
        start, end = _evidence_span(sent, ctx.doc)
        text = ctx.doc.text[start:end]
        event = Event(
            doc_id=ctx.doc.id,
            event=cand.type,
            actors=_unique(cand.actors),
            recipients=_unique(cand.recipients),
            mode=mode,
            cameo=cameo,
            date=date,
            date_precision=precision,
            date_source=date_source,
            place=place,
            event_text=cand.token.text,
            trigger=cand.trigger.lemma,
            text=text,
            sequence=seq,
            start=start,
            end=end,
            modality=cand.modality,
            confidence=_confidence(cand, date_source),
        )
        event.mentions = [
            Mention(
                doc_id=ctx.doc.id,
                sequence=seq,
                start=start,
                end=end,
                text=text,
                event_text=cand.token.text,
                source=ctx.doc.article.source,
                url=ctx.doc.article.url,
            )
        ]
        return event


class _Context:
    """Per-document state: mention index, recent participants, dates in discourse."""

    def __init__(self, doc: Document, sdoc: Any, mention_at: dict[int, ActorMention], finder: EventFinder) -> None:
        self.doc = doc
        self.sdoc = sdoc
        self.mention_at = mention_at
        self.finder = finder
        self.words: EventWords = finder.words
        self.recent: list[Entity] = []
        self.history: list[Event] = []
        self.pending: list[Event] = []  # events of the sentence being read
        # spaCy rebuilds Doc.ents and Token.sent on every access: index them once
        self._sent_start = {}
        self._ents_by_sent: dict[int, list[Any]] = {}
        for sent in sdoc.sents:
            for t in sent:
                self._sent_start[t.i] = sent.start
            self._ents_by_sent[sent.start] = []
        for ent in sdoc.ents:
            self._ents_by_sent.setdefault(self._sent_start.get(ent.start, 0), []).append(ent)
        self.gazetteer = finder.knowledge.gazetteer
        self.home = doc.home_country

    def remember(self, event: Event) -> None:
        self.history.append(event)
        for ent in event.actors + event.recipients:
            self.recent = [e for e in self.recent if e.code != ent.code] + [ent]

    # -- roles --------------------------------------------------------------------
    def verb_roles(self, verb: Any, trig: Trigger) -> tuple[list[Entity], list[Entity]]:
        words = self.words
        subjects = _subjects(verb, words)
        passive = _passive(verb) or (verb.dep_ == "conj" and verb.tag_ == "VBN" and _passive(verb.head))
        passive = passive or (verb.dep_ == "acl" and verb.tag_ == "VBN")  # "200 people detained in Lima"
        if passive and verb.dep_ == "acl" and not any(t.dep_ == "nsubjpass" for t in verb.children):
            subjects = [verb.head]  # "citizens abducted by agents": the citizens suffered it
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "attr", "oprd"}]
        cond, values = trig.condition()
        between: list[Entity] = []
        if (cond == "obj" and values) or trig.type == "MOBILIZE":
            # "broke off relations with Colombia", "massed troops near the border": the object belongs
            # to the trigger; whom it is aimed at hangs from the object or the verb
            moved = trig.type == "MOBILIZE"
            phrase = [o for o in objects if moved or o.lemma_.lower() in values or o.lower_ in values]
            between = self.np_entities_many(_pobjs(phrase, words.between_prep))
            owners = [c for o in phrase for c in o.children if c.dep_ == "poss"]  # "had given her shelter"
            objects = _pobjs(phrase, _allowed_preps(trig, words)) + owners + [o for o in objects if o not in phrase]
        allowed = _allowed_preps(trig, words)
        preps = [c for c in verb.children if c.dep_ in {"prep", "prt", "dative"} and c.lower_ in allowed]
        pobjs = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
        if passive:
            agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
            actors = self.np_entities_many(agents)
            recipients = self.np_entities_many(subjects)
            if not actors and trig.type in {"ACCUSE", "REQUEST"}:
                actors = self._speaker(verb)  # "X said the generals should be investigated"
            home = self._sentence_country(verb) or self.home
            if not actors and trig.type in _STATE_ACTS and home:
                # "were arrested", "had been detained": the authorities where it happened did it
                actors = [Entity(code=home, sector="GOV", entity_text="")]
                recipients = recipients or [Entity(code=home, sector="CVL", entity_text="")]
            if not actors:
                return [], []
            return actors, recipients + self.np_entities_many(pobjs)
        actors = self.np_entities_many(subjects)
        if not actors and cond == "obj" and values and between:
            actors = between  # "the treaty that normalized relations between the two countries"
        reported = (verb.dep_ == "conj" and _under_speech(verb.head, words)) or (
            not subjects and _under_speech(verb, words)
        )
        if not actors and trig.type in _VERBAL and reported:
            actors = self._speaker(verb)  # "X said the vote was unfair and warned that ...": X warned
        if not actors and verb.dep_ == "acl" and (outer := _governing_verb(verb.head)) is not None:
            actors = self.np_entities_many(_subjects(outer, words))  # "adopted a resolution urging the Taliban"
        recipients = self.np_entities_many(objects)
        if not recipients:
            recipients = self.np_entities_many(pobjs)
        if not recipients and between == [] and cond == "obj" and values:
            # "began letting Qatari trucks through": nothing hangs from the object, but it names the target
            named = [self.mention_at[t.i].entity for c in verb.children if c.dep_ == "dobj" for t in c.subtree
                     if t.i in self.mention_at]
            recipients = [e for e in _unique(named) if not _same_entity(e, actors)][:1]
        if not recipients and trig.type in {"CONCEDE", "ACCUSE", "SUPPORT"}:
            # "apologised for entering Ecuador's territory", "criticised for its treatment of ..."
            fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
            inside = [t for f in fors for t in f.subtree if t.dep_ in {"pobj", "dobj", "poss"}]
            recipients = [e for e in self.np_entities_many(inside) if e.code not in {a.code for a in actors}][:1]
        if not recipients:
            # "broke off relations with Colombia", "sanctions on Iran's oil exports"
            recipients = self.np_entities_many(_pobjs(objects, allowed))
        if not recipients:
            clause_subjects = [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for s in _own_subjects(c)]
            recipients = self.np_entities_many(clause_subjects)
        if not recipients and trig.type == "AGREE":
            recipients = self.promised_partner(verb)
        if not recipients and trig.type in _VERBAL:
            # "welcomed the election held in Honduras", "signed a declaration restoring ties with Qatar"
            codes = {a.code for a in actors}
            inside = [self.mention_at[t.i].entity for o in objects for t in o.subtree if t.i in self.mention_at]
            recipients = [e for e in _unique(inside) if e.code not in codes][:1]
        if trig.roles == "host":
            actors, recipients = recipients, actors
        if trig.roles == "self":
            recipients = []
        return actors, recipients

    def promised_partner(self, head: Any) -> list[Entity]:
        """ "agreed to meet Kim", "ready to resolve the dispute through talks with Manila": the partner
        is the object of the promised act, or whom its means are shared with."""
        inner = [c for c in head.children if c.dep_ == "xcomp"]
        targets = [o for x in inner for o in x.children if o.dep_ in {"dobj", "dative"}]
        found = self.np_entities_many(targets + _pobjs(inner, self.words.cooperation_prep))
        if not found:
            means = [p for x in inner for prep in x.children if prep.dep_ == "prep" for p in prep.children
                     if p.dep_ == "pobj" and p.lemma_.lower() in self.words.talk_noun]
            found = self.np_entities_many(_pobjs(means, self.words.cooperation_prep))
        return found

    def appraisal_roles(self, word: Any) -> tuple[list[Entity], list[Entity]]:
        """ "X said Y's actions were dangerous": the speaker accuses whoever is judged."""
        speaker = self._speaker(word)
        if not speaker:
            return [], []
        clause = word.head if word.pos_ == "ADJ" and word.dep_ in {"acomp", "oprd", "attr"} else word
        if word.pos_ == "ADV":
            clause = word.head  # "said the boats had illegally intruded": the boats are judged
        if word.pos_ == "ADJ" and word.dep_ in {"oprd", "amod", "conj"}:
            judged = [c for c in clause.children if c.dep_ in {"dobj", "nsubj"}]  # "calling it null and void"
        else:
            judged = _own_subjects(clause)
        return speaker, [e for e in self.np_entities_many(judged) if e.code not in {s.code for s in speaker}]

    def noun_roles(self, noun: Any, trig: Trigger) -> tuple[list[Entity], list[Entity]]:
        words = self.words
        actors: list[Entity] = []
        recipients: list[Entity] = []
        by_agent = any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)
        for child in noun.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                actors += self.np_entities(child)
            elif child.dep_ == "prep":
                pobjs = [p for p in child.children if p.dep_ == "pobj"]
                if child.lower_ == "of" and (by_agent or trig.type in _DONE_TO):
                    recipients += self.np_entities_many(pobjs)  # "the killing of ten men by soldiers"
                elif child.lower_ in words.noun_actor_prep:
                    actors += self.np_entities_many(pobjs)
                elif child.lower_ == "from" and trig.type != "CONSULT":
                    recipients += self.np_entities_many(pobjs)  # "withdrawal of forces from Afghanistan"
                elif child.lower_ == "from":
                    actors += self.np_entities_many(pobjs)
                elif child.lower_ in (words.cooperation_prep if trig.type in _COOP_TYPES else words.recipient_prep):
                    recipients += self.np_entities_many(pobjs)
        if not recipients:
            # "its demand that Manila tow the ship away"
            clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp", "relcl"}]
            recipients = self.np_entities_many([s for c in clauses for s in _own_subjects(c)])
        if trig.roles == "own" and actors and not recipients:
            # "Japan's controls on exports of materials crucial to Korea's industry"
            codes = {a.code for a in actors}
            inside = [self.mention_at[t.i].entity for t in noun.subtree if t.i in self.mention_at]
            recipients = [e for e in _unique(inside) if e.code not in codes][:1]
        verb = _governing_verb(noun)
        if trig.roles == "own" or verb is None:
            return actors, recipients
        spoken_of = trig.type not in _COOP_TYPES and _is_topic(noun, verb, words) and self._verbal_trigger(verb)
        if not actors and not spoken_of and (trig.type in _COOP_TYPES or not _in_time_phrase(noun, verb, words)):
            # "spoke after a meeting": they met; "landed after weeks of killing": they did not kill;
            # "Mexico condemned the attack": Mexico did not attack
            actors = self.np_entities_many([s for s in _subjects(verb, words) if not _contains(s, noun)])
        if not recipients:
            recipients = self.np_entities_many(
                [s for c in verb.children if c.dep_ == "ccomp" for s in _own_subjects(c)]
            )
        if not recipients and trig.type in _COOP_TYPES:
            # "send an envoy to China to start talks": the partner hangs from the verb or the one it serves
            heads = [verb, verb.head] if verb.dep_ in {"xcomp", "advcl"} else [verb]
            partners = self.np_entities_many(_pobjs(heads, words.cooperation_prep))
            recipients = [e for e in partners if not _same_entity(e, actors)]
        if trig.roles == "self":
            recipients = []
        return actors, recipients

    def _verbal_trigger(self, verb: Any) -> bool:
        """The verb is itself a statement about something (condemn, blame, welcome, deny ...)."""
        outer = self.finder._match_trigger(verb)
        return outer is not None and outer.type in _VERBAL

    def visited(self, trigger: Any) -> list[Entity]:
        """Where a visit went: "a trip across Russia", "arrived in Moscow"."""
        clause = trigger if trigger.pos_ in {"VERB", "AUX"} else (_governing_verb(trigger) or trigger)
        pobjs = [
            p
            for head in {trigger, clause}
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in self.words.destination_prep
            for p in prep.children
            if p.dep_ == "pobj"
        ]
        found = self.np_entities_many(pobjs)
        if not found:
            # "flying to Nagorno-Karabakh": a place with no actor name; its country was visited
            for pobj in pobjs:
                place = self.place(self.sdoc[pobj.left_edge.i : pobj.i + 1].text)
                if place.country_code:
                    found.append(Entity(code=place.country_code, sector=None, entity_text=place.extracted_place))
        return found

    def np_entities_many(self, heads: list[Any]) -> list[Entity]:
        out: list[Entity] = []
        for head in heads:
            out += self.np_entities(head)
        return out

    def np_entities(self, head: Any, depth: int = 0) -> list[Entity]:
        """The actors a noun phrase names, found from its head outwards."""
        if depth > 6 or head.ent_type_ in {"DATE", "TIME"}:
            return []  # "on Monday and Venezuela moved ...": a misparsed date phrase names nobody
        found = self._direct_entities(head, depth)
        for child in head.children:
            if child.dep_ == "conj":
                found += self.np_entities(child, depth + 1)
        return found

    def _direct_entities(self, head: Any, depth: int, guess: bool = True) -> list[Entity]:
        if head.lemma_.lower() in self.words.not_actor:
            return []  # "3 billion U.S. dollars" names a currency, not the United States
        mention = self.mention_at.get(head.i)
        if mention is not None:
            return [self._with_sector(mention.entity, head)]
        pron = self._pronoun(head)
        if pron:
            return pron
        found: list[Entity] = []
        for child in head.children:
            if child.dep_ in {"compound", "amod", "poss", "nmod", "appos", "npadvmod"}:
                # a modifier names a country only by itself: "Chinese coast guard vessels" is not "guard" at home
                found += [self._with_sector(e, head) for e in self._direct_entities(child, depth + 1, guess=False)]
        if not found:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ in self.words.belonging_prep:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found += [self._with_sector(e, head) for e in self.np_entities(pobj, depth + 1)]
        if not found:
            # "investigators appointed by the UN Human Rights Council", "militias backed by the army": agents of
            agents = [
                p
                for acl in head.children
                if acl.dep_ == "acl" and acl.lemma_.lower() in self.words.proxy_verb
                for a in acl.children
                if a.dep_ == "agent"
                for p in a.children
                if p.dep_ == "pobj"
            ]
            found = self.np_entities_many(agents) if depth <= 2 else []
        named_before = head.lemma_.lower() in self.words.organisation_noun
        if not found and named_before and any(c.lower_ == "the" for c in head.children):
            found = self._last_igo(head)  # "Tokayev asked the alliance for help": the organisation named before
        if not found and self._is_pair(head):
            found = self._pair()
        if not found and guess and depth <= 2 and head.pos_ in {"NOUN", "PROPN"}:
            # "police", "protesters", "the government" with no country: where the sentence or story is.
            sector, office = self.finder.mentions.sector_of(self.sdoc[head.left_edge.i : head.i + 1])
            home = self._sentence_country(head) or self.home
            if sector is not None and home and head.lower_ not in self.words.not_group:
                found = [Entity(code=home, sector=sector, entity_text=head.text, office=office)]
        return found

    def sentence_ents(self, tok: Any) -> list[Any]:
        """Named entities of the token's sentence."""
        return self._ents_by_sent.get(self._sent_start.get(tok.i, 0), [])

    def _sentence_country(self, tok: Any) -> str | None:
        """The country the sentence names as a place ("In Yerevan, protesters ...", "seized Almaty
        airport"): a place after "in/at/into" first, then any city, then any country named."""
        start = self._sent_start.get(tok.i, 0)
        named = [
            m
            for m in self.doc.actor_mentions
            if self._sent_start.get(m.token_start) == start
            and m.kind in {"name", "alias", "capital"}
            and m.entity.code not in _AGENT_CODES
        ]
        for m in named:
            if _located(self.sdoc[m.token_end - 1], self.words) is not None:
                return m.entity.code
        for ent in self.sentence_ents(tok):
            if ent.label_ == "GPE":
                entry = self.gazetteer.lookup(ent.text)
                if entry is not None and entry.country:
                    return str(entry.country)
        return named[0].entity.code if named else None

    def place_country(self, token: Any, actors: list[Entity]) -> list[Entity]:
        """ "a drone strike in Kabul": where it happened is whom it hit, if that is not the actor's own soil."""
        place = self.clause_place(token)
        codes = {a.code for a in actors}
        if place is None or not place.country_code or place.country_code in codes:
            return []
        return [Entity(code=place.country_code, sector=None, entity_text=place.extracted_place)]

    def domestic_target(self, actors: list[Entity], type_: str, token: Any) -> list[Entity]:
        """Police against protesters, protesters against their government, of one country."""
        target = _DOMESTIC_TARGET.get(type_)
        actors = _unique(actors)
        if target is None or len(actors) != 1:
            return []
        actor = actors[0]
        # foreign forces at sea or across a border are not at home: their target is not their own people
        at_home = actor.sector == "COP" or actor.code in {self._sentence_country(token), self.home}
        security = actor.sector in {"COP", "MIL"} and target == "CVL" and at_home
        security = security or (actor.sector in {"GOV", "JUD"} and type_ in {"COERCE", "RETREAT"})
        civil = actor.sector in _CIVILIAN and target == "GOV"
        if security or civil:
            return [Entity(code=actor.code, sector=target, entity_text="")]
        return []

    def _pair(self) -> list[Entity]:
        """ "the two sides": the two parties of the latest two-party event, else the last two actors named."""
        for event in reversed(self.history + self.pending):
            sides = _unique(event.actors + event.recipients)
            if len(sides) == 2:
                return sides
        return list(self.recent[-2:]) if len(self.recent) >= 2 else []

    def target_from_sentence(self, events: list[Event]) -> None:
        """ "Chad ordered troops to its frontier after horsemen from Sudan attacked a village": a one-sided
        act with no target answers whoever acts on the other side in the same sentence."""
        for event in events:
            codes = set(event.actor_codes)
            if event.recipients or event.event not in _NEEDS_TARGET or len(codes) != 1:
                continue
            for other in events:
                if other is event:
                    continue
                doers = [a for a in other.actors if a.code not in codes]
                sides = [e for e in other.actors + other.recipients if e.code not in codes]
                if doers or sides:
                    event.recipients = _unique(doers or sides)
                    break

    def wronged(self, actors: list[Entity]) -> list[Entity]:
        """The targets of the actors' latest hostile act ("shot down a Russian helicopter" ... "apologised")."""
        codes = {a.code for a in actors}
        for event in reversed(self.history):
            hostile = self.finder.lexicon.types[event.event].quad >= 3
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
                return _unique(doers)
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
        return self.finder.lexicon.types[type_].quad

    def _with_sector(self, entity: Entity, head: Any) -> Entity:
        if entity.sector or head.i in self.mention_at:
            return entity  # "People's" inside "Democratic People's Republic" is no sector
        left = head.left_edge.i
        span = self.sdoc[left : head.i + 1]
        sector, office = self.finder.mentions.sector_of(span)
        if sector is None:
            return entity
        return Entity(code=entity.code, sector=sector, entity_text=entity.entity_text, office=office)

    def _pronoun(self, tok: Any) -> list[Entity]:
        low = tok.lower_
        if low in self.words.person_pronoun:
            for m in reversed(self.doc.actor_mentions):
                if m.token_end <= tok.i and m.kind == "person":
                    return [m.entity]
            return []
        if low == "it" and tok.dep_ == "nsubj" and _under_speech(tok.head, self.words):
            return self._speaker(tok)  # "Armenia said it will hand back the district"
        if low in self.words.speaker_pronoun:
            speaker = self._speaker(tok)
            if speaker:
                return speaker
            if low == "they":
                nearest = self._nearest_group(tok)
                if nearest:
                    return nearest  # "footage of the People's Armed Police ..., saying they were preparing"
            if low == "they" and self.recent:
                return list(self.recent[-2:])
        return []

    def _last_igo(self, tok: Any) -> list[Entity]:
        """The international organisation named last before a token."""
        for m in reversed(self.doc.actor_mentions):
            if m.token_end <= tok.i and m.kind == "igo":
                return [m.entity]
        return []

    def _nearest_group(self, tok: Any) -> list[Entity]:
        """The closest actor named before a pronoun in its own sentence, if it is a group, not a person."""
        start = self._sent_start.get(tok.i, 0)
        for i in range(tok.i - 1, start - 1, -1):
            mention = self.mention_at.get(i)
            if mention is not None:
                return [] if mention.kind == "person" else [mention.entity]
        return []

    def _speaker(self, tok: Any) -> list[Entity]:
        """Who says a quotation: the subject of the nearest speech verb of the sentence."""
        sent = tok.sent
        for t in sent:
            if t.lemma_ in self.words.speech_verb and t.pos_ == "VERB":
                subs = [s for s in t.children if s.dep_ == "nsubj" and s.i != tok.i]
                ents = self.np_entities_many(subs)
                if ents:
                    return ents
        return []

    def _is_pair(self, tok: Any) -> bool:
        """ "the two ministers", "both sides", "their countries": the last two participants."""
        words = self.words
        if tok.lower_ in words.pair_word:
            return True
        if tok.tag_ in {"NNS", "NNPS"} and any(c.lower_ == "their" and c.dep_ == "poss" for c in tok.children):
            return True
        if tok.lower_ in words.pair_head and any(c.lower_ == "the" for c in tok.children):
            return True  # "the leaders agreed", "the sides"
        return any(c.lower_ in words.pair_word and c.dep_ in {"nummod", "det", "predet", "amod"} for c in tok.children)

    # -- date and place ------------------------------------------------------------
    def clause_date(self, token: Any, future: bool) -> tuple[str | None, str | None, str]:
        words = self.words
        clause = token if token.pos_ in {"VERB", "AUX"} else (_governing_verb(token) or token)
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
        clause_tokens = _clause_tokens(token, participles=True)
        if future:
            # "will hand back the district by Nov. 20": a promise is dated when it is made, not when it is due
            anchors -= {clause.i, token.i}
            clause_tokens = set()
        ents = [
            e
            for e in self.sentence_ents(token)
            if _is_date(e)
            and (e.root.i in anchors or _attached(e.root, anchors) or _adverbial(e.root, clause_tokens, words))
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
        if _is_historical(token):
            return None, None, "historical"
        return None, None, ""

    def clause_place(self, token: Any) -> Place | None:
        words = self.words
        tokens = _clause_tokens(token, participles=True)
        clause = token if token.pos_ in {"VERB", "AUX"} else (_governing_verb(token) or token)
        fallback = None
        ents = sorted(
            (e for e in self.sentence_ents(token) if e.label_ in _PLACE_LABELS),
            key=lambda e: (not self._is_city(e.text), _PLACE_RANK[e.label_]),  # a known place before "Embassy"
        )
        for ent in ents:
            root = ent.root
            prep = _located(root, words)
            via_in = prep is not None
            if via_in and not _close_to(prep, {token.i, clause.i}):
                via_in = False  # "a row over the detention of a journalist in Caracas" is not where it happened
            if root.i in tokens:
                visited = root.dep_ == "dobj" and token.lemma_ in words.visit_word
                to_visit = root.dep_ == "pobj" and root.head.lower_ == "to" and token.lemma_ in words.visit_word
                if via_in or visited or to_visit:
                    return self.place(ent.text)
            elif prep is not None and fallback is None and _near_verb(prep) and self._is_city(ent.text):
                fallback = ent.text  # "In Beijing, a spokeswoman said ..."
        if token.lemma_ in words.visit_word:
            # "a visit to Colombo" when the model did not tag the city
            for pobj in _pobjs([token], {"to"}):
                if self._is_city(pobj.text):
                    return self.place(self.sdoc[pobj.left_edge.i : pobj.i + 1].text)
        if fallback is None:
            # a capital the model did not tag as a place: "In Yerevan, hundreds of protesters ..."
            start = self._sent_start.get(token.i, 0)
            for m in self.doc.actor_mentions:
                tok = self.sdoc[m.token_end - 1]
                prep = _located(tok, words)
                if (
                    m.kind == "capital"
                    and self._sent_start.get(tok.i) == start
                    and prep is not None
                    and _near_verb(prep)
                ):
                    fallback = m.text
                    break
        return self.place(fallback) if fallback else None

    def _is_city(self, name: str) -> bool:
        return self.gazetteer.lookup(name[4:] if name.lower().startswith("the ") else name) is not None

    def place(self, name: str) -> Place:
        return resolve_place(self.gazetteer, name)


# -- parse helpers -----------------------------------------------------------------
def _allowed_preps(trig: Trigger, words: EventWords) -> frozenset[str]:
    """The prepositions that can introduce a trigger's target."""
    allowed = words.cooperation_prep if trig.type in _COOP_TYPES else words.recipient_prep
    if trig.type in {"REQUEST", "AID"}:
        allowed = allowed | words.aid_request_prep  # "called for a summit of EU leaders", "a loan for Sri Lanka"
    if trig.type == "MOBILIZE":
        allowed = allowed | words.mobilize_prep  # "massed troops near the Ukrainian border"
    return allowed


def _condition_holds(trig: Trigger, token: Any, words: EventWords) -> bool:
    name, values = trig.condition()
    if not name:
        return True
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "closed all of its road crossings": the object is what the quantity word counts
    objects += [p for o in objects if o.lemma_.lower() in words.quantity_word for p in _pobjs([o], {"of"})]
    if name == "obj":
        if not values:
            return bool(objects)
        return any(o.lemma_.lower() in values or o.lower_ in values for o in objects)
    if name == "noobj":
        return not objects
    if name == "prep":
        return any(c.dep_ in {"prep", "prt"} and c.lower_ in values for c in token.children)
    if name == "mod":
        return any(c.lower_ in values for c in token.children if c.dep_ in {"amod", "compound", "nmod"})
    if name == "ccomp":
        return any(c.dep_ == "ccomp" for c in token.children)
    if name == "xcomp":
        xcomps = [c for c in token.children if c.dep_ == "xcomp"]
        return bool(xcomps) and (not values or any(x.lemma_.lower() in values for x in xcomps))
    if name == "pobj":
        # "withdrew from the treaty", "pulled out of the talks", "took to the streets"
        preps = [c for c in token.children if c.dep_ in {"prep", "prt"}]
        preps += [g for p in preps for g in p.children if g.dep_ == "prep"]
        pobjs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in values or o.lower_ in values for o in pobjs)
    if name == "pred":
        # "called the vote a farce", "described the raid as a violation": what the object is called;
        # "rejected the award, calling it void" says it in the same statement, not a second one
        heads = [token.head, token.head.head] if token.head.dep_ in {"xcomp", "ccomp"} else [token.head]
        if token.dep_ == "relcl":
            heads = [token.head.head]  # "would break the sanctions, which he called illegal"
        statements = words.speech_verb | words.statement_verb
        if token.dep_ in {"advcl", "xcomp", "conj", "relcl"} and any(h.lemma_ in statements for h in heads):
            return False
        dobjs = [c for c in token.children if c.dep_ == "dobj"]
        preds = [c for c in token.children if c.dep_ in {"oprd", "ccomp"}] + dobjs[1:]
        preds += [a for d in dobjs[:1] for a in d.children if a.dep_ == "acl"]
        preds += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children]
        near = preds + [c for p in preds for c in p.children if c.dep_ != "prep"]  # "a flagrant violation"
        near += [o for p in preds for c in p.children if c.dep_ == "prep" for o in c.children]  # "an act of war"
        return any(t.lemma_.lower() in values or t.lower_ in values for t in near)
    return True


def _subjects(verb: Any, words: EventWords) -> list[Any]:
    seen = 0
    while seen < 5:
        subs = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}]
        subs = [s for s in subs if s.dep_ != "expl"]
        if subs and verb.dep_ == "relcl" and all(s.lower_ in words.relative_pronoun for s in subs):
            return [verb.head]  # "President Trump, who agreed to meet Kim": the relative is Trump
        if subs:
            return subs
        if verb.dep_ in {"xcomp", "conj", "advcl", "acomp"} and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "answered by throwing out": the subject of "answered"
            seen += 1
            continue
        if verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
            return [verb.head]
        return []
    return []


def _evidence_span(sent: Any, doc: Document) -> tuple[int, int]:
    """The sentence's offsets in the cleaned text, without a wire dateline in front or whitespace behind."""
    start, end = sent.start_char, sent.start_char + len(sent.text.rstrip())
    line = doc.dateline
    if line is not None and line.place and start < line.end < end:
        start = line.end
        while start < end and doc.text[start].isspace():
            start += 1
    return start, end


def _pobjs(heads: list[Any], preps: set[str] | frozenset[str]) -> list[Any]:
    """Objects of the given prepositions attached to any of the heads."""
    return [
        p
        for head in heads
        for prep in head.children
        if prep.dep_ in {"prep", "prt", "dative"} and prep.lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _own_subjects(verb: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _governing_verb(noun: Any) -> Any:
    tok = noun
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            return head
        tok = head
    return None


def _is_negated(token: Any, words: EventWords) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if token.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in token.children):
        return True
    head = token.head
    if token.dep_ in {"xcomp"} and head.lemma_ in words.negating_head:
        return True
    negated_head = any(c.dep_ == "neg" for c in head.children)
    if token.dep_ in {"xcomp", "ccomp"} and negated_head and head.lemma_ not in words.speech_verb:
        return True
    clause = token if token.pos_ in {"VERB", "AUX"} else _governing_verb(token)
    if clause is not None and clause.dep_ in {"acl", "ccomp"} and _denied_noun(clause.head):
        return True  # "there was no sign that Doha had accepted the demands"
    if token.pos_ == "NOUN":
        verb = _governing_verb(token)
        if verb is not None and any(c.dep_ == "neg" for c in verb.children):
            return True
        if verb is not None and verb.lemma_ in words.ending_verb and token.dep_ in {"dobj", "pobj"}:
            return True  # "agreed to end six weeks of fighting" is not fighting
    return False


def _denied_noun(noun: Any) -> bool:
    """ "no sign", "no evidence", "no indication": a noun that says its clause did not happen."""
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _recommended(token: Any, words: EventWords) -> bool:
    """ "Kyrgyzstan should cut off the water": advice, not a deed (a said "should be investigated" is
    still an accusation, so only material acts are dropped)."""
    clause = token if token.pos_ in {"VERB", "AUX"} else (_governing_verb(token) or token)
    return any(c.dep_ == "aux" and c.lower_ in words.advice_aux for c in clause.children)


def _is_hypothetical(token: Any, words: EventWords) -> bool:
    clause = token if token.pos_ in {"VERB", "AUX"} else (_governing_verb(token) or token)
    if clause.dep_ == "xcomp" and _expected_of_others(clause.head, words):
        return True  # "few lawmakers are expected to back him", "ministers are due to approve": forecasts
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ in words.condition_mark:
            return True
        if c.dep_ == "aux" and c.lower_ in words.hypothetical_aux:
            return True
        if c.dep_ == "aux" and c.lower_ in words.conditional_aux and not _under_speech(clause, words):
            return True
    for _ in range(3):
        if clause.dep_ != "conj":
            break
        clause = clause.head  # "until Tehran ended its support ... and halted its programme"
    if clause.dep_ == "advcl" and any(c.lower_ in words.condition_bound for c in clause.children):
        # "would keep up pressure until Tehran ended its support": a condition, not a report
        return any(c.dep_ == "aux" and c.lower_ in words.commitment_aux for c in clause.head.children)
    return bool(clause.dep_ == "advcl" and any(c.lower_ == "if" for c in clause.children))


def _expected_of_others(head: Any, words: EventWords) -> bool:
    """ "are expected to", "are likely to", "are due to": a forecast about the actor, not a commitment."""
    passive = head.lemma_ == "expect" and any(c.dep_ == "auxpass" for c in head.children)
    return passive or (head.lemma_.lower() in words.forecast_adjective and head.pos_ == "ADJ")


def _under_speech(token: Any, words: EventWords) -> bool:
    head = token.head
    return token.dep_ == "ccomp" and head.lemma_ in words.speech_verb


def _is_future(token: Any, trig: Trigger, words: EventWords) -> bool:
    clause = token if token.pos_ in {"VERB", "AUX"} else (_governing_verb(token) or token)
    if any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in clause.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in words.conditional_aux for c in clause.children) and _under_speech(
        clause, words
    ):
        return True
    if token.dep_ in {"xcomp", "acl"} and token.head.lemma_ in words.future_head:
        return True  # "agreed to meet", "his offer to hold talks"
    if trig.pos == "NOUN" and any(c.lower_ in words.future_modifier for c in token.children):
        return True
    if trig.pos == "NOUN" and clause.i != token.i:
        if clause.dep_ == "xcomp" and clause.head.lemma_ in words.future_head:
            return True
        purpose = clause.head if clause.dep_ in {"xcomp", "advcl"} and clause.head.i != clause.i else None
        if purpose is not None and purpose.pos_ in {"VERB", "AUX"} and _promised(purpose, words):
            return True  # "would send an envoy to China to start talks"
        if clause.lemma_ in words.future_head and clause.lemma_ not in words.continuing_verb:
            return True
    return False


def _promised(verb: Any, words: EventWords) -> bool:
    """A clause about the future: "will send", or "would send" in reported speech."""
    if any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in verb.children):
        return True
    return any(c.dep_ == "aux" and c.lower_ in words.conditional_aux for c in verb.children) and _under_speech(
        verb, words
    )


def _attached(root: Any, anchors: set[int]) -> bool:
    """A date that modifies the event itself: "on Monday", "Tuesday", "last year", not "the March 4 attack"."""
    if root.head.i in anchors and root.dep_ in {"npadvmod", "tmod", "obl", "advmod", "dobj", "nsubj"}:
        return True
    prep = root.head
    return bool(root.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i in anchors)


def _adverbial(root: Any, clause_tokens: set[int], words: EventWords) -> bool:
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


def _verb_above(prep: Any, max_nouns: int = 2) -> Any:
    """The verb a place phrase hangs from, through at most ``max_nouns`` nouns, else None."""
    tok, nouns = prep.head, 0
    while tok.pos_ not in {"VERB", "AUX"}:
        if tok.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            nouns += 1
        if nouns > max_nouns or tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def _close_to(prep: Any, anchors: set[int]) -> bool:
    """A place phrase of the event's own clause ("met on the sidelines of a summit in Osaka"), not of a
    noun far below it ("a row over the detention of a journalist in Caracas")."""
    verb = _verb_above(prep)
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.i not in anchors:
        verb = _verb_above(verb, max_nouns=1)  # "blocked boats carrying fuel at the shoal"
    return verb is not None and verb.i in anchors


def _near_verb(prep: Any) -> bool:
    """A place phrase of the sentence's main clause ("In Beijing, a spokeswoman said", "Speaking in
    Addis Ababa, the Secretary-General welcomed"), not of a clause deeper down ("a journalist held in Caracas")."""
    verb = _verb_above(prep)
    if verb is None:
        return False
    return bool(verb.dep_ == "ROOT" or (verb.dep_ == "advcl" and verb.head.dep_ == "ROOT"))


def _located(root: Any, words: EventWords) -> Any:
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


def _is_date(ent: Any) -> bool:
    """DATE entities, and bare years the model calls numbers ("in 2019")."""
    if ent.label_ == "DATE":
        return True
    return bool(ent.label_ == "CARDINAL" and len(ent.text) == 4 and ent.text[:2] in {"19", "20"} and ent.text.isdigit())


def _is_historical(token: Any) -> bool:
    """ "since Putin paid a visit", "had met": a past event, not the one being reported."""
    clause = token if token.pos_ in {"VERB", "AUX"} else (_governing_verb(token) or token)
    for c in clause.children:
        if c.dep_ == "mark" and c.lower_ == "since":
            return True
        if c.dep_ == "aux" and c.lower_ == "had":
            return True
    return False


def _clause_tokens(token: Any, participles: bool = False) -> set[int]:
    """Token indices of the trigger's own clause (and, for a noun, its governing verb's).

    With ``participles``, reduced clauses of the clause's nouns count too: the small model often hangs
    "on Saturday" from "boats carrying fuel ... on Saturday" instead of from the main verb.
    """
    root = token
    if token.pos_ not in {"VERB", "AUX"}:
        root = _governing_verb(token) or token
    out: set[int] = set()
    stack = [root]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in tok.children:
            participle = participles and child.dep_ == "acl" and child.tag_ == "VBG"  # not "elected last month"
            if child.dep_ in _CLAUSE_DEPS and child.i != token.i and not _contains(child, token) and not participle:
                continue
            if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"} and not _contains(child, token):
                continue
            stack.append(child)
    return out


def _at_the_end_of(prep: Any, words: EventWords) -> bool:
    """ "at the end of a visit", "at the start of talks": a time phrase built on a noun."""
    return prep.lower_ in words.boundary_prep and any(
        p.dep_ == "pobj" and p.lemma_.lower() in words.boundary_noun
        for p in prep.children
    )


def _in_time_phrase(noun: Any, verb: Any, words: EventWords) -> bool:
    """ "landed after weeks of killing": the noun only times the verb; the verb's subject did not do it."""
    tok = noun
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in words.time_prep:
            return True
        tok = tok.head
    return False


def _carried(verb: Any) -> bool:
    """A motion verb with a load: "flew troops to", "is flying supplies into" (not "visited Beijing")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.ent_type_ not in {"GPE", "LOC", "FAC"} for o in objects)


def _passive(verb: Any) -> bool:
    """ "were detained", "had been killed" (and its conjunct "... and 3,000 people detained")."""
    return any(t.dep_ in {"nsubjpass", "auxpass", "agent"} for t in verb.children)


def _unowned_protest(noun: Any) -> bool:
    """A protest noun that is told as news in itself: the subject of its clause or "a march by ...",
    not one mentioned as the object of someone else's act ("police broke up a rally")."""
    return noun.dep_ in {"nsubj", "nsubjpass"} or any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)


def _semicolon_between(a: Any, b: Any) -> bool:
    """ "India blamed Pakistan; Islamabad rejected the accusation": two statements the parser joined."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo + 1 : hi])


def _refused_cooperation(token: Any, trig: Trigger, words: EventWords) -> bool:
    """ "would not recognise the government", "will never meet them": a refusal, which is REJECT.
    ("did not condemn" is no event at all: only a promise not to cooperate is a refusal.)"""
    if trig.pos != "VERB" or trig.type not in _COOP_TYPES:
        return False
    children = list(token.children)
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in children)
    return negated and any(c.dep_ == "aux" and c.lower_ in words.commitment_aux for c in children)


def _is_topic(noun: Any, verb: Any, words: EventWords) -> bool:
    """The noun is what the verb is about ("condemned the attack", "blamed X for the attack"),
    not where or when it was said ("at the rally, demonstrators denounced ...")."""
    tok = noun
    for _ in range(6):
        head = tok.head
        if head.i == verb.i:
            return tok.dep_ in {"dobj", "attr", "oprd"} or (tok.dep_ == "prep" and tok.lower_ in words.topic_prep)
        if head.i == tok.i:
            return False
        tok = head
    return False


def _bare_definite(noun: Any, words: EventWords) -> bool:
    """ "the killings", "these talks": a noun that points back, with no participant of its own."""
    children = list(noun.children)
    definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiner for c in children)
    return definite and not any(c.dep_ in {"poss", "prep", "compound", "nmod", "amod", "acl"} for c in children)


def _contains(tok: Any, target: Any) -> bool:
    return bool(tok.left_edge.i <= target.i <= tok.right_edge.i)


def _joins_symmetric(event: Event, others: list[Event]) -> bool:
    """Events of one type in one sentence are one event: symmetric ones pool their participants,
    others ("shot down a helicopter, killing two crew") must share their actors."""
    for other in others:
        if (
            other.event == event.event
            and event.event not in _SYMMETRIC
            and set(other.actor_codes) == set(event.actor_codes)
        ):
            other.mentions[0].event_text += f", {event.event_text}"
            return True
        if (
            {other.event, event.event} <= _DISPUTE
            and set(other.actor_codes) == set(event.actor_codes)
            and (set(other.recipient_codes) & set(event.recipient_codes) or not other.recipients + event.recipients)
        ):
            # "would break the sanctions, which he called illegal": one statement, coded once
            other.mentions[0].event_text += f", {event.event_text}"
            return True
        if {other.event, event.event} == _FORCE and set(other.actor_codes) == set(event.actor_codes):
            # "blocked two boats and fired water cannon at them": one incident, coded by its worst act
            if event.event == "ASSAULT":
                other.event, other.mode, other.cameo = event.event, event.mode, event.cameo
                other.recipients = _unique(other.recipients + event.recipients)
            other.mentions[0].event_text += f", {event.event_text}"
            return True
    if event.event not in _SYMMETRIC or event.recipients:
        return False
    for other in others:
        sides = set(other.actor_codes + other.recipient_codes)
        if other.event == event.event and other.recipients and set(event.actor_codes) <= sides:
            # "X met Y in Tokyo ... for talks": the one-sided mention is the meeting already coded
            other.mentions[0].event_text += f", {event.event_text}"
            return True
        if other.event == event.event and not other.recipients:
            known = {a.code for a in other.actors}
            other.actors += [a for a in event.actors if a.code not in known]
            other.place = other.place or event.place
            if event.date_source == "explicit" and other.date_source != "explicit":
                other.date, other.date_precision, other.date_source = (
                    event.date,
                    event.date_precision,
                    event.date_source,
                )
            return True
    return False


def _same_entity(entity: Entity, others: list[Entity]) -> bool:
    """A recipient that is one of the actors (police against protesters of one country is not)."""
    return any(
        o.code == entity.code and (o.sector == entity.sector or not entity.sector or not o.sector) for o in others
    )


def _unique(entities: list[Entity]) -> list[Entity]:
    seen: set[str] = set()
    out = []
    for ent in entities:
        if ent.code not in seen:
            seen.add(ent.code)
            out.append(ent)
    return out


def _confidence(cand: _Candidate, date_source: str) -> float:
    score = 0.55
    if cand.recipients:
        score += 0.15
    if date_source == "explicit":
        score += 0.1
    if cand.trigger.pos == "NOUN":
        score -= 0.1
    if cand.modality == "future":
        score -= 0.05
    return max(0.05, min(0.95, score))
