"""A time phrase standing right after a noun's participle or relative clause belongs to that clause.

"Traders ruined by the floods last month blocked the main road on Friday" (an
invented example): the parser hangs "last month" on "blocked", where it stands nearer the verb
than "on Friday" (a bare noun phrase under the verb, a preposition's object one arc deeper), so the
blockade took the month-old day of the floods. A phrase that directly follows the words of a
clause describing a noun ("ruined by the floods", "who were ruined ...") and that the parser hung
outside that clause tells when the clause's act happened, not the verb's; it is passed over while
the verb's clause has another phrase that dates it. With no other phrase it is kept ("The court
sitting in Kigoma today sentenced ...": the one phrase is the verb's).
"""

from __future__ import annotations

from typing import Any

__all__ = ["after_noun_clause"]

#: Dependencies of a clause that describes a noun.
_NOUN_CLAUSES = {"acl", "relcl"}
#: Coarse tags of the described noun.
_NOUNS = {"NOUN", "PROPN", "PRON"}


def after_noun_clause(ent: Any, members: set[int]) -> bool:
    """``ent`` (a time phrase of the clause whose tokens are ``members``) starts right after the last
    word of a clause describing a noun of that clause, and the parser did not hang it inside that clause."""
    doc = ent.doc
    if ent.start == 0:
        return False
    tok = doc[ent.start - 1]
    steps = 0
    while tok.right_edge.i == ent.start - 1 and steps < 10:  # the words that end right before the phrase
        if tok.dep_ in _NOUN_CLAUSES and tok.head.pos_ in _NOUNS and tok.head.i in members:
            return True  # the phrase follows the clause's words, so the parser hung it outside
        if tok.head.i == tok.i:
            break
        tok = tok.head
        steps += 1
    return False
