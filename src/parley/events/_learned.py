"""Candidates decided by the learned coder: the model says which words name which acts and
whether they happened; the lexicon only lends a matching row's mode and CAMEO code, and the role
rules find the participants."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..document import Entity
from ._candidates import (
    Candidate,
    build_candidate,
    describes_taken,
    forecasts_thing,
    is_alleged_act,
    promises_retreat,
    restates_told_act,
)
from ._entities import unique_by_code
from ._lexicon import Trigger
from ._modality import is_demanded, is_future, is_habitual, is_negated, is_promise_on_condition, is_unreal
from ._recipients import accused_not_forum
from ._restated_handover import restates_release
from ._restated_passive import restates_in_passive
from ._roles import RoleFinder
from ._standing_role import is_standing_relative, tells_standing_role
from ._typing import (
    MATERIAL,
    THREAT_ACTS,
    TriggerMatcher,
    condition_holds,
    is_answered_offer,
    is_told_violence,
    meets_requirement,
)

if TYPE_CHECKING:
    from ..document import ActorMention
    from ._prediction import Prediction, RoleReader

__all__ = [
    "denies_refusal",
    "forecasts_no_threat",
    "is_asked_of_another",
    "is_offer_on_condition",
    "learned_candidate",
    "relabel_roles",
]

#: What the parser's tags make of a word for the lexicon's POS column.
_LEXICON_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ"}
#: The words a resolved entity was read from: '"He" stands for "Aleksandar Vucic" ...'.
_STANDS_FOR = re.compile(r'"([^"]+)" stands for ')
#: Mentions the model reads as not having happened are not events (PLOVER's rule of thumb).
_NOT_EVENTS = {"negated", "hypothetical"}


def _lexicon_rows(token: Any, matcher: TriggerMatcher) -> list[Trigger]:
    """The lexicon's rows of the word, by its lemma, else its form, in its part of speech."""
    pos = _LEXICON_POS.get(token.pos_, "VERB")
    triggers = matcher.lexicon.triggers
    return list(triggers.get((token.lemma_.lower(), pos)) or triggers.get((token.lower_, pos)) or [])


def trigger_for(pred: Prediction, matcher: TriggerMatcher) -> Trigger:
    """The lexicon row of the word with the predicted type (for its mode, CAMEO code and role
    pattern), else a bare row of that type."""
    token = pred.token
    same_type = [row for row in _lexicon_rows(token, matcher) if row.type == pred.type]
    # the row whose condition holds says how its roles read ("held talks with": the partner of the talks)
    for row in same_type:
        if condition_holds(row, token, matcher.words):
            return row
    if same_type:
        return same_type[0]
    cameo = matcher.lexicon.types[pred.type].cameo
    pos = _LEXICON_POS.get(token.pos_, "VERB")
    return Trigger(token.lemma_.lower(), pos, pred.type, None, cameo, "", "")


def is_asked_of_another(pred: Prediction, matcher: TriggerMatcher) -> bool:
    """A deed the model reads where the rules see one only asked of someone ("called on Accra to
    reopen the crossing", "want Chile to scrap the fee"): the rules drop such a material act in their
    own rows (``is_demanded``), and so does the model's reading (training corpus, the model's
    material events at words the rules give no event: 4 asked, none with a gold deed of their type;
    the call itself is the REQUEST)."""
    return pred.type in MATERIAL and is_demanded(pred.token, matcher.words)


def denies_refusal(pred: Prediction, trig: Trigger, matcher: TriggerMatcher) -> bool:
    """The model reads a rejection in a word of refusal under a negation ("did not rule out", "has
    not rejected"): the negation denies the refusal, and nothing was rejected (training gold codes no
    asserted REJECT at 'not rule out' in 5 of 5 sentences). The model may still read a rejection in
    a negated word of another kind ("would not allow the vaccines in"), and a litotes or stance row
    has read its negation already."""
    if pred.type != "REJECT" or trig not in _lexicon_rows(pred.token, matcher):
        return False  # a bare row: the lexicon holds no refusal of this word
    if trig.condition()[0] in {"litotes", "stance"}:
        return False
    verdict = pred.rules
    return verdict.negated if verdict is not None else is_negated(pred.token, matcher.words)


def is_offer_on_condition(pred: Prediction, trig: Trigger, matcher: TriggerMatcher) -> bool:
    """A promise the model reads as a deed where the rules see an offer held over a condition ("would
    consider a pardon if the company settled its debts"): the rules drop it (``is_promise_on_condition``),
    and so does the model's reading (training corpus, the model's events at words the rules turned
    down so: 2 with no gold of their type, 0 with one). A hostile act so held is still a threat."""
    if pred.type in THREAT_ACTS:
        return False
    words = matcher.words
    future = pred.modality == "future" or is_future(pred.token, trig, words)
    return future and is_promise_on_condition(pred.token, words)


def forecasts_no_threat(pred: Prediction, trig: Trigger, roles: RoleFinder) -> bool:
    """A threat the model reads in a warning of what a thing could do ("the UN warned that the closure
    could cut off food supplies"): a forecast, no party's threat, as the rules read it
    (``forecasts_thing``; training corpus, the model's threats the rules turned down so: 2 with no gold
    threat, 0 with one)."""
    return pred.type == "THREATEN" and trig.pos == "VERB" and forecasts_thing(pred.token, roles)


def learned_candidate(pred: Prediction, matcher: TriggerMatcher, roles: RoleFinder) -> Candidate | None:
    """The event the model reads at a token, with its participants, or None."""
    if pred.modality in _NOT_EVENTS and pred.type != "THREATEN":
        return None  # a threat is conditional by nature ("would defend itself if ..."): the warning happened
    token: Any = pred.token
    if pred.type == "AGREE" and promises_retreat(token, matcher):
        return None  # "agreed to pull their troops back": the promised withdrawal is the event (a CONCEDE)
    if is_habitual(token, matcher.words):
        return None  # "Moscow routinely denies such violations": a custom, not an event of the story
    if pred.type != "THREATEN" and is_unreal(token, matcher.words):
        return None  # "Should the coast guard try to arrest ...", "would have moved troops": did not happen
    if is_asked_of_another(pred, matcher):
        return None  # "called on Accra to reopen the crossing": the call is the event, no deed was done
    trig = trigger_for(pred, matcher)
    if denies_refusal(pred, trig, matcher):
        return None  # "did not rule out sending troops": the refusal is denied, the act left open
    if is_offer_on_condition(pred, trig, matcher):
        return None  # "would consider a pardon if the debts were settled": an offer, not yet a commitment
    if forecasts_no_threat(pred, trig, roles):
        return None  # "the UN warned that the closure could cut off food supplies": a forecast
    if trig.pos == "NOUN" and pred.type == "AGREE" and is_answered_offer(token, matcher.words):
        return None  # "did not respond to the mediation offers": an offer made before, answered now
    if trig.pos == "NOUN" and pred.type == "ASSAULT" and is_told_violence(token, matcher.words):
        return None  # "claimed the attack": the attack the story tells, not a new one
    if trig.pos == "VERB" and trig.type != "CONCEDE" and meets_requirement(token, matcher.words):
        return None  # "had met every condition Accra had set": a requirement met (a CONCEDE row), no meeting
    if trig.pos == "VERB" and tells_standing_role(token, _lexicon_rows(token, matcher)):
        return None  # "Mauritania hosts 90,000 Malian refugees": a standing role, not an act of the story
    if trig.pos == "VERB" and is_standing_relative(token, pred.type):
        return None  # "the forum in which the two sides meet": a custom of the noun, not an act of the story
    if trig.pos == "NOUN" and matcher.covered_by_verb(token, trig):
        return None  # "held talks": the verb's event already, not a second one
    if pred.type == "SUPPORT" and trig.pos == "VERB" and restates_told_act(token, trig, matcher.words, roles.ctx):
        # "... signed an accord." then "The agreement was signed by the two ministers." (training corpus,
        # the model's signings the rules turned down so: 3 with no gold SUPPORT in the sentence, 1 with one)
        return None
    if trig.pos == "VERB" and restates_release(token, trig, roles.ctx):
        return None  # "... freed 31 fishermen." then "The men were handed over at the crossing.": the release
    if restates_in_passive(token, trig, roles.ctx):
        return None  # "... seized two trawlers." then "The trawlers are being held in Zarzis.": told before
    if is_alleged_act(token, matcher):
        return None  # "accused Ljubljana of holding three fishermen": what is alleged, as the rules read it
    if describes_taken(token, trig):
        return None  # "the release of 30 detainees held by the police": who is freed, not a new detention
    if trig.pos == "VERB" and matcher.completes_verb_event(token, trig):
        return None  # "declared two diplomats persona non grata": the declaration is the event
    return build_candidate(trig, token, roles, future=pred.modality == "future")


def _in_sentence(entity: Entity, text: str) -> bool:
    """Whether the entity's words, or the words that stand for it ("He", "the kingdom"), are in the
    sentence's ``text``."""
    if entity.entity_text and entity.entity_text in text:
        return True
    said = _STANDS_FOR.match(entity.resolved_by)
    return said is not None and said.group(1) in text


def _all_in_sentence(cand: Candidate, text: str) -> bool:
    actors_here = any(_in_sentence(a, text) for a in cand.actors)
    recipients_here = any(_in_sentence(r, text) for r in cand.recipients)
    return actors_here and recipients_here


def relabel_roles(
    cand: Candidate,
    sent: Any,
    mentions_in_sentence: list[ActorMention],
    labeller: RoleReader,
    mode: str,
    text: str | None = None,
    roles: RoleFinder | None = None,
) -> None:
    """The role labeller's reading of the sentence's mentions. ``fallback``: it replaces only
    participants the rules took from outside the sentence (the story's last counterpart, the
    dateline's country); ``replace``: its confident picks replace the rules' too. The mentions are
    those that start in the sentence (indexed once per article); ``text``: the sentence's text, when
    the caller has it (``sent.text`` joins the sentence's tokens anew on every access); ``roles``: the
    rules' role finder, whose checks also hold for the labeller's picks."""
    text = sent.text if text is None else text
    if mode != "replace" and _all_in_sentence(cand, text):
        return  # nothing the fallback would replace: skip the labeller
    mentions = [
        m
        for m in mentions_in_sentence
        if sent.start <= m.token_start and m.token_end <= sent.end and not m.token_start <= cand.token.i < m.token_end
    ]
    if not mentions:
        return
    actors, recipients = labeller.label(cand.token, mentions, cand.type, sent.doc)
    if actors and (mode == "replace" or not any(_in_sentence(a, text) for a in cand.actors)):
        cand.actors = unique_by_code([m.entity for m in actors])
    picked = [m.entity for m in recipients if m.entity.code not in {a.code for a in cand.actors}]
    if picked and (mode == "replace" or not any(_in_sentence(r, text) for r in cand.recipients)):
        before, cand.recipients = cand.recipients, unique_by_code(picked)
        if roles is not None and cand.type == "ACCUSE":
            # "complained to the SADC that ...": the body a complaint is taken to only hears it
            cand.recipients = accused_not_forum(cand, roles) or before
