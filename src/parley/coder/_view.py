"""Plain-Python views of a parsed document's tokens, read once per document.

Every attribute of a spaCy ``Token`` (``token.head``, ``token.children``, ``token.lemma_`` ...) is
computed anew on each access: a new ``Token`` object, a look-up in the string store. The coder
reads about 25 of them for each of about 9 candidate words a sentence, and the rules' modality
functions walk the same heads and children again. :func:`token_views` reads the document once
through ``Doc.to_array`` into :class:`TokenView` objects with the same attribute names, so the
feature function and the rule functions (which only read these attributes) run unchanged on them
and give the same results.
"""

from __future__ import annotations

from collections import deque
from itertools import repeat
from typing import Any

from .._columns import doc_columns
from ..parse._tree import clause_tree

__all__ = ["TokenView", "release", "token_views"]


class TokenView:
    """The attributes of one spaCy token that the coder and the rules read, as plain values."""

    __slots__ = (
        "children",
        "dep_",
        "doc",
        "ent_type_",
        "head",
        "i",
        "is_punct",
        "lemma_",
        "like_num",
        "lower_",
        "pos_",
        "tag_",
        "text",
    )

    def __init__(
        self,
        doc: Any,
        i: int,
        text: str,
        lower: str,
        lemma: str,
        pos: str,
        tag: str,
        dep: str,
        ent: str,
        punct: bool,
        num: bool,
    ) -> None:
        self.doc = doc
        self.i = i
        self.text = text
        self.lower_ = lower
        self.lemma_ = lemma
        self.pos_ = pos
        self.tag_ = tag
        self.dep_ = dep
        self.ent_type_ = ent
        self.is_punct = punct
        self.like_num = num
        self.children: tuple[TokenView, ...] = ()
        self.head: TokenView = self

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"TokenView({self.i}, {self.text!r})"


#: Strings of the hashes met so far (shared by every document of the process: one vocabulary).
_STRINGS: dict[int, str] = {}


def token_views(sdoc: Any) -> list[TokenView]:
    """One :class:`TokenView` per token of ``sdoc``, with heads and children linked (children in
    document order, as spaCy gives them)."""
    import numpy as np
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_PUNCT, LEMMA, LIKE_NUM, LOWER, ORTH, POS, TAG
    from spacy.parts_of_speech import NAMES

    n = len(sdoc)
    if n == 0:
        return []
    array = doc_columns(sdoc, [ORTH, LOWER, LEMMA, TAG, DEP, ENT_TYPE, POS, IS_PUNCT, LIKE_NUM, HEAD])
    # the six string columns through their distinct hashes (a few hundred of some 4,000 values): each
    # hash is looked up once, and numpy spreads the strings back over the columns (no Python loop)
    keys, where = np.unique(array[:, :6], return_inverse=True)
    known = _STRINGS
    if len(known) > 500_000:
        known.clear()
    strings = sdoc.vocab.strings
    keys_list = keys.tolist()
    for key in set(keys_list).difference(known):
        known[key] = strings[key] if key else ""
    table = np.empty(len(keys_list), dtype=object)
    table[:] = list(map(known.__getitem__, keys_list))
    texts, lowers, lemmas, tags, deps, ents = table[where.reshape(n, 6)].T.tolist()
    pos_names = {int(k): v for k, v in NAMES.items()}
    pos = [pos_names.get(p, "") for p in array[:, 6].tolist()]
    punct, num = (array[:, 7:9] != 0).T.tolist()  # Python bools, made by numpy
    # map() calls the constructor from C: no Python loop unpacking a row per token
    views = list(map(TokenView, repeat(sdoc, n), range(n), texts, lowers, lemmas, pos, tags, deps, ents, punct, num))
    heads = array[:, 9].astype("int64")  # a signed offset, stored in uint64
    linked = np.flatnonzero(heads)
    parents = linked + heads[linked]
    at = views.__getitem__
    # setattr mapped from C over (view, its head): a root keeps itself as its head
    deque(map(setattr, map(at, linked.tolist()), repeat("head"), map(at, parents.tolist())), maxlen=0)
    # each parent's children as one run of the document's index tree (shared with the clause walks),
    # not a list per token: a document's worth of lists would wake the garbage collector
    tree = clause_tree(sdoc)
    kids, bounds = tree.kids, tree.bounds
    edges = np.asarray(bounds)
    owners = np.flatnonzero(np.diff(edges))
    # the runs cut from the views of all children in order, each run made a tuple, all from C
    runs = map(list(map(at, kids)).__getitem__, map(slice, edges[owners].tolist(), edges[owners + 1].tolist()))
    deque(map(setattr, map(at, owners.tolist()), repeat("children"), map(tuple, runs)), maxlen=0)
    return views


def release(views: list[TokenView]) -> None:
    """Unlink the views of a document that is done with. They refer to each other (``head``,
    ``children``: reference cycles), so without this they wait for the cyclic garbage collector
    and keep their spaCy Doc alive until then: by then they sit in its oldest generation, whose
    collections walk every object of the loaded pipeline. A released view has no ``head``."""
    for view in views:
        del view.head
        view.children = ()
