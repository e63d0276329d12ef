"""Who acts and on whom: subjects, objects and agents of a trigger, the phrases that name actors, and
the fallbacks when the sentence names nobody (pronouns, "the two sides", the people at home)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..document import Entity
from ..knowledge import NON_STATE_CODES
from ..mentions import MentionFinder
from ._agentless import own_measure_doer
from ._anchors import locative_prep_of
from ._complements import complement_targets, in_route_phrase
from ._context import DocumentContext
from ._deadline import deadline_setter
from ._detentions import custody_harmer, held_people_act, taken_in_clause
from ._direction import meets_guest
from ._entities import same_entity, unique_by_code
from ._envoys import envoy_host, posted_envoys_host
from ._handover import holding_state, is_passive_handover
from ._holders import HolderGuesser
from ._invited_third import third_state_inviters
from ._lexicon import Trigger
from ._listed import listed_beside, with_its_list
from ._lost_fired_from import fired_from_ground
from ._memo import per_token
from ._noun_roles import NounRoleReader
from ._pact_participle import is_pact_participle
from ._parse import (
    addressed_from,
    agent_objects,
    governing_verb,
    is_passive,
    own_subjects,
    prep_objects,
    subjects_of,
    under_speech,
    verb_preps,
)
from ._passive_reading import reads_as_passive
from ._phrases import (
    authority,
    critics_at_home,
    joint_authorities,
    people_home,
    shared_objects,
    standing_for,
)
from ._recip_helped import helped_doers
from ._role_places import RolePlaces, sent_to
from ._sent_forces import is_sent_force, names_movement
from ._third_party import brokered_meeting, offered_meeting_sides
from ._told_acts import is_promised_by_speaker
from ._type_sets import (
    AGENT_CODES,
    CIVIL_DOMESTIC,
    CIVILIAN,
    DOMESTIC_TARGET,
    HOLD_ENDINGS,
    STATE_ACTS,
    STATELESS,
    VERBAL,
)
from ._typing import TriggerMatcher, target_preps
from ._unnamed_attacker import armed_men_at_place, unclaimed_blast, unnamed_attacker
from ._withheld_grant import grant_withholder
from ._words import EventWords, word_in

__all__ = ["RoleFinder"]

#: How the parties of a signing no one is named for are read (see ``_signing_told``).
_SIGNERS = "the two states the story is about signed it"


def owners_of(phrases: list[Any]) -> list[Any]:
    """The possessors of the phrases ("Ghana's support"): whose the thing named is."""
    return [c for p in phrases for c in p.children if c.dep_ == "poss"]


def _refuses_to(verb: Any) -> bool:
    """ "refused to release", "declined to issue": a refusal of an act still to be done (an infinitive),
    not a denial of one done ("denies harbouring the militants": whom it denies to is the accuser)."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in verb.children)


class RoleFinder(NounRoleReader, HolderGuesser, RolePlaces):
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
        words = self.words
        if (brokered := brokered_meeting(verb, trig, words, self.np_entities_many)) is not None:
            return brokered  # "Oman hosted talks between Iran and the United States": the two sides meet
        if trig.roles == "answered" and (setter := deadline_setter(verb, words)) is not None:
            # "gave Lomé until Thursday to pull back or face the consequences": the giver's threat
            return self.np_entities_many(subjects_of(setter[0], words)), self.np_entities_many(setter[1])
        subjects = list(self.verb_subjects(verb))  # a copy: the kept list is shared
        passive = reads_as_passive(verb, state_act=trig.type in STATE_ACTS)  # "were detained", "people held in Lima"
        if passive and verb.dep_ == "acl" and not any(t.dep_ == "nsubjpass" for t in verb.children):
            subjects = [verb.head]  # "citizens abducted by agents": the citizens suffered it
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative", "attr", "oprd"}] or shared_objects(verb)
        objects = taken_in_clause(verb, trig, objects)  # "freed two farmers it had detained": the farmers
        cond, values = trig.condition()
        if cond == "pobj" and values:
            objects = objects + self._particle_objects(verb, trig, values)
        # "any violation will not go unanswered", "will receive a crushing response": the subject is
        # answered, as in "would be answered"
        passive = passive or trig.roles == "answered"
        between: list[Entity] = []
        if (cond in {"obj", "promised"} and values) or trig.type == "MOBILIZE":
            # "broke off relations with Colombia", "massed troops near the border": the object belongs
            # to the trigger; whom it is aimed at hangs from the object or the verb
            moved = trig.type == "MOBILIZE"
            phrase = [o for o in objects if moved or word_in(o, values)]
            between = self.np_entities_many(prep_objects(phrase, words.between_prep))
            owners = [c for o in phrase for c in o.children if c.dep_ == "poss"]  # "had given her shelter"
            objects = prep_objects(phrase, target_preps(trig, words)) + owners + [o for o in objects if o not in phrase]
        allowed = target_preps(trig, words)
        pobjs = [p for prep in verb_preps(verb, allowed, trig) for p in prep.children if p.dep_ == "pobj"]
        if passive:
            agents = agent_objects(verb)
            if not agents and verb.dep_ == "conj" and is_passive(verb.head):
                agents = agent_objects(verb.head)  # "was seized by the border police and its catch confiscated"
            actors = self.np_entities_many(agents)
            recipients = self.np_entities_many(subjects)
            spoken = trig.type in {"ACCUSE", "REQUEST", "THREATEN"} or is_promised_by_speaker(verb, trig, words)
            if not actors and spoken:
                # "X said the generals should be investigated", "X said any incursion would be met with force"
                # "Togo's ambassador in Cotonou was summoned": the host summons the envoy posted to it
                actors = self._speaker(verb) or [h for s in subjects if (h := envoy_host(s, self.ctx)) is not None]
            if not actors and trig.type == "THREATEN" and (trig.roles == "answered" or cond in {"promised", "litotes"}):
                actors = self._text_voice(verb)  # "Any act of aggression ... will receive a swift response."
            # "was arrested in Hat Yai on a warrant issued in Asuncion": the town the act itself took
            # place in names the authorities before any other place of the sentence
            # "were deported to Mombasa": a place the verb sends people "to" is where they went, not where
            # the act took place
            place = self._act_place_country(verb) or self.ctx.sentence_country(
                verb, keep=lambda t: not sent_to(t, verb)
            )
            home = place or self.ctx.home
            if not recipients:
                recipients = self._told_people(subjects)  # "the fishermen were detained": the story's Taiwanese
            if not actors and trig.type == "MOBILIZE" and self._forces_sent(verb, subjects, trig):
                # "Egyptian army units were deployed to the crossing": the forces moved are the actor's own
                return self.np_entities_many(subjects), self.np_entities_many(pobjs)
            if not actors and (pulled := self._forces_pulled_back(verb, subjects, trig))[0]:
                return pulled  # "the units were pulled back": by their own state
            # a handover to someone named ("was handed to Libyan officials") is read below, from the receiver
            given_back = held_people_act(trig, verb, pobjs, words)
            if not actors and given_back == "ended" and (holder := self.holder(subjects, anywhere=not place)):
                # "14 fishermen were detained by the navy" ... "the fishermen were released": let go by
                # whoever held them; the people are of the nationality told of them, else those it held
                return holder[0], recipients or holder[1]
            if not actors and given_back == "harm":
                actors, recipients = custody_harmer(verb, recipients, self.ctx)  # "were beaten in custody"
            actors = actors or self.np_entities_many(fired_from_ground(verb, words))  # "fired from its territory"
            if not actors and not given_back and not agents:
                actors = unnamed_attacker(trig, verb, recipients, self.ctx)  # "a Latvian patrol was fired upon"
            if not actors and self._held_by_state(trig) and home:
                # "were arrested", "had been detained", "were released": the authorities where it happened did it
                # "the Kenyan trader was arrested" in a story of Kenya and Burundi, no place said: the
                # home state's people are held by the other state, where they are
                held_by = None if place else self._held_abroad(subjects)
                if not place and not held_by and (trig.type, trig.mode) in HOLD_ENDINGS:
                    # "the fishermen were freed" in a story of Slovenia and Croatia, the fishermen
                    # Croatian: people are let go by the state that held them, the other of the pair
                    held_by = self._other_side_of(recipients)
                if not place and not held_by and (trig.type, trig.mode) in HOLD_ENDINGS:
                    return [], []
                # "Police said 11 were arrested": a state that reports arrests at home made them
                reporter = None if place or held_by else self._reporting_state(verb)
                taker = None if place or held_by or reporter else self._story_taker()  # "the catch was confiscated"
                actors = taker[0] if taker else [Entity(code=held_by or reporter or home, sector="GOV", entity_text="")]
                # "the men were arrested in Cucuta" in a story of Colombia and Venezuela: people of no
                # nationality said, held by one state of the story's pair, are the other's (but "the
                # release of those arrested" points back to the story's own people, at home)
                pointed_back = any(s.pos_ in {"PRON", "DET"} for s in subjects)
                foreign = [] if held_by or reporter or pointed_back else self.ctx.story_other_side(actors)
                foreign = taker[1] if taker else foreign
                recipients = recipients or foreign or [Entity(code=reporter or home, sector="CVL", entity_text="")]
            if not actors and not recipients and self._signing_told(verb):
                # "under an agreement signed in Budapest last month", "the arrangement was concluded
                # during the visit": a document no one is named as signing was signed by the story's two sides
                return self._signers(verb), []
            handover = not actors and is_passive_handover(trig)
            if handover and (receivers := self.np_entities_many(pobjs) or self._destination_states(pobjs)):
                # "the suspects were handed to Malian gendarmes": given up by the state that held them;
                # "were extradited to Florida": received by the state the place lies in
                to_place = not receivers[0].entity_text
                actors = holding_state(receivers, place, self.ctx, sent_to_place=to_place)
                recipients = receivers if to_place else []
            if not actors:
                # "troops have been stationed off the island", "the curfew is lifted": the state's own measure
                actors = own_measure_doer(trig, verb, subjects, place, self._reporting_state(verb), self.ctx)
            if not actors:  # "were refused entry": the state where it happened withheld the leave
                actors = grant_withholder(
                    trig, verb, words, place, self._reporting_state(verb), self.ctx, self.np_entities_many
                )
            if not actors:  # "Russia was invited to join": by the story's pair
                actors = third_state_inviters(trig, verb, recipients, self.ctx)
            if not actors:
                return [], []
            if trig.roles == "host":
                return recipients, actors  # "the delegation was received by the president": the guest visits
            return actors, recipients + self.np_entities_many(pobjs)
        if trig.roles == "given":
            # "received budget support from Saudi Arabia", "received Japan's aid": the subject gets what
            # the giver named by "from" or the object's owner does; with no giver named, nobody is said to act
            phrase = [c for c in verb.children if c.dep_ == "dobj"]
            # "reinforcements of 300 soldiers from Tanzania": the giver may hang deep in the object
            within = [t for p in phrase for t in p.subtree if t.dep_ == "prep"]
            named = prep_objects([verb], self.words.giver_prep) + [
                c for t in within if t.lower_ in self.words.giver_prep for c in t.children if c.dep_ == "pobj"
            ]
            givers = self.np_entities_many(named) or self.np_entities_many(owners_of(phrase))
            return (givers, self.np_entities_many(subjects)) if givers else ([], [])
        givers = self._givers(verb, objects, trig)
        if givers:
            return givers, self.np_entities_many(subjects)
        actors = self.np_entities_many(subjects)
        if not actors and (blast := unclaimed_blast(trig, verb, subjects, self._blast_place(verb), self.ctx))[0]:
            return blast  # "a bomb exploded in the bazaar in Khujand": told as at home
        judged: list[Entity] = []
        if not actors and cond == "obj" and values and between:
            # "the treaty that normalized relations between the two countries"; but "X said the visit
            # opened a new chapter between the two neighbours" is X's praise, of the other of the two
            judge = self._speaker(verb) if trig.type in VERBAL and under_speech(verb, words) else []
            judged = [e for e in between if not same_entity(e, judge)] if judge else []
            actors = judge or between
        reported = (verb.dep_ == "conj" and under_speech(verb.head, words)) or (
            not subjects and under_speech(verb, words)
        )
        if not actors and trig.type in VERBAL and reported:
            actors = self._speaker(verb)  # "X said the vote was unfair and warned that ...": X warned
        if not actors and verb.dep_ == "acl" and (outer := governing_verb(verb.head)) is not None:
            actors = self.np_entities_many(subjects_of(outer, words))  # "adopted a resolution urging the Taliban"
        own = authority(actors, trig.type) or critics_at_home(actors, trig.type)
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
            named = self.np_entities_many(pobjs) or self.np_entities_many(prep_objects(objects, allowed))
            recipients = named or recipients
        if not recipients:
            recipients = judged or self._told_people(objects) or self.np_entities_many(pobjs)
        if not recipients and between == [] and cond == "obj" and values:
            # "began letting Qatari trucks through": nothing hangs from the object, but it names the target
            named = [
                t
                for c in verb.children
                if c.dep_ == "dobj"
                for t in c.subtree
                # "held an emergency meeting in Brussels": a meeting's venue is no party (but "closed its
                # embassy in Bogota" is aimed at Colombia)
                if t.i in self.ctx.mention_at and (trig.type != "CONSULT" or locative_prep_of(t, words) is None)
            ]
            recipients = self._first_named_with_its_list(named, actors)
        if not recipients and trig.type in {"CONCEDE", "ACCUSE", "SUPPORT"}:
            # "apologised for entering Ecuador's territory", "criticised for its treatment of ..."
            fors = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
            inside = [t for f in fors for t in f.subtree if t.dep_ in {"pobj", "dobj", "poss"}]
            recipients = [e for e in self.np_entities_many(inside) if e.code not in {a.code for a in actors}][:1]
            recipients = with_its_list(self.ctx, recipients, fors, actors, AGENT_CODES)
        if not recipients:
            # "broke off relations with Colombia", "sanctions on Iran's oil exports"
            recipients = self.np_entities_many(prep_objects(objects, allowed))
        if not recipients and trig.roles == "handover":
            recipients = self._receiving_state(objects + pobjs, actors)
        if not recipients:
            clause_subjects = [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for s in own_subjects(c)]
            # "a deputy complained that the government had given in": the critics' own government
            recipients = [e for s in clause_subjects for e in self.np_entities(s, country=own)]
        if not recipients and (trig.type == "AGREE" or (trig.type == "REJECT" and _refuses_to(verb))):
            # "agreed to meet Kim"; "declined to issue visas to Georgian officials": a refusal is aimed
            # at whom the refused act would have been done to
            recipients = self.promised_partner(verb)
        if not recipients and cond == "xcomp":
            # "stopped issuing visas to citizens of Georgia": the row's act is its complement, aimed at its target
            targets = complement_targets(verb, allowed)
            recipients = [e for e in self.np_entities_many(targets) if not same_entity(e, actors)][:1]
            recipients = with_its_list(self.ctx, recipients, targets, actors, AGENT_CODES)
        if not recipients and trig.type in VERBAL:
            # "welcomed the election held in Honduras", "signed a declaration restoring ties with Qatar"
            codes = {a.code for a in actors}
            inside = [self.ctx.mention_at[t.i].entity for o in objects for t in o.subtree if t.i in self.ctx.mention_at]
            recipients = [e for e in unique_by_code(inside) if e.code not in codes][:1]
            recipients = with_its_list(self.ctx, recipients, objects, actors, AGENT_CODES)
        if not recipients and trig.type == "THREATEN":
            recipients = self._threatened(verb, actors)
        if not recipients and trig.mode == "third-party":
            # "shuttled between Riyadh and Doha", "mediated between the two": a go-between acts on both sides
            sides = self.np_entities_many(prep_objects([verb], words.between_prep))
            recipients = [e for e in sides if not same_entity(e, actors)]
        if not recipients and addressed_from(verb) is not None:
            # "has written to his Greek counterpart proposing a scheme": proposed to the one written to
            recipients = [e for e in self.np_entities(verb.head) if not same_entity(e, actors)]
        if not recipients:
            recipients = posted_envoys_host(subjects, objects + pobjs, self.ctx)
        if trig.roles == "host" and actors and not recipients and not _named_members(verb):
            # "Bhutan's king received the minister", "received his guest": a guest the story names by no
            # state, received by one of the story's two states, is the other of the pair ("a delegation
            # of the workers" names its members, who may well be the host's own people)
            recipients = _guest_of_other_side(self.ctx.story_other_side(actors), verb)
        if trig.roles == "host" or meets_guest(trig, objects + pobjs, words):
            actors, recipients = recipients, actors
        if trig.roles == "self":
            recipients = self._opposed([verb] + [c for c in verb.children if c.dep_ == "dobj"])
        place = self._raid_place(verb, subjects) if trig.type in {"ASSAULT", "COERCE"} else None
        return armed_men_at_place(trig, subjects, actors, recipients, place, self.ctx), recipients

    @staticmethod
    def _particle_objects(verb: Any, trig: Trigger, values: frozenset[str]) -> list[Any]:
        """ "called in the Croatian ambassador": the parser reads the particle the trigger needs as a
        preposition, but the noun the trigger names after it is what the verb acts on."""
        particles = {w for cond, words in trig.conditions()[1:] if cond == "prep" for w in words}
        named = prep_objects([verb], particles)
        return [p for p in named if word_in(p, values)]

    def _forces_sent(self, verb: Any, subjects: list[Any], trig: Trigger) -> bool:
        """ "troops were moved to the border", "patrol boats have been deployed along the boundary": armed
        forces moved (passive) to a destination, told as done (not "will be deployed", nor where forces
        stand: "were deployed in Kosovo"; "Glas was flown to a prison" moves no force). So are forces sent
        for a purpose ("police had been deployed to escort the convoys") and forces put on alert ("the
        coast guard has been placed on heightened alert"): a state readies its own forces."""
        words = self.words
        if not any(is_sent_force(s, self.ctx.sdoc, words, self.mentions.sector_of) for s in subjects):
            return False
        if any(c.dep_ == "aux" and c.lower_ in words.future_aux | words.conditional_aux for c in verb.children):
            return False
        if trig.mode == "alert":
            return True
        purposes = [c for c in verb.children if c.dep_ == "advcl" or (c.dep_ == "xcomp" and names_movement(trig))]
        if any(a.dep_ == "aux" and a.lower_ == "to" for c in purposes for a in c.children):
            return True
        if any(c.dep_ in {"prep", "prt"} and c.lower_ in words.deployment_prep for c in verb.children):
            return True
        return self._forces_placed(verb) or self._forces_strengthened(verb)

    def _forces_strengthened(self, verb: Any) -> bool:
        """ "coast guard patrols have been doubled", "troops were reinforced": forces made more, in a finite
        past passive, are moved by their own state wherever they stand."""
        return verb.lemma_.lower() in self.words.strengthening_verb and _past_passive(verb)

    def _forces_placed(self, verb: Any) -> bool:
        """ "troops were stationed on the hill", "a vessel has been stationed off the island": a verb that
        itself puts forces in place, in a finite past passive ("was", "were", "been": not the present "are
        stationed in Germany", a standing garrison), places them wherever it names."""
        words = self.words
        if verb.lemma_.lower() not in words.placing_verb:
            return False
        if not _past_passive(verb):
            return False
        return any(c.dep_ == "prep" and c.lower_ in words.placing_prep for c in verb.children)

    def _receiving_state(self, phrases: list[Any], actors: list[Entity]) -> list[Entity]:
        """ "extradited four men wanted in Tanzania", "transferred them to the custody of Saudi
        authorities": the state that gets the people handed over is often named only inside the phrase."""
        named = [self.ctx.mention_at[t.i].entity for p in phrases for t in p.subtree if t.i in self.ctx.mention_at]
        first = [e for e in unique_by_code(named) if not same_entity(e, actors) and e.code not in AGENT_CODES][:1]
        return with_its_list(self.ctx, first, phrases, actors, AGENT_CODES)

    def _threatened(self, verb: Any, actors: list[Entity]) -> list[Entity]:
        """ "warned that Ljubljana would block Croatia's bid", "threatened to suspend Lithuanian freight
        trains": a threat is aimed at the first other party its threatened act or condition names (not a
        body the dispute would be taken to, "to the International Court of Justice")."""
        codes = {a.code for a in actors} | AGENT_CODES
        clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "advcl"}]
        # "threatened to reroute its cargo through Tanzania": the route is not the one pressed
        routes = self.words.route_prep
        inside = [(c, t) for c in clauses for t in c.subtree if t.i in self.ctx.mention_at]
        named = [self.ctx.mention_at[t.i].entity for c, t in inside if not in_route_phrase(t, c, routes)]
        first = [e for e in unique_by_code(named) if e.code not in codes][:1]
        return with_its_list(self.ctx, first, clauses, actors, AGENT_CODES)

    def _signing_told(self, verb: Any) -> bool:
        """A passive signing ("signed", "concluded", "ratified") with no "by" phrase, told of a thing
        (the subject names no one), in a story of two states to have signed it; a story of a state and an
        organisation or armed group ("the AU mission monitors a ceasefire signed in April") does not say
        who signed."""
        if verb.lemma_.lower() not in self.words.telling_participle and not is_pact_participle(verb, self.words):
            return False
        pair = {e.code for e in self.ctx.pair(verb.i)}
        return len(pair) == 2 and not pair & NON_STATE_CODES

    def _signers(self, verb: Any) -> list[Entity]:
        """The story's two states, in story order, each standing for the signing verb: the parties are
        read from the verb ("signed"), so that they count as the sentence's own (the role labeller keeps them)."""
        pair = self.ctx.in_story_order(self.ctx.pair(verb.i))
        return [e for one in pair for e in standing_for([one], verb.text, one.entity_text or one.code, _SIGNERS)]

    def _first_named_with_its_list(self, named: list[Any], actors: list[Entity]) -> list[Entity]:
        """The first party named inside an object, with the parties listed beside it ("thanked our
        brothers in Chile, Ecuador and Bolivia", "the border between Cameroon and Equatorial Guinea"):
        a list names every one of its members, while a party named further on is no target."""
        for token in named:
            mention = self.ctx.mention_at[token.i]
            if same_entity(mention.entity, actors):
                continue
            listed = listed_beside(self.ctx, mention)  # "Equatorial Guinea and Chad"
            return [e for e in unique_by_code([mention.entity, *listed]) if not same_entity(e, actors)]
        return []

    def _told_people(self, heads: list[Any]) -> list[Entity]:
        """Unnamed people ("the fishermen") of the nationality an earlier sentence gave them."""
        out = []
        for head in heads:
            # not "dollars"; nor "governments" at large, which an earlier "the government" does not tell
            people = head.pos_ == "NOUN" and head.lemma_.lower() not in self.words.not_actor
            people = people and not self.states_at_large(head)
            code = self.ctx.told_country(head) if people else None
            if code is not None:
                out.append(
                    Entity(
                        code=code,
                        sector=self.mentions.sector_of(head.doc[head.i : head.i + 1])[0] or "CVL",
                        entity_text=head.text,
                    )
                )
        return out

    def _only_guessed(self, heads: list[Any]) -> bool:
        """No word of the phrases (up to their heads) names an actor or stands for one: any actor found
        in them is a guess from where the story is."""
        sdoc = self.ctx.sdoc
        return all(
            t.i not in self.ctx.mention_at and t.pos_ != "PRON"
            for head in heads
            for t in sdoc[head.left_edge.i : head.i + 1]
        )

    def promised_partner(self, head: Any) -> list[Entity]:
        """ "agreed to meet Kim", "ready to resolve the dispute through talks with Manila": the partner
        is the object of the promised act, or whom its means are shared with."""
        inner = [c for c in head.children if c.dep_ == "xcomp"]
        if sides := offered_meeting_sides(inner, self.matcher.match, self.words, self.np_entities_many):
            return sides  # "offered to host talks between Iran and Saudi Arabia": offered to both sides
        targets = [o for x in inner for o in x.children if o.dep_ in {"dobj", "dative"}]
        targets += helped_doers(inner)  # "prepared to help Viet Nam train managers"
        found = self.np_entities_many(targets + prep_objects(inner, self.words.cooperation_prep))
        if not found:
            means = [
                p
                for x in inner
                for prep in x.children
                if prep.dep_ == "prep"
                for p in prep.children
                if p.dep_ == "pobj" and p.lemma_.lower() in self.words.talk_noun
            ]
            found = self.np_entities_many(prep_objects(means, self.words.cooperation_prep))
        return found

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
            clause = word.head  # "said the boats had illegally intruded": the boats are judged
        if word.pos_ == "ADJ" and word.dep_ in {"oprd", "amod", "conj"}:
            judged = [c for c in clause.children if c.dep_ in {"dobj", "nsubj"}]  # "calling it null and void"
        else:
            judged = own_subjects(clause)
        return speaker, [e for e in self.np_entities_many(judged) if e.code not in {s.code for s in speaker}]

    def _held_people_origin(
        self, verb: Any, objects: list[Any], actors: list[Entity], guessed: list[Entity]
    ) -> list[Entity]:
        """Whose the unnamed people a state acts on are, when a phrase says it: "detained 14 fishermen
        from Equatorial Guinea" (the parser hangs "from" on the verb: the people are that state's, not
        the actor's guessed own), "detained 37 people, including 11 Ecuadorean nationals" (some of
        them are that state's: it joins the guess). A state of the actors' own is no news."""
        codes = {a.code for a in actors}
        preps = self.words.held_origin_prep
        of_verb = [e for e in self._origin_states(prep_objects([verb], preps)) if e.code not in codes]
        of_people = [e for e in self._origin_states(prep_objects(objects, preps)) if e.code not in codes]
        if of_verb:
            return unique_by_code(of_verb + of_people)
        return unique_by_code(guessed + of_people)

    def _origin_states(self, heads: list[Any]) -> list[Entity]:
        """The states phrases name by their own words ("Equatorial Guinea", "the Kazakh village",
        "11 Ecuadorean nationals", "Cedros"), never a guess from the story."""
        out: list[Entity] = []
        for head in heads:
            named = self.np_entities(head, depth=3)
            if not named and head.pos_ == "PROPN":
                code = self._place_country(self.ctx.sdoc[head.left_edge.i : head.i + 1])
                named = [Entity(code=code, sector="CVL", entity_text=head.text)] if code else []
            out += named
        return out

    def _givers(self, verb: Any, objects: list[Any], trig: Trigger) -> list[Entity]:
        """ "Djibouti received budget support from Saudi Arabia": the giver named after a getting verb
        acts on its subject (a guest received is a meeting, read by the trigger's own roles)."""
        if trig.type == "CONSULT" or trig.roles == "host" or verb.lemma_.lower() not in self.words.receiving_verb:
            return []
        return self.np_entities_many(prep_objects([verb, *objects], self.words.giver_prep))

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
        civil = actor.sector in CIVILIAN and target == "GOV"
        if civil and type_ == "PROTEST":
            aimed = self.grievance_target(actors, token, guess=True)
            if aimed:
                return aimed
        if security or civil:
            return [Entity(code=actor.code, sector=target, entity_text="")]
        return []


def _past_passive(verb: Any) -> bool:
    """A finite past passive ("was", "were", "has been" + participle): done, not the standing present
    ("are stationed in Germany") nor a plan ("will be doubled")."""
    return any(c.dep_ == "auxpass" and c.tag_ in {"VBD", "VBN"} for c in verb.children)


def _named_members(verb: Any) -> bool:
    """ "received a delegation of the workers": the verb's object names its members by an "of" phrase."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(p.dep_ == "prep" and p.lower_ == "of" for o in objects for p in o.children)


def _guest_of_other_side(other: list[Entity], verb: Any) -> list[Entity]:
    """The story's other side as the guest, said to stand for the guest's word (so that a reading of
    the sentence's own mentions does not take it for one brought in from outside the sentence)."""
    guest = [c for c in verb.children if c.dep_ == "dobj"]
    if not guest:
        return []
    return [replace(e, resolved_by=f'"{guest[0].text}" stands for "{e.code}" (the story\'s other side)') for e in other]
