"""A joint act told inside another deed is an event of its own.

"Indonesia, Malaysia step up joint patrols", "Vilnius and Warsaw send joint patrols", "the clerk has been
freed in a joint operation by Ecuadorian and Peruvian police": the joint patrol or operation is the two
states' cooperation, whatever the verb around it does (moves forces, frees, arrests). The check that takes
a noun inside a verb trigger's clause for that verb's event would drop it. In the training gold, 7 of 7
such nouns (a cooperation noun with a joint mark, inside a verb read as a material act of another type:
MOBILIZE 3, COERCE 3, AID 1) are coded COOPERATE at the noun; inside a verbal act ("agreed joint
patrols", "praised the joint operation") 1 of 24 is, so those stay dropped.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._type_sets import MATERIAL
from ._words import EventWords

__all__ = ["has_joint_mark", "is_joint_act_in_deed"]


def has_joint_mark(noun: Any, words: EventWords) -> bool:
    """The noun is made joint by its own modifier ("joint patrols", "a bilateral operation")."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in words.joint_mark for c in children_of(noun))


def is_joint_act_in_deed(noun: Any, noun_type: str, outer_type: str, words: EventWords) -> bool:
    """A joint cooperation noun ("joint patrols") inside a verb read as a material act of another type
    ("stepped up", "sent", "freed in"): the cooperation is told as well as the deed."""
    if noun_type != "COOPERATE" or outer_type == noun_type or outer_type not in MATERIAL:
        return False
    return has_joint_mark(noun, words)
