"""The objects and recipients a verb's roles read besides its direct participants: the state people
handed over go to, whom a threat is aimed at, the partner of a promised act, the nationality told of
unnamed people, the givers named after a getting verb. A part of :class:`~._roles.RoleFinder` (the
phrase, holder and place readings are its bases)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._doc_span import doc_span
from ..document import Entity
from ._complements import in_route_phrase
from ._earlier_people import earlier_people_country
from ._entities import same_entity, unique_by_code
from ._holders import HolderGuesser
from ._lexicon import Trigger
from ._listed import listed_beside, with_its_list
from ._noun_roles import NounRoleReader
from ._parse import prep_objects
from ._recip_helped import helped_doers
from ._role_places import RolePlaces
from ._third_party import offered_meeting_sides
from ._type_sets import AGENT_CODES, PRONOUN_HOLDS
from ._words import word_in

__all__ = ["RoleObjectReader"]


class RoleObjectReader(NounRoleReader, HolderGuesser, RolePlaces):
    """Whom a verb acts on, when its object does not say it outright."""

    @staticmethod
    def _particle_objects(verb: Any, trig: Trigger, values: frozenset[str]) -> list[Any]:
        """ "called in the Croatian ambassador": the parser reads the particle the trigger needs as a
        preposition, but the noun the trigger names after it is what the verb acts on."""
        particles = {w for cond, words in trig.conditions()[1:] if cond == "prep" for w in words}
        named = prep_objects([verb], particles)
        return [p for p in named if word_in(p, values)]

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
        clauses = [c for c in children_of(verb) if c.dep_ in {"ccomp", "xcomp", "advcl"}]
        # "threatened to reroute its cargo through Tanzania": the route is not the one pressed
        routes = self.words.route_prep
        inside = [(c, t) for c in clauses for t in c.subtree if t.i in self.ctx.mention_at]
        named = [self.ctx.mention_at[t.i].entity for c, t in inside if not in_route_phrase(t, c, routes)]
        first = [e for e in unique_by_code(named) if e.code not in codes][:1]
        return with_its_list(self.ctx, first, clauses, actors, AGENT_CODES)

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

    def _told_people(self, heads: list[Any], type_: str) -> list[Entity]:
        """Unnamed people ("the fishermen") of the nationality an earlier sentence gave them; a pronoun too
        when the act (``type_``) holds or punishes people ("police arrested them")."""
        out = []
        for head in heads:
            # not "dollars"; nor "governments" at large, which an earlier "the government" does not tell
            people = head.pos_ == "NOUN" and head.lemma_.lower() not in self.words.not_actor
            people = people and not self.states_at_large(head)
            code = self.ctx.told_country(head) if people else None
            # "... the men were arrested", "the two"
            code = code or earlier_people_country(head, self.ctx, pronoun=type_ in PRONOUN_HOLDS)
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
            for t in doc_span(sdoc, head.left_edge.i, head.i + 1)
        )

    def promised_partner(self, head: Any) -> list[Entity]:
        """ "agreed to meet Kim", "willing to settle the quarrel by negotiating with Hanoi": the partner
        is the object of the promised act, or whom its means are shared with."""
        inner = [c for c in children_of(head) if c.dep_ == "xcomp"]
        if sides := offered_meeting_sides(inner, self.matcher.match, self.words, self.np_entities_many):
            return sides  # "offered to host talks between Iran and Saudi Arabia": offered to both sides
        targets = [o for x in inner for o in children_of(x) if o.dep_ in {"dobj", "dative"}]
        targets += helped_doers(inner)  # "prepared to help Viet Nam train managers"
        found = self.np_entities_many(targets + prep_objects(inner, self.words.cooperation_prep))
        if not found:
            means = [
                p
                for x in inner
                for prep in children_of(x)
                if prep.dep_ == "prep"
                for p in children_of(prep)
                if p.dep_ == "pobj" and p.lemma_.lower() in self.words.talk_noun
            ]
            found = self.np_entities_many(prep_objects(means, self.words.cooperation_prep))
        return found

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
