"""The dependency tree of a parsed document as plain index lists, read once per document.

The clause walks (``resolve._parse.in_clause``) visit every token of a clause and each token's children;
on spaCy tokens every ``.children`` builds a new ``Token`` per child. Here the children and the
clause-starting flag of each token are read once from ``Doc.to_array`` and the walk runs on
indices, giving the tokens in the same order as the walk on spaCy tokens.
"""

from __future__ import annotations

from typing import Any

from .._columns import doc_columns
from ._clause_deps import TIME_PLACE_CLAUSE_DEPS
from ._dep_sets import VERB_POS

__all__ = ["CLAUSE_DEPS", "VERBS", "ClauseTree", "clause_tree", "starts_clause"]

#: Dependencies that start a clause of their own below a verb or noun ("conj" only for a verb).
CLAUSE_DEPS = TIME_PLACE_CLAUSE_DEPS
VERBS = frozenset(VERB_POS)


def starts_clause(dep: str, pos: str) -> bool:
    """A token with this dependency and coarse tag heads a clause nested in its head's."""
    if dep not in CLAUSE_DEPS:
        return False
    if dep == "conj":
        return pos in VERBS  # "shields and batons" are one phrase, not two clauses
    return True


class ClauseTree:
    """Each token's children, whether it starts a clause, whether it is a preposition (its dependency
    ``prep``) or a preposition's object (``pobj``) and its text's hash, by index: the children of token ``i`` are
    ``kids[bounds[i]:bounds[i + 1]]``, in document order (flat lists of numbers, not a list per token:
    a document's worth of lists would wake the garbage collector)."""

    __slots__ = ("bounds", "clauses", "doc", "kids", "link_kinds", "orths", "pobjs", "preps", "starts")

    def __init__(self, doc: Any) -> None:
        import numpy as np
        from spacy.attrs import DEP, HEAD, ORTH, POS
        from spacy.parts_of_speech import IDS
        from spacy.strings import get_string_id

        self.doc = doc
        n = len(doc)
        self.kids: list[int] = []
        self.bounds: list[int] = [0] * (n + 1)
        self.starts: list[bool] = []
        self.preps: list[bool] = []
        self.pobjs: list[bool] = []
        self.orths: list[int] = []
        #: each token's kind of link to its head as the events stage reads it (filled by
        #: ``events._clause_ids`` on first use): kept with the tree, so it lives as long as the document's
        self.link_kinds: list[int] | None = None
        #: the clause walks already made, by (head, kept token) index (filled by ``resolve._parse``): the
        #: date and place readings walk the same clauses for an event again and again
        self.clauses: dict[tuple[int, int], list[int]] = {}
        if n == 0:
            return
        array = doc_columns(doc, [HEAD, DEP, POS, ORTH])
        self.orths = array[:, 3].tolist()
        heads = array[:, 0].astype("int64")  # a signed offset, stored in uint64
        linked = np.flatnonzero(heads)
        parents = linked + heads[linked]
        order = np.argsort(parents, kind="stable")  # stable: each token's children stay in document order
        self.kids = linked[order].tolist()
        self.bounds = np.searchsorted(parents[order], np.arange(n + 1)).tolist()
        # :func:`starts_clause` of every token at once, on the hashes of its words
        deps, pos = array[:, 1], array[:, 2]
        clause_deps = np.isin(deps, np.array([get_string_id(d) for d in CLAUSE_DEPS], dtype=np.uint64))
        verbal = np.isin(pos, np.array([IDS[p] for p in VERBS], dtype=pos.dtype))
        nominal_conj = (deps == np.uint64(get_string_id("conj"))) & ~verbal
        self.starts = (clause_deps & ~nominal_conj).tolist()
        self.preps = (deps == np.uint64(get_string_id("prep"))).tolist()
        self.pobjs = (deps == np.uint64(get_string_id("pobj"))).tolist()

    def children(self, i: int) -> list[int]:
        """The indices of token ``i``'s children, in document order."""
        return self.kids[self.bounds[i] : self.bounds[i + 1]]


_LAST: list[ClauseTree] = []


def clause_tree(doc: Any) -> ClauseTree:
    """The :class:`ClauseTree` of ``doc``; the last document's is kept (the stages ask of one
    document at a time)."""
    if _LAST and _LAST[0].doc is doc:
        return _LAST[0]
    tree = ClauseTree(doc)
    _LAST[:] = [tree]
    return tree
