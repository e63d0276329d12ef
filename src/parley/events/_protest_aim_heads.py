"""Where a clause telling what a protest is for hangs: the words whose protest it may serve.

"Farmers blocked the bridge to oppose the dam" hangs the purpose on the protest verb, but the parser
also hangs it on a protest noun ("a general strike to oppose the dam": an infinitive on the noun) or
on the light verb that holds the noun ("held a strike to oppose the dam": the protest is the verb's
object). In each the clause still says what the protest was for.

Training gold: of 10 demands or purpose infinitives of protest hung in these ways, 7 are left to the
protest alone ("staged a sit-in, calling on the ministry to act"), 3 coded a request beside it.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of

__all__ = ["aim_heads"]

#: How a purpose clause or participle hangs on the protest (verb: advcl, xcomp; noun: acl).
_AIM_DEPS = frozenset({"advcl", "xcomp", "acl"})


def aim_heads(token: Any) -> list[int]:
    """Indices of the words whose protest the aim at ``token`` may tell: the word the clause hangs on,
    and that word's direct objects; none when it hangs on no other word as a purpose or a participle."""
    head = token.head
    if token.dep_ not in _AIM_DEPS or head.i == token.i:
        return []
    if token.dep_ == "acl":
        return [head.i] if head.pos_ == "NOUN" else []
    return [head.i] + [c.i for c in children_of(head) if c.dep_ == "dobj"]
