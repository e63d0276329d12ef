"""From a trigger token to a candidate event: its type, modality and participants, and how
the events of one sentence join."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..document import Entity
from ._conditions import is_subject_infinitive
from ._entities import same_entity, unique_by_code
from ._lexicon import Trigger
from ._modality import (
    hedge_speech_verb,
    is_advice,
    is_conditional_threat,
    is_demanded,
    is_fled_violence,
    is_future,
    is_hedged_threat,
    is_hypothetical,
    is_negated,
    is_standing_state,
    refuses_cooperation,
)
from ._nature import done_by_storm
from ._parse import first_conjunct, past_read_as_participle, prep_objects, semicolon_between, subjects_of
from ._phrases import critics_at_home
from ._reciprocal import reciprocal_act
from ._roles import RoleFinder
from ._seized_goods import goods_owner_abroad
from ._typing import (
    ABROAD_TYPES,
    AGENT_CODES,
    ANSWERS_COUNTERPART,
    AUTHORITIES,
    CONTENT_DEPS,
    COOP_TYPES,
    FUTURE_TYPE,
    MATERIAL,
    MATERIAL_CONFLICT,
    NEEDS_TARGET,
    OUTSIDER_TYPES,
    PEOPLE,
    PROTEST_AIMS,
    STORY_PAIR_TYPES,
    THREAT_ACTS,
    TriggerMatcher,
    is_aim_of_protest,
    is_bare_definite,
    is_judged_act,
    is_unowned_protest,
    reclassified_type,
    target_preps,
)
from ._words import EventWords

if TYPE_CHECKING:
    from ..coder import RuleVerdict
    from ._context import DocumentContext

#: The code of an actor whose words were found but could not be resolved to a country or body
#: (ISO 3166 reserves XXX for an unspecified nationality).
UNRESOLVED = "XXX"
#: The codes of bodies a complaint is taken to, rather than states it is aimed at.
FORUM_CODES = {"IGO", "UNO", "EUR"}

__all__ = [
    "UNRESOLVED",
    "Candidate",
    "build_candidate",
    "confidence",
    "fill_recipients",
    "find_candidate",
]


@dataclass
class Candidate:
    """A trigger with its participants, before it becomes an :class:`~parley.document.Event`."""

    trigger: Trigger
    token: Any
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    type: str = ""
    modality: str = "asserted"


def find_candidate(
    token: Any, matcher: TriggerMatcher, roles: RoleFinder, verdict: RuleVerdict | None = None
) -> Candidate | None:
    """The event a possible trigger token reports, with its participants, or None. ``verdict``: the
    rules' reading of the token (its lexicon row and modality cues) when the learned coder has
    computed it already for its features."""
    ctx = roles.ctx
    trig = matcher.match(token) if verdict is None else verdict.trigger
    if trig is None:
        return None
    words = matcher.words
    refusal = refuses_cooperation(token, trig, words)
    threat = (trig.type in THREAT_ACTS and is_conditional_threat(token, words)) or is_hedged_threat(token, trig, words)
    # a litotes row has read the negation already: "would not hesitate to" affirms
    litotes = trig.condition()[0] == "litotes"
    if refusal:
        # "would not receive a delegation": the host who refuses the guests acts, not the guests
        kept = "" if trig.roles == "host" else trig.roles
        trig = Trigger(trig.lemma, trig.pos, "REJECT", None, "120", trig.cond, kept)
    elif verdict is not None:
        negated = verdict.negated and not litotes
        asked = trig.type in MATERIAL and (verdict.advice or is_demanded(token, words))
        if negated or (verdict.hypothetical and not threat) or asked:
            return None
    elif (
        (is_negated(token, words) and not litotes)
        or (is_hypothetical(token, words) and not threat)
        or (trig.type in MATERIAL and (is_advice(token, words) or is_demanded(token, words)))
    ):
        return None
    head = token.head
    if token.dep_ == "pcomp" and matcher.match(head.head) is not None:
        return None  # "accused of seeking": what is alleged, not a second event
    lead = first_conjunct(token) if trig.pos == "VERB" else token
    content = lead.dep_ in CONTENT_DEPS or is_subject_infinitive(lead)
    if content and lead.head.i != lead.i and not semicolon_between(lead, lead.head):
        outer = matcher.match(lead.head)
        passes = lead.head.lemma_ in words.decision_verb and trig.type in MATERIAL_CONFLICT | {"RETREAT"}
        passes = passes or (lead.head.lemma_ in words.concession_head and trig.type == "RETREAT")
        if outer is not None and not passes and not tells_purpose_of_contact(lead, outer, words):
            return None
    if trig.type in PROTEST_AIMS and is_aim_of_protest(token, matcher):
        return None  # "workers blocked the road to demand pay": what the protest is for, not a second event
    if token.dep_ == "acl" and head.pos_ == "NOUN" and is_requested(head, matcher):
        return None  # "turned down a request from Pretoria to extradite him": what is asked, not what is done
    if trig.pos == "NOUN" and is_bare_definite(token, words) and ctx.told(trig.type):
        return None  # "the army acknowledged the killings": the event told before, not a new one
    if trig.pos == "VERB" and trig.type == "SUPPORT" and restates_told_act(token, trig, words, ctx):
        return None  # "... signed an accord." then "The agreement was signed by the two ministers."
    if trig.pos == "NOUN" and trig.type == "ASSAULT" and is_fled_violence(token, words):
        return None  # "refugees fled fighting in Somalia": the cause of a flight, not a reported attack
    if trig.pos == "NOUN" and trig.type in MATERIAL and is_judged_act(token, words):
        return None  # "Honduras, calling the killings unacceptable": the speaker judges the act, not does it
    if describes_noun(token, trig, words) or is_standing_state(token, words):
        return None  # "militias backed by the army", "a post closed since 1994" describe, not report
    if trig.pos == "NOUN" and (token.dep_ in {"compound", "amod"} or matcher.covered_by_verb(token, trig)):
        return None  # "the truce village", or a noun inside a verb trigger's own clause
    if token.lemma_ in words.decision_verb and any(
        c.dep_ == "xcomp" and (inner := matcher.match(c)) is not None and inner.type in MATERIAL_CONFLICT | {"RETREAT"}
        for c in token.children
    ):
        return None  # "agreed to recall their envoys", "agreed to withdraw its cases": the inner act is the event
    if promises_retreat(token, matcher):
        return None  # "promised to pull its troops out": the promised withdrawal is the event (a CONCEDE)
    # the future cue reads only the row's part of speech, which a refusal keeps
    future = verdict.future if verdict is not None else is_future(token, trig, words)
    if trig.type == "THREATEN" and trig.pos == "VERB" and warned_by_commentator(token, words):
        return None  # "economists warned that the debt could become unsustainable": a forecast, no threat
    if trig.type == "THREATEN" and trig.pos == "VERB" and forecasts_thing(token, roles):
        return None  # "the UN warned that the closure could cut off food supplies": no party's act
    cand = build_candidate(trig, token, roles, future=future or threat, threat=threat)
    if cand is not None and threat and not hedge_said_by_actor(cand, roles):
        return None  # "analysts said Russia could cut gas": a guess about the actor, which is no event
    return cand


def promises_retreat(token: Any, matcher: TriggerMatcher) -> bool:
    """ "promised to pull them out", "pledged to release the fishermen": a promise whose infinitive is a
    withdrawal or a release is coded once, as that act promised (PLOVER CONCEDE), not as an AGREE too."""
    if token.lemma_.lower() not in matcher.words.concession_head:
        return False
    inner = [matcher.match(c) for c in token.children if c.dep_ == "xcomp"]
    return any(trig is not None and trig.type == "RETREAT" for trig in inner)


def describes_noun(token: Any, trig: Trigger, words: EventWords) -> bool:
    """ "militias backed by the army", "a deal brokered by Moscow": a cooperative participle that only
    describes its noun; "an agreement signed in Budapest last month" still tells the signing."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or trig.type not in COOP_TYPES or past_read_as_participle(token):
        return False
    return token.lemma_.lower() not in words.telling_participle


def tells_purpose_of_contact(token: Any, outer: Trigger, words: EventWords) -> bool:
    """ "telephoned his counterpart to thank him", "flew to Algiers to thank the president": the "to"
    clause of a call or a trip is what was said or done in it, an event of its own (unlike "agreed
    to meet", whose complement is only the content of the agreement)."""
    if outer.type != "CONSULT" or token.head.lemma_.lower() not in words.contact_verb:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def restates_told_act(token: Any, trig: Trigger, words: EventWords, ctx: DocumentContext) -> bool:
    """ "The agreement was signed by the two ministers", after the story told the signing: a passive
    whose subject points back ("the agreement", with nothing of its own) adds the signatories and the
    place to an act already coded. (Only signings: for other acts the rule loses events the
    training gold codes.)"""
    subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(is_bare_definite(s, words) for s in subjects) and ctx.told(trig.type)


def warned_by_commentator(token: Any, words: EventWords) -> bool:
    """ "Analysts caution that the quota can be tightened", "economists warned that the debt could become
    unsustainable": analysts and experts hold no power to carry anything out, so their warning forecasts
    and threatens no one (data/event_words.tsv commentator_noun)."""
    heads = subjects_of(token, words)
    commentators = words.commentator_noun
    return bool(heads) and all(s.lemma_.lower() in commentators or s.lower_ in commentators for s in heads)


def forecasts_thing(token: Any, roles: RoleFinder) -> bool:
    """ "warned that the closure could cut off food supplies": a warning of what a thing (no party the
    story can name) could do is a forecast; "warned that Dakar could retaliate" names who would act,
    "warned that Moldova's flirtation could affect the price" whose conduct is held against it; one told
    to its addressee ("warned Maputo that ...") or of harm to relations ("relations could suffer") is the
    warner's to inflict."""
    words = roles.words
    addressed = any(c.dep_ in {"dobj", "dative"} for c in token.children)
    if token.lemma_.lower() not in words.warning_verb or addressed:
        return False
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        # a passive ("access could be withdrawn") hides who would act: the warner, maybe
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not auxes & words.hypothetical_aux or auxes & words.commitment_aux or not subjects:
            continue
        related = any(s.lemma_.lower() in words.relation_noun or s.lower_ in words.relation_noun for s in subjects)
        if not related and all(s.pos_ == "NOUN" for s in subjects) and not roles.np_entities_many(subjects):
            return True
    return False


def hedge_said_by_actor(cand: Candidate, roles: RoleFinder) -> bool:
    """ "Iran said it could close the strait", "a spokesman said Moscow might retaliate": a hedged threat
    is made only by its actor's own side. A speaker of another state ("Washington said Iran could ...")
    or an outside commentator ("analysts said Russia could ...") guesses; an unnamed one, or one told by a
    pronoun ("its spokesman"), is the actor's."""
    words = roles.words
    speech = hedge_speech_verb(cand.token, words)
    if speech is None:
        return True
    speakers = [s for s in speech.children if s.dep_ == "nsubj"]
    if any(s.lemma_.lower() in words.commentator_noun or s.lower_ in words.commentator_noun for s in speakers):
        return False
    # "it said", "its spokesman said": a pronoun stands for the side the story follows, and read
    # back to a name it is too often read to the wrong one to overrule the threat
    named = [s for s in speakers if s.pos_ != "PRON" and not any(c.pos_ == "PRON" for c in s.children)]
    codes = {e.code for e in roles.np_entities_many(named)}
    return not codes or bool(codes & {a.code for a in cand.actors})


def is_requested(noun: Any, matcher: TriggerMatcher) -> bool:
    """A noun of asking ("a request", "calls", "demands") whose infinitive says what is asked."""
    asked = matcher.match(noun)
    return asked is not None and asked.type == "REQUEST"


def build_candidate(
    trig: Trigger, token: Any, roles: RoleFinder, *, future: bool, threat: bool = False
) -> Candidate | None:
    """A trigger token read as an event of ``trig.type``: its participants, the type they make it
    and, for an announced act, the type its promise has (``threat``: a hostile act promised under a
    condition, THREATEN). None when nobody acts."""
    ctx = roles.ctx
    words = roles.matcher.words
    matcher = roles.matcher
    head = token.head
    if trig.pos == "VERB" and done_by_storm(token, words):
        return None  # "the storm tore across the archipelago": nature acts, no actor does
    cand = Candidate(trigger=trig, token=token, type=trig.type)
    if trig.roles == "appraisal":
        cand.actors, cand.recipients = roles.appraisal_roles(token)
    elif trig.pos == "NOUN":
        cand.actors, cand.recipients = roles.noun_roles(token, trig)
    elif trig.pos == "ADJ":
        cand.actors = roles.np_entities_many(subjects_of(token.head, words)) if token.head.i != token.i else []
        # "ready to meet Kim"; "grateful to China for the loan": the to-phrase hangs from the adjective
        thanked = roles.np_entities_many(prep_objects([token], target_preps(trig, words)))
        cand.recipients = roles.promised_partner(token) if trig.type == "AGREE" else thanked
    else:
        cand.actors, cand.recipients = roles.verb_roles(token, trig)
    if not cand.actors and trig.type == "PROTEST" and (trig.pos == "VERB" or is_unowned_protest(token)):
        # "thousands rallied", "demonstrations began in Zhanaozen": people of the place protest
        home = ctx.sentence_country(token) or ctx.home
        cand.actors = [Entity(code=home, sector="CVL", entity_text="")] if home else []
    if not cand.actors:
        words_of_actor = unresolved_actor_words(token, trig, words) if roles.keep_unresolved else None
        if not words_of_actor:
            return None
        # "a roadside bomb killed ...", "Yoruba leaders": reported with the actor's words, unresolved
        cand.actors = [Entity(code=UNRESOLVED, sector=None, entity_text=words_of_actor)]
    cand.type = reclassified_type(cand.type, cand.trigger, cand.token, cand.actors, words)
    if future:
        cand.modality = "future"
        cand.type = "THREATEN" if threat else FUTURE_TYPE.get(cand.type, cand.type)
    cand.recipients = _not_the_actors(cand.recipients, cand.actors)
    if cand.type in _OUTWARD:
        cand.recipients = [r for r in cand.recipients if not _own_authority(r, cand.actors)]
    if cand.type == "ACCUSE":
        cand.recipients = accused_not_forum(cand, roles)
    elif cand.type == "CONCEDE" and _drops_complaint(token, words):
        cand.recipients = _complaint_dropped_for(cand, roles)
    fill_recipients(cand, roles)
    cand.recipients = goods_owner_abroad(cand.type, token, cand.actors, cand.recipients, ctx)
    cand.recipients = _not_the_actors(cand.recipients, cand.actors)
    cand.recipients = _partners_abroad(cand)
    if len(unique_by_code(cand.actors)) >= 2 and reciprocal_act(token, words):
        cand.recipients = unique_by_code(cand.actors)  # "blamed each other": each side acts on the other
    if token.dep_ == "xcomp" and head.i != token.i:
        outer = matcher.match(head)
        if outer is not None and head.lemma_ in words.decision_verb and trig.type in MATERIAL_CONFLICT:
            cand.type = trig.type
            cand.modality = "asserted"
    return cand


#: Sectors of a labour dispute (unions, workers, employers): their demands and climbdowns are made at home.
_LABOUR_SECTORS = {"LAB", "BUS"}
#: The acts of a labour dispute (strikes, demands, climbdowns): not a firm's joint venture abroad, nor the
#: deployment of a "company" of troops.
_DISPUTE_ACTS = {"PROTEST", "THREATEN", "REQUEST", "REJECT", "ACCUSE", "CONCEDE", "RETREAT"}


def _not_the_actors(recipients: list[Entity], actors: list[Entity]) -> list[Entity]:
    """The recipients that are not the actors themselves, but for a state of the story's pair that people
    outside its government name with the other: protesters who chant "against both governments", a
    refugee council that accuses "both governments" aim at their own state too."""
    own = unique_by_code(actors)
    # a state named bare ("Oman urged both sides") is its government: only named people are outsiders
    outsiders = bool(actors) and all(a.sector and a.sector not in AUTHORITIES for a in actors)
    return [r for r in recipients if not same_entity(r, own) or (outsiders and _named_by_pair(r))]


def _named_by_pair(entity: Entity) -> bool:
    """The entity was read from a phrase standing for the story's parties ("both sides", "the two
    governments"), not from its own name."""
    return entity.resolved_by.endswith("(the story so far)")


def _drops_complaint(token: Any, words: EventWords) -> bool:
    """ "dropped its complaint to the Security Council", "withdrew the case": a climbdown whose object is a
    grievance taken to a body (data/event_words.tsv complaint_noun)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words.complaint_noun for c in token.children)


def _complaint_dropped_for(cand: Candidate, roles: RoleFinder) -> list[Entity]:
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


#: Acts aimed outward: a threat or a deployment is made with the actor's own forces, against another.
_OUTWARD = {"THREATEN", "MOBILIZE"}


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


def _closes_a_border(cand: Candidate, words: EventWords) -> bool:
    """ "closed the crossing", "sealed the frontier": unlike an arrest, a coercive act done to the border
    itself is aimed at the state across it."""
    objects = [c for c in cand.token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return cand.type == "COERCE" and any(o.lemma_.lower() in words.abroad_cue for o in objects)


def _own_authority(recipient: Entity, actors: list[Entity]) -> bool:
    """ "warned that the navy would destroy any other camp", "sent the destroyer Kulakov to patrol": the
    actor's own forces or officials, named in a threat or a deployment, are its means, not its target."""
    return recipient.sector in AUTHORITIES and recipient.code in {a.code for a in actors}


def fill_recipients(cand: Candidate, roles: RoleFinder) -> None:
    """No target named: where a visit went, the domestic other side, or the story's counterpart."""
    ctx = roles.ctx
    if not cand.recipients and cand.trigger.mode == "visit":
        cand.recipients = roles.visited(cand.token)
    if not cand.recipients and _done_with_each_other(cand, ctx.words):
        return  # "Myanmar and Thailand signed a memorandum": between the two, aimed at no third party
    if not cand.recipients and _appeals_for_funds(cand, ctx.words):
        return  # "UNHCR appealed for $18 million": an appeal for money is made to donors at large
    if not cand.recipients and cand.type == "PROTEST":
        # "traders protested against the closure": a grievance about another state's act is aimed at it,
        # even by unions and traders, who otherwise act at home
        cand.recipients = roles.grievance_target(cand.actors, cand.token)
    home_act = _acts_on_home_group(cand, ctx.words) or _labour_dispute(cand, ctx)
    if not cand.recipients and home_act and _in_own_country(cand, ctx):
        # "promised the herders compensation", "the union dropped its demand": with no other state in the
        # sentence, an act on people named only by their role, or a labour dispute, stays at home
        cand.recipients = ctx.at_home(cand.actors, cand.token)
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
    if not cand.recipients and cand.type in {"ASSAULT", "COERCE", "MOBILIZE", "AID", "SANCTION"}:
        # "Indian forces shelled the area near Sialkot": a hostile act on another country's soil is aimed
        # at that country, not at the actor's own people
        cand.recipients = ctx.place_country(cand.token, cand.actors)
    if not cand.recipients and (cand.type in ABROAD_TYPES or _closes_a_border(cand, ctx.words)):
        # "protesters blocked the border crossing", "Caracas closed the border": in a story of two states,
        # not the actor's own people
        cand.recipients = ctx.other_side_abroad(cand.actors, cand.token)
    if not cand.recipients:
        cand.recipients = roles.domestic_target(cand.actors, cand.type, cand.token)
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
    if not cand.recipients and cand.type in NEEDS_TARGET:
        # one of the story's two states answers the other, not a third party that last dealt with it
        # ("Qatar urged Eritrea to withdraw ... Asmara threatened to retaliate" in a story of Eritrea and
        # Djibouti): the pair comes before the latest counterpart
        cand.recipients = ctx.story_other_side(cand.actors)
    if not cand.recipients and cand.type == "MOBILIZE":
        # a deployment with no target named answers whoever last attacked the actor (not whoever last
        # met or criticised it: with nobody attacking, it is readiness aimed at nobody in particular)
        cand.recipients = ctx.attackers(cand.actors)
    if not cand.recipients and cand.type in ANSWERS_COUNTERPART:
        cand.recipients = ctx.counterparts(cand.actors, cand.type)
    if not cand.recipients and cand.type in STORY_PAIR_TYPES:
        # no event told before had both sides: the story's pair of states gives the other one ("the
        # coast guard seized the boat", "the loan will fund a port" in a story of two states)
        cand.recipients = ctx.story_other_side(cand.actors)
    if not cand.recipients and cand.type in {"AID", "AGREE"} and len(unique_by_code(cand.actors)) == 1:
        # "the EU pledged 10 million euros in aid": help goes to the country the story is about
        home = ctx.home
        if home and home != cand.actors[0].code and home not in AGENT_CODES:
            cand.recipients = [Entity(code=home, sector=None, entity_text="")]
    if not cand.recipients and cand.type == "AGREE" and len(unique_by_code(cand.actors)) == 1:
        # "Harare would welcome talks", "accepted the invitation": one side's promise with no partner named
        # answers whoever it dealt with last
        cand.recipients = ctx.counterparts(cand.actors, cand.type)
    if not cand.recipients and cand.type == "CONCEDE":
        # "the government has backed down", "the union dropped its demand": with nobody else in the sentence
        # or the story, a climbdown is made at home
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
    return any(o.lemma_.lower() in words.home_group or o.lower_ in words.home_group for o in objects)


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


def _judged_act_doers(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The doers of the act a statement's object points back to ("the attack", "the seizure"): the
    latest event of that act's type the story has told."""
    if cand.token.pos_ not in {"VERB", "AUX"}:
        return []
    words = roles.words
    for obj in (c for c in cand.token.children if c.dep_ == "dobj"):
        judged = roles.matcher.match(obj)
        if judged is not None and judged.pos == "NOUN" and is_bare_definite(obj, words):
            return roles.ctx.doers_of(judged.type, cand.actors)
    return []


def _partners_abroad(cand: Candidate) -> list[Entity]:
    """Cooperation is between countries: "the two ministers agreed to expand coast guard training" has
    no partner at home, but officials meeting their own people named in the sentence do."""
    if cand.type not in COOP_TYPES:
        return cand.recipients
    own = {a.code for a in cand.actors}
    return [r for r in cand.recipients if r.code not in own or _met_at_home(cand, r)]


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


def unresolved_actor_words(token: Any, trig: Trigger, words: Any) -> str | None:
    """The words of the clause's subject when no actor could be resolved from them."""
    if trig.pos != "VERB":
        return None
    subjects = subjects_of(token, words)
    if not subjects:
        return None
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return None  # an unresolved "it" says nothing a reader can use
    span = subject.doc[subject.left_edge.i : subject.right_edge.i + 1]
    return span.text if len(span) <= 12 else subject.text


def confidence(cand: Candidate, date_source: str) -> float:
    if any(a.code == UNRESOLVED for a in cand.actors):
        return 0.1  # kept only when the user asks for unresolved actors (and a low --min-confidence)
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
