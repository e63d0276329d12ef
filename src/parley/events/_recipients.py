"""Who an event is aimed at when its sentence does not say it plainly: the accused state rather than
the forum a complaint goes to, the story's other party, the doers of a judged act, the actor's own
people at home; and whom it is never aimed at (the actors themselves, their own forces).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..document import Entity
from ..parse import ACTED_ON_DEPS, VERB_POS
from ._entities import same_entity, unique_by_code
from ._parse import prep_objects
from ._part_targets import part_targets
from ._phrases import critics_at_home
from ._policing import deployed_against_crime
from ._recip_police_moves import moves_police
from ._roles import RoleFinder
from ._show_of_force import show_of_force_faced
from ._told_acts import is_bare_definite
from ._type_sets import (
    ABROAD_TYPES,
    AGENT_CODES,
    ANSWERS_COUNTERPART,
    AUTHORITIES,
    COOP_TYPES,
    HOME_CRITICS,
    INTERNATIONAL_CODES,
    NEEDS_TARGET,
    OUTSIDER_TYPES,
    PEOPLE,
    STATELESS_GROUP,
    STORY_PAIR_TYPES,
)
from ._words import EventWords, word_in

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._context import DocumentContext

__all__ = [
    "OUTWARD",
    "accused_not_forum",
    "complaint_dropped_for",
    "announces_complaint",
    "drops_complaint",
    "fill_recipients",
    "pair_beside_actor",
    "not_the_actors",
    "own_authority",
    "partners_abroad",
]

#: Acts aimed at men named only by a deed told before ("pursued the attackers", "sent troops to hunt down
#: those responsible").
_HUNTING_TYPES = {"ASSAULT", "COERCE", "MOBILIZE", "THREATEN"}
#: How far from the trigger a hunted noun may be: its objects, and those of the verbs it governs ("vowed to
#: hunt down those responsible", "dispatched a unit to the area to search for the kidnappers").
_HUNT_PATH = {"dobj", "xcomp", "advcl", "conj", "prep", "pobj", "pcomp", "prt"}
#: The codes of bodies a complaint is taken to, rather than states it is aimed at.
FORUM_CODES = INTERNATIONAL_CODES

#: Sectors of a labour dispute (unions, workers, employers): their demands and climbdowns are made at home.
_LABOUR_SECTORS = {"LAB", "BUS"}
#: The acts of a labour dispute (strikes, demands, climbdowns): not a firm's joint venture abroad, nor the
#: deployment of a "company" of troops.
_DISPUTE_ACTS = {"PROTEST", "THREATEN", "REQUEST", "REJECT", "ACCUSE", "CONCEDE", "RETREAT"}

#: Labour's acts of pressure: with a story of two states, aimed at the other state rather than at home.
_LABOUR_PRESSURE = {"PROTEST", "THREATEN"}

#: Words said to someone (blame, refusal, demand, warning): never aimed at no one.
_SAID_TO_SOMEONE = {"ACCUSE", "REJECT", "REQUEST", "THREATEN"}


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


def drops_complaint(token: Any, words: EventWords) -> bool:
    """ "dropped its complaint to the Security Council", "withdrew the case": a climbdown whose object is a
    grievance taken to a body (data/event_words.tsv complaint_noun)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words.complaint_noun for c in token.children)


def announces_complaint(token: Any, words: EventWords) -> bool:
    """ "will file a complaint at the ICJ", "said a lawsuit would be brought", "would sue the customs
    service": a grievance to be taken to a court or body is announced, and the announcement accuses
    (data/event_words.tsv complaint_noun, complaint_verb)."""
    if token.lemma_.lower() in words.complaint_verb or token.lower_ in words.complaint_noun:
        return True
    return any(c.dep_ in ACTED_ON_DEPS and c.lemma_.lower() in words.complaint_noun for c in token.children)


def complaint_dropped_for(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "Harare said it would drop its complaint to the regional bloc": a complaint withdrawn yields to
    the state it accused (named, or the story's counterpart), not to the body that was to hear it."""
    kept = accused_not_forum(cand, roles)
    if kept or not cand.recipients:
        return kept
    return roles.ctx.counterparts(cand.actors, "ACCUSE")


def accused_not_forum(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "complained to the U.N. Security Council about Egyptian troop movements", "filed a complaint with
    the WTO": an accusation taken to a body is aimed at whom it accuses (named after "about", "against",
    "over"), not at the body, which only hears it; with the accused unnamed, none (the story's counterpart
    is guessed next). Other recipients are kept as they are."""
    token = cand.token
    objects = [c for c in token.children if c.dep_ == "dobj"]
    # "withdrew a complaint it had lodged with the OAS": the body may be named in a clause on the complaint
    heads = [token] + objects + [c for o in objects for c in o.children if c.dep_ == "relcl"]
    if token.dep_ == "dobj":
        heads.append(token.head)  # "lodged a complaint with the AU": the verb's phrase holds the body
    words = roles.words
    bodies = prep_objects(heads, words.forum_prep)
    forum_codes = {e.code for e in roles.np_entities_many(bodies)}
    if not forum_codes or not forum_codes <= FORUM_CODES or not {r.code for r in cand.recipients} & forum_codes:
        return cand.recipients
    others = [r for r in cand.recipients if r.code not in forum_codes]  # "a complaint against Ecuador at the ICJ"
    # "to the WTO over Japan's export curbs": what the complaint is about may hang from the body's name
    accused = roles.np_entities_many(prep_objects(heads + bodies, words.topic_prep - words.forum_prep))
    skip = forum_codes | {a.code for a in cand.actors}
    return others or unique_by_code([e for e in accused if e.code not in skip])


#: Acts of armed forces that, with no target named, answer the story's other state (seizures, closures,
#: interceptions; pullbacks and releases).
FORCES_FACE_OUT = {"COERCE", "RETREAT"}

#: Acts aimed outward: a threat or a deployment is made with the actor's own forces, against another.
OUTWARD = {"THREATEN", "MOBILIZE"}


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
    heads = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
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
    objects = [c for c in cand.token.children if c.dep_ in ACTED_ON_DEPS]
    return cand.type == "COERCE" and any(o.lemma_.lower() in words.abroad_cue for o in objects)


def _forces_face_out(cand: Candidate) -> bool:
    """The actors are one state's armed forces (not its police, courts or officials, who deal with their
    own people as often as with foreigners) doing a coercive act or a climbdown with no target named."""
    sectors = {a.sector for a in cand.actors}
    return cand.type in FORCES_FACE_OUT and sectors == {"MIL"}


def own_authority(recipient: Entity, actors: list[Entity]) -> bool:
    """ "warned that the navy would destroy any other camp", "sent the destroyer Kulakov to patrol": the
    actor's own forces or officials, named in a threat or a deployment, are its means, not its target."""
    return recipient.sector in AUTHORITIES and recipient.code in {a.code for a in actors}


def _contact_addressees(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "called his Azerbaijani counterpart to express full solidarity", "phoned Romania's president to
    express support": what is said in the "to" clause of a call (data/event_words.tsv contact_verb) is
    said to whom the call was made, when the clause names no one of its own."""
    token, contact = cand.token, cand.token.head
    if token.dep_ not in {"xcomp", "advcl"} or contact.lemma_.lower() not in roles.words.contact_verb:
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return []
    heads = [c for c in contact.children if c.dep_ in {"dobj", "dative"}]
    heads += prep_objects([contact], roles.words.recipient_prep)
    own = {a.code for a in cand.actors}
    return [e for e in unique_by_code(roles.np_entities_many(heads)) if e.code not in own]


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


def _fill_from_sentence(cand: Candidate, roles: RoleFinder) -> bool:
    """Whom the sentence itself points at; True when it shows the act is aimed at no one."""
    ctx = roles.ctx
    if not cand.recipients and cand.trigger.mode == "visit":
        cand.recipients = roles.visited(cand.token)
    if not cand.recipients:
        cand.recipients = _contact_addressees(cand, roles)
    if not cand.recipients:
        cand.recipients = part_targets(cand, roles)  # "suspended two tranches of support to Honduras"
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
        cand.recipients = _hunted_doers(cand, roles)
    # "sent soldiers along the river to stop cattle thieves": police work, aimed at no state
    return not cand.recipients and deployed_against_crime(cand, ctx.words)


def _fill_at_home(cand: Candidate, roles: RoleFinder) -> None:
    """Acts on the actor's own people, and words that answer an act or actor told before."""
    ctx = roles.ctx
    home_act = _acts_on_home_group(cand, ctx.words) or _labour_dispute(cand, ctx)
    if not cand.recipients and home_act and _in_own_country(cand, ctx):
        # "promised the herders compensation", "the union dropped its demand": with no other state in the
        # sentence, an act on people named only by their role, or a labour dispute, stays at home
        cand.recipients = _labour_pressure_abroad(cand, ctx) or ctx.at_home(cand.actors, cand.token)
    if not cand.recipients and cand.type in {"ACCUSE", "REJECT"} and critics_at_home(cand.actors, cand.type):
        # "opposition MPs criticised the slow pace of distribution": with no other state in the sentence,
        # people blame their own authorities, not whoever their state dealt with last
        cand.recipients = ctx.at_home(cand.actors, cand.token)
    if not cand.recipients and cand.trigger.mode == "investigate" and all(a.sector in AUTHORITIES for a in cand.actors):
        # "the prosecutor's office opened an investigation into the burning": a state's own police, courts
        # or officials investigate at home, unless the sentence names another state
        cand.recipients = ctx.at_home(cand.actors, cand.token)
    if not cand.recipients and cand.type in {"ACCUSE", "REJECT", "SUPPORT"}:
        # "condemned the attack", "welcomed the release": words about an act told before answer its doers
        cand.recipients = _judged_act_doers(cand, roles)
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
        cand.recipients = _hosts_officials(cand, roles)
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
        # "the EU pledged 10 million euros in aid", "the United States and Britain have put up $6 million":
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


def _hosts_officials(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "the ambassador met port officials", "paid a courtesy call on the Prime Minister", "held talks
    with the Assistant Undersecretary": officials met by a title alone, with no state named, are of the
    country the meeting is held in (where the sentence or the story is), when that is not the actor's
    own: a visitor meets the host's officials. At home such a title says nothing of whose it is."""
    ctx = roles.ctx
    token = cand.token
    heads = [token] + [c for c in token.children if c.dep_ == "dobj"]
    met = [c for c in token.children if c.dep_ in {"dobj", "dative"}] + prep_objects(heads, roles.words.meeting_prep)
    titled = [h for h in met if h.pos_ in {"NOUN", "PROPN"} and h.i not in ctx.mention_at and _title_only(h, roles)]
    host = ctx.sentence_country(token) or ctx.home
    own = {a.code for a in cand.actors}
    if not titled or host is None or not own or host in own | AGENT_CODES:
        return []
    sector = roles.mentions.sector_of(ctx.sdoc[titled[0].i : titled[0].i + 1])[0] or "GOV"
    return [Entity(code=host, sector=sector, entity_text="")]


def _title_only(head: Any, roles: RoleFinder) -> bool:
    """The phrase names a title or role ("port officials", "the Prime Minister") and no actor: none of
    its words is an actor's name."""
    phrase = roles.ctx.sdoc[head.left_edge.i : head.right_edge.i + 1]
    if any(t.i in roles.ctx.mention_at for t in phrase):
        return False
    return roles.mentions.sector_of(roles.ctx.sdoc[head.left_edge.i : head.i + 1])[0] is not None


def _acts_on_home_group(cand: Candidate, words: EventWords) -> bool:
    """The act's object is people named by their role alone ("sentenced the defendants", "pardoned 360
    prisoners", "paid subsidies to fishermen"): the people a state or employer deals with at home."""
    token = cand.token
    objects = [c for c in token.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    if token.dep_ == "dobj" and token.head.i != token.i:
        objects += [c for c in token.head.children if c.dep_ == "dative"]  # "promised the herders compensation"
    objects += prep_objects(objects + [token], words.recipient_prep)
    return any(word_in(o, words.home_group) for o in objects)


def _in_own_country(cand: Candidate, ctx: DocumentContext) -> bool:
    """The actors are of the country the story or the sentence places the act in: Kenyan traders in a
    Nairobi story, not Somali ones, whose unnamed counterpart may be Kenya."""
    codes = {a.code for a in cand.actors}
    return len(codes) == 1 and next(iter(codes)) in {ctx.home, ctx.sentence_country(cand.token)}


def _labour_dispute(cand: Candidate, ctx: DocumentContext) -> bool:
    """ "the union threatened a stoppage", "the company agreed to raise pay": unions, workers and firms
    act within their own country, unless the sentence puts them at a border ("the drivers' union
    threatened to extend the blockade to the crossing")."""
    sectors = {a.sector for a in cand.actors}
    if not sectors or not sectors <= _LABOUR_SECTORS or cand.type not in _DISPUTE_ACTS:
        return False
    return not ctx.abroad_cued(cand.token)


def _labour_pressure_abroad(cand: Candidate, ctx: DocumentContext) -> list[Entity]:
    """ "drivers parked their rigs across the road", "the hauliers' union threatened a boycott": in a
    story of two states, a protest or threat by workers, unions or firms presses the other state of the
    story (whose fees, closures or seizures they dispute), not their own (a climbdown or a demand stays
    at home)."""
    if cand.type not in _LABOUR_PRESSURE or not _labour_dispute(cand, ctx):
        return []
    own = {a.code for a in cand.actors}
    other = [e for e in ctx.story_other_side(cand.actors) if e.code not in own]
    return other if other and _labour_pressed_before(own, other[0].code, ctx) else []


def _labour_pressed_before(own: set[str], other: str, ctx: DocumentContext) -> bool:
    """The story has told workers, unions or firms of the actor's state acting on the other state: the
    dispute is across the border (a union's strike over wages in a story of a war stays at home)."""
    return any(other in e.recipient_codes and _labour_of(own, e.actors) for e in ctx.history)


def _labour_of(own: set[str], actors: list[Entity]) -> bool:
    """Some of the actors are workers, unions or firms of the given state."""
    return any(a.code in own and a.sector in _LABOUR_SECTORS for a in actors)


def _judged_act_doers(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The doers of the act a statement's object points back to ("the attack", "the seizure"): the
    latest event of that act's type the story has told."""
    if cand.token.pos_ not in VERB_POS:
        return []
    words = roles.words
    for obj in (c for c in cand.token.children if c.dep_ == "dobj"):
        judged = roles.matcher.match(obj)
        if judged is not None and judged.pos == "NOUN" and is_bare_definite(obj, words):
            return roles.ctx.doers_of(judged.type, cand.actors)
    return []


def _hunted_doers(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "vowed to hunt down those responsible", "pursued the attackers to the border": men named only by
    a deed are whoever did the latest attack the story told, or else an armed group of no state named
    (not the story's other state)."""
    if not any(_is_deed_doer(t, roles) for t in _hunt_targets(cand.token)):
        return []
    doers = roles.ctx.doers_of("ASSAULT", cand.actors)
    return doers or [Entity(code=STATELESS_GROUP, sector=None, entity_text="")]


def _hunt_targets(token: Any) -> list[Any]:
    """The objects of the trigger and of the verbs and phrases it governs, a few steps down."""
    found: list[Any] = []
    frontier = [token]
    for _ in range(4):
        frontier = [c for t in frontier for c in t.children if c.dep_ in _HUNT_PATH]
        found += [t for t in frontier if t.dep_ in {"dobj", "pobj"}]
    return found


def _is_deed_doer(noun: Any, roles: RoleFinder) -> bool:
    """ "the attackers", "those responsible", "the terrorists": a definite noun of a deed's doers or of
    armed men of no state, no party named in it."""
    words = roles.words
    doers = words.deed_doer | words.stateless_armed  # "hunt down the terrorists": no state named either
    doer = word_in(noun, doers)
    if noun.lower_ == "those":
        doer = any(c.lower_ in words.deed_doer for c in noun.children if c.dep_ == "amod")
        definite = True
    else:
        definite = any(c.dep_ == "det" and c.lower_ in words.definite_determiner for c in noun.children)
    named = any(t.i in roles.ctx.mention_at for t in noun.subtree)
    return doer and definite and not named


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
