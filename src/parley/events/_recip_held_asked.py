"""Whom a request about people someone holds is made of, when the sentence names no addressee ("Kuwait
called for the fishermen to be freed", "the UN refugee agency asked to interview the remaining
detainees"): the party the story told held them.

With nobody named, a third party's request went to both states of the story's pair, and a request of
one of the pair to the other; but asking for held people's freedom, or for access to them, is asking
whoever holds them. The people are named by the noun the story used when it told them taken, or, when
the sentence speaks of custody or of letting people go ("detainees", "to be freed"), by a pronoun or
other words. Training gold: of 66 requests in sentences about held people, 61 have one recipient (the
others: the Red Cross asking "both sides" three times, one request to two named parties, one to states
at large), and none of 70 is aimed at an armed group of no state: a holder that is one is not asked.
Over all 932 training documents (rules coder) the reading fires 12 times and gold agrees 12 times.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._sent_starts import sentence_of
from ..document import Entity
from ._entities import unique_by_code
from ._type_sets import STATELESS_GROUP

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["held_people_holders"]


def held_people_holders(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The holders of the people a REQUEST with no recipient speaks of, besides its own actors."""
    if cand.type != "REQUEST" or cand.recipients:
        return []
    tokens = list(cand.token.subtree)
    held = roles.holder([t for t in tokens if t.pos_ == "NOUN"])
    if held is None and _speaks_of_custody(cand.token, roles):
        # "called for the fishermen to be freed" after "detained their fourteen crew members"
        people = [t for t in tokens if t.pos_ in {"NOUN", "PRON"}]
        held = roles.holder(people, anywhere=True) if people else None
    if held is None:
        return []
    # "urged swift action to recover the guards" abducted by gunmen: demands are not made of kidnappers
    # (training gold: none of 70 requests in sentences about held people is aimed at an armed group)
    skipped = {a.code for a in cand.actors} | {STATELESS_GROUP}
    return unique_by_code([e for e in held[0] if e.code not in skipped])


def _custody_noun(token: Any, roles: RoleFinder) -> bool:
    """A noun of held people or of their freedom ("the detainees", "the drivers' release")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in roles.words.custody_word | roles.words.freeing_noun


def _speaks_of_custody(token: Any, roles: RoleFinder) -> bool:
    """The request's sentence speaks of people held or let go ("the detainees", "to be freed")."""
    freeing = roles.words.freeing_verb
    return any(
        _custody_noun(t, roles) or (t.pos_ == "VERB" and t.lemma_.lower() in freeing) for t in sentence_of(token)
    )
