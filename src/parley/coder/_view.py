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

from typing import Any

__all__ = ["TokenView", "token_views"]


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
        self, doc: Any, i: int, text: str, lower: str, lemma: str, pos: str, tag: str, dep: str, ent: str, flags: int
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
        self.is_punct = bool(flags & 1)
        self.like_num = bool(flags & 2)
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
    from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_PUNCT, LEMMA, LIKE_NUM, LOWER, ORTH, POS, TAG
    from spacy.parts_of_speech import NAMES

    n = len(sdoc)
    if n == 0:
        return []
    rows = sdoc.to_array([ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE]).tolist()
    flags = (sdoc.to_array(IS_PUNCT) + 2 * sdoc.to_array(LIKE_NUM)).tolist()
    heads = sdoc.to_array(HEAD).astype("int64").tolist()  # a signed offset, stored in uint64
    known = _STRINGS
    if len(known) > 500_000:
        known.clear()
    strings = sdoc.vocab.strings
    for row in rows:
        for key in row:
            if key not in known:
                known[key] = strings[key] if key else ""
    known_pos = {int(k): v for k, v in NAMES.items()}
    views = [
        TokenView(sdoc, i, known[o], known[lw], known[lm], known_pos.get(p, ""), known[t], known[d], known[e], f)
        for i, ((o, lw, lm, p, t, d, e), f) in enumerate(zip(rows, flags, strict=True))
    ]
    children: list[list[TokenView]] = [[] for _ in range(n)]
    for v, head in zip(views, heads, strict=True):
        if head:
            v.head = views[v.i + head]
            children[v.i + head].append(v)
    for v, kids in zip(views, children, strict=True):
        if kids:
            v.children = tuple(kids)
    return views
