"""What the events stage takes from a learned coder: the model's reading of one candidate word
(:class:`Prediction`), and the faces of the coder and of its role labeller that the stage calls.

They are stated here, in the stage that reads them, so that the events stage needs nothing of the
coder package: the coder (which builds on the rules of this stage) makes the predictions and
fits the faces (``coder.LearnedCoder``, ``coder._roles.RoleLabeller``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from ._verdict import RuleVerdict

if TYPE_CHECKING:
    from ..document import ActorMention

__all__ = ["LearnedReader", "Prediction", "RoleReader"]


@dataclass(frozen=True)
class Prediction:
    """One candidate token the model reads as an event mention."""

    token: Any
    type: str
    modality: str
    probability: float
    none_probability: float
    is_event: bool = True
    rules: RuleVerdict | None = None  # the rules' verdict on the token, computed for the features


class RoleReader(Protocol):
    """A role labeller: which mentions of a sentence are the event's actors and recipients."""

    def label(
        self, trigger: Any, mentions: Sequence[ActorMention], event_type: str, sdoc: Any
    ) -> tuple[list[ActorMention], list[ActorMention]]: ...


class LearnedReader(Protocol):
    """A learned coder as the events stage uses it: its predictions for a whole document, the bars
    at which they overrule the rules, and its role labeller (if it has one)."""

    @property
    def retype(self) -> float: ...

    @property
    def veto(self) -> float: ...

    def veto_bar(self, event_type: str, lemma: str = "") -> float: ...

    @property
    def overrule(self) -> float: ...

    @property
    def role_mode(self) -> str: ...

    @property
    def roles(self) -> RoleReader | None: ...

    def read_document(
        self, sdoc: Any, *, relevant: bool = False, sents: Sequence[Any] | None = None
    ) -> list[list[Prediction]]: ...
