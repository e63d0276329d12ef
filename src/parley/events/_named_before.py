"""A definite description of a body named before ("the Kenya Ports Authority ... The Authority said",
"the Islamic State group ... the group claimed"): news names an organisation once in full and then
calls it by its head noun with "the", so the description stands for the latest earlier phrase with
the same head noun that names the body (its own words say whose it is: a state, a place, a known
body). With none before, the first such phrase after it stands for it: a release that says "The
Authority has warned" before "the Kenya Ports Authority" takes the body for known and names it later.
With no such phrase it stays unread: a bare "the agency" is no guess at the story's country."""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from .._columns import children_of, doc_columns
from ..knowledge import resolve_words

__all__ = ["is_body_description", "named_heads_after", "named_heads_before", "owned_by_people"]

#: How the words naming a body hang from its head noun ("Kenya Ports Authority", "Authority of Kenya").
_NAMING_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
#: Modifiers a description may have and still point back ("the shipping line", "the new agency").
_DESCRIBING_POS = frozenset({"ADJ", "NOUN", "VERB", "ADV", "PUNCT"})


def is_body_description(head: Any, nouns: frozenset[str], determiners: frozenset[str], named: Container[int]) -> bool:
    """A singular body noun with "the" and no words of its own that name whose it is ("The Authority",
    "the task force"; not "the Ports Authority of Kenya", "Kenya's agency"); ``named``: the tokens
    inside actor mentions."""
    if head.lemma_.lower() not in nouns or head.tag_ in {"NNS", "NNPS"} or head.i in named:
        return False
    before = head.doc[head.left_edge.i : head.i]
    if not len(before) or before[0].lower_ not in determiners:
        return False
    if any(t.i in named or t.pos_ not in _DESCRIBING_POS for t in before[1:]):
        return False
    return not any(c.dep_ in {"prep", "appos", "poss"} for c in children_of(head) if c.i > head.i or c.dep_ == "poss")


def names_body(tok: Any, named: Container[int]) -> bool:
    """A body noun named by its own words: inside an actor mention, or with a proper name before it
    or after "of", "in" or "from" ("Kenya Ports Authority", "the Authority of Kenya", "an association in
    Oujda")."""
    if tok.i in named or owned_by_people(tok):
        return True
    if any(c.dep_ in _NAMING_DEPS and (c.pos_ == "PROPN" or c.i in named) for c in children_of(tok)):
        return True
    if any(_names_owner(c, named) for c in children_of(tok)):
        return True
    return any(
        p.dep_ == "prep"
        and p.lower_ in resolve_words("body_owner_prep")
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in children_of(p))
        for p in children_of(tok)
    )


def _names_owner(modifier: Any, named: Container[int]) -> bool:
    """A participle naming whose the body is by a proper name joined to it ("a Vietnamese-owned
    company", "the Saudi-led coalition"): the name before the hyphen says whose it is."""
    if modifier.dep_ != "amod" or modifier.tag_ != "VBN":
        return False
    return any(
        c.dep_ in {"npadvmod", "compound"} and (c.pos_ == "PROPN" or c.i in named) for c in children_of(modifier)
    )


def owned_by_people(tok: Any) -> bool:
    """A body named by the people it belongs to ("the drivers' association", "the farmers' union"): a
    plural common noun as its owner says whose it is, as a name does."""
    return any(c.dep_ == "poss" and c.tag_ == "NNS" for c in children_of(tok))


def named_heads_before(head: Any, named: Container[int]) -> list[Any]:
    """The earlier tokens (latest first) with the description's head noun that name a body."""
    sdoc = head.doc
    same = _same_lemma_at(sdoc, head.lemma_.lower())
    return [sdoc[i] for i in range(head.left_edge.i - 1, -1, -1) if i in same and names_body(sdoc[i], named)]


def named_heads_after(head: Any, named: Container[int]) -> list[Any]:
    """The later tokens (first first) with the description's head noun that name a body."""
    sdoc = head.doc
    same = _same_lemma_at(sdoc, head.lemma_.lower())
    return [sdoc[i] for i in range(head.i + 1, len(sdoc)) if i in same and names_body(sdoc[i], named)]


def _same_lemma_at(sdoc: Any, lemma: str) -> set[int]:
    """The tokens whose lowered lemma is ``lemma``, read from the parse's lemma column (the walk over the
    whole story would build a spaCy Token per word): each distinct lemma is lowered once."""
    from spacy.attrs import LEMMA

    column = doc_columns(sdoc, LEMMA).tolist()
    strings = sdoc.vocab.strings
    wanted = {h for h in set(column) if strings[h].lower() == lemma}
    return {i for i, h in enumerate(column) if h in wanted}
