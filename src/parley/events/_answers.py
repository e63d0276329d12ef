"""Whom a refusal answers when the sentence itself tells the offer or request it turns down."""

from __future__ import annotations

from ..document import Event
from ._entities import as_guess, unique_by_code

__all__ = ["answer_sentence_proposals"]

#: Events that put something to another party, which a refusal in the same sentence turns down.
PROPOSALS = {"REQUEST", "AGREE"}


def answer_sentence_proposals(events: list[Event]) -> None:
    """ "The ILO has asked to send observers, and Uzbekistan has so far refused", "an offer of Russian
    mediation that Ashgabat declined": a refusal whose target was only guessed from the story answers
    whoever made the offer or request told in the same sentence, not the last party the refuser dealt
    with. A target the sentence names in words is kept."""
    for event in events:
        if event.event != "REJECT" or any(r.entity_text for r in event.recipients):
            continue
        own = set(event.actor_codes)
        for other in events:
            if other is event or other.event not in PROPOSALS:
                continue
            proposers = [a for a in unique_by_code(other.actors) if a.code not in own]
            if proposers and not own & set(other.actor_codes):
                event.recipients = [as_guess(a) for a in proposers]
                break
