"""From a trigger token to a candidate event: its type, modality and participants, and how
the events of one sentence join."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Entity
from ._background import is_aimed_act, is_background_violence
from ._candidate import Candidate
from ._civil_protesters import protesters_where_they_are
from ._condition_party import condition_subjects
from ._conditions import is_subject_infinitive
from ._document_speaker import document_reporter
from ._entities import same_entity, unique_by_code
from ._held_refusal import is_refusal_row
from ._lexicon import Trigger
from ._modality import (
    hedge_speech_verb,
    is_advice,
    is_conditional_threat,
    is_demanded,
    is_fled_violence,
    is_future,
    is_habitual,
    is_hedged_threat,
    is_hypothetical,
    is_negated,
    is_promise_on_condition,
    is_standing_state,
    is_unreal,
    is_wished,
    refuses_cooperation,
)
from ._nationals import with_nationals_told
from ._nature import done_by_storm
from ._notices import is_public_notice
from ._parse import first_conjunct, past_read_as_participle, prep_objects, semicolon_between, subjects_of
from ._partyless_meeting import story_pair_meeting
from ._recipients import (
    OUTWARD,
    accused_not_forum,
    announces_complaint,
    complaint_dropped_for,
    drops_complaint,
    fill_recipients,
    not_the_actors,
    own_authority,
    pair_beside_actor,
    partners_abroad,
)
from ._reciprocal import reciprocal_act
from ._release_demand import release_demanded_of
from ._restated_handover import restates_release
from ._restated_passive import restates_in_passive
from ._roles import RoleFinder
from ._seized_goods import goods_owner_abroad
from ._signings import settle_signatories
from ._standing_role import is_standing_relative
from ._story_rank import one_adversary
from ._third_party import promised_host
from ._typing import (
    CONTENT_DEPS,
    COOP_TYPES,
    FORCE,
    FUTURE_TYPE,
    MATERIAL,
    MATERIAL_CONFLICT,
    PROTEST_AIMS,
    RIOT_MODE,
    THREAT_ACTS,
    UNDONE_WHEN_FUTURE,
    TriggerMatcher,
    is_aim_of_protest,
    is_answered_offer,
    is_bare_definite,
    is_judged_act,
    is_told_violence,
    is_unowned_protest,
    meets_requirement,
    reclassified_type,
    target_preps,
)
from ._unnamed_meeting import both_sides_meeting
from ._words import EventWords

if TYPE_CHECKING:
    from ._context import DocumentContext
    from ._verdict import RuleVerdict

#: The code of an actor whose words were found but could not be resolved to a country or body
#: (ISO 3166 reserves XXX for an unspecified nationality).
UNRESOLVED = "XXX"

__all__ = [
    "UNRESOLVED",
    "Candidate",
    "build_candidate",
    "confidence",
    "find_candidate",
]


def is_exercise_noun(token: Any, words: EventWords) -> bool:
    """ "exercise", "drills", "manoeuvres": a noun for a military exercise (training gold codes no new
    event for "the exercise" named again after the lead)."""
    return token.lemma_.lower() in words.exercise_noun or token.lower_ in words.exercise_noun


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
    # "would not lift the duty until Minsk lifts its ban": the refusal is made now, the condition ends it
    threat = threat and not is_refusal_row(trig)
    # a litotes row has read the negation already: "would not hesitate to" affirms
    # (so has a stance row: "does not accept ultimatums" is the refusal itself)
    litotes = trig.condition()[0] in {"litotes", "stance"}
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
    if is_unreal(token, words) and not threat:
        return None  # "Should the coast guard try to arrest ...", "would have moved troops": did not happen
    head = token.head
    if is_alleged_act(token, matcher):
        return None  # "accused of seeking", "accuses of using Iraqi territory to attack": what is alleged
    lead = first_conjunct(token) if trig.pos == "VERB" else token
    content = lead.dep_ in CONTENT_DEPS or is_subject_infinitive(lead)
    if content and lead.head.i != lead.i and not semicolon_between(lead, lead.head):
        outer = matcher.match(lead.head)
        passes = lead.head.lemma_ in words.decision_verb and trig.type in MATERIAL_CONFLICT | {"RETREAT"}
        passes = passes or (lead.head.lemma_ in words.concession_head and trig.type == "RETREAT")
        if outer is not None and not passes and not tells_purpose_of_contact(lead, outer, trig, words):
            return None
    if trig.type == "REQUEST" and trig.pos == "VERB" and is_public_notice(token):
        return None  # "Members of the public are requested to report ...": a notice to all, no party's act
    if trig.type in PROTEST_AIMS and is_aim_of_protest(token, matcher):
        return None  # "workers blocked the road to demand pay": what the protest is for, not a second event
    if token.dep_ == "acl" and head.pos_ == "NOUN" and is_requested(head, matcher):
        return None  # "turned down a request from Pretoria to extradite him": what is asked, not what is done
    if is_aimed_act(token, words):
        return None  # "declined a proposal to deploy observers": what is aimed at, not what is done
    if trig.pos == "NOUN" and is_bare_definite(token, words) and ctx.told(trig.type):
        return None  # "the army acknowledged the killings": the event told before, not a new one
    if trig.pos == "NOUN" and trig.type == "ASSAULT" and is_told_violence(token, words):
        return None  # "apologised for the attack on the building": the attack the story tells, not a new one
    if trig.pos == "NOUN" and is_bare_definite(token, words) and is_exercise_noun(token, words):
        return None  # "400 sailors took part in the exercise": told before, maybe as another type or in the headline
    if trig.pos == "NOUN" and trig.type == "AGREE" and is_answered_offer(token, words):
        return None  # "did not respond to the mediation offers": an offer made before, answered now
    if trig.pos == "VERB" and trig.type != "CONCEDE" and meets_requirement(token, words):
        return None  # "had met every condition Accra had set": a requirement met (a CONCEDE row), no meeting
    if trig.pos == "VERB" and restates_release(token, trig, ctx):
        return None  # "... freed 31 fishermen." then "The men were handed over at the crossing.": the release
    if trig.pos == "VERB" and trig.type == "SUPPORT" and restates_told_act(token, trig, words, ctx):
        return None  # "... signed an accord." then "The agreement was signed by the two ministers."
    if restates_in_passive(token, trig, ctx):
        return None  # "... seized two trawlers." then "The trawlers are being held in Zarzis.": told before
    if trig.type == "ASSAULT" and is_fled_violence(token, words):
        return None  # "refugees fled fighting in Somalia": the cause of a flight, not a reported attack
    if trig.pos == "NOUN" and trig.type == "ASSAULT" and is_background_violence(token, words):
        return None  # "shut the border after bombings in the capital": why the news happened, not an attack told
    if trig.pos == "NOUN" and trig.type in MATERIAL and is_judged_act(token, words):
        return None  # "Honduras, calling the killings unacceptable": the speaker judges the act, not does it
    if describes_noun(token, trig, words) or is_standing_state(token, words):
        return None  # "militias backed by the army", "a post closed since 1994" describe, not report
    if describes_taken(token, trig):
        return None  # "the release of 30 detainees held by the police": who is freed, not a new detention
    if is_habitual(token, words):
        return None  # "Moscow routinely denies such violations": a custom, not an event of the story
    if trig.pos == "VERB" and is_standing_relative(token, trig.type):
        return None  # "the forum in which the two sides meet": a custom of the noun, not an act of the story
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
    # a hostile act so held stays a threat ("will keep shooting if they have to")
    if future and trig.type not in THREAT_ACTS and is_promise_on_condition(token, words):
        return None  # "would pull its police back if Tiraspol stood down": an offer on a condition
    if future and not threat and is_wished(token, words):
        return None  # "officials hope the Bank will help pay for the road": a wish, no promise
    if trig.type == "THREATEN" and trig.pos == "VERB" and warned_by_commentator(token, words):
        return None  # "economists warned that the debt could become unsustainable": a forecast, no threat
    if trig.type == "THREATEN" and trig.pos == "VERB" and forecasts_thing(token, roles):
        return None  # "the UN warned that the closure could cut off food supplies": no party's act
    cand = build_candidate(trig, token, roles, future=future or threat, threat=threat)
    if cand is not None and threat and not hedge_said_by_actor(cand, roles):
        return None  # "analysts said Russia could cut gas": a guess about the actor, which is no event
    return cand


def is_alleged_act(token: Any, matcher: TriggerMatcher) -> bool:
    """ "accused of seeking", "which it accuses of using Iraqi territory to attack Turkish forces": the act
    a trigger's preposition names (through the purpose or infinitive of that act) is what is alleged or
    blamed, not a second event."""
    for _ in range(3):
        if token.dep_ == "pcomp":
            return matcher.match(token.head.head) is not None
        if token.dep_ not in {"xcomp", "advcl"} or token.head.i == token.i:
            return False
        token = token.head
    return False


def promises_retreat(token: Any, matcher: TriggerMatcher) -> bool:
    """ "promised to pull them out", "pledged to release the fishermen": a promise whose infinitive is a
    withdrawal or a release is coded once, as that act promised (PLOVER CONCEDE), not as an AGREE too."""
    if token.lemma_.lower() not in matcher.words.concession_head:
        return False
    inner = [matcher.match(c) for c in token.children if c.dep_ == "xcomp"]
    return any(trig is not None and trig.type == "RETREAT" for trig in inner)


def describes_noun(token: Any, trig: Trigger, words: EventWords) -> bool:
    """ "militias backed by the army", "a deal brokered by Moscow": a cooperative participle that only
    describes its noun; "an agreement signed in Budapest last month" still tells the signing, and so does
    a gift whose giver is named ("ambulances donated by Ankara")."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or trig.type not in COOP_TYPES or past_read_as_participle(token):
        return False
    if token.lemma_.lower() in words.gift_participle and any(c.dep_ == "agent" for c in token.children):
        return False
    return token.lemma_.lower() not in words.telling_participle


def describes_taken(token: Any, trig: Trigger) -> bool:
    """ "called for the release of all personnel still detained in Yemen", "an amnesty for 27 activists
    detained during the campaign", "the bodies of those killed": a participle of force that only says
    which people or goods a preposition's noun is names them for the act the sentence tells (a release,
    a pardon, a request), not a new act (training gold codes 2 of 44 such participles; convictions are
    left alone: the gold codes those a pardon undoes).
    One that names its own doer ("citizens abducted by North Korean agents") still tells that act."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or trig.type not in FORCE:
        return False
    if any(c.dep_ in {"agent", "dobj"} or (c.dep_ == "conj" and c.tag_ == "VBD") for c in token.children):
        return False  # its doer named, an object or a finite partner of its own: a verb hung on a noun
    return token.head.dep_ == "pobj" and not past_read_as_participle(token)


def tells_purpose_of_contact(token: Any, outer: Trigger, trig: Trigger, words: EventWords) -> bool:
    """ "telephoned his counterpart to thank him", "flew to Algiers to thank the president": the "to"
    clause of a call or a trip is what was said or done in it, an event of its own (unlike "agreed
    to meet", whose complement is only the content of the agreement). So is the "to" clause of asking
    of a summons that presses a demand ("summoned the Romanian ambassador to demand an explanation";
    training gold: 5 of 6 such demands coded REQUEST beside the summons, against none of 2 summonses "to
    seek clarification"), which the parser reads now as a purpose, now as a complement."""
    head = token.head.lemma_.lower()
    contact = outer.type == "CONSULT" and head in words.contact_verb
    pressed = trig.type == "REQUEST" and token.lemma_.lower() in words.pressed_ask
    summons = outer.type == "ACCUSE" and head in words.summoning_verb and pressed
    if not (contact or summons):
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
        if not cand.actors and not cand.recipients:
            # "approved at a session of the joint commission": a meeting told as held, naming no one
            cand.actors, cand.recipients = story_pair_meeting(trig, token, ctx)
    elif trig.pos == "ADJ":
        cand.actors = roles.np_entities_many(subjects_of(token.head, words)) if token.head.i != token.i else []
        # "ready to meet Kim"; "grateful to China for the loan": the to-phrase hangs from the adjective
        thanked = roles.np_entities_many(prep_objects([token], target_preps(trig, words)))
        cand.recipients = roles.promised_partner(token) if trig.type == "AGREE" else thanked
    else:
        cand.actors, cand.recipients = roles.verb_roles(token, trig)
    protest_like = trig.type == "PROTEST" or trig.mode == RIOT_MODE
    if not cand.actors and protest_like and (trig.pos == "VERB" or is_unowned_protest(token)):
        # "thousands rallied", "demonstrations began in Zhanaozen", "some set fire to a kiosk": people of the place
        home = ctx.sentence_country(token) or ctx.home
        cand.actors = [Entity(code=home, sector="CVL", entity_text="")] if home else []
    if not cand.actors and trig.pos == "VERB":
        cand.actors = document_reporter(token, words, roles)  # "The decree frees ten men, the presidency said"
    if not cand.actors:
        words_of_actor = unresolved_actor_words(token, trig, words) if roles.keep_unresolved else None
        if not words_of_actor:
            return None
        # "a roadside bomb killed ...", "Yoruba leaders": reported with the actor's words, unresolved
        cand.actors = [Entity(code=UNRESOLVED, sector=None, entity_text=words_of_actor)]
    cand.type = reclassified_type(cand.type, cand.trigger, cand.token, cand.actors, words)
    if cand.type == "PROTEST":
        cand.actors = protesters_where_they_are(cand.actors, token, ctx)  # "rights groups held a vigil"
    if future:
        cand.modality = "future"
        cand.type = "THREATEN" if threat else FUTURE_TYPE.get(cand.type, cand.type)
        if cand.type in UNDONE_WHEN_FUTURE and not (cand.type == "ACCUSE" and announces_complaint(token, words)):
            return None  # "said it would ask Kathmandu for supplies": the asking is still to come
        cand.actors, cand.recipients = promised_host(
            token, trig, cand.actors, cand.recipients, words, roles.np_entities_many
        )
    if cand.type in {"THREATEN", "REJECT"} and trig.pos == "VERB":
        # "would not lift the duty until Minsk lifts its ban": a refusal answers the party its condition names
        cand.recipients = threatened_by_condition(cand, roles) or cand.recipients
    cand.recipients = not_the_actors(cand.recipients, cand.actors)
    cand.recipients = pair_beside_actor(cand.recipients, cand.actors, ctx)
    if cand.type in OUTWARD:
        cand.recipients = [r for r in cand.recipients if not own_authority(r, cand.actors)]
    if cand.type == "ACCUSE":
        cand.recipients = accused_not_forum(cand, roles)
    elif cand.type == "CONCEDE" and drops_complaint(token, words):
        cand.recipients = complaint_dropped_for(cand, roles)
    cand.actors = both_sides_meeting(cand, roles)  # "local commanders meet every Friday": both states' people
    fill_recipients(cand, roles)
    cand.recipients = with_nationals_told(cand, ctx)
    cand.recipients = goods_owner_abroad(cand.type, token, cand.actors, cand.recipients, ctx)
    cand.recipients = not_the_actors(cand.recipients, cand.actors)
    cand.recipients = release_demanded_of(cand, roles)  # "demanded the drivers' release": of their holder
    cand.recipients = partners_abroad(cand)
    cand.recipients = one_adversary(cand.type, cand.actors, cand.recipients, ctx.state_counts)
    settle_signatories(cand, roles)  # "signed by A and B", "the Brasilia accord": parties, not targets
    if len(unique_by_code(cand.actors)) >= 2 and reciprocal_act(token, words):
        cand.recipients = unique_by_code(cand.actors)  # "blamed each other": each side acts on the other
    if token.dep_ == "xcomp" and head.i != token.i:
        outer = matcher.match(head)
        if outer is not None and head.lemma_ in words.decision_verb and trig.type in MATERIAL_CONFLICT:
            cand.type = trig.type
            cand.modality = "asserted"
    return cand


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
