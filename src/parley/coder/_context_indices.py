"""A candidate's context features (:func:`~._sparse.context_features`) as their hashed indices, without
writing each feature's string again.

At run time every candidate word of every sentence is described (some 225 an article), and most of
what its context features say was said before: the same child dependencies, the same verb and
object lemmas, the same neighbouring words, the same few heads above the sentence's candidates.
Writing each feature as a string and hashing that new string costs more than the model's scoring.
Here each part of the context is looked up by the values it reads (a dependency, a lemma pair, a
neighbouring word), and its indices are made once from the very strings ``context_features`` writes,
so a candidate's set of indices is the one ``FeatureSpace.indices(context_features(...))`` gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ._sparse import (
    _ABOVE_CUE_DEPS,
    _CLAUSE_DEPS,
    _CUE_DEPS,
    _OBJECT_DEPS,
    _READ_DEPS,
    _SUBJECT_DEPS,
    _above_features,
    _SentenceContext,
    _up,
)

__all__ = ["ContextIndices"]

#: Entries a look-up table may hold before it is emptied (a long stream meets new words for ever).
_LIMIT = 200_000
_K = TypeVar("_K")
_V = TypeVar("_V")


def _kept(table: dict[_K, _V], key: _K, value: _V) -> _V:
    """``value``, stored in ``table`` under ``key``; a table past ``_LIMIT`` entries is emptied first, so
    that each table stays bounded however many documents a process codes."""
    if len(table) > _LIMIT:
        table.clear()
    table[key] = value
    return value


def _child_features(lemma: str, dep: str, child: Any) -> list[str]:
    """What ``context_features`` says of a read child (``dep`` in ``_READ_DEPS``) of a word with the
    (lowered) ``lemma``, but the objects of a preposition (:func:`_prep_object_features`)."""
    clemma = child.lemma_.lower()
    f = []
    if dep in _CUE_DEPS:
        f.append(f"child={dep}:{clemma}")
    if dep in _OBJECT_DEPS:
        f += [f"obj={clemma}", f"pred={lemma}|{clemma}", f"obj_ent={child.ent_type_ or 'none'}"]
    if dep == "prt":
        f.append(f"phrasal={lemma}|{clemma}")
    if dep == "prep":
        f += [f"prep={clemma}", f"verb_prep={lemma}|{clemma}"]
    if dep in _SUBJECT_DEPS:
        f.append(f"subj_ent={child.ent_type_ or child.pos_}")
    if dep in _CLAUSE_DEPS:
        f.append(f"comp={clemma}")
    return f


def _prep_object_features(prep: Any, grand: Any) -> list[str]:
    """What ``context_features`` says of the object ``grand`` of a preposition child ``prep``."""
    clemma = prep.lemma_.lower()
    return [f"prep_obj={clemma}|{grand.lemma_.lower()}", f"prep_ent={clemma}|{grand.ent_type_ or 'none'}"]


class ContextIndices:
    """The hashed indices of a candidate's context features, each part remembered by what it reads.
    ``index``: the feature space's string -> index function (its own cache and hash); ``hits``: the
    same for a list of strings."""

    def __init__(self, index: Callable[[str], int], hits: Callable[[list[str]], list[int]]) -> None:
        self.index = index
        self._indices = hits  # many strings at once (the feature space's one pass over its cache)
        # the word or dependency a feature names -> its index, one table per kind of feature
        self._child_deps: dict[str, int] = {}
        self._prevs: dict[str, int] = {}
        self._nexts: dict[str, int] = {}
        self._children: dict[tuple[str, str, str, str, str], list[int]] = {}
        self._prep_objects: dict[tuple[str, str, str], list[int]] = {}
        self._head_rels: dict[tuple[str, str], int] = {}
        self._aboves: dict[tuple[int, str, str, tuple[tuple[str, str], ...]], list[int]] = {}
        self._cues = {name: index(name) for name in ("cond_before", "question", "neg_near")}

    def _named(self, table: dict[str, int], prefix: str, value: str) -> int:
        """The index of the feature ``prefix + value``, kept in ``table`` by ``value``."""
        hit = table.get(value)
        if hit is None:
            hit = _kept(table, value, self.index(prefix + value))
        return hit

    def _keep(self, table: dict[_K, list[int]], key: _K, features: list[str]) -> list[int]:
        """The indices of ``features``, kept in ``table`` under ``key`` (a look-up that missed)."""
        return _kept(table, key, self._indices(features))

    def of(self, token: Any, sent: Any, context: _SentenceContext) -> list[int]:
        """The indices of ``context_features(token, sent, context)`` (repeats possible, any order)."""
        lemma = token.lemma_.lower()
        out: list[int] = []
        children, prep_objects, deps = self._children, self._prep_objects, self._child_deps
        for child in token.children:
            dep = child.dep_
            named = deps.get(dep)
            out.append(named if named is not None else self._named(deps, "child_dep=", dep))
            if dep not in _READ_DEPS:
                continue
            key = (lemma, dep, child.lemma_, child.ent_type_, child.pos_)
            hit = children.get(key)
            if hit is None:
                hit = self._keep(children, key, _child_features(lemma, dep, child))
            out += hit
            if dep == "prep":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        gkey = (child.lemma_, grand.lemma_, grand.ent_type_)
                        ghit = prep_objects.get(gkey)
                        if ghit is None:
                            ghit = self._keep(prep_objects, gkey, _prep_object_features(child, grand))
                        out += ghit
        head = token.head
        if head.i != token.i:
            # the words above a candidate are its head's chain: siblings share it
            chain = context.above_indices.get(head.i)
            if chain is None:
                chain = context.above_indices[head.i] = self._above(token)
            out += chain
            out.append(self._head_rel(token.dep_, head.lemma_))
        out += self._position(token.i - sent.start, context)
        return out

    def _above(self, token: Any) -> list[int]:
        """The indices of the features of the (up to 3) words above ``token``."""
        out: list[int] = []
        aboves = self._aboves
        for depth, head in enumerate(_up(token, 3), 1):
            # kept by what ``_above_features`` reads of the word (the strings the views hold, whose
            # hashes are known): the same few verbs stand above the candidates of every article
            cues = tuple((c.dep_, c.lemma_) for c in head.children if c.dep_ in _ABOVE_CUE_DEPS)
            key = (depth, head.lemma_, head.dep_, cues)
            hit = aboves.get(key)
            if hit is None:
                hit = self._keep(aboves, key, _above_features(head, depth))
            out += hit
        return out

    def _head_rel(self, dep: str, head_lemma: str) -> int:
        key = (dep, head_lemma)
        hit = self._head_rels.get(key)
        if hit is None:
            hit = _kept(self._head_rels, key, self.index(f"head_rel={dep}|{head_lemma.lower()}"))
        return hit

    def _position(self, k: int, ctx: _SentenceContext) -> list[int]:
        """The indices of ``_position_features(k, ctx)``."""
        out = []
        cues = self._cues
        if ctx.first_condition < k:
            out.append(cues["cond_before"])
        if ctx.question:
            out.append(cues["question"])
        if ctx.negations and any(abs(n - k) <= 3 for n in ctx.negations):
            out.append(cues["neg_near"])
        prevs, nexts = self._prevs, self._nexts
        for w in ctx.lowers[max(0, k - 2) : k]:
            hit = prevs.get(w)
            out.append(hit if hit is not None else self._named(prevs, "prev=", w))
        for w in ctx.lowers[k + 1 : k + 3]:
            hit = nexts.get(w)
            out.append(hit if hit is not None else self._named(nexts, "next=", w))
        return out
