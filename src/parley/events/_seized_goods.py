"""Whose goods a seizure took: "the coast guard seized the boat", "their trucks were confiscated", "the
court ordered the catch confiscated". In a story of two states, the vessels, catch or cargo one state's
authorities take belong to the other state's people (fishing boats across a sea border, lorries at a
crossing), not to the seizing state's own, when the sentence names no owner."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..document import Entity
from ._finite_participles import past_read_as_participle

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["goods_owner_abroad"]

#: How the goods taken hang from the act's word: its object, its passive subject, or (for "ordered the
#: catch confiscated") the subject of the small clause.
_TAKEN_DEPS = {"dobj", "nsubjpass", "nsubj"}
#: How the goods hang from a noun of the act ("the confiscation of their trucks").
_OF_PREP = "of"


def goods_owner_abroad(
    type_: str, token: Any, actors: list[Entity], recipients: list[Entity], ctx: DocumentContext
) -> list[Entity]:
    """The recipients of a seizure, with the seizing state's own guessed people replaced by the other
    state of the story's pair when what was seized is goods (``seized_goods`` words) whose owner the
    sentence does not name. Other recipients are returned as they are."""
    codes = {a.code for a in actors}
    if type_ != "COERCE" or not recipients or {r.code for r in recipients} - codes:
        return recipients
    goods = [n for n in _taken_nouns(token) if n.lemma_.lower() in ctx.words.seized_goods]
    if not goods or any(t.i in ctx.mention_at for g in goods for t in g.subtree):
        return recipients  # "seized 22 Iranian dhows": the owner is named, and read already
    return ctx.story_other_side(actors) or recipients


def _taken_nouns(token: Any) -> list[Any]:
    """The nouns the act's word says were taken, with their conjuncts ("seized the boat and its nets"); a
    participle after its noun ("their boats, confiscated at the time") took that noun."""
    heads = [c for c in token.children if c.dep_ in _TAKEN_DEPS]
    if token.pos_ == "NOUN":
        heads += [g for p in token.children if p.dep_ == "prep" and p.lower_ == _OF_PREP for g in p.children]
    if token.dep_ == "acl" and token.tag_ == "VBN" and not past_read_as_participle(token):
        heads.append(token.head)
    return [n for h in heads for n in [h, *h.conjuncts] if n.pos_ == "NOUN"]
