"""A deed told as another's in a speaker's reported clause: "Dakar said the trawlers had been fishing
inside its waters" lays a charge (ACCUSE) on the boats' side, told by the speaker.

Rows with the ``reported`` condition hold only in such a clause; their roles (``charged``) are the
appraisal roles, and with no party of another side named there is no charge (the boats' own side
telling where its boats fished, or boats of no named side).
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS
from ._parse import under_speech
from ._words import EventWords

__all__ = ["CHARGED_ROLES", "is_reported_deed"]

CHARGED_ROLES = "charged"


def _speech(token: Any, words: EventWords) -> bool:
    return token.pos_ == "VERB" and token.lemma_ in words.speech_verb


def _seizure_gloss(speech: Any) -> bool:
    """ "confiscated 14 boats, saying their owners had been fishing ...": a bare participle of saying
    hung on another act gives the reason of that act, no charge of its own."""
    subjects = [c for c in children_of(speech) if c.dep_ in SUBJECT_DEPS]
    return speech.tag_ == "VBG" and speech.dep_ == "advcl" and not subjects


def is_reported_deed(token: Any, words: EventWords) -> bool:
    """The trigger heads the clause a verb of saying reports: "said the boats had entered its waters",
    or with the attribution after it, "the trawlers have been fishing near the islands, the association said"."""
    if under_speech(token, words) and token.head.pos_ == "VERB":
        return not _seizure_gloss(token.head)
    attributions = [c for c in children_of(token) if c.dep_ in {"ccomp", "parataxis"} and _speech(c, words)]
    return token.dep_ == "ROOT" and bool(attributions)
