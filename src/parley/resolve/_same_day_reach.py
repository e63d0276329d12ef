"""How far back "within hours" or "on the same day" reaches for the day it means.

A same-day phrase names the day the telling is on. Within a paragraph, or from the start of the next,
that is the day last named ("troops crossed on 3 May.\n\nWithin hours the neighbours protested"), and a
paragraph of comment between them changes nothing. Once a whole paragraph telling other acts stands
between them, the last named day belongs to an episode told and left behind ("an accord broken on
3 March 2009", then a paragraph of today's protests, then "Within hours, Chile recalled its envoy"),
and the telling has come back to the story's own day. Both develop-on validation sets' writers date
such an act on the story's day (one in each set: a day named two paragraphs back, a month named four
back, each with acts told in the paragraphs between).

What the act then takes: the named day is passed over, and the act is counted as a same-day phrase
with no day named is (resolve/_resolver ``_reachable`` and ``_count_start``): from the last act the
text dated explicitly when that act lies within reach by the same test (a dated act told after the
named day, nearer the phrase), and from the story's day only when that act too lies beyond a
paragraph of other acts, or none was dated.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from ._narrated import PARAGRAPH

__all__ = ["act_starts", "beyond_reach", "keep_act_starts"]

_ACTS = "parley_act_starts"


def keep_act_starts(sdoc: Any, starts: list[int]) -> None:
    """Keep with the parsed Doc the character starts of the sentences that code an act (sorted), for
    :func:`beyond_reach` asked from the time-phrase reader, which sees no events."""
    if type(sdoc).__name__ == "Doc":  # a spaCy Doc, not the tests' stand-ins
        sdoc.user_data[_ACTS] = starts


def act_starts(sdoc: Any) -> list[int]:
    """The starts kept by :func:`keep_act_starts`; none when nothing was kept."""
    user_data = getattr(sdoc, "user_data", None)
    kept = user_data.get(_ACTS) if user_data is not None else None
    return kept if kept else []


def beyond_reach(text: str, named: int, phrase: int, acts: list[int]) -> bool:
    """Whether a day named at character ``named`` is too far back for a same-day phrase at ``phrase``:
    a sentence coding an act (``acts``, sorted starts) stands in a paragraph wholly between them."""
    if named >= phrase or text.count(PARAGRAPH, named, phrase) < 2:
        return False
    for start in acts[bisect_right(acts, named) :]:
        if start >= phrase:
            return False
        # searched in place: slicing would copy the text between them for every act
        if text.find(PARAGRAPH, named, start) >= 0 and text.find(PARAGRAPH, start, phrase) >= 0:
            return True
    return False
