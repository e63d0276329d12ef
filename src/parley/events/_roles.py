"""Who acts and on whom: subjects, objects and agents of a trigger, the phrases that name actors, and
the fallbacks when the sentence names nobody (pronouns, "the two sides", the people at home)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .._columns import children_of
from ..document import Entity
from ..mentions import MentionFinder
from ._anchors import venue_prep_of
from ._complements import complement_targets
from ._condition_noun import condition_noun_partners
from ._context import DocumentContext
from ._crowd_mission import crowd_at_mission
from ._deadline import deadline_setter
from ._detentions import taken_in_clause
from ._direction import meets_guest
from ._entities import same_entity, unique_by_code
from ._envoys import posted_envoys_host
from ._lexicon import Trigger
from ._listed import with_its_list
from ._memo import per_token
from ._parse import governing_verb, prep_objects, under_speech, verb_preps
from ._passive_reading import reads_as_passive
from ._phrases import authority, critics_at_home, joint_authorities, people_home, shared_objects
from ._role_passive import PassiveRoleReader
from ._third_party import brokered_meeting
from ._type_sets import (
    AGENT_CODES,
    CIVIL_DOMESTIC,
    CIVILIAN,
    DOMESTIC_TARGET,
    HOME_FORCE,
    STATE_ACTS,
    STATELESS,
    VERBAL,
)
from ._typing import TriggerMatcher, target_preps
from ._unnamed_attacker import armed_men_at_place, unclaimed_blast
from ._urged_speaker import joined_to_reported
from ._verb_subjects import addressed_from, own_subjects, subjects_of
from ._words import EventWords, word_in

__all__ = ["RoleFinder"]


@dataclass(frozen=True)
class _VerbParts:
    """What a verb trigger's roles are read from: its subjects and objects, the objects of its target
    prepositions, the row's condition and the two sides a relation it names lies between."""

    verb: Any
    trig: Trigger
    subjects: list[Any]
    objects: list[Any]
    pobjs: list[Any]
    allowed: frozenset[str]
    cond: str
    values: frozenset[str]
    between: list[Entity]
    passive: bool


def owners_of(phrases: list[Any]) -> list[Any]:
    """The possessors of the phrases ("Ghana's support"): whose the thing named is."""
    return [c for p in phrases for c in children_of(p) if c.dep_ == "poss"]


def _refuses_to(verb: Any) -> bool:
    """ "refused to release", "declined to issue": a refusal of an act still to be done (an infinitive),
    not a denial of one done ("denies harbouring the militants": whom it denies to is the accuser)."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in children_of(verb))


class RoleFinder(PassiveRoleReader):
    """The actors and recipients of triggers in one document."""

    def __init__(self, ctx: DocumentContext, matcher: TriggerMatcher, mentions: MentionFinder) -> None:
        self.ctx = ctx
        self.matcher = matcher
        self.keep_unresolved = False  # report events whose actor has words but no code (Settings)
        self.mentions = mentions
        self.words: EventWords = ctx.words
        self.pronouns_being_read: set[int] = set()

    # -- a trigger's own participants ------------------------------------------------
    @per_token
    def verb_subjects(self, verb: Any) -> list[Any]:
        """:func:`subjects_of` the verb, kept for the document: the storm check asks it before the roles do."""
        return subjects_of(verb, self.words)

    def verb_roles(self, verb: Any, trig: Trigger) -> tuple[list[Entity], list[Entity]]:
        """The actors and recipients of a verb trigger: its subjects act on its objects (a passive's are read
        by ``_passive_roles``), and when the sentence names no one, each kind of act has its own fallbacks."""
        words = self.words
        if (brokered := brokered_meeting(verb, trig, words, self.np_entities_many)) is not None:
            return brokered  # "Oman hosted talks between Iran and the United States": the two sides meet
        if trig.roles == "answered" and (setter := deadline_setter(verb, words)) is not None:
            # "gave Lomé until Thursday to pull back or face the consequences": the giver's threat
            return self.np_entities_many(subjects_of(setter[0], words)), self.np_entities_many(setter[1])
        parts = self._verb_parts(verb, trig)
        if parts.passive:
            return self._passive_roles(verb, trig, parts.subjects, parts.pobjs, parts.cond)
        if trig.roles == "given":
            return self._given_roles(verb, parts.subjects)
        givers = self._givers(verb, parts.objects, trig)
        if givers:
            return givers, self.np_entities_many(parts.subjects)
        spoken = self._speaker(verb) if joined_to_reported(verb, trig, words) else []  # see _urged_speaker
        actors = spoken or self.np_entities_many(parts.subjects)
        if not actors and (blast := unclaimed_blast(trig, verb, parts.subjects, self._blast_place(verb), self.ctx))[0]:
            return blast  # "a bomb exploded in the bazaar in Khujand": told as at home
        actors, judged = self._unnamed_actors(parts, actors)
        own = authority(actors, trig.type) or critics_at_home(actors, trig.type)
        recipients = self._object_recipients(parts, actors, own)
        if not recipients:
            recipients = self._recipients_named_near(parts, actors, judged, own)
        if not recipients:
            recipients = self._recipients_of_the_act(parts, actors)
        actors = crowd_at_mission(trig, verb, parts.subjects, actors, recipients, self.ctx, self._place_country)
        return self._hosted_roles(parts, actors, recipients)

    def _verb_parts(self, verb: Any, trig: Trigger) -> _VerbParts:
        """The words an active or passive verb trigger's roles are read from."""
        words = self.words
        subjects = list(self.verb_subjects(verb))  # a copy: the kept list is shared
        passive = reads_as_passive(verb, state_act=trig.type in STATE_ACTS)  # "were detained", "people held in Lima"
        if passive and verb.dep_ == "acl" and not any(t.dep_ == "nsubjpass" for t in children_of(verb)):
            subjects = [verb.head]  # "citizens abducted by agents": the citizens suffered it
        objects = [c for c in children_of(verb) if c.dep_ in {"dobj", "dative", "attr", "oprd"}] or shared_objects(verb)
        objects = taken_in_clause(verb, trig, objects)  # "freed two farmers it had detained": the farmers
        cond, values = trig.condition()
        if cond in {"pobj", "frompobj"} and values:  # "withdrew from the treaty with Iran"
            objects = objects + self._particle_objects(verb, trig, values)
        # "any violation will not go unanswered", "will receive a crushing response": the subject is
        # answered, as in "would be answered"
        passive = passive or trig.roles == "answered"
        between: list[Entity] = []
        if (cond in {"obj", "promised"} and values) or trig.type == "MOBILIZE":
            # "severed relations with Uruguay", "massed troops near the border": the object belongs
            # to the trigger; whom it is aimed at hangs from the object or the verb
            moved = trig.type == "MOBILIZE"
            phrase = [o for o in objects if moved or word_in(o, values)]
            between = self.np_entities_many(prep_objects(phrase, words.between_prep))
            owners = [c for o in phrase for c in children_of(o) if c.dep_ == "poss"]  # "had given her shelter"
            objects = prep_objects(phrase, target_preps(trig, words)) + owners + [o for o in objects if o not in phrase]
        allowed = target_preps(trig, words)
        pobjs = [p for prep in verb_preps(verb, allowed, trig) for p in children_of(prep) if p.dep_ == "pobj"]
        for name, nouns in trig.conditions():
            if name == "pobj":  # "spoke by telephone with Narendra Modi": "with" under "telephone"
                pobjs += condition_noun_partners(verb, nouns, allowed)
        return _VerbParts(verb, trig, subjects, objects, pobjs, allowed, cond, values, between, passive)

    def _given_roles(self, verb: Any, subjects: list[Any]) -> tuple[list[Entity], list[Entity]]:
        """ "received budget support from Saudi Arabia", "received Japan's aid": the subject gets what
        the giver named by "from" or the object's owner does; with no giver named, nobody is said to act."""
        phrase = [c for c in children_of(verb) if c.dep_ == "dobj"]
        # "reinforcements of 300 soldiers from Tanzania": the giver may hang deep in the object
        within = [t for p in phrase for t in p.subtree if t.dep_ == "prep"]
        named = prep_objects([verb], self.words.giver_prep) + [
            c for t in within if t.lower_ in self.words.giver_prep for c in children_of(t) if c.dep_ == "pobj"
        ]
        givers = self.np_entities_many(named) or self.np_entities_many(owners_of(phrase))
        return (givers, self.np_entities_many(subjects)) if givers else ([], [])

    def _unnamed_actors(self, parts: _VerbParts, actors: list[Entity]) -> tuple[list[Entity], list[Entity]]:
        """The actors of an active verb whose subjects name no one (a relation's two sides, the speaker, the
        governing verb's subjects), and the sides a speaker judges (the recipients it names)."""
        verb, trig, words = parts.verb, parts.trig, self.words
        judged: list[Entity] = []
        if not actors and parts.cond == "obj" and parts.values and parts.between:
            # "the accord that restored trade between the two kingdoms"; but "X said the visit
            # opened a new chapter between the two neighbours" is X's praise, of the other of the two
            judge = self._speaker(verb) if trig.type in VERBAL and under_speech(verb, words) else []
            judged = [e for e in parts.between if not same_entity(e, judge)] if judge else []
            actors = judge or parts.between
        reported = (verb.dep_ == "conj" and under_speech(verb.head, words)) or (
            not parts.subjects and under_speech(verb, words)
        )
        if not actors and trig.type in VERBAL and reported:
            actors = self._speaker(verb)  # "X said the vote was unfair and warned that ...": X warned
        if not actors and verb.dep_ == "acl" and (outer := governing_verb(verb.head)) is not None:
            actors = self.np_entities_many(subjects_of(outer, words))  # "passed a motion urging the junta"
        return actors, judged

    def _object_recipients(self, parts: _VerbParts, actors: list[Entity], own: str | None) -> list[Entity]:
        """The recipients the verb's objects name, or the people they stand for when they name no state."""
        verb, trig, objects = parts.verb, parts.trig, parts.objects
        # "Chad's government released 80 captured fighters", "opposition parties accused the government"
        recipients = [e for o in objects for e in self.np_entities(o, country=people_home(o, own, self.ctx))]
        joint = joint_authorities(actors, trig.type)
        if joint and recipients and {r.code for r in recipients} <= set(joint) and self._only_guessed(objects):
            # "police in Serbia and Bosnia arrested 14 people": unnamed people two states' police hold are of both
            people = recipients[0].sector or "CVL"
            recipients = [replace(recipients[0], code=code, sector=people) for code in joint]
        if self._held_by_state(trig) and self._only_guessed(objects):
            recipients = self._held_people_origin(verb, objects, actors, recipients)
        if recipients and self._only_guessed(objects) and {e.code for e in recipients} <= {a.code for a in actors}:
            # "donated three helicopters to Bolivia's police": the helicopters are what was given; whom
            # it was given to is named by the phrase after them, before any guess from the story
            named = self.np_entities_many(parts.pobjs) or self.np_entities_many(prep_objects(objects, parts.allowed))
            recipients = named or recipients
        return recipients

    def _recipients_named_near(
        self, parts: _VerbParts, actors: list[Entity], judged: list[Entity], own: str | None
    ) -> list[Entity]:
        """With no recipient in the objects: one named near them (a judged side, people told of, a
        prepositional target, a "for" phrase, the receiver of a handover, a reported clause's subjects)."""
        verb, trig, objects, words = parts.verb, parts.trig, parts.objects, self.words
        recipients = judged or self._told_people(objects, trig.type) or self.np_entities_many(parts.pobjs)
        if not recipients and parts.between == [] and parts.cond == "obj" and parts.values:
            # "started waving Omani lorries across": nothing hangs from the object, but it names the target
            named = [
                t
                for c in children_of(verb)
                if c.dep_ == "dobj"
                for t in c.subtree
                # "convened crisis talks in Lisbon" (or "in Lisbon, Portugal"): a meeting's venue is no
                # party (but "closed its embassy in Bogota" is aimed at Colombia)
                if t.i in self.ctx.mention_at and (trig.type != "CONSULT" or venue_prep_of(t, words) is None)
            ]
            recipients = self._first_named_with_its_list(named, actors)
        if not recipients and trig.type in {"CONCEDE", "ACCUSE", "SUPPORT"}:
            # "apologised for crossing Laos's border", "criticised for its treatment of ..."
            fors = [c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "for"]
            inside = [t for f in fors for t in f.subtree if t.dep_ in {"pobj", "dobj", "poss"}]
            recipients = [e for e in self.np_entities_many(inside) if e.code not in {a.code for a in actors}][:1]
            recipients = with_its_list(self.ctx, recipients, fors, actors, AGENT_CODES)
        if not recipients:
            # "broke off relations with Chile", "curbs on Syria's fuel imports"
            recipients = self.np_entities_many(prep_objects(objects, parts.allowed))
        if not recipients and trig.roles == "handover":
            recipients = self._receiving_state(objects + parts.pobjs, actors)
        if not recipients:
            clause_subjects = [s for c in children_of(verb) if c.dep_ in {"ccomp", "xcomp"} for s in own_subjects(c)]
            # "a deputy complained that the government had given in": the critics' own government
            recipients = [e for s in clause_subjects for e in self.np_entities(s, country=own)]
        return recipients

    def _recipients_of_the_act(self, parts: _VerbParts, actors: list[Entity]) -> list[Entity]:
        """With no recipient named near the verb: the one its kind of act is aimed at (a promised partner,
        a complement's target, a mention in a statement's object, the threatened, the two sides of a go-between,
        the one written to, the host of posted envoys)."""
        verb, trig, objects = parts.verb, parts.trig, parts.objects
        recipients: list[Entity] = []
        if trig.type == "AGREE" or (trig.type == "REJECT" and _refuses_to(verb)):
            # "agreed to meet Kim"; "declined to issue visas to Georgian officials": a refusal is aimed
            # at whom the refused act would have been done to
            recipients = self.promised_partner(verb)
        if not recipients and parts.cond == "xcomp":
            # "stopped issuing visas to citizens of Georgia": the row's act is its complement, aimed at its target
            targets = complement_targets(verb, parts.allowed)
            recipients = [e for e in self.np_entities_many(targets) if not same_entity(e, actors)][:1]
            recipients = with_its_list(self.ctx, recipients, targets, actors, AGENT_CODES)
        if not recipients and trig.type in VERBAL:
            # "praised the census held in Belize", "signed an accord restoring ties with Oman"
            codes = {a.code for a in actors}
            inside = [self.ctx.mention_at[t.i].entity for o in objects for t in o.subtree if t.i in self.ctx.mention_at]
            recipients = [e for e in unique_by_code(inside) if e.code not in codes][:1]
            recipients = with_its_list(self.ctx, recipients, objects, actors, AGENT_CODES)
        if not recipients and trig.type == "THREATEN":
            recipients = self._threatened(verb, actors)
        if not recipients and trig.mode == "third-party":
            # "shuttled between Hanoi and Vientiane", "mediated between the two": a go-between acts on both sides
            sides = self.np_entities_many(prep_objects([verb], self.words.between_prep))
            recipients = [e for e in sides if not same_entity(e, actors)]
        if not recipients and addressed_from(verb) is not None:
            # "has written to his Greek counterpart proposing a scheme": proposed to the one written to
            recipients = [e for e in self.np_entities(verb.head) if not same_entity(e, actors)]
        if not recipients:
            recipients = posted_envoys_host(parts.subjects, objects + parts.pobjs, self.ctx)
        return recipients

    def _hosted_roles(
        self, parts: _VerbParts, actors: list[Entity], recipients: list[Entity]
    ) -> tuple[list[Entity], list[Entity]]:
        """The roles as the row reads them: a host's guest acts (visits), a "self" act is aimed at the
        actor's opponents, and armed men at a place stand for its attackers."""
        verb, trig = parts.verb, parts.trig
        if trig.roles == "host" and actors and not recipients and not _named_members(verb):
            # "Bhutan's king received the minister", "received his guest": a guest the story names by no
            # state, received by one of the story's two states, is the other of the pair ("a delegation
            # of the workers" names its members, who may well be the host's own people)
            recipients = _guest_of_other_side(self.ctx.story_other_side(actors), verb)
        if trig.roles == "host" or meets_guest(trig, parts.objects + parts.pobjs, self.words, parts.subjects):
            actors, recipients = recipients, actors
        if trig.roles == "self":
            recipients = self._opposed([verb] + [c for c in children_of(verb) if c.dep_ == "dobj"])
        place = self._raid_place(verb, parts.subjects) if trig.type in {"ASSAULT", "COERCE"} else None
        return armed_men_at_place(trig, parts.subjects, actors, recipients, place, self.ctx), recipients

    def appraisal_roles(self, word: Any) -> tuple[list[Entity], list[Entity]]:
        """ "X said Y's actions were dangerous": the speaker accuses whoever is judged."""
        if word.pos_ == "NOUN" and word.dep_ != "attr":
            return [], []  # "the drills were a rehearsal for invasion": a noun judges only as what something is
        speaker = self._speaker(word)
        if not speaker:
            return [], []
        predicate = word.pos_ in {"ADJ", "NOUN"} and word.dep_ in {"acomp", "oprd", "attr"}
        clause = word.head if predicate else word
        if word.pos_ == "ADV":
            clause = word.head  # "said the trawlers had unlawfully entered": the boats are judged
        if word.pos_ == "ADJ" and word.dep_ in {"oprd", "amod", "conj"}:
            judged = [c for c in children_of(clause) if c.dep_ in {"dobj", "nsubj"}]  # "calling it null and void"
        else:
            judged = own_subjects(clause)
        return speaker, [e for e in self.np_entities_many(judged) if e.code not in {s.code for s in speaker}]

    def domestic_target(self, actors: list[Entity], type_: str, token: Any) -> list[Entity]:
        """Police against protesters, protesters against their government, of one country."""
        target = DOMESTIC_TARGET.get(type_)
        actors = unique_by_code(actors)
        if len(actors) != 1:
            return []
        actor = actors[0]
        if actor.sector in CIVIL_DOMESTIC.get(type_, ()) and actor.code not in STATELESS:
            # "the union called off the strike", "unions warned of a general strike": their government;
            # but "threatened to block the road to the border crossing" in a story of two states is aimed
            # across the border (a militant group has no government of its own)
            abroad = self.ctx.other_side_abroad(actors, token)
            return abroad or [Entity(code=actor.code, sector="GOV", entity_text="")]
        if target is None:
            return []
        # foreign forces at sea or across a border are not at home: their target is not their own people
        at_home = actor.sector == "COP" or actor.code in {self.ctx.sentence_country(token), self.ctx.home}
        security = actor.sector in {"COP", "MIL"} and target == "CVL" and at_home
        security = security or (actor.sector in {"GOV", "JUD"} and type_ in {"COERCE", "RETREAT"})
        # "armed men stormed the jail in Kasese": gunmen of the country the act is in, named for no other
        # state (that would be the stateless group's code), attack their own country
        security = security or (actor.sector in HOME_FORCE.get(type_, ()) and at_home and actor.code not in STATELESS)
        civil = actor.sector in CIVILIAN and target == "GOV"
        if civil and type_ == "PROTEST":
            aimed = self.grievance_target(actors, token, guess=True)
            if aimed:
                return aimed
        if security or civil:
            return [Entity(code=actor.code, sector=target, entity_text="")]
        return []


def _named_members(verb: Any) -> bool:
    """ "received a delegation of the workers": the verb's object names its members by an "of" phrase."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return any(p.dep_ == "prep" and p.lower_ == "of" for o in objects for p in children_of(o))


def _guest_of_other_side(other: list[Entity], verb: Any) -> list[Entity]:
    """The story's other side as the guest, said to stand for the guest's word (so that a reading of
    the sentence's own mentions does not take it for one brought in from outside the sentence)."""
    guest = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if not guest:
        return []
    return [replace(e, resolved_by=f'"{guest[0].text}" stands for "{e.code}" (the story\'s other side)') for e in other]
