"""The token indices of a trigger's own clause (``_parse.clause_token_ids``), walked on index lists.

The walk visits every token of the clause and each token's children; on spaCy tokens every
``.children`` builds a new ``Token`` per child. Here the children come from the document's
:class:`~..parse._tree.ClauseTree` and each token's kind of link to its head (a clause of its own, a
participle, a verb joined by "and", or none) is read once per document from ``Doc.to_array``; only
the few clause-starting children need a spaCy token, to ask whether the trigger lies inside them.
"""

from __future__ import annotations

from typing import Any

from .._columns import doc_columns
from ..parse._clause_deps import TRIGGER_CLAUSE_DEPS
from ..parse._tree import clause_tree

__all__ = ["CLAUSE_DEPS", "clause_ids_on_tree", "is_spacy_token"]

#: Dependencies that open a clause of their own (verbs joined by "and" are told apart by ``_VERB_CONJ``).
CLAUSE_DEPS = TRIGGER_CLAUSE_DEPS
_VERBS = ("VERB", "AUX")
#: The kinds of a token's link to its head, as :func:`_link_kinds` gives them.
_PLAIN, _CLAUSE, _PARTICIPLE, _VERB_CONJ = 0, 1, 2, 3


def clause_ids_on_tree(token: Any, root: Any, participles: bool) -> set[int]:
    """The indices of the tokens under ``root`` that are not in a clause of their own, unless that
    clause holds ``token`` (or is a participle, with ``participles``): the walk of
    ``_parse.clause_token_ids`` on the document's index lists."""
    doc = token.doc
    tree = clause_tree(doc)
    kids, bounds = tree.kids, tree.bounds
    kinds = _link_kinds(doc)
    target = token.i
    out: set[int] = set()
    stack = [root.i]
    while stack:
        i = stack.pop()
        out.add(i)
        for c in kids[bounds[i] : bounds[i + 1]]:
            kind = kinds[c]
            if kind == _PLAIN or (kind == _PARTICIPLE and participles):
                stack.append(c)
            elif kind == _VERB_CONJ or c != target:
                if _holds(doc, c, target):
                    stack.append(c)
            else:
                stack.append(c)  # the trigger itself heads the clause
    return out


def is_spacy_token(tok: Any) -> bool:
    """A spaCy token (whose document's lists the walk reads), not a stand-in with the same attributes."""
    return type(tok).__name__ == "Token" and hasattr(tok, "doc")


def _holds(doc: Any, i: int, target: int) -> bool:
    """Whether the target index lies between the edges of token ``i``'s phrase."""
    tok = doc[i]
    return bool(tok.left_edge.i <= target <= tok.right_edge.i)


def _link_kinds(doc: Any) -> list[int]:
    """Each token's kind of link to its head (``_PLAIN`` ... ``_VERB_CONJ``), read once per document's tree."""
    tree = clause_tree(doc)
    if tree.link_kinds is None:
        tree.link_kinds = _read_kinds(doc)
    return tree.link_kinds


def _read_kinds(doc: Any) -> list[int]:
    import numpy as np
    from spacy.attrs import DEP, POS, TAG
    from spacy.parts_of_speech import IDS
    from spacy.strings import get_string_id

    if len(doc) == 0:
        return []
    array = doc_columns(doc, [DEP, POS, TAG])
    deps, pos, tags = array[:, 0], array[:, 1], array[:, 2]
    clause = np.isin(deps, np.array([get_string_id(d) for d in CLAUSE_DEPS], dtype=np.uint64))
    participle = (deps == np.uint64(get_string_id("acl"))) & (tags == np.uint64(get_string_id("VBG")))
    verbal = np.isin(pos, np.array([IDS[p] for p in _VERBS], dtype=pos.dtype))
    verb_conj = (deps == np.uint64(get_string_id("conj"))) & verbal
    kinds = np.full(len(doc), _PLAIN, dtype=np.int64)
    kinds[clause] = _CLAUSE
    kinds[participle] = _PARTICIPLE
    kinds[verb_conj] = _VERB_CONJ
    result: list[int] = kinds.tolist()
    return result
