"""Whom an event is never aimed at (the actors themselves, their own forces, a partner at home), and
"both sides" read beside one of them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..document import Entity
from ._entities import same_entity, unique_by_code
from ._type_sets import AUTHORITIES, COOP_TYPES, HOME_CRITICS, PEOPLE

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._context import DocumentContext

__all__ = ["OUTWARD", "not_the_actors", "own_authority", "pair_beside_actor", "partners_abroad"]


def not_the_actors(recipients: list[Entity], actors: list[Entity]) -> list[Entity]:
    """The recipients that are not the actors themselves, but for a state of the story's pair that people
    outside its government name with the other: protesters who chant "against both governments", a
    refugee council that accuses "both governments" aim at their own state too."""
    own = unique_by_code(actors)
    # a state named bare ("Oman urged both sides") is its government: only named people are outsiders
    outsiders = bool(actors) and all(a.sector and a.sector not in AUTHORITIES for a in actors)
    kept = [r for r in recipients if not same_entity(r, own) or (outsiders and _named_by_pair(r))]
    return kept + _own_state_addressed(recipients, actors, kept)


def _own_state_addressed(recipients: list[Entity], actors: list[Entity], kept: list[Entity]) -> list[Entity]:
    """ "the association called on Morocco to grant the migrants asylum", "students urged Romania to
    restore the university": one state's people, parties or legislators who name their own state bare
    address its government, not themselves."""
    codes = {a.code for a in actors}
    if kept or len(codes) != 1 or not all(a.sector in HOME_CRITICS for a in actors):
        return []
    bare = [r for r in recipients if r.code in codes and r.sector is None and r.entity_text and not r.resolved_by]
    return [replace(r, sector="GOV") for r in bare[:1]]


def _named_by_pair(entity: Entity) -> bool:
    """The entity was read from a phrase standing for the story's parties ("both sides", "the two
    governments"), not from its own name."""
    return entity.resolved_by.endswith("(the story so far)")


def pair_beside_actor(recipients: list[Entity], actors: list[Entity], ctx: DocumentContext) -> list[Entity]:
    """ "Oman, which has hosted Houthi negotiators, urged both sides to return to talks": "both sides",
    read as the two parties of the latest event, left one state once the actor, one of those parties,
    was set aside; a third party's appeal to both sides is to the story's two states instead."""
    if not recipients or not all(_named_by_pair(r) for r in recipients) or len(unique_by_code(recipients)) != 1:
        return recipients
    phrase = recipients[0].resolved_by.split('"')[1].lower().split()
    if not set(phrase) & ctx.words.pair_word:
        return recipients  # "the 26 governments": a group, not a pair
    return ctx.both_sides_for(actors, disputed=True) or recipients


#: Acts aimed outward: a threat or a deployment is made with the actor's own forces, against another.
OUTWARD = {"THREATEN", "MOBILIZE"}


def own_authority(recipient: Entity, actors: list[Entity]) -> bool:
    """ "warned that the navy would destroy any other camp", "sent the destroyer Kulakov to patrol": the
    actor's own forces or officials, named in a threat or a deployment, are its means, not its target."""
    return recipient.sector in AUTHORITIES and recipient.code in {a.code for a in actors}


def partners_abroad(cand: Candidate) -> list[Entity]:
    """Cooperation is between countries: "the two ministers agreed to expand coast guard training" has
    no partner at home, but officials meeting their own people named in the sentence do."""
    if cand.type not in COOP_TYPES:
        return cand.recipients
    own = {a.code for a in cand.actors}
    kept = [r for r in cand.recipients if r.code not in own or _met_at_home(cand, r)]
    return kept or _praised_at_home(cand)


def _praised_at_home(cand: Candidate) -> list[Entity]:
    """ "the governor praised the border guards' work", "the government sided with the refugees": praise
    of one's own country's people or forces, named in the sentence and of another sector than the one
    praising, is aimed at them (support between two ministers of one state is not)."""
    if cand.type != "SUPPORT":
        return []
    sectors = {a.sector for a in cand.actors}
    named = [r for r in cand.recipients if r.entity_text and not r.resolved_by]
    return unique_by_code([r for r in named if r.sector and None not in sectors and r.sector not in sectors])


def _met_at_home(cand: Candidate, recipient: Entity) -> bool:
    """ "the minister met student leaders", "the mayor met representatives of the traders": officials who
    meet their own country's people, named in the sentence, meet a partner of their own (unlike two
    ministers of one state, or a partner only guessed from the story)."""
    return (
        cand.type == "CONSULT"
        and bool(recipient.entity_text)
        and recipient.sector in PEOPLE
        and all(a.sector in AUTHORITIES for a in cand.actors)
    )
