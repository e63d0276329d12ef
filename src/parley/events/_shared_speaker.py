"""A verb of saying with no subject of its own that takes the subject of the verb it hangs from:
"the ministry rejected the report and said ...", "Tbilisi closed the crossing, saying ...". Read from
heads and children only, as the learned coder's token views allow."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS

__all__ = ["speaks_with_shared_subject"]

#: The tag of a participle of saying set after the clause it explains ("..., saying ...").
_PARTICIPLE = "VBG"


def speaks_with_shared_subject(verb: Any, word: Any) -> bool:
    """Whether a subjectless verb of saying, said by its head verb's subject (joined to it: "rejected
    the report and said"; a participle explaining it: "closed the crossing, saying"), is the one that
    says ``word``: only what stands in its own clause is its speaker's ("rejected the count as
    rigged and said ..." does not make "rigged" a word of what is said)."""
    if any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        return False
    if verb.dep_ != "conj" and not (verb.dep_ == "advcl" and verb.tag_ == _PARTICIPLE):
        return False
    return _within(word, verb)


def _within(word: Any, verb: Any) -> bool:
    """Whether ``verb`` is among the heads above ``word``."""
    node = word
    while node.head.i != node.i:
        node = node.head
        if node.i == verb.i:
            return True
    return False
