"""An act its own sentence leaves undated, told after a dated past act of the same paragraph: that day.

"The dispute flared on June 3, when a patrol cutter stopped two cargo barges near the reef. Its crew
said they had found smuggled timber aboard ..."; "On 14 March, as already reported, villagers from
across the river tried to fence off a pasture. A brawl between the two communities came next.": a
paragraph that tells a dated episode before the story's day goes on telling it, so its undated acts
happened then, not on the story's day. Only a day or month before the story's day is carried, only
within the paragraph and to another sentence, only to an act told in the past tense (a present "Lisbon
maintains the debt was repaid long ago" after "In May, a court in Luanda ruled ..." speaks of the
story's now), and only from an act of a main clause or of a "when" clause on a date ("flared on June 3,
when guards detained ..."): a relative clause's date ("The premier, who promised in May to visit Oslo,
praised the vote") names another moment than the sentences after it.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_start
from ..document import Event
from ._parse import clause_head

__all__ = ["PARAGRAPH", "narrated_day", "narrates", "told_in_past"]

#: What separates two paragraphs of the cleaned text.
PARAGRAPH = "\n\n"


def narrates(event: Event, token: Any) -> bool:
    """Whether a dated act can date the undated acts told after it (a day or month, not a relative clause's)."""
    head = clause_head(token)
    dated_noun = head.head.ent_type_ in {"DATE", "TIME"}  # "flared on June 3, when guards detained ..."
    return event.date_precision in {"day", "month"} and bool(event.date) and (head.dep_ != "relcl" or dated_noun)


def narrated_day(
    text: str, event: Event, token: Any, source: tuple[Event, Any] | None, lead: str
) -> tuple[str, str] | None:
    """The date and precision ``event`` takes from ``source`` (the last dated act before it that
    :func:`narrates`), or None; ``lead`` is the story's day (ISO)."""
    if source is None:
        return None
    told, told_token = source
    if not told.date or told.date_precision is None or told.start > event.start:
        return None
    if sentence_start(told_token) == sentence_start(token) or PARAGRAPH in text[told.start : event.start]:
        return None
    if not told_in_past(token):
        return None
    before = told.date[:10] < lead[:10] if told.date_precision == "day" else told.date[:7] < lead[:7]
    return (told.date, told.date_precision) if before else None


def _past(verb: Any) -> bool:
    """The clause is told in the past: "reported", "had been told", "was refuted"."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children_of(verb))


def told_in_past(token: Any) -> bool:
    """Whether the clause of ``token`` is told in the past tense."""
    return _past(clause_head(token))
