"""Who signed a signed document: a signing has parties, not a target.

"Peru and Ecuador signed the Brasilia peace accord", "the agreement was signed by the Chinese ambassador
and the minister": everyone who signs an agreement is one of its parties (PLOVER codes the signing as
SUPPORT among them, with no recipient). Only a partner named by "with" ("signed a contract with the
World Health Organization") may stand apart from the signer, as news writes it both ways; a place
named inside the document ("the Brasilia accord", "will patrol the Strait of Gibraltar") is no party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ..parse import ACTED_ON_DEPS
from ._entities import same_entity, unique_by_code
from ._parse import prep_objects

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["is_signing", "settle_signatories"]


def is_signing(cand: Candidate, signing_words: frozenset[str]) -> bool:
    """The candidate is the signing of a document (data/event_words.tsv signing_word), coded SUPPORT."""
    return cand.type == "SUPPORT" and cand.token.lemma_.lower() in signing_words


def settle_signatories(cand: Candidate, roles: RoleFinder) -> None:
    """A signing's recipients become its parties: a partner named by "with" stays the recipient, a party
    named inside the document's own words is dropped, and any other (the other signer of a passive "by A
    and B", the story's other side) signs with the actors."""
    words = roles.ctx.words
    if not cand.recipients or not is_signing(cand, words.signing_word):
        return
    documents = _documents(cand.token)
    partners = roles.np_entities_many(prep_objects([cand.token, *documents], words.signing_partner_prep))
    inside = _named_inside(documents, roles)
    kept: list[Entity] = []
    for entity in cand.recipients:
        if same_entity(entity, partners):
            kept.append(entity)
        elif not same_entity(entity, inside) and not same_entity(entity, cand.actors):
            cand.actors = [*cand.actors, entity]
    cand.recipients = unique_by_code(kept)


def _documents(token: Any) -> list[Any]:
    """The document a signing token holds: its object or passive subject, or "of" the noun "signing"."""
    held = [c for c in children_of(token) if c.dep_ in ACTED_ON_DEPS]
    return held + prep_objects([token], {"of"}) if token.pos_ == "NOUN" else held


def _named_inside(documents: list[Any], roles: RoleFinder) -> list[Entity]:
    """Entities named among the document's own words ("the Brasilia peace accord", "an agreement under
    which boats will patrol the Strait of Gibraltar"), outside any "with" phrase of a partner."""
    mention_at = roles.ctx.mention_at
    partner_prep = roles.ctx.words.signing_partner_prep
    found: list[Entity] = []
    for doc_token in documents:
        for t in doc_token.subtree:
            if t.i in mention_at and not _in_partner_phrase(t, doc_token, partner_prep):
                found.append(mention_at[t.i].entity)
    return found


def _in_partner_phrase(token: Any, document: Any, partner_prep: frozenset[str]) -> bool:
    """The token hangs, below the document, from a "with" phrase ("an agreement with Sri Lanka")."""
    head = token
    while head.i != document.i and head.head.i != head.i:
        head = head.head
        if head.dep_ == "prep" and head.lower_ in partner_prep:
            return True
    return False
