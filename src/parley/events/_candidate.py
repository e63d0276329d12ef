"""The candidate event: a trigger with its participants, before it becomes an event. In a module of
its own, below the parts of the stage that fill it (recipients, signatories, nationals...), so that
they read it without importing the candidate module that calls them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..document import Entity
from ._lexicon import Trigger

__all__ = ["Candidate"]


@dataclass
class Candidate:
    """A trigger with its participants, before it becomes an :class:`~parley.document.Event`."""

    trigger: Trigger
    token: Any
    actors: list[Entity] = field(default_factory=list)
    recipients: list[Entity] = field(default_factory=list)
    type: str = ""
    modality: str = "asserted"
