"""Whose an unnamed group is ("police", "the miners") when no word of its sentence says: the story's
home, or the outlet's own country when the story names that country among its two main states.

A local paper seldom names its own country, but it names its towns: "miners in Tuzla" in a Bosnian
paper's story of a Turkish gift are Bosnia's, though Turkey is the only state the story names."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..document import Document
from ..mentions import is_proper_place
from ..parse import doc_ents

__all__ = ["group_home", "unnamed_group_home"]

#: Sectors of a state's armed forces: a local outlet calls its own police and government just "police" and
#: "the government", but "the army", "the marines" in a story told of another state are mostly that
#: state's (training gold, bare military subjects where the outlet is one of the story's two main states
#: but not its home: the home's 8, the outlet's 2).
_ARMED_SECTORS = frozenset({"MIL"})
#: Mentions that name a state by its name, another name, its people's adjective or its capital.
_STATE_NAMING = frozenset({"name", "alias", "demonym", "capital"})


def group_home(doc: Document, sdoc: Any, gazetteer: Any, own: str | None, home: str | None) -> str | None:
    """The outlet's own country when it is one of the two states the story names most, else the home."""
    return own if own in _most_named(doc, sdoc, gazetteer, 2) else home


def _most_named(doc: Document, sdoc: Any, gazetteer: Any, size: int) -> list[str]:
    """The ``size`` states the article names most often: by name, people or capital, and by the towns
    the tagger marks as places (each a vote for the town's country)."""
    counts = Counter(m.entity.code for m in doc.actor_mentions if m.kind in _STATE_NAMING)
    starts = {m.token_start for m in doc.actor_mentions}
    for ent in doc_ents(sdoc):
        if ent.label_ != "GPE" or ent.start in starts or not is_proper_place(ent):
            continue
        place = gazetteer.lookup(ent.text)
        if place is not None and place.country:
            counts[str(place.country)] += 1
    return [code for code, _ in counts.most_common(size)]


def unnamed_group_home(sector: str | None, home: str | None, group: str | None) -> str | None:
    """Whose an unnamed group of ``sector`` is when no word of its sentence says: an armed force is the
    story's ``home``'s, any other group the ``group`` home's (see :func:`group_home`)."""
    if sector in _ARMED_SECTORS:
        return home or group
    return group
