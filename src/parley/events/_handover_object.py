"""What is handed over says which act the handing is: "handed over 23 Malaysian fishermen detained for
illegal fishing" gives captives back (RETREAT), "handed over 30 oxygen concentrators" gives aid (AID),
"handed over two suspects" is a handover of suspects (COOPERATE). Where a lexicon row of another type
holds by the object it names, the learned model's cooperation (read from "handed over" alone) does
not overrule it (training corpus, the model retyping such a row to COOPERATE: the row's type is gold's
6 times, COOPERATE once)."""

from __future__ import annotations

from typing import Any

from ._lexicon import Trigger

__all__ = ["object_names_act"]

#: The conditions by which a row holds through the words of its object.
_OBJECT_CONDITIONS = frozenset({"obj", "objmod"})


def object_names_act(predicted: str, token: Any, ruled: Trigger, handover_verbs: frozenset[str]) -> bool:
    """The model reads a cooperation at a handing verb whose rules' row of another type holds by what is
    handed (its first condition is about the object)."""
    if predicted != "COOPERATE" or ruled.type == "COOPERATE":
        return False
    if token.lemma_.lower() not in handover_verbs:
        return False
    return ruled.condition()[0] in _OBJECT_CONDITIONS
