"""An act told again in the passive with no doer: "Delegations of the two states met in Accra on
Monday." ... "The talks were held at the foreign ministry." A passive that names no one who acts, of
a type the story has already told, says where, when or how the act already coded happened: a
back-reference, not a second event."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._lexicon import Trigger
from ._parse import is_doerless_passive

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["restates_in_passive"]

#: The types whose doerless passive, after an act of the type was told, the training gold leaves
#: uncoded (the rules coder's firings of this check with every type: CONSULT "the talks were held at
#: ..." 9 uncoded, 0 coded; CONCEDE "the pardon was granted ..." 3 to 0; REQUEST "the navy had been
#: told to ..." 3 to 0). Releases (9 uncoded to 16 coded), deployments (3 to 12), handovers (2 to 4)
#: and detentions (15 to 9 by the rules, 21 to 32 by the learned coder) told so are coded: such a
#: passive mostly names newly freed, sent or held people.
_TOLD_AGAIN = frozenset({"CONSULT", "CONCEDE", "REQUEST"})


def restates_in_passive(token: Any, trig: Trigger, ctx: DocumentContext) -> bool:
    """The token is a passive verb with no "by" phrase ("were held", "was granted") of a type the
    story has already told."""
    if trig.type not in _TOLD_AGAIN or trig.pos != "VERB":
        return False
    return is_doerless_passive(token) and ctx.told(trig.type)
