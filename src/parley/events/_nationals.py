"""Nationals told beside the people an act falls on: "released six of the fishermen, all Indian nationals",
"14 people have been detained, nine of them Brazilian nationals", "11 smugglers, including two Hungarian
citizens, were arrested". News sets such a phrase off with a comma after the people; it says whose they
are, which the parser often hangs far from them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ..document import Entity
from ..parse import ACTED_ON_DEPS, VERB_POS
from ._entities import unique_by_code
from ._phrases import authority
from ._type_sets import AGENT_CODES

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._context import DocumentContext

__all__ = ["with_nationals_told"]

#: Acts that fall on people held, hurt, let go, punished or handed over.
_ON_PEOPLE = {"COERCE", "ASSAULT", "RETREAT", "SANCTION", "COOPERATE"}
#: How far after the people the comma opening the phrase may be, and the cue after the comma.
_COMMA_REACH = 8
_CUE_REACH = 4
#: How far after the cue the nationality may stand ("including six Filipinos", "all Indian nationals").
_NATIONALITY_REACH = 3


def with_nationals_told(cand: Candidate, ctx: DocumentContext) -> list[Entity]:
    """The recipients, with the state of nationals a set-off phrase tells of the people acted on: all of
    them ("all Indian nationals") replace a guess; some of them ("including", "nine of them") join it.
    A state of the actors' own is no news; the rest of the people some of whom are foreigners are local."""
    if cand.type not in _ON_PEOPLE or cand.token.pos_ not in VERB_POS:
        return cand.recipients
    own = {a.code for a in cand.actors}
    for head in (c for c in children_of(cand.token) if c.dep_ in ACTED_ON_DEPS):
        if head.i in ctx.mention_at:
            continue  # "detained two Thai nationals": the people are named already
        told = _nationals_after(head, ctx)
        if told is None:
            continue
        entity, whole = told
        if entity.code in own:
            continue
        if whole:
            return [entity]
        return unique_by_code(cand.recipients + [entity] + _locals_beside(cand))
    return cand.recipients


def _locals_beside(cand: Candidate) -> list[Entity]:
    """ "Tajik police arrested four men, two of them Uzbek citizens": when a state's authorities act at
    home on people of whom only some are foreigners, the rest are its own people."""
    home = authority(cand.actors, cand.type)
    if home is None or any(r.code == home for r in cand.recipients):
        return []
    return [Entity(code=home, sector="CVL", entity_text="")]


def _nationals_after(head: Any, ctx: DocumentContext) -> tuple[Entity, bool] | None:
    """The nationality a phrase set off by the first comma after ``head`` tells, and whether it is
    said of all the people (``all``) or of some (``including``, ``of them``)."""
    words = ctx.words
    sent = sentence_of(head)
    # only the words just after the head are read (a Token each), not the sentence from its start
    after = sent[head.i + 1 - sent.start : head.i + 1 + _COMMA_REACH - sent.start]
    comma = next((t for t in after if t.text == ","), None)
    if comma is None:
        return None
    for cue in sent[comma.i + 1 - sent.start : comma.i + 1 + _CUE_REACH - sent.start]:
        whole = cue.lower_ in words.nationals_whole
        if not whole and cue.lower_ not in words.nationals_part:
            continue
        for t in sent[cue.i + 1 - sent.start : cue.i + 1 + _NATIONALITY_REACH - sent.start]:
            mention = ctx.mention_at.get(t.i)
            if mention is not None and mention.kind == "demonym" and mention.entity.code not in AGENT_CODES:
                return Entity(code=mention.entity.code, sector="CVL", entity_text=mention.text), whole
        return None
    return None
