"""The roles of a passive trigger ("were detained", "was summoned by", "troops were deployed", "an
agreement signed in Budapest"): the agent acts on the subject, and with no agent named, who did it is
read from the speaker, the place, the holder of the people, the forces moved or the story's pair. A part
of :class:`~._roles.RoleFinder`."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Entity
from ..knowledge import NON_STATE_CODES
from ._agentless import own_measure_doer
from ._detentions import custody_harmer, held_people_act
from ._envoy_passive import is_recall, passive_envoy_roles
from ._envoy_sender import envoy_senders
from ._envoys import envoy_host
from ._handover import holding_state, is_passive_handover
from ._invited_third import third_state_inviters
from ._lexicon import Trigger
from ._lost_fired_from import fired_from_ground
from ._pact_participle import is_pact_participle
from ._parse import agent_objects, is_passive
from ._phrases import standing_for
from ._role_objects import RoleObjectReader
from ._role_places import sent_to
from ._sent_forces import is_sent_force, names_movement
from ._told_acts import is_promised_by_speaker
from ._type_sets import HOLD_ENDINGS, STATE_ACTS
from ._unnamed_attacker import unnamed_attacker
from ._withheld_grant import grant_withholder

__all__ = ["PassiveRoleReader"]

#: Modes of a state's act done to people, never to things ("more than 400 protesters were detained"): their
#: people-nouns are too many to list, so the mode tells them from measures on things.
_PEOPLE_MODES = frozenset({"arrest", "deport"})
#: How the parties of a signing no one is named for are read (see ``_signing_told``).
_SIGNERS = "the two states the story is about signed it"


class PassiveRoleReader(RoleObjectReader):
    """The participants of passive triggers."""

    def _passive_roles(
        self, verb: Any, trig: Trigger, subjects: list[Any], pobjs: list[Any], cond: str
    ) -> tuple[list[Entity], list[Entity]]:
        """The roles of a passive trigger ("were detained", "was summoned by", "the curfew is lifted"): the
        agent acts on the subject; with no agent named, who did it is read from the speaker, the place, the
        holder of the people or the story."""
        words = self.words
        agents, actors = self._passive_agents(verb, trig, subjects, cond)
        recipients = self.np_entities_many(subjects)
        # "was arrested in Hat Yai on a warrant issued in Asuncion": the town the act itself took
        # place in names the authorities before any other place of the sentence
        # "were deported to Mombasa": a place the verb sends people "to" is where they went, not where
        # the act took place
        place = self._act_place_country(verb) or self.ctx.sentence_country(verb, keep=lambda t: not sent_to(t, verb))
        home = place or self.ctx.home
        if not actors and not agents:
            senders = envoy_senders(subjects, recipients, self.ctx, self._previous_subject)
            envoy = passive_envoy_roles(verb, trig, subjects, senders, home, self.ctx)
            if envoy is not None:
                return envoy  # "the German ambassador to Russia was recalled": by Germany, from Russia
        if not recipients:
            recipients = self._told_people(subjects, trig.type)  # "the fishermen were detained": the story's Taiwanese
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
            held = self._held_by_authorities(verb, trig, subjects, recipients, place, home)
            if held is None:
                return [], []
            actors, recipients = held
        if not actors and not recipients and self._signing_told(verb):
            # "under an agreement signed in Budapest last month", "the arrangement was concluded
            # during the visit": a document no one is named as signing was signed by the story's two sides
            return self._signers(verb), []
        if not actors and (handed := self._handed_over(trig, pobjs, place)) is not None:
            actors, recipients = handed
        if not actors:
            actors = self._agentless_doer(verb, trig, subjects, recipients, place)
        if not actors:
            return [], []
        if trig.roles == "host":
            return recipients, actors  # "the delegation was received by the president": the guest visits
        return actors, recipients + self.np_entities_many(pobjs)

    def _passive_agents(
        self, verb: Any, trig: Trigger, subjects: list[Any], cond: str
    ) -> tuple[list[Any], list[Entity]]:
        """The agent phrases of a passive ("by the border police") and the actors they name, else the
        speaker of a said act, the host of a summoned envoy or the text's own voice of a threat."""
        agents = agent_objects(verb)
        if not agents and verb.dep_ == "conj" and is_passive(verb.head):
            agents = agent_objects(verb.head)  # "was seized by the border police and its catch confiscated"
        actors = self.np_entities_many(agents)
        spoken = trig.type in {"ACCUSE", "REQUEST", "THREATEN"} or is_promised_by_speaker(verb, trig, self.words)
        if not actors and spoken:
            # "X said the generals should be investigated", "X said any raid would be met with force"
            # "Togo's ambassador in Cotonou was summoned": the host summons the envoy posted to it
            # (a recall promised in the passive, "their consul will be recalled", is the sender's own:
            # read with the envoy's passive below, never given to the host)
            hosts = [] if is_recall(trig) else [h for s in subjects if (h := envoy_host(s, self.ctx)) is not None]
            actors = self._speaker(verb) or hosts
        if not actors and trig.type == "THREATEN" and (trig.roles == "answered" or cond in {"promised", "litotes"}):
            actors = self._text_voice(verb)  # "Any act of aggression ... will receive a swift response."
        return agents, actors

    def _held_by_authorities(
        self, verb: Any, trig: Trigger, subjects: list[Any], recipients: list[Entity], place: str | None, home: str
    ) -> tuple[list[Entity], list[Entity]] | None:
        """ "were arrested", "had been detained", "were released": the authorities where it happened did it
        (None: people let go with no holder to be found, no event)."""
        # "the Kenyan trader was arrested" in a story of Kenya and Burundi, no place said: the
        # home state's people are held by the other state, where they are
        held_by = None if place else self._held_abroad(subjects)
        if not place and not held_by and (trig.type, trig.mode) in HOLD_ENDINGS:
            # "the fishermen were freed" in a story of Slovenia and Croatia, the fishermen
            # Croatian: people are let go by the state that held them, the other of the pair
            held_by = self._other_side_of(recipients)
        if not place and not held_by and (trig.type, trig.mode) in HOLD_ENDINGS:
            return None
        # "Police said 11 were arrested": a state that reports arrests at home made them
        reporter = None if place or held_by else self._reporting_state(verb)
        taker = None if place or held_by or reporter else self._story_taker()  # "the catch was confiscated"
        actors = taker[0] if taker else [Entity(code=held_by or reporter or home, sector="GOV", entity_text="")]
        # "the men were arrested in Cucuta" in a story of Colombia and Venezuela: people of no
        # nationality said, held by one state of the story's pair, are the other's (but "the
        # release of those arrested" points back to the story's own people, at home)
        pointed_back = any(s.pos_ in {"PRON", "DET"} for s in subjects)
        # "the shipment of grain has been suspended, the Trade Ministry announced": a measure on things,
        # not on people, strikes the other state of the story's pair even when the reporting state took it
        # (training gold: 23 of 26 agentless sanctions and seizures of things coded to another state)
        reported = reporter is not None and not self._measure_on_things(trig, subjects)
        foreign = [] if held_by or reported or pointed_back else self.ctx.story_other_side(actors)
        foreign = taker[1] if taker else foreign
        return actors, recipients or foreign or [Entity(code=reporter or home, sector="CVL", entity_text="")]

    def _measure_on_things(self, trig: Trigger, subjects: list[Any]) -> bool:
        """A sanction or a coercion ("the crossing was closed", "the transfer of funds has been suspended",
        "the lorries were impounded") whose passive subjects are all common nouns of things: no people
        (``earlier_people``, ``told_back_people``) nor a body with a sector ("officers", "troops")."""
        people = self.words.earlier_people | self.words.told_back_people
        return (
            trig.type in STATE_ACTS
            and trig.mode not in _PEOPLE_MODES
            and bool(subjects)
            and all(
                s.pos_ == "NOUN"
                and s.ent_type_ == ""
                and s.lemma_.lower() not in people
                and self.mentions.sector_of(s.doc[s.i : s.i + 1])[0] is None
                for s in subjects
            )
        )

    def _handed_over(
        self, trig: Trigger, pobjs: list[Any], place: str | None
    ) -> tuple[list[Entity], list[Entity]] | None:
        """ "the suspects were handed to Malian gendarmes": given up by the state that held them;
        "were extradited to Florida": received by the state the place lies in (None: no handover told)."""
        if not is_passive_handover(trig):
            return None
        receivers = self.np_entities_many(pobjs) or self._destination_states(pobjs)
        if not receivers:
            return None
        to_place = not receivers[0].entity_text
        actors = holding_state(receivers, place, self.ctx, sent_to_place=to_place)
        return actors, receivers if to_place else []

    def _agentless_doer(
        self, verb: Any, trig: Trigger, subjects: list[Any], recipients: list[Entity], place: str | None
    ) -> list[Entity]:
        """Who did a passive act no one is named for: the state's own measure, a withheld grant, an invitation."""
        # "troops have been stationed off the island", "the curfew is lifted": the state's own measure
        actors = own_measure_doer(trig, verb, subjects, place, self._reporting_state(verb), self.ctx)
        if not actors:  # "were refused entry": the state where it happened withheld the leave
            actors = grant_withholder(
                trig, verb, self.words, place, self._reporting_state(verb), self.ctx, self.np_entities_many
            )
        if not actors:  # "Russia was invited to join": by the story's pair
            actors = third_state_inviters(trig, verb, recipients, self.ctx)
        return actors

    def _forces_sent(self, verb: Any, subjects: list[Any], trig: Trigger) -> bool:
        """ "troops were moved to the border", "patrol boats have been deployed along the boundary": armed
        forces moved (passive) to a destination, told as done (not "will be deployed", nor where forces
        stand: "were deployed in Kosovo"; "the suspect was driven to a jail" moves no force). So are forces sent
        for a purpose ("police had been deployed to escort the convoys") and forces put on alert ("the
        coast guard has been placed on heightened alert"): a state readies its own forces."""
        words = self.words
        if not any(is_sent_force(s, self.ctx.sdoc, words, self.mentions.sector_of) for s in subjects):
            return False
        if any(c.dep_ == "aux" and c.lower_ in words.future_aux | words.conditional_aux for c in children_of(verb)):
            return False
        if trig.mode == "alert":
            return True
        purposes = [c for c in children_of(verb) if c.dep_ == "advcl" or (c.dep_ == "xcomp" and names_movement(trig))]
        if any(a.dep_ == "aux" and a.lower_ == "to" for c in purposes for a in children_of(c)):
            return True
        if any(c.dep_ in {"prep", "prt"} and c.lower_ in words.deployment_prep for c in children_of(verb)):
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
        return any(c.dep_ == "prep" and c.lower_ in words.placing_prep for c in children_of(verb))

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


def _past_passive(verb: Any) -> bool:
    """A finite past passive ("was", "were", "has been" + participle): done, not the standing present
    ("are stationed in Germany") nor a plan ("will be doubled")."""
    return any(c.dep_ == "auxpass" and c.tag_ in {"VBD", "VBN"} for c in children_of(verb))
