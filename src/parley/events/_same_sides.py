"""One act told twice: two mentions of a both-sides type (AGREE, CONSULT, COOPERATE) in one sentence with
the same actors and the same recipients are one event ("conveyed an invitation for the President to
visit Kuwait", "arrived in Zugdidi and sat down with refugee leaders", "held two hours of talks with the
garrison commander"). The gold codes such a sentence once: over the training corpus (``tools/
fold_pairs.py``, all 932 documents), of the pairs parley kept apart the gold codes one mention of the
type in 38 and two in 3 for the learned coder (6 none), 15 and 2 for the rules coder (4 none); every
shape is one-sided: coordinated verbs "met and discussed" 4 of 5 (each coder), a verb and a noun
"conveyed an invitation" 15 of 16 (learned) and 6 of 7 (rules), two clauses "reached an understanding
... to hold" 14 of 15 and 5 of 5; by type AGREE 19 of 21 / 8 of 9, CONSULT 10 of 11 / 6 of 7, COOPERATE
5 of 5 / 1 of 1. Two acts of another
word, each naming its own thing ("began joint patrols, sharing radar data"), stay apart
(``separate_acts``)."""

from __future__ import annotations

from typing import Any

from ..document import Event
from ._separate_acts import separate_acts
from ._words import EventWords

__all__ = ["repeats_same_sides"]


def repeats_same_sides(
    event: Event,
    others: list[Event],
    objects: dict[int, int | None] | None = None,
    words: EventWords | None = None,
    tokens: dict[int, Any] | None = None,
) -> bool:
    """``event`` repeats an earlier event of the sentence of its type between the same sides, which takes
        it in (its text joined to the earlier one's). Training gold: one mention in 38 of 41 such sentences
    (learned), 15 of 17 (rules); the module's docstring breaks them down."""
    for other in others:
        if _same_sides(event, other) and not separate_acts(event, other, objects or {}, words, tokens):
            other.mentions[0].event_text += f", {event.event_text}"
            return True
    return False


def _same_sides(event: Event, other: Event) -> bool:
    """Same type, same actor codes and same recipient codes."""
    return (
        other.event == event.event
        and set(other.actor_codes) == set(event.actor_codes)
        and set(other.recipient_codes) == set(event.recipient_codes)
    )
