"""The participants a trigger NOUN names ("Japan's controls on exports", "a plea from Zambia", "talks
with the visiting delegation"), whom a protest is against, and where a visit went: the noun-phrase half of
the role finder (:class:`~._roles.RoleFinder` adds the verbs' participants and the fallbacks).

A trigger noun with no participant read stays uncoded, and no fallback doer is guessed for it: over the
training corpus (stop 45), of 2,671 trigger nouns the rules coder left uncoded, the gold has an event of
the noun's type in the sentence for 83 of 1,571 with no participant phrase, 4 of 23 with an unresolved "by"
phrase, 7 of 227 with a possessor, 16 of 150 with a capitalised modifier, 17 of 428 under a verb with a
subject ("X announced the evacuation"), 32 of 272 with an "of/on/with/between/from/against" phrase. Attack
nouns as the subject of "kill" are gold attacks 3 of 3, but coded three ways (the other state, both states,
home rebels)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import Entity
from ..parse import SUBJECT_DEPS, VERB_POS
from ._adjunct_acts import adjunct_holder
from ._call_means import CALL_MEANS, call_partners
from ._direction import LEFT_FROM, has_own_agent, meets_guest
from ._entities import same_entity, unique_by_code
from ._judged_doer import participle_agents
from ._lexicon import Trigger
from ._listed import with_its_list
from ._meeting_parties import clause_timed, passive_doers
from ._object_words import misplaced_doer
from ._parse import agent_objects, contains, governing_verb, prep_objects
from ._phrase_entities import PhraseReader
from ._phrases import in_time_phrase, is_topic
from ._told_acts import is_bare_definite
from ._type_sets import COOP_TYPES, DONE_TO, VERBAL
from ._typing import TriggerMatcher
from ._verb_subjects import own_subjects, subjects_of

__all__ = ["NounRoleReader", "displaced_by_phrases"]

#: Acts two parties do together, whose noun a pair of names can modify ("China-Russia exercise").
JOINT_NAMED = {"COOPERATE", "CONSULT", "AGREE"}
#: Acts whose noun's "of" phrase names the parties themselves ("a meeting of the two ministers"), so a
#: describing participle's "by" phrase ("chaired by", "brokered by", "attended by") names a third party
#: that neither makes the "of" phrase the ones acted on nor replaces them as the doers (training corpus,
#: participle agents of CONSULT nouns: 2 of 3 matched events read wrong with them, 0 fixed by the rules
#: coder; "talks chaired by the UN" the one the learned coder gained).
_MEETINGS = frozenset({"CONSULT"})
#: A hyphen or an en dash joins two names into one modifier; an em dash sets off a phrase instead.
_HYPHENS = {"-", "\u2013"}
_NAME_MODIFIER = {"nmod", "compound", "amod"}


def displaced_by_phrases(noun: Any) -> list[Any]:
    """ "follows a visit to Khartoum last month by an Egyptian delegation": a "by" phrase after the
    object of an active verb, parsed onto the verb (a time phrase stands between), names the doer of
    the object's act: an active verb takes no agent of its own."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ not in VERB_POS:
        return []
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in children_of(verb)):
        return []
    return [c for c in children_of(verb) if c.dep_ in {"prep", "agent"} and c.lower_ == "by" and c.i > noun.i]


class NounRoleReader(PhraseReader):
    """Roles read from a trigger noun's own phrase and its governing verb."""

    matcher: TriggerMatcher

    def _opposed(self, heads: list[Any]) -> list[Entity]:
        """ "chanted against the UN mission", "chanting slogans against African Union peacekeepers", "a march
        against the government": a protest that names whom it is against is aimed at them (the places and
        things it names are not its target)."""
        words = self.words
        opposed = self.np_entities_many(prep_objects(heads, words.opposed_prep))
        if opposed:
            return opposed
        # "marched to the UNHCR compound", "rallied outside the U.S. naval base": a protest at a site a
        # body or state owns is aimed at its owner (a town or capital it is held in is no owner)
        sites = prep_objects(heads, words.destination_prep | words.locative_prep)
        owned = [p for p in sites if p.pos_ == "NOUN" and any(t.i in self.ctx.mention_at for t in p.subtree)]
        return unique_by_code(self.np_entities_many(owned))[:1]

    def grievance_target(self, actors: list[Entity], token: Any, *, guess: bool = False) -> list[Entity]:
        """ "traders protested against the closure", "families staged hunger strikes to demand their
        return", "in protest at the seizure of their boats by Kenya": a protest that states its demand or
        grievance is aimed at the foreign state the phrase names, else at the doers of the act it points
        back to ("the closure": whoever closed the crossing); with ``guess``, else at whoever last did a
        hostile act to the protesters' state ("demanding to be let through": who shut the border). A
        demand put to their own state ("demanding that Almaty pay"), or none stated, gives nothing."""
        phrases = self._grievance_phrases(token)
        if not phrases:
            return []
        codes = {a.code for a in actors}
        inside = [self.ctx.mention_at[t.i].entity for p in phrases for t in p.subtree if t.i in self.ctx.mention_at]
        asked = [t for p in phrases for t in p.subtree if t.dep_ in SUBJECT_DEPS and t.pos_ == "PROPN"]
        places = {self._place_country(self.ctx.sdoc[t.left_edge.i : t.i + 1]) for t in asked}
        if codes & ({e.code for e in inside} | places) or self._asks_own_authorities(phrases):
            return []
        named = unique_by_code(inside)[:1] or self._grieved_act_doers(phrases, actors)
        return named or (self.ctx.attackers(actors) if guess else [])

    def _asks_own_authorities(self, phrases: list[Any]) -> bool:
        """ "to press the government to find other markets", "demanding government help": authorities
        named by no state's name are the protesters' own."""
        unnamed = (t for p in phrases for t in p.subtree if t.i not in self.ctx.mention_at and t.pos_ == "NOUN")
        return any(self.mentions.sector_of(self.ctx.sdoc[t.i : t.i + 1])[0] == "GOV" for t in unnamed)

    def _grieved_act_doers(self, phrases: list[Any], actors: list[Entity]) -> list[Entity]:
        """The doers of the act a grievance points back to: "against the closure", "to demand the
        release of the crew" (the latest event of that act's type the story has told)."""
        objects = [p for p in phrases if p.pos_ in {"NOUN", "PROPN"}]
        objects += [c for p in phrases if p.pos_ in VERB_POS for c in children_of(p) if c.dep_ == "dobj"]
        for obj in objects:
            judged = self.matcher.match(obj)
            if not is_bare_definite(obj, self.words):
                continue
            if judged is not None and judged.pos == "NOUN":
                return self.ctx.doers_of(judged.type, actors)
            # "protested against the closure": an act told before, by whoever last acted against them
            return self.ctx.attackers(actors)
        return []

    def _grievance_phrases(self, token: Any) -> list[Any]:
        """The heads of the phrases that tell what a protest demands or is about: a clause of demanding
        ("to demand", "calling for"), a preposition of grievance ("over unpaid wages"), or "in protest at"."""
        words = self.words
        verb = token if token.pos_ in VERB_POS else (governing_verb(token) or token)
        heads = [verb, token] if verb.i != token.i else [verb]
        # "staged vigils calling for their release": the demand hangs from the protest's object
        heads += [c for c in children_of(verb) if c.dep_ == "dobj" and c.i != token.i]
        out: list[Any] = []
        for child in (c for h in heads for c in children_of(h)):
            if child.dep_ in {"advcl", "xcomp", "acl"} and child.lemma_.lower() in words.demand_verb:
                out.append(child)
            elif child.dep_ == "prep" and child.lower_ in words.grievance_prep:
                out += [p for p in children_of(child) if p.dep_ == "pobj"]
            elif child.dep_ == "prep":
                pleas = [p for p in children_of(child) if p.dep_ == "pobj" and p.lemma_.lower() in words.demand_verb]
                out += prep_objects(pleas, words.protest_object_prep)
        return out

    def noun_roles(self, noun: Any, trig: Trigger) -> tuple[list[Entity], list[Entity]]:
        """The actors and recipients of a trigger noun: what its own phrase names, then what the verb that
        governs it supplies where the phrase names nobody ("Laos held talks": the verb's subject holds them)."""
        actors, recipients, sources = self._noun_phrase_roles(noun, trig)
        actors, recipients = self._noun_inner_roles(noun, trig, actors, recipients)
        actors = sources or actors
        verb = governing_verb(noun)
        if trig.roles == "own" or verb is None:
            return actors, recipients
        if trig.type in COOP_TYPES:
            verb = clause_timed(verb)
        if sources and not recipients:
            recipients = self._sent_to(noun, verb, sources)
        actors = self._noun_doers_from_verb(noun, trig, verb, actors)
        recipients = self._noun_targets_from_verb(noun, trig, verb, actors, recipients)
        if trig.roles == "self":
            recipients = self._opposed([noun])
        met = prep_objects([noun, verb], self.words.cooperation_prep) + [
            c for c in children_of(verb) if c.dep_ == "dobj"
        ]
        if meets_guest(trig, [m for m in met if not contains(m, noun)], self.words):
            actors, recipients = recipients, actors  # "held talks with the visiting Lao delegation"
        return actors, recipients

    def _noun_phrase_roles(self, noun: Any, trig: Trigger) -> tuple[list[Entity], list[Entity], list[Entity]]:
        """Actors, recipients and sources ("a plea from Zambia") named by the noun's modifiers and prepositions."""
        words = self.words
        actors: list[Entity] = []
        recipients: list[Entity] = []
        sources: list[Entity] = []
        # "the arrest of three traders by Ghanaian police": a doer's "by" misparsed onto the "of" object
        displaced = displaced_by_phrases(noun) + misplaced_doer(noun, words)
        if trig.type not in _MEETINGS:  # "the raid carried out by police"; not "a meeting chaired by the UN"
            displaced += participle_agents(noun)
        by_agent = bool(displaced) or any(c.dep_ == "prep" and c.lower_ == "by" for c in children_of(noun))
        for child in [*children_of(noun), *displaced]:
            if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                actors += self.np_entities(child)
            elif child.dep_ == "prep" or child in displaced:
                pobjs = [p for p in children_of(child) if p.dep_ == "pobj"]
                if child.lower_ == "of" and (by_agent or trig.type in DONE_TO):
                    recipients += self.np_entities_many(pobjs)  # "the killing of ten men by soldiers"
                elif child.lower_ in words.noun_actor_prep:
                    actors += self.np_entities_many(pobjs)
                elif child.lower_ == "from" and trig.type in LEFT_FROM:
                    recipients += self.np_entities_many(pobjs)  # "withdrawal of forces from Afghanistan"
                elif child.lower_ == "from":
                    sources += self.np_entities_many(pobjs)  # "a plea from Zambia", "an invitation from Beijing"
                elif child.lower_ in (words.cooperation_prep if trig.type in COOP_TYPES else words.recipient_prep):
                    recipients += self.np_entities_many(pobjs)
        return actors, recipients, sources

    def _noun_inner_roles(
        self, noun: Any, trig: Trigger, actors: list[Entity], recipients: list[Entity]
    ) -> tuple[list[Entity], list[Entity]]:
        """Hyphened parties, a meeting's host, a clause's subject, or a state inside the noun phrase."""
        joined = self._hyphened_parties(noun) if trig.type in JOINT_NAMED else []
        if joined and {a.code for a in actors} <= {e.code for e in joined}:
            actors = joined  # the modifiers gave only the second name ("Russia" of "China-Russia")
        if not recipients and trig.type == "CONSULT":
            recipients = self._meeting_host(noun)
        if not recipients:
            # "its call that Oslo withdraw the trawler"
            clauses = [c for c in children_of(noun) if c.dep_ in {"acl", "ccomp", "relcl"}]
            recipients = self.np_entities_many([s for c in clauses for s in own_subjects(c)])
        if trig.roles == "own" and actors and not recipients:
            # "Canada's limits on sales of parts vital to Mexico's car makers"
            codes = {a.code for a in actors}
            inside = [self.ctx.mention_at[t.i].entity for t in noun.subtree if t.i in self.ctx.mention_at]
            recipients = [e for e in unique_by_code(inside) if e.code not in codes][:1]
            recipients = with_its_list(self.ctx, recipients, [noun], actors, frozenset())
        return actors, recipients

    def _noun_doers_from_verb(self, noun: Any, trig: Trigger, verb: Any, actors: list[Entity]) -> list[Entity]:
        """The noun names no doer: the verb that governs it gives one, unless the noun is only spoken of."""
        words = self.words
        spoken_of = trig.type not in COOP_TYPES and is_topic(noun, verb, words) and self._verbal_trigger(verb)
        if trig.type in COOP_TYPES and not has_own_agent(noun, words):
            actors = self._joint_subjects(noun, verb) or actors
        if not actors and not spoken_of and (trig.type in COOP_TYPES or not in_time_phrase(noun, verb, words)):
            # "spoke after a meeting": they met; "landed after weeks of killing": they did not kill;
            # "Mexico condemned the attack": Mexico did not attack
            holder = adjunct_holder(noun, words)  # "the president, in a call with X, said"
            subjects = [s for s in subjects_of(verb, words) if not contains(s, noun) or s == holder]
            actors = self.np_entities_many(subjects)
            if not actors and trig.type in COOP_TYPES:
                actors = self.np_entities_many(passive_doers(verb, noun))
        return actors

    def _noun_targets_from_verb(
        self, noun: Any, trig: Trigger, verb: Any, actors: list[Entity], recipients: list[Entity]
    ) -> list[Entity]:
        """The noun names no target: the verb's clause, addressee or partner, or a call's other side."""
        words = self.words
        if not recipients:
            recipients = self.np_entities_many(
                [s for c in children_of(verb) if c.dep_ == "ccomp" for s in own_subjects(c)]
            )
        if not recipients and trig.type not in COOP_TYPES:
            recipients = self._conveyed_to(noun, verb, actors)
        if not recipients and trig.type in COOP_TYPES:
            # "dispatch a mediator to Kenya to open negotiations": the partner hangs from the verb or the one it serves
            heads = [verb, verb.head] if verb.dep_ in {"xcomp", "advcl"} else [verb]
            partners = self.np_entities_many(prep_objects(heads, words.cooperation_prep))
            recipients = [e for e in partners if not same_entity(e, actors)]
        name, values = trig.condition()
        if not recipients and name == CALL_MEANS:
            recipients = self.np_entities_many(call_partners(noun, values))  # "thanked X by telephone"
        return recipients

    def _meeting_host(self, noun: Any) -> list[Entity]:
        """ "indirect talks between Houthi and Saudi officials, hosted by the United Nations", "the special
        summit, hosted by Cambodia's prime minister": PLOVER codes a meeting's host as its recipient, and a
        participle of hosting (event_words host_participle) names the host with "by"."""
        top = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            top = noun.head.head  # "two rounds of talks ..., hosted by": the parser may hang it on the count
        # ... or on the last noun of the meeting's phrase ("talks between X and Y officials, hosted by")
        hosting = [t for t in top.subtree if t.dep_ == "acl" and t.lemma_.lower() in self.words.host_participle]
        hosts = [p for c in hosting for p in agent_objects(c)]
        return self.np_entities_many(hosts)

    def _hyphened_parties(self, noun: Any) -> list[Entity]:
        """ "the China-Russia joint exercise", "the joint Norwegian-Russian fisheries commission": two
        names joined by a hyphen among a joint act's modifiers are both its parties, in the order written
        (the first named leads: PLOVER's actor). The parser hangs the first name on the second, and the
        pair on any word before the noun."""
        sdoc, at = self.ctx.sdoc, self.ctx.mention_at
        for first in sdoc[noun.left_edge.i : noun.i]:
            second = first.head
            if (
                first.i in at
                and second.i == first.i + 2
                and sdoc[first.i + 1].text in _HYPHENS
                and second.i in at
                and first.dep_ in _NAME_MODIFIER
                and second.dep_ in _NAME_MODIFIER
            ):
                found = unique_by_code([at[first.i].entity, at[second.i].entity])
                return found if len(found) == 2 else []
        return []

    def _joint_subjects(self, noun: Any, verb: Any) -> list[Entity]:
        """ "Georgia and Armenia began joint customs inspections": when the verb's subjects name two or
        more states, they are the parties of the joint act, not a body word before the noun ("customs",
        "intelligence"), which only names a trade (but "a visit by India's minister" names its own)."""
        found = self.np_entities_many([s for s in subjects_of(verb, self.words) if not contains(s, noun)])
        return found if len({e.code for e in found}) >= 2 else []

    def _conveyed_to(self, noun: Any, verb: Any, actors: list[Entity]) -> list[Entity]:
        """ "sent an ultimatum to the south Korean military", "issued a warning to Manila", "gave Guatemala
        an ultimatum": a trigger noun that is the object of its verb is aimed at whom the verb hands it."""
        if noun.dep_ != "dobj" or noun.head.i != verb.i:
            return []
        heads = prep_objects([verb], self.words.cooperation_prep)
        heads += [c for c in children_of(verb) if c.dep_ == "dative" and c.pos_ in {"PROPN", "NOUN", "PRON"}]
        return [e for e in self.np_entities_many(heads) if not same_entity(e, actors)]

    def _sent_to(self, noun: Any, verb: Any, sources: list[Entity]) -> list[Entity]:
        """ "Malawi turned aside a plea from Zambia", "in response to a request from Kenya, the authorities
        freed ...": a plea or an invitation from one side goes to whom it is handed, else to the
        subject of the clause that answers it."""
        handed = self._conveyed_to(noun, verb, sources)
        if handed:
            return handed
        subjects = [s for s in subjects_of(verb, self.words) if not contains(s, noun)]
        if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subjects = [verb.head]  # "officers acting on information from the Australian police": the officers
        return [e for e in self.np_entities_many(subjects) if not same_entity(e, sources)]

    def _verbal_trigger(self, verb: Any) -> bool:
        """The verb is itself a statement about something (condemn, blame, welcome, deny ...)."""
        outer = self.matcher.match(verb)
        return outer is not None and outer.type in VERBAL

    def visited(self, trigger: Any) -> list[Entity]:
        """Where a visit went: "a trip across Russia", "arrived in Moscow"."""
        clause = trigger if trigger.pos_ in VERB_POS else (governing_verb(trigger) or trigger)
        pobjs = [
            p
            for head in {trigger, clause}
            for prep in children_of(head)
            if prep.dep_ == "prep" and prep.lower_ in self.words.destination_prep
            for p in children_of(prep)
            if p.dep_ == "pobj"
        ]
        found = self.np_entities_many(pobjs)
        if not found:
            # "flying to Nagorno-Karabakh": a place with no actor name; its country was visited
            for pobj in pobjs:
                place = self.ctx.place(self.ctx.sdoc[pobj.left_edge.i : pobj.i + 1].text)
                if place.country_code:
                    found.append(Entity(code=place.country_code, sector=None, entity_text=place.extracted_place))
        return found
