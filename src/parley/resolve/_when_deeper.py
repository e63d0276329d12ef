"""A day of the week the parser hangs below the event's verb, read as the event's day.

"Poland ordered the Belarusian consul to leave the country on Monday", "Tajik authorities handed
over 11 Kyrgyz citizens held during the fighting at the Isfara checkpoint on Wednesday": the
sentence's one time phrase closes the main clause, but the parser attaches it to a verb or a
participle inside the clause's object or complement ("leave", "held"), which the date reader never
visits. A day of the week that closes the clause (before a comma, "and", a clause-opening word or
the sentence's end) and hangs below the trigger only through objects, complements, participles
and prepositions is the event's own day. Relative clauses, "after" clauses, conjuncts and
gerunds after a preposition ("accused X of pushing back refugees on Monday night") speak of
another act, and are not crossed.
"""

from __future__ import annotations

from typing import Any

from ..parse._dates import names_weekday

__all__ = ["deeper_weekday"]

#: Arcs a phrase may hang by below the trigger: objects, complements, participles on a noun, prepositions.
_DOWN = {"xcomp", "ccomp", "dobj", "acl", "prep", "pobj", "dative", "npadvmod"}
#: What may follow the phrase when it closes the clause.
_CLOSERS = {"cc", "mark"}


def deeper_weekday(token: Any, phrases: list[Any]) -> Any | None:
    """The one weekday phrase closing the clause below ``token`` (see the module's docstring), or None."""
    found = [ent for ent in phrases if _is_closing_weekday(ent) and _hangs_below(ent.root, token)]
    return found[0] if len(found) == 1 else None


def _is_closing_weekday(ent: Any) -> bool:
    root = ent.root
    if not names_weekday(ent.text):
        return False
    if root.dep_ == "pobj" and root.head.lower_ != "on":
        return False  # "by Friday", "since Saturday", "for Friday": a deadline or a span
    if root.dep_ not in {"pobj", "npadvmod"}:
        return False
    doc = ent.doc
    if ent.end >= ent.sent.end:
        return True
    after = doc[ent.end]
    return bool(after.is_punct or after.dep_ in _CLOSERS)


def _hangs_below(tok: Any, token: Any) -> bool:
    """``tok`` reaches ``token`` going up through ``_DOWN`` arcs only, at least one verb between."""
    steps = 0
    while tok.i != token.i:
        if tok.dep_ not in _DOWN or tok.head.i == tok.i or steps > 8:
            return False
        tok = tok.head
        steps += 1
    return steps > 2
