"""A call named as the means of another act ("thanked his counterpart by telephone", "raised the
matter with her by phone"): the call was held, a CONSULT of its own beside that act.

Training gold codes the call when the act is done to a party named at the verb (3 of 3: "thanked X by
telephone", "raised the matter/request with X by telephone") and none when the call only says how a
speaker was heard or found (0 of 6: "said ... by telephone from", "a spokesman reached/contacted by
telephone", "was settled by telephone").
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import VERB_POS
from ._parse import prep_objects
from ._words import EventWords

__all__ = ["CALL_MEANS", "call_partners", "means_of_party_act"]

#: The row condition that marks a call told as the means of another act (``bycall=`` in triggers.tsv).
CALL_MEANS = "bycall"


def means_of_party_act(noun: Any, partner_preps: frozenset[str], words: EventWords) -> bool:
    """ "by telephone" on a verb whose act is done to a party: a direct object or a partner after one
    of ``partner_preps`` ("with his counterpart"). Not a verb of saying ("said by telephone", "told
    reporters by phone"), nor a participle that only describes a noun ("a spokesman reached by
    telephone")."""
    means = noun.head
    if noun.dep_ != "pobj" or means.dep_ not in {"prep", "agent"}:
        return False
    verb = means.head
    if verb.pos_ not in VERB_POS or verb.lemma_.lower() in words.speech_verb:
        return False
    if verb.dep_ == "acl":
        return False
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    partners = prep_objects([verb], partner_preps)
    return bool(objects or partners)


def call_partners(noun: Any, partner_preps: frozenset[str]) -> list[Any]:
    """Who was called: the partner of the verb or of its object ("raised the request with Kagame by
    telephone"), else its object ("thanked Ethiopia's prime minister by telephone")."""
    verb = noun.head.head
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    return prep_objects([verb, *objects], partner_preps) or objects
