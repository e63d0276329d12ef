"""The role labeller's bars: an actor pick can be held to a higher bar than a recipient pick."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from parley.coder._model import Classifier
from parley.coder._roles import ROLE_LABELS, RoleLabeller, RoleModel
from parley.document import ActorMention, Entity

FIRST = ActorMention(0, 5, "first", Entity("AAA"))
SECOND = ActorMention(6, 12, "second", Entity("BBB"))


class _FixedLabeller(RoleLabeller):
    def probabilities(self, trigger: Any, mentions: Sequence[ActorMention], event_type: str, sdoc: Any) -> np.ndarray:
        # two mentions: one 60 % an actor, one 60 % a recipient
        return np.array([[0.3, 0.6, 0.1], [0.3, 0.1, 0.6]], dtype=np.float32)


def _labeller(actor_threshold: float | None) -> RoleLabeller:
    return _FixedLabeller(RoleModel(Classifier(ROLE_LABELS, 8, 0), 0.5), actor_threshold=actor_threshold)


def test_coder_role_bars_actor_threshold_defaults_to_the_model_threshold() -> None:
    actors, recipients = _labeller(None).label(None, [FIRST, SECOND], "ACCUSE", None)
    assert actors == [FIRST] and recipients == [SECOND]


def test_coder_role_bars_actor_threshold_holds_back_an_unsure_actor_only() -> None:
    actors, recipients = _labeller(0.8).label(None, [FIRST, SECOND], "ACCUSE", None)
    assert actors == [] and recipients == [SECOND]
