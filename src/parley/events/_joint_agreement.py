"""An agreement between the parties of a joint subject: "Ethiopia and Sudan have agreed to pull their
troops back", "the two governments agreed to pull their vessels back". One side's "agreed to withdraw its
cases" is the withdrawal alone (the inner act is the event); when the subject names both sides, each
gives the other its word, and the training gold codes the agreement itself (AGREE 55 of 75 joint
"agreed to ..." in the training corpus, CONCEDE 2; a single side's: CONCEDE 30, AGREE 16)."""

from __future__ import annotations

from typing import Any

from ._clause_readings import has_joint_subject
from ._lexicon import Trigger
from ._words import EventWords

__all__ = ["is_joint_agreement"]


def is_joint_agreement(token: Any, trig: Trigger, words: EventWords) -> bool:
    """The token is read as an agreement and its subject names two or more parties ("Kenya and
    Ethiopia", "the two ministers", "the leaders")."""
    return trig.type == "AGREE" and has_joint_subject(token, words)
