"""Whose goods a seizure took: "the coast guard seized the boat", "their trucks were confiscated", "the
court ordered the catch confiscated". In a story of two states, the vessels, catch or cargo one state's
authorities take belong to the other state's people (fishing boats across a sea border, lorries at a
crossing), not to the seizing state's own, when the sentence names no owner.

With no clear pair in the story, goods that "their" says belong to people told before ("seven Iranian
sailors ... their dhow has been confiscated") are of the latest group of people the story gave a
nationality. The goods also hang from a noun of the act by its "of" phrase ("ordered the confiscation of
their trucks"). Training gold (932 documents): in all 9 sentences where a state's seizure of "their"
goods is coded, the recipient is the owners' state, never the seizing state's own."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
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
    return ctx.story_other_side(actors) or _owners_told_before(goods, codes, ctx) or recipients


def _owners_told_before(goods: list[Any], codes: set[str], ctx: DocumentContext) -> list[Entity]:
    """ "their dhow", "their trucks": goods an ``owners_possessive`` word gives to people told before
    belong to the latest group of people the story gave a nationality (not the seizing state's own)."""
    if not any(c.dep_ == "poss" and c.lower_ in ctx.words.owners_possessive for g in goods for c in children_of(g)):
        return []
    owners = ctx.latest_told_before(goods[0], ctx.words.earlier_people)
    return [Entity(code=owners, sector=None, entity_text="")] if owners and owners not in codes else []


def _taken_nouns(token: Any) -> list[Any]:
    """The nouns the act's word says were taken, with their conjuncts ("seized the boat and its nets"); a
    participle after its noun ("their boats, confiscated at the time") took that noun."""
    heads = [c for c in children_of(token) if c.dep_ in _TAKEN_DEPS]
    nouns = [token] if token.pos_ == "NOUN" else []
    # "ordered the confiscation of their trucks": the goods hang from the act's noun by "of"
    nouns += [h for h in heads if h.pos_ == "NOUN"]
    heads += [
        g for n in nouns for p in children_of(n) if p.dep_ == "prep" and p.lower_ == _OF_PREP for g in children_of(p)
    ]
    if token.dep_ == "acl" and token.tag_ == "VBN" and not past_read_as_participle(token):
        heads.append(token.head)
    return [n for h in heads for n in [h, *h.conjuncts] if n.pos_ == "NOUN"]
