"""A writer's name in a byline ("By Margaret Ellery, Diplomatic Editor", "By Tevita Lolo in Apia |
South Seas Review"): the parser tags it a person, but the writer is no actor of the story.

Training corpus: the 6 verbless lines opening "By <Name>" ("By RAMON T. ESPIRITU, Mindanao Bureau",
"By Staff | 18 March 2005") have no gold event; the lines "By Friday it had kept that promise" have a
finite verb and are left alone.
"""

from __future__ import annotations

from typing import Any

from .._sent_starts import span_sentence
from ..parse import FINITE_TAGS

__all__ = ["writes_byline"]


def writes_byline(span: Any) -> bool:
    """The name stands in a verbless sentence that opens "By <Name>": one of the story's writers ("By
    Jonas Berg in Oslo and Ines Duarte in Lisbon")."""
    sent = span_sentence(span)
    if len(sent) < 2 or sent[0].text != "By" or sent[1].pos_ != "PROPN":
        return False
    return not any(t.tag_ in FINITE_TAGS for t in sent)
