"""From a trigger token to a candidate event: its type, modality and participants, and how
the events of one sentence join."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._advised_conjunct import advised_conjunct
from ._advised_demand import advised_demand, demand_speakers
from ._announced_measure import stays_announced
from ._candidate import Candidate
from ._candidate_checks import Reading, failed_check
from ._civil_protesters import protesters_where_they_are
from ._condition_party import condition_subjects
from ._crowd_nationals import done_by_crowd_of_nationals
from ._denied_predicate import reads_own_negation
from ._document_speaker import access_other_side, document_reporter
from ._entities import same_entity, unique_by_code
from ._held_forces import own_forces_held
from ._held_refusal import is_refusal_row
from ._joined_object import first_act_object_states
from ._joint_work import both_sides_at_work
from ._lexicon import Trigger
from ._modality import (
    hedge_speech_verb,
    is_advice,
    is_conditional_threat,
    is_future,
    is_hedged_threat,
    is_hypothetical,
    is_negated,
    refuses_cooperation,
)
from ._nationals import with_nationals_told
from ._nature import done_by_storm
from ._parse import prep_objects
from ._partyless_meeting import story_pair_meeting
from ._permitted import letter_roles
from ._recip_aid_receiver import aid_receiver_among_givers
from ._recip_complaints import accused_not_forum, announces_complaint, complaint_dropped_for, drops_complaint
from ._recip_filters import OUTWARD, own_authority, pair_beside_actor, partners_abroad
from ._recip_goods_to import goods_sent_to
from ._recip_local_appeal import recipients_besides_actors
from ._recipients import fill_recipients
from ._reciprocal import reciprocal_act
from ._release_demand import release_demanded_of
from ._reported_charge import CHARGED_ROLES
from ._roles import RoleFinder
from ._seized_goods import goods_owner_abroad
from ._signings import settle_signatories
from ._story_rank import one_adversary
from ._third_party import promised_host
from ._threatened_own import own_side_threatened
from ._told_acts import is_unowned_protest
from ._type_sets import ASKED_DEEDS, FUTURE_TYPE, MATERIAL_CONFLICT, RIOT_MODE, THREAT_ACTS, UNDONE_WHEN_FUTURE
from ._typing import TriggerMatcher, reclassified_type, target_preps
from ._unnamed_meeting import both_sides_meeting
from ._verb_subjects import subjects_of
from ._words import word_in

if TYPE_CHECKING:
    from ._verdict import RuleVerdict

#: The code of an actor whose words were found but could not be resolved to a country or body
#: (ISO 3166 reserves XXX for an unspecified nationality).
UNRESOLVED = "XXX"

__all__ = [
    "UNRESOLVED",
    "BuiltOnce",
    "Candidate",
    "build_candidate",
    "confidence",
    "find_candidate",
]


class BuiltOnce:
    """:func:`build_candidate`'s last answer at a token, given again when the same token is read with
    the same row and cues. The learned coder asks the rules first and then, where they read no event
    or the model reads another type, reads the token itself: on the 150 bench articles 305 of its
    1,032 role readings repeated the rules' (235 of them to find nobody acting). Nothing the roles
    read changes between the two asks (a sentence's events are kept only after both have answered),
    so the answer is the same; one instance serves one token's readings."""

    def __init__(self) -> None:
        self._key: tuple[int, Trigger, bool, bool] | None = None
        self._found: Candidate | None = None

    def build(
        self, trig: Trigger, token: Any, roles: RoleFinder, *, future: bool, threat: bool = False
    ) -> Candidate | None:
        """:func:`build_candidate`, read once per token, row and cues."""
        key = (token.i, trig, future, threat)
        if key != self._key:
            self._key, self._found = key, build_candidate(trig, token, roles, future=future, threat=threat)
        return self._found


def find_candidate(
    token: Any,
    matcher: TriggerMatcher,
    roles: RoleFinder,
    verdict: RuleVerdict | None = None,
    once: BuiltOnce | None = None,
) -> Candidate | None:
    """The event a possible trigger token reports, with its participants, or None. ``verdict``: the
    rules' reading of the token (its lexicon row and modality cues) when the learned coder has
    computed it already for its features; ``once``: the participants' reading, kept for the learned
    coder's own reading of the token. Past the rules' own reading of modality, the token runs the
    chain of checks both coders share (``_candidate_checks``)."""
    trig = matcher.match(token) if verdict is None else verdict.trigger
    if trig is None:
        return None
    words = matcher.words
    refusal = refuses_cooperation(token, trig, words)
    threat = (trig.type in THREAT_ACTS and is_conditional_threat(token, words)) or is_hedged_threat(token, trig, words)
    # "would not lift the duty until Minsk lifts its ban": the refusal is made now, the condition ends it
    threat = threat and not is_refusal_row(trig)
    # a litotes row has read the negation already: "would not hesitate to" affirms
    # (so has a stance row: "does not accept ultimatums" is the refusal itself)
    # (and a denied row: "said the offer was not enough" judges by the "not")
    litotes = reads_own_negation(trig)
    if refusal:
        # "would not receive a delegation": the host who refuses the guests acts, not the guests
        kept = "" if trig.roles == "host" else trig.roles
        trig = Trigger(trig.lemma, trig.pos, "REJECT", None, "120", trig.cond, kept)
    elif verdict is not None:
        negated = verdict.negated and not litotes
        # (a deed only demanded of another is the shared chain's "demanded")
        asked = trig.type in ASKED_DEEDS and (verdict.advice or advised_conjunct(token, words))
        if negated or (verdict.hypothetical and not threat):
            return None
        if asked:
            return _demand_of_doers(trig, token, roles, once)
    elif (is_negated(token, words) and not litotes) or (is_hypothetical(token, words) and not threat):
        return None
    elif trig.type in ASKED_DEEDS and (is_advice(token, words) or advised_conjunct(token, words)):
        return _demand_of_doers(trig, token, roles, once)
    # the future cue reads only the row's part of speech, which a refusal keeps
    future = verdict.future if verdict is not None else is_future(token, trig, words)
    if failed_check(Reading(token, trig, roles, future=future, threat=threat), "rules") is not None:
        return None
    cand = (once or BuiltOnce()).build(trig, token, roles, future=future or threat, threat=threat)
    if cand is not None and threat and not hedge_said_by_actor(cand, roles):
        return None  # "analysts said Russia could cut gas": a guess about the actor, which is no event
    return cand


def _demand_of_doers(trig: Trigger, token: Any, roles: RoleFinder, once: BuiltOnce | None) -> Candidate | None:
    """A deed a speaker says others must or should do is not done: the demand it tells is the event
    (``._advised_demand``), when a verb of saying reports it and the doers are of another side."""
    speakers = demand_speakers(token, roles)
    if not speakers:
        return None
    deed = (once or BuiltOnce()).build(trig, token, roles, future=False)
    return advised_demand(deed, speakers, roles) if deed is not None else None


def hedge_said_by_actor(cand: Candidate, roles: RoleFinder) -> bool:
    """ "Iran said it could close the strait", "a spokesman said Moscow might retaliate": a hedged threat
    is made only by its actor's own side. A speaker of another state ("Washington said Iran could ...")
    or an outside commentator ("analysts said Russia could ...") guesses; an unnamed one, or one told by a
    pronoun ("its spokesman"), is the actor's."""
    words = roles.words
    speech = hedge_speech_verb(cand.token, words)
    if speech is None:
        return True
    speakers = [s for s in children_of(speech) if s.dep_ == "nsubj"]
    if any(word_in(s, words.commentator_noun) for s in speakers):
        return False
    # "it said", "its spokesman said": a pronoun stands for the side the story follows, and read
    # back to a name it is too often read to the wrong one to overrule the threat
    named = [s for s in speakers if s.pos_ != "PRON" and not any(c.pos_ == "PRON" for c in children_of(s))]
    codes = {e.code for e in roles.np_entities_many(named)}
    return not codes or bool(codes & {a.code for a in cand.actors})


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
    if trig.pos == "VERB" and done_by_storm(token, words, roles.verb_subjects(token)):
        return None  # "the gale swept over the islands": nature acts, no actor does
    cand = Candidate(trigger=trig, token=token, type=trig.type)
    sides = _trigger_roles(trig, token, roles)
    if sides is None:
        return None
    cand.actors, cand.recipients = sides
    protest_like = trig.type == "PROTEST" or trig.mode == RIOT_MODE
    if not cand.actors and protest_like and (trig.pos == "VERB" or is_unowned_protest(token)):
        # "thousands rallied", "demonstrations began in Zhanaozen", "some set fire to a kiosk": people of the place
        home = ctx.sentence_country(token) or ctx.home
        cand.actors = [Entity(code=home, sector="CVL", entity_text="")] if home else []
    if not cand.actors and trig.pos == "VERB":
        cand.actors = document_reporter(token, words, roles)  # "The decree frees ten men, the presidency said"
        cand.recipients = cand.recipients or access_other_side(token, words, cand.actors, roles)
    if not cand.actors:
        words_of_actor = unresolved_actor_words(token, trig, words) if roles.keep_unresolved else None
        if not words_of_actor:
            return None
        # "a roadside bomb killed ...", "Yoruba leaders": reported with the actor's words, unresolved
        cand.actors = [Entity(code=UNRESOLVED, sector=None, entity_text=words_of_actor)]
    cand.type = reclassified_type(cand.type, cand.trigger, cand.token, cand.actors, words)
    if done_by_crowd_of_nationals(cand.type, trig, token, ctx):
        cand.type = "PROTEST"  # "Serbs barricaded the road": a people's crowd protests (see ._crowd_nationals)
    if cand.type == "PROTEST":
        cand.actors = protesters_where_they_are(cand.actors, token, ctx)  # "rights groups held a vigil"
    if future and not _read_as_promised(cand, trig, roles, threat=threat):
        return None  # "said it would ask Kathmandu for supplies": the asking is still to come
    if cand.type in {"THREATEN", "REJECT"} and trig.pos == "VERB":
        # "would not lift the duty until Minsk lifts its ban": a refusal answers the party its condition names
        cand.recipients = threatened_by_condition(cand, roles) or cand.recipients
    cand.recipients = recipients_besides_actors(cand, words)
    cand.recipients = pair_beside_actor(cand.recipients, cand.actors, ctx)
    if cand.type in OUTWARD:
        # rebels who promise to seize a harbour of their own state: the own side a threat falls on is its target
        threatened = own_side_threatened(cand, words)
        cand.recipients = threatened or [r for r in cand.recipients if not own_authority(r, cand.actors)]
    if cand.type == "ACCUSE":
        cand.recipients = accused_not_forum(cand, roles)
    elif cand.type == "CONCEDE" and drops_complaint(token, words):
        cand.recipients = complaint_dropped_for(cand, roles)
    cand.actors = both_sides_meeting(cand, roles)  # "local commanders meet every Friday": both states' people
    aid_receiver_among_givers(cand, roles)  # "X and his Bolivian counterpart signed ... Bolivian debt"
    goods_sent_to(cand, roles)  # "sent two ships loaded with food to Somalia"
    fill_recipients(cand, roles)
    if trig.pos == "VERB":  # "seized two Chinese boats and detained 19 crew members": the boats' people
        cand.recipients = first_act_object_states(token, cand.actors, cand.recipients, ctx.mention_at, roles)
    cand.recipients = with_nationals_told(cand, ctx)
    cand.recipients = goods_owner_abroad(cand.type, token, cand.actors, cand.recipients, ctx)
    cand.recipients = recipients_besides_actors(cand, words)
    cand.recipients = own_forces_held(cand, roles)  # "the soldier has been detained": the holder's own
    cand.recipients = release_demanded_of(cand, roles)  # "demanded the drivers' release": of their holder
    cand.recipients = partners_abroad(cand)
    cand.recipients = one_adversary(cand.type, cand.actors, cand.recipients, ctx.state_counts)
    settle_signatories(cand, roles)  # "signed by A and B", "the Brasilia accord": parties, not targets
    if len(unique_by_code(cand.actors)) >= 2 and reciprocal_act(token, words):
        cand.recipients = unique_by_code(cand.actors)  # "blamed each other": each side acts on the other
    both_sides_at_work(cand, words)  # "police from both sides exchanged lists": each side works with the other
    if token.dep_ == "xcomp" and head.i != token.i:
        outer = matcher.match(head)
        if outer is not None and head.lemma_ in words.decision_verb and trig.type in MATERIAL_CONFLICT:
            cand.type = trig.type
            cand.modality = "asserted"
    return cand


def _trigger_roles(trig: Trigger, token: Any, roles: RoleFinder) -> tuple[list[Entity], list[Entity]] | None:
    """(actors, recipients) a trigger token's own words give, read by its row's roles or its part of
    speech; None for a reported charge that names no other side (the first reading of build_candidate)."""
    words = roles.matcher.words
    if trig.roles in {"appraisal", CHARGED_ROLES}:
        actors, recipients = roles.appraisal_roles(token)
        if trig.roles == CHARGED_ROLES and not recipients:
            return None  # a deed of no other named side: the boats' own side telling of them lays no charge
        return actors, recipients
    if trig.pos == "NOUN":
        actors, recipients = roles.noun_roles(token, trig)
        if not actors and not recipients:
            # "approved at a session of the joint commission": a meeting told as held, naming no one
            return story_pair_meeting(trig, token, roles.ctx)
        return actors, recipients
    if trig.pos == "ADJ":
        actors = roles.np_entities_many(subjects_of(token.head, words)) if token.head.i != token.i else []
        # "ready to meet Kim"; "grateful to China for the loan": the to-phrase hangs from the adjective
        thanked = roles.np_entities_many(prep_objects([token], target_preps(trig, words)))
        return actors, (roles.promised_partner(token) if trig.type == "AGREE" else thanked)
    return roles.verb_roles(token, trig)


def _read_as_promised(cand: Candidate, trig: Trigger, roles: RoleFinder, *, threat: bool) -> bool:
    """An announced act (``cand.token`` under "would", "will", a promise): its modality, the type its
    promise has and the parties the promise names; False when the act is one still to come and no event
    yet (asking, accusing without a complaint announced)."""
    token, words = cand.token, roles.matcher.words
    cand.modality = "future"
    if threat or not stays_announced(cand.type, token, words):
        # "would close its airspace unless ...": a hostile act promised is a threat (a measure only when
        # held over a condition or warned of, ._announced_measure)
        cand.type = "THREATEN" if threat else FUTURE_TYPE.get(cand.type, cand.type)
    if cand.type in UNDONE_WHEN_FUTURE and not (cand.type == "ACCUSE" and announces_complaint(token, words)):
        return False
    cand.actors, cand.recipients = promised_host(
        token, trig, cand.actors, cand.recipients, words, roles.np_entities_many
    )
    # "would let Turkish officers work alongside": the letter's promise to the party it lets
    cand.actors, cand.recipients = letter_roles(token, cand.actors, cand.recipients, words, roles.np_entities_many)
    return True


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


def threatened_by_condition(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "would block the crossing unless Washington delays the rule": a threat is aimed at the party
    named as the subject of its condition, before any place or third party the threatened act names;
    empty when the condition names no other party."""
    threat_verb = cand.trigger.type == "THREATEN"
    subjects = condition_subjects(cand.token, roles.matcher.words, threat_verb=threat_verb)
    named = roles.np_entities_many(subjects)
    return [e for e in named if not same_entity(e, cand.actors)][:1]
