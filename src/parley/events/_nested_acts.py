"""Which of two nested triggers is the event: a clause under another trigger ("agreed to meet", "said it
was ready to talk") is usually only the content of the outer one, but the act a decision or a promise
takes ("agreed to recall their envoys") is the event in place of the outer, and the purpose of a call,
a trip or a summons ("telephoned his counterpart to thank him", "summoned the ambassador to demand an
explanation") is an event of its own beside it. Two checks of the candidate chain
(``._candidate_checks``) read these: ``content_of_outer`` (the inner clause turned down) and
``decides_inner_act`` (the outer decision turned down)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._clause_readings import is_subject_infinitive
from ._extras_agreed_moves import AGREED_INNER_TYPES
from ._fronted_acts import is_fronted_beside_act
from ._joint_agreement import is_joint_agreement
from ._lexicon import Trigger
from ._parse import first_conjunct, semicolon_between
from ._type_sets import CONTENT_DEPS, MATERIAL_CONFLICT
from ._typing import TriggerMatcher
from ._words import EventWords

__all__ = ["decides_inner_act", "is_content_of_outer"]


def is_content_of_outer(token: Any, trig: Trigger, matcher: TriggerMatcher) -> bool:
    """ "agreed to meet", "said it was ready to talk": a clause that is the content of another trigger
    is that trigger's event; a decision of force or a pullback, a concession's withdrawal and the purpose
    of a call or a trip stay events of their own."""
    lead = first_conjunct(token) if trig.pos == "VERB" else token
    content = lead.dep_ in CONTENT_DEPS or is_subject_infinitive(lead)
    if not content or lead.head.i == lead.i or semicolon_between(lead, lead.head):
        return False
    words = matcher.words
    outer = matcher.match(lead.head)
    if is_fronted_beside_act(lead, outer):
        return False
    passes = lead.head.lemma_ in words.decision_verb and trig.type in MATERIAL_CONFLICT | {"RETREAT"}
    passes = passes or (lead.head.lemma_ in words.concession_head and trig.type == "RETREAT")
    return outer is not None and not passes and not _tells_purpose_of_contact(lead, outer, trig, words)


def decides_inner_act(token: Any, trig: Trigger, matcher: TriggerMatcher) -> bool:
    """ "agreed to recall their envoys", "agreed to withdraw its cases": the inner act is the event (an
    agreement of both sides is one of its own; so is an agreed deployment, see ``._extras_agreed_moves``)."""
    words = matcher.words
    if token.lemma_ not in words.decision_verb or is_joint_agreement(token, trig, words):
        return False
    inner = (matcher.match(c) for c in children_of(token) if c.dep_ == "xcomp")
    promised = token.lemma_ in words.concession_head
    inner_acts = (MATERIAL_CONFLICT - AGREED_INNER_TYPES if promised else MATERIAL_CONFLICT) | {"RETREAT"}
    return any(inner_trig is not None and inner_trig.type in inner_acts for inner_trig in inner)


def _tells_purpose_of_contact(token: Any, outer: Trigger, trig: Trigger, words: EventWords) -> bool:
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
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))
