"""Who an event is aimed at when its sentence does not say it plainly (``fill_recipients``): where a
visit went, whom the sentence points at, the actor's own people at home, the other state abroad, the
sides a meeting or a third party deals with, and the story's counterpart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._columns import children_of
from ..document import Entity
from ..parse import ACTED_ON_DEPS
from ._entities import unique_by_code
from ._parse import prep_objects
from ._part_targets import part_targets
from ._phrases import critics_at_home
from ._policing import deployed_against_crime
from ._recip_doers import hunted_doers, judged_act_doers, judged_deed_doers
from ._recip_granted_request import request_granters
from ._recip_held_asked import held_people_holders
from ._recip_home import (
    acted_on,
    acts_on_home_group,
    in_own_country,
    labour_dispute,
    labour_pressure_abroad,
    own_following,
)
from ._recip_letting import refused_parties
from ._recip_meetings import contact_addressees, hosts_officials
from ._recip_police_moves import moves_police
from ._recip_refused_senders import refused_senders
from ._recip_restated import restated_act_doers
from ._recip_seat_protest import seat_protest_target
from ._roles import RoleFinder
from ._show_of_force import show_of_force_faced
from ._type_sets import (
    ABROAD_TYPES,
    AGENT_CODES,
    ANSWERS_COUNTERPART,
    AUTHORITIES,
    NEEDS_TARGET,
    OUTSIDER_TYPES,
    STORY_PAIR_TYPES,
)
from ._words import EventWords

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._context import DocumentContext

__all__ = ["fill_recipients"]

#: Acts aimed at men named only by a deed told before ("pursued the attackers", "sent troops to hunt down
#: those responsible").
_HUNTING_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}

#: Words said to someone (blame, refusal, demand, warning): never aimed at no one.
_SAID_TO_SOMEONE = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}

#: Acts of armed forces that, with no target named, answer the story's other state (seizures, closures,
#: interceptions; pullbacks and releases).
FORCES_FACE_OUT = {"COERCE", "RETREAT"}


def _done_with_each_other(cand: Candidate, words: EventWords) -> bool:
    """ "Kenya and China established relations", "the two countries exchanged prisoners": a mutual act
    whose joint subject is two or more parties is done between them; the story's earlier counterpart of
    either is no party to it."""
    return cand.token.lemma_.lower() in words.mutual_verb and len(unique_by_code(cand.actors)) >= 2


def _appeals_for_funds(cand: Candidate, words: EventWords) -> bool:
    """ "the agency has appealed for $4.5 million", "IOM is appealing for USD 1.2 million": a request for
    a sum of money that names no one it is made to is addressed to donors at large, not to the state
    the story is about (which is whom the money would help)."""
    if cand.type != "REQUEST":
        return False
    asked = prep_objects([cand.token], words.aid_request_prep)
    return any(t.ent_type_ == "MONEY" or t.lower_ in words.currency_word for p in asked for t in p.subtree)


def _addressed_to_states_at_large(cand: Candidate, roles: RoleFinder) -> bool:
    """ "appealed to governments to fill the gap", "urges other governments in the region": an act whose
    object or addressee is states at large names its target, and it is none the story has told."""
    token = cand.token
    heads = [c for c in children_of(token) if c.dep_ in {"dobj", "dative"}]
    heads += prep_objects([token], roles.words.recipient_prep)
    return any(roles.states_at_large(h) for h in heads)


def _gives_to_story_home(cand: Candidate) -> bool:
    """Help from one giver or several together, or one side's promise, with no one named: the story's
    home is who gets it (several sides that agree are agreeing with each other)."""
    givers = len(unique_by_code(cand.actors))
    return (cand.type == "AID" and givers >= 1) or (cand.type == "AGREE" and givers == 1)


def _closes_a_border(cand: Candidate, words: EventWords) -> bool:
    """ "closed the crossing", "sealed the frontier": unlike an arrest, a coercive act done to the border
    itself is aimed at the state across it."""
    objects = [c for c in children_of(cand.token) if c.dep_ in ACTED_ON_DEPS]
    return cand.type == "COERCE" and any(o.lemma_.lower() in words.abroad_cue for o in objects)


def _forces_face_out(cand: Candidate) -> bool:
    """The actors are one state's armed forces (not its police, courts or officials, who deal with their
    own people as often as with foreigners) doing a coercive act or a climbdown with no target named."""
    sectors = {a.sector for a in cand.actors}
    return cand.type in FORCES_FACE_OUT and sectors == {"MIL"}


def fill_recipients(cand: Candidate, roles: RoleFinder) -> None:
    """No target named: where a visit went, the domestic other side, or the story's counterpart.

    The steps run in order, each only while nobody is found; a step that says the act is aimed at no
    one (True) ends the search."""
    if _fill_from_sentence(cand, roles):
        return
    _fill_at_home(cand, roles)
    _fill_abroad(cand, roles)
    if _fill_meeting_sides(cand, roles):
        return
    _fill_from_story(cand, roles.ctx)
    if not cand.recipients:
        # "the mayor's backers marched on the palace": still aimed at no one, a protest at a seat of
        # government faces that government (last, so that any reading of a grievance comes first)
        cand.recipients = seat_protest_target(cand, roles)


def _fill_from_sentence(cand: Candidate, roles: RoleFinder) -> bool:
    """Whom the sentence itself points at; True when it shows the act is aimed at no one."""
    ctx = roles.ctx
    if not cand.recipients and cand.trigger.mode == "visit":
        cand.recipients = roles.visited(cand.token)
    if not cand.recipients:
        cand.recipients = contact_addressees(cand, roles)
    if not cand.recipients:
        cand.recipients = request_granters(cand, roles)  # "at the request of Kyiv, the Council met"
    if not cand.recipients:
        cand.recipients = part_targets(cand, roles)  # "suspended two tranches of support to Honduras"
    if not cand.recipients:
        cand.recipients = refused_parties(cand, roles)  # "refused to allow EU monitors onto their section"
    if not cand.recipients:
        cand.recipients = refused_senders(cand, roles)  # "had declined to answer calls from Guterres"
    if not cand.recipients:
        cand.recipients = restated_act_doers(cand, roles)  # "Kouchner suggested ..., an idea China rebuffed"
    if not cand.recipients:
        cand.recipients = held_people_holders(cand, roles)  # "called for the fishermen to be freed"
    if not cand.recipients and _done_with_each_other(cand, ctx.words):
        return True  # "Myanmar and Thailand signed a memorandum": between the two, aimed at no third party
    if not cand.recipients and _appeals_for_funds(cand, ctx.words):
        return True  # "UNHCR appealed for $18 million": an appeal for money is made to donors at large
    if not cand.recipients and _addressed_to_states_at_large(cand, roles):
        return True  # "urged other governments in the region to keep borders open": no one state is meant
    if not cand.recipients and cand.type == "PROTEST":
        # "traders protested against the closure": a grievance about another state's act is aimed at it,
        # even by unions and traders, who otherwise act at home
        cand.recipients = roles.grievance_target(cand.actors, cand.token)
    if not cand.recipients and cand.type in _HUNTING_TYPES:
        cand.recipients = hunted_doers(cand, roles)
    # "sent soldiers along the river to stop cattle thieves": police work, aimed at no state
    return not cand.recipients and deployed_against_crime(cand, ctx.words)


def _fill_at_home(cand: Candidate, roles: RoleFinder) -> None:
    """Acts on the actor's own people, and words that answer an act or actor told before."""
    ctx = roles.ctx
    acted = acted_on(cand, ctx.words)  # whom the act is done to: asked by both readings below
    if not cand.recipients:
        cand.recipients = own_following(cand, acted, ctx.words)  # "dismissed his critics": his own people
    home_act = acts_on_home_group(acted, ctx.words) or labour_dispute(cand, ctx)
    if not cand.recipients and home_act and in_own_country(cand, ctx):
        # "promised the herders compensation", "the union dropped its demand": with no other state in the
        # sentence, an act on people named only by their role, or a labour dispute, stays at home
        cand.recipients = labour_pressure_abroad(cand, ctx) or ctx.at_home(cand.actors, cand.token)
    if not cand.recipients and cand.type in {"ACCUSE", "REJECT"} and critics_at_home(cand.actors, cand.type):
        # "opposition deputies faulted the sluggish handout of supplies": with no other state in the sentence,
        # people blame their own authorities, not whoever their state dealt with last
        cand.recipients = ctx.at_home(cand.actors, cand.token)
    if not cand.recipients and cand.trigger.mode == "investigate" and all(a.sector in AUTHORITIES for a in cand.actors):
        # "the prosecutor's office opened an investigation into the burning": a state's own police, courts
        # or officials investigate at home, unless the sentence names another state
        cand.recipients = ctx.at_home(cand.actors, cand.token)
    if not cand.recipients and cand.type in {"ACCUSE", "REJECT", "SUPPORT"}:
        # "condemned the attack", "welcomed the release": words about an act told before answer its doers
        cand.recipients = judged_act_doers(cand, roles)
    if not cand.recipients and cand.type == "ACCUSE":
        # "condemned the closure as a provocation": a deed judged (a rejection judges a claim, whose maker is
        # whoever said it, not the doer of the latest deed)
        cand.recipients = judged_deed_doers(cand, roles)
    if not cand.recipients and cand.type in {"ACCUSE", "REJECT"}:
        cand.recipients = ctx.counterparts(cand.actors, cand.type)  # words answer whoever acted last
    if not cand.recipients and cand.type == "CONCEDE" and cand.trigger.roles == "home":
        cand.recipients = ctx.at_home(cand.actors, cand.token)  # "pardoned 360 prisoners": its own people
    if not cand.recipients and cand.type == "CONCEDE" and cand.modality != "future":
        cand.recipients = ctx.wronged(cand.actors)  # an apology goes to whom the actor last hurt


def _fill_abroad(cand: Candidate, roles: RoleFinder) -> None:
    """Hostile and outward acts aimed at the other state, else the domestic other side."""
    ctx = roles.ctx
    if not cand.recipients and cand.type in {"ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION"}:
        # "Indian forces shelled the area near Sialkot": a hostile act on another country's soil is aimed
        # at that country, not at the actor's own people
        cand.recipients = ctx.place_country(cand.token, cand.actors)
    if not cand.recipients and cand.type == "MOBILIZE":
        # "militants attacked a village ... the Kenya Navy has increased patrols": in a story of raids by a
        # group of no state, a deployment to no foreign place answers the raiders, not the story's other state
        cand.recipients = ctx.armed_group_raiders(cand.actors)
    if not cand.recipients and (cand.type in ABROAD_TYPES or _closes_a_border(cand, ctx.words)):
        # "protesters blocked the border crossing", "Caracas closed the border": in a story of two states,
        # not the actor's own people
        cand.recipients = ctx.other_side_abroad(cand.actors, cand.token)
    if not cand.recipients and _forces_face_out(cand):
        # "border guards seized 1.2 million pills", "the task force pulled back two artillery units": in a
        # story of two states, an army's seizures and pullbacks answer the other state, not its own people
        cand.recipients = ctx.story_other_side(cand.actors)
    if not cand.recipients:
        cand.recipients = roles.domestic_target(cand.actors, cand.type, cand.token)


def _fill_meeting_sides(cand: Candidate, roles: RoleFinder) -> bool:
    """A visit's host, the officials met, the sides a third party deals with; True for police moves."""
    ctx = roles.ctx
    if not cand.recipients and cand.type == "CONSULT" and cand.trigger.mode == "visit":
        # "the governor visited the injured students in Almaty", "landed at Toussaint Louverture airport":
        # a visit's host is where it went (a meeting at a neutral venue is no visit)
        cand.recipients = ctx.place_country(cand.token, cand.actors)
    if not cand.recipients and cand.type == "CONSULT":
        cand.recipients = hosts_officials(cand, roles)
    if not cand.recipients and cand.type == "CONSULT" and cand.trigger.mode == "third-party":
        # "the OAU, which mediated the deal": a mediator meets both states of the story's pair
        cand.recipients = ctx.both_sides_for(cand.actors, disputed=True)
    if not cand.recipients and cand.type in OUTSIDER_TYPES:
        cand.recipients = ctx.both_sides_for(cand.actors)  # an offer to mediate goes to both sides
    if not cand.recipients and cand.type == "AID" and cand.token.lemma_.lower() in ctx.words.funding_verb:
        # "the EU is paying for new scanners at the crossing": a third party funds the work of the story's pair
        cand.recipients = ctx.both_sides_for(cand.actors, disputed=True)
    # "sent 300 additional police officers to Moyale": policing at home, aimed at no state
    return not cand.recipients and moves_police(cand, ctx)


def _fill_from_story(cand: Candidate, ctx: DocumentContext) -> None:
    """No one in the sentence: the story's other state, whoever acted last, or the actor's own people."""
    if not cand.recipients and cand.type in NEEDS_TARGET:
        # one of the story's two states answers the other, not a third party that last dealt with it
        # ("Qatar urged Eritrea to withdraw ... Asmara threatened to retaliate" in a story of Eritrea and
        # Djibouti): the pair comes before the latest counterpart
        cand.recipients = ctx.story_other_side(cand.actors)
    if not cand.recipients and cand.type == "MOBILIZE":
        # a deployment with no target named answers whoever last attacked the actor (not whoever last
        # met or criticised it: with nobody attacking, it is readiness aimed at nobody in particular)
        cand.recipients = ctx.attackers(cand.actors)
    if not cand.recipients:
        # "the artillery units were placed on full combat readiness": readiness is shown to someone
        cand.recipients = show_of_force_faced(cand, ctx)
    if not cand.recipients and cand.type in ANSWERS_COUNTERPART:
        cand.recipients = ctx.counterparts(cand.actors, cand.type)
    if not cand.recipients and cand.type in STORY_PAIR_TYPES:
        # no event told before had both sides: the story's pair of states gives the other one ("the
        # coast guard seized the boat", "the loan will fund a port" in a story of two states)
        cand.recipients = ctx.story_other_side(cand.actors)
    if not cand.recipients and _gives_to_story_home(cand):
        # "Japan promised 4 million yen in relief", "Norway and Denmark have offered $2 million":
        # help goes to the country the story is about
        home = ctx.home
        if home and home not in {a.code for a in cand.actors} and home not in AGENT_CODES:
            cand.recipients = [Entity(code=home, sector=None, entity_text="")]
    if not cand.recipients and cand.type == "AGREE" and len(unique_by_code(cand.actors)) == 1:
        # "Harare would welcome talks", "accepted the invitation": one side's promise with no partner named
        # answers whoever it dealt with last
        cand.recipients = ctx.counterparts(cand.actors, cand.type)
    if not cand.recipients and cand.type == "CONCEDE":
        # "the government has backed down", "the union dropped its demand": with nobody else in the sentence
        # or the story, a climbdown is made at home
        cand.recipients = ctx.at_home(cand.actors, cand.token)
    if not cand.recipients and cand.type in _SAID_TO_SOMEONE and not ctx.last_states(2, cand.token.i):
        # "the home minister dismissed the strike", "warned that striking employees would be dismissed":
        # blame, refusal, demand or warning is said to someone; with nobody else in the sentence or the
        # story so far (no two states named before it), to the speaker's own people
        cand.recipients = ctx.at_home(cand.actors, cand.token)
