"""The role labeller's bars: an actor pick can be held to a higher bar than a recipient pick."""

from __future__ import annotations

from typing import Any

import numpy as np

from parley.coder._model import Classifier
from parley.coder._roles import ROLE_LABELS, RoleLabeller, RoleModel


def _labeller(actor_threshold: float | None) -> RoleLabeller:
    labeller = RoleLabeller(RoleModel(Classifier(ROLE_LABELS, 8, 0), 0.5), actor_threshold=actor_threshold)

    def fixed(*_args: Any) -> np.ndarray:  # two mentions: one 60 % an actor, one 60 % a recipient
        return np.array([[0.3, 0.6, 0.1], [0.3, 0.1, 0.6]], dtype=np.float32)

    labeller.probabilities = fixed  # type: ignore[method-assign]
    return labeller


def test_coder_role_bars_actor_threshold_defaults_to_the_model_threshold() -> None:
    actors, recipients = _labeller(None).label(None, ["first", "second"], "ACCUSE", None)  # type: ignore[arg-type]
    assert actors == ["first"] and recipients == ["second"]


def test_coder_role_bars_actor_threshold_holds_back_an_unsure_actor_only() -> None:
    actors, recipients = _labeller(0.8).label(None, ["first", "second"], "ACCUSE", None)  # type: ignore[arg-type]
    assert actors == [] and recipients == ["second"]
