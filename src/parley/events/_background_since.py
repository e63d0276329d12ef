"""A standing act told in an aside ("Russia, which has restricted imports since 2014", "the annex, which
it had occupied as a detachment since 1996", "the African Union, whose troops have fought alongside
Somali forces since 2007"): a perfect verb of a non-restrictive relative clause held "since" a year
describes the noun the clause hangs on, and tells no act of the story.

Reads the token's head, children and the clause's left edge (the learned coder's tokens are the
parser's own)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import VERB_POS
from ._parse import is_perfect
from ._words import EventWords

__all__ = ["is_background_since"]

#: The marks that open an aside: "Russia, which ...", "the annex (which ...".
_ASIDE_OPENERS = frozenset({",", "(", "—", "–"})


def _is_aside(clause: Any) -> bool:
    """The relative clause follows a comma or a bracket: it adds a fact about a noun already named."""
    left = clause.left_edge.i
    return left > 0 and clause.doc[left - 1].text in _ASIDE_OPENERS


def _is_year(token: Any) -> bool:
    """A four-digit year ("2014", "1996")."""
    return token.like_num and len(token.text) == 4 and token.text.isdigit() and token.text[:2] in {"18", "19", "20"}


def _held_since_year(verb: Any, words: EventWords) -> bool:
    """ "since 2014": the verb's own "since" phrase names a year (the preposition of a state held over a
    span, as for :func:`._habitual.is_standing_state`)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in words.standing_prep
        and any(o.dep_ == "pobj" and _is_year(o) for o in children_of(c))
        for c in children_of(verb)
    )


def _is_negated(verb: Any) -> bool:
    """ "which has not met since 2013": the gap is news of its own (training gold codes 3 of 4)."""
    return any(c.dep_ == "neg" for c in children_of(verb))


def is_background_since(token: Any, words: EventWords) -> bool:
    """A verb in a perfect tense, the verb of a relative clause set off by a comma, held "since" a year
    and not negated. Training gold, every such clause of the corpus: no act coded in 4 of 5 ("has
    restricted imports since 2014", "had occupied ... since 1996", "have fought alongside ... since 2007",
    "have been frozen since 2022"; coded: "Sweden, which has paid for water-quality projects in Latvia
    since 1993"). Left alone: such clauses dated "in 1974" (gold codes 6, leaves 5), the same spans in a
    main clause (coded in most) and negated ones."""
    if token.pos_ not in VERB_POS or token.dep_ != "relcl" or token.head.i == token.i:
        return False
    return is_perfect(token) and _held_since_year(token, words) and not _is_negated(token) and _is_aside(token)
