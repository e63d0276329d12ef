"""Meetings a third party holds for two others: "Oman hosted secret talks between Iran and the United
States", "Qatar mediated talks between Israel and Hamas". PLOVER codes the meeting, not the hosting:
the two sides named by "between" meet (the actors) and the host or go-between receives them (the
recipient), as a visitor is a meeting's actor and the host its recipient."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._columns import children_of
from ..document import Entity, Event
from ..parse import ACTED_ON_DEPS
from ._entities import same_entity, unique_by_code
from ._lexicon import Trigger
from ._parse import agent_objects, has_agent, is_passive, prep_objects
from ._verb_subjects import subjects_of
from ._words import EventWords, word_in

__all__ = ["brokered_meeting", "offered_meeting_sides", "promised_host", "two_sides"]

#: What reads the parties a noun phrase names (the role finder's ``np_entities_many``).
EntityReader = Callable[[list[Any]], list[Entity]]


def _hosts_others(trig: Trigger) -> bool:
    """A meeting verb that a party does for others: hosting ("hosted talks"), mediating or brokering."""
    return trig.type == "CONSULT" and (trig.roles == "host" or trig.mode == "third-party")


def _meetings(verb: Any, words: EventWords) -> list[Any]:
    """The meeting nouns the verb holds (event_words hosted_meeting): its object ("hosted a meeting"),
    or a passive subject ("talks between the two were brokered by Qatar"), and the meeting counted
    by the object ("hosted two rounds of talks")."""
    held = [c for c in children_of(verb) if c.dep_ in ACTED_ON_DEPS]
    held += [p for h in held for p in prep_objects([h], frozenset({"of"}))]
    return [h for h in held if word_in(h, words.hosted_meeting)]


def brokered_meeting(
    verb: Any, trig: Trigger, words: EventWords, entities: EntityReader
) -> tuple[list[Entity], list[Entity]] | None:
    """(actors, recipients) of a meeting the verb's subject hosts or brokers between two sides that
    "between" names: the sides meet, the host receives them. None when the verb holds no such
    meeting (the verb's own reading applies: "mediated between the two" acts on both sides)."""
    if not _hosts_others(trig):
        return None
    meetings = _meetings(verb, words)
    sides = entities(prep_objects(meetings, words.between_prep))
    if not sides:
        return None
    named = is_passive(verb) and has_agent(verb)
    hosts = entities(agent_objects(verb) if named else subjects_of(verb, words))
    parties = [e for e in sides if not same_entity(e, hosts)]
    if not parties:
        return None
    return parties, hosts


def promised_host(
    verb: Any,
    trig: Trigger,
    actors: list[Entity],
    recipients: list[Entity],
    words: EventWords,
    entities: EntityReader,
) -> tuple[list[Entity], list[Entity]]:
    """The roles of a hosting still to come: "Togo would go on hosting the negotiations between Bamako and the
    militias" is the host's promise (an AGREE), made by the host to the two sides, not their meeting."""
    brokered = brokered_meeting(verb, trig, words, entities)
    if brokered is None or not brokered[1]:
        return actors, recipients
    sides, hosts = brokered
    return hosts, sides


def offered_meeting_sides(
    promised: list[Any], match: Callable[[Any], Trigger | None], words: EventWords, entities: EntityReader
) -> list[Entity]:
    """The two sides of a meeting a party offers or agrees to host or broker ("offered to host talks
    between Iran and Saudi Arabia"): the offer is made to both sides. ``promised``: the infinitives
    of the offer; ``match``: the lexicon's reading of a word."""
    found: list[Entity] = []
    for verb in promised:
        trig = match(verb)
        brokered = brokered_meeting(verb, trig, words, entities) if trig is not None else None
        found += brokered[0] if brokered is not None else []
    return found


def two_sides(event: Event) -> list[Entity]:
    """The two sides an event tells of, for "the two delegations" named after it: both parties of a
    two-party event, or the two guests of a meeting a third party hosts ("hosted a meeting between
    delegations of Somalia and Kenya. The two delegations committed ..." are the guests, not the
    host). Empty when the event has no such two."""
    parties = unique_by_code(event.actors + event.recipients)
    if len(parties) == 2:
        return parties
    guests = unique_by_code(event.actors)
    return guests if event.event == "CONSULT" and event.recipients and len(guests) == 2 else []
