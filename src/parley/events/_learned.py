"""Candidates decided by the learned coder: the model says which words name which acts and
whether they happened; the lexicon only lends a matching row's mode and CAMEO code, and the role
rules find the participants."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..document import Entity
from ..parse import VERB_POS
from ._candidate_checks import Reading, failed_check, lexicon_pos, lexicon_rows
from ._candidates import BuiltOnce, Candidate
from ._denied_predicate import names_no_denial, reads_own_negation
from ._entities import unique_by_code
from ._lexicon import Trigger
from ._modality import has_future_aux, is_future, is_negated
from ._negated_threat import negation_threatens
from ._parse import clause_verb
from ._recip_complaints import accused_not_forum
from ._roles import RoleFinder
from ._sufferer_mentions import in_sufferer_phrase
from ._typing import TriggerMatcher, condition_holds

if TYPE_CHECKING:
    from ..document import ActorMention
    from ._prediction import Prediction, RoleReader
    from ._words import EventWords

__all__ = [
    "denies_own_act",
    "denies_refusal",
    "learned_candidate",
    "relabel_roles",
]

#: The words a resolved entity was read from: '"He" stands for "Aleksandar Vucic" ...'.
_STANDS_FOR = re.compile(r'"([^"]+)" stands for ')
#: The type a negation makes rather than denies: a refusal ("would not allow the lorries in"); a threat
#: is made only by a denied restraint ("will not sit idle": ``_negated_threat``).
_NEGATION_MAKES = {"REJECT"}


def trigger_for(pred: Prediction, matcher: TriggerMatcher) -> Trigger:
    """The lexicon row of the word with the predicted type (for its mode, CAMEO code and role
    pattern), else a bare row of that type."""
    token = pred.token
    same_type = [row for row in lexicon_rows(token, matcher) if row.type == pred.type]
    # the row whose condition holds says how its roles read ("held talks with": the partner of the talks)
    for row in same_type:
        if condition_holds(row, token, matcher.words):
            return row
    if same_type:
        return same_type[0]
    cameo = matcher.lexicon.types[pred.type].cameo
    return Trigger(token.lemma_.lower(), lexicon_pos(token), pred.type, None, cameo, "", "")


def denies_refusal(pred: Prediction, trig: Trigger, matcher: TriggerMatcher) -> bool:
    """The model reads a rejection in a word of refusal under a negation ("did not rule out", "has
    not rejected"): the negation denies the refusal, and nothing was rejected (training gold codes no
    asserted REJECT at 'not rule out' in 5 of 5 sentences). The model may still read a rejection in
    a negated word of another kind ("would not allow the vaccines in"), and a litotes or stance row
    has read its negation already."""
    if pred.type != "REJECT" or trig not in lexicon_rows(pred.token, matcher):
        return False  # a bare row: the lexicon holds no refusal of this word
    if reads_own_negation(trig):
        return False
    verdict = pred.rules
    return verdict.negated if verdict is not None else is_negated(pred.token, matcher.words)


def denies_own_act(pred: Prediction, words: EventWords) -> bool:
    """ "No arrests have been made", "Seoul did not formally demand their return", "no troops were
    deployed": the rules read a negation at the word (a "not", or a subject no one fills), which denies
    the act the model reads there, whatever its type; only a refusal is made by a negation, and a threat
    by a denied restraint ("will not hesitate to strike"), and a litotes or stance row has read its
    negation already. Only verbs: the rules' negation of a noun reaches it through another verb ("ended
    the blockade", "stop the fighting"), whose act the training gold often codes as told (3 such learned
    events lost with nouns in, against none gained)."""
    verdict = pred.rules
    if verdict is None or not verdict.negated or pred.type in _NEGATION_MAKES:
        return False
    if pred.type == "THREATEN" and negation_threatens(pred.token, words):
        return False
    if pred.token.pos_ not in VERB_POS:
        return False
    return verdict.trigger is None or not reads_own_negation(verdict.trigger)


def learned_candidate(
    pred: Prediction, matcher: TriggerMatcher, roles: RoleFinder, once: BuiltOnce | None = None
) -> Candidate | None:
    """The event the model reads at a token, with its participants, or None. The model decides the
    type and whether the act happened; the token then runs the chain of checks both coders share
    (``_candidate_checks``), with the model's type. ``once``: the rules' reading of the token's
    participants, given again when the row and cues are the same."""
    token: Any = pred.token
    # mentions the model reads as not having happened are not events (PLOVER's rule of thumb), but a
    # threat is conditional by nature ("would defend itself if ..."): the warning happened
    if pred.modality == "hypothetical" and pred.type != "THREATEN":
        return None
    # and a threat under a negation is made only by a denied restraint ("will not tolerate") or over a
    # condition ("would not take part unless ..."), not in "has not threatened to retaliate"
    if pred.modality == "negated" and (pred.type != "THREATEN" or not negation_threatens(token, matcher.words)):
        return None
    trig = trigger_for(pred, matcher)
    if denies_refusal(pred, trig, matcher):
        return None  # "did not rule out sending troops": the refusal is denied, the act left open
    if denies_own_act(pred, matcher.words):
        return None
    if names_no_denial(trig, token):
        return None  # "said the grain was not enough to feed the camp": a measure, no judgement
    future = pred.modality == "future" or is_future(token, trig, matcher.words)
    reading = Reading(token, trig, roles, future=future, threat=pred.type == "THREATEN")
    if failed_check(reading, "learned") is not None:
        return None
    # "said it would send 120 police": an act told with "will" (or "would" under speech) is announced
    # for later, as the rules read it, whatever the model's modality; the rules' other cues of what is to
    # come ("agreed to restore flights") are left to the model's reading
    told_future = pred.modality == "future" or has_future_aux(clause_verb(token), matcher.words)
    return (once or BuiltOnce()).build(trig, token, roles, future=told_future)


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
    # "planeloads of food shipped by the WFP were impounded": a name in what suffered the act does not do it
    actors = [m for m in actors if not in_sufferer_phrase(cand, m)]
    if actors and (mode == "replace" or not any(_in_sentence(a, text) for a in cand.actors)):
        cand.actors = unique_by_code([m.entity for m in actors])
    picked = [m.entity for m in recipients if m.entity.code not in {a.code for a in cand.actors}]
    if picked and (mode == "replace" or not any(_in_sentence(r, text) for r in cand.recipients)):
        before, cand.recipients = cand.recipients, unique_by_code(picked)
        if roles is not None and cand.type == "ACCUSE":
            # "complained to the SADC that ...": the body a complaint is taken to only hears it
            cand.recipients = accused_not_forum(cand, roles) or before
