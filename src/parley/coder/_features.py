"""Candidate tokens of a parsed sentence and what the model sees of each.

A candidate is a token that could name an act: every verb and common noun, and every word of the
trigger lexicon whatever its tag (the lexicon stays a source of candidates and features, but the
model decides). Each candidate is described by

* sparse features (strings, hashed into a fixed space): the word, its tag and dependency, what
  the lexicon says of it, its particle, object and prepositions, the words above it up to the
  root, and the cues of negation, future and condition around it;
* dense features, from one of two sources chosen in the config: ``tok2vec`` (the parser's own
  contextual token vectors, free) or ``wordvec`` (the static table distilled from a sentence
  encoder, see ``_wordvec``), or both;
* optionally (``[features] context``) the word vectors of the candidate's neighbours in the parse:
  its object, subject and prepositional object phrases and the word that governs it. A known
  trigger with an unusual object ("handed over a cheque") or an unusual trigger with a telling
  object ("hurled rocks at troops") is then read from what the words around it mean, not only
  from the trigger word itself; and (``[features] pair_bits``) the trigger lemma paired with the
  coarse meaning class of its object, so that one verb can learn different types for different
  kinds of object.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from ..events._modality import is_advice, is_conditional_threat, is_future, is_hypothetical, is_negated, is_promised
from ..events._parse import clause_verb, governing_verb
from ..events._verdict import RuleVerdict, rule_verdict, untriggered_verdict
from ..parse import VERB_POS
from ._candidate_words import (
    _CANDIDATE_POS,
    _TRIGGER_POS,
    CONTEXT_HEADS,
    _in_lexicon,
    candidates,
    context_heads,
    span_head,
)
from ._context_indices import ContextIndices
from ._sparse import _SentenceContext, _word_key, sparse_features, word_features
from ._view import TokenView, release, token_views

if TYPE_CHECKING:
    from ..events._lexicon import Lexicon
    from ._wordvec import WordVectors

# The candidate words, the rules' verdict and the sparse string features live in their own modules
# (_candidate_words, events._verdict, _sparse); their public names stay importable from here.
__all__ = [
    "CONTEXT_HEADS",
    "FEATURE_SOURCES",
    "Candidate",
    "FeatureSpace",
    "RuleVerdict",
    "candidates",
    "context_heads",
    "rule_verdict",
    "sparse_features",
    "span_head",
]

FEATURE_SOURCES = ("sparse", "tok2vec", "wordvec", "tok2vec+wordvec")
#: The lexicon rows of a word of no trigger part of speech (shared: callers only read it).
_NO_ROWS: list[str] = []


@dataclass
class Candidate:
    token: Any  # a spaCy Token (or its TokenView)
    sparse: list[int]
    dense: np.ndarray
    rules: RuleVerdict | None = None


#: The dependencies of the child whose vector stands beside the word's in the dense part.
_DENSE_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "prt"})


def _dense_object(token: Any) -> Any | None:
    """The word's first child of a :data:`_DENSE_OBJECT_DEPS` dependency (its object), None for none."""
    for child in token.children:
        if child.dep_ in _DENSE_OBJECT_DEPS:
            return child
    return None


def _hash(feature: str, bits: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << bits) - 1)


class FeatureSpace:
    """Turns candidate tokens into hashed sparse indices and a dense vector, per the config."""

    def __init__(
        self,
        lexicon: Lexicon,
        source: str,
        bits: int = 20,
        wordvec: WordVectors | None = None,
        context: Sequence[str] = (),
        pair_bits: int = 0,
        cue_types: bool = False,
    ) -> None:
        if source not in FEATURE_SOURCES:
            raise ValueError(f"unknown feature source {source!r}; choose from {FEATURE_SOURCES}")
        unknown = [c for c in context if c not in CONTEXT_HEADS]
        if unknown:
            raise ValueError(f"unknown context heads {unknown}; choose from {CONTEXT_HEADS}")
        self.lexicon = lexicon
        self.source = source
        self.bits = bits
        self.wordvec = wordvec
        # the neighbours' vectors and the lemma x object-class pairs need the word-vector table
        usable = "wordvec" in source and wordvec is not None
        self.context = tuple(context) if usable else ()
        self.pair_bits = pair_bits if usable else 0
        # the shipped model's dense part: the word's and its object's vectors alone (see ``dense``)
        self._pair_only = source == "wordvec" and wordvec is not None and not self.context
        self.cue_types = cue_types
        self._cache: dict[str, int] = {}
        self._context = ContextIndices(self.index, self._hits)
        self._lex_rows: dict[tuple[str, str, str], list[str]] = {}
        self._word_cache: dict[tuple[str, str, str, str, str, bool], list[int]] = {}
        self._verdict_cache: dict[tuple[tuple[str, ...], tuple[str, ...]], list[int]] = {}
        self._dense_cache: dict[tuple[str, str, str | None, str | None], np.ndarray] = {}
        self._views_of: Any = None
        self._views: list[TokenView] = []
        # the indices of the viewed document's tokens whose lemma or form is a trigger word: the
        # matcher finds no row at any other (the rules coder looks only at these too)
        self._possible: frozenset[int] = frozenset()
        from ..events._typing import shared_matcher

        self.matcher = shared_matcher(lexicon)  # the events stage's: one keeps the answers both read

    @property
    def dense_dim(self) -> int:
        dim = 0
        if "tok2vec" in self.source:
            dim += 2 * 96
        if "wordvec" in self.source and self.wordvec is not None:
            dim += (2 + len(self.context)) * self.wordvec.dim
        return dim

    def index(self, feature: str) -> int:
        hit = self._cache.get(feature)
        if hit is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            hit = self._cache[feature] = _hash(feature, self.bits)
        return hit

    def dense(self, token: Any) -> np.ndarray:
        if self._pair_only:
            return self._pair_dense(token)
        parts: list[np.ndarray] = []
        if "tok2vec" in self.source:
            tensor = token.doc.tensor
            width = 96
            own = tensor[token.i][:width] if tensor is not None and len(tensor) else np.zeros(width)
            head = tensor[token.head.i][:width] if tensor is not None and len(tensor) else np.zeros(width)
            parts += [np.asarray(own, dtype=np.float32), np.asarray(head, dtype=np.float32)]
        if "wordvec" in self.source and self.wordvec is not None:
            parts.append(self._word_pair_vector(token, _dense_object(token)))
            if self.context:
                heads = context_heads(token)
                parts += [self._phrase_vector(heads[name]) for name in self.context]
        if not parts:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(parts).astype(np.float32, copy=False)  # the parts are float32 already

    def _pair_dense(self, token: Any) -> np.ndarray:
        """:meth:`dense` of the source ``wordvec`` with no neighbours: it reads only the word's and
        its object's forms, so a few thousand pairs make most candidates, and each pair's vector is
        the same array (callers only read it)."""
        obj = _dense_object(token)
        if obj is None:
            key = (token.lemma_, token.lower_, None, None)
        else:
            key = (token.lemma_, token.lower_, obj.lemma_, obj.lower_)
        hit = self._dense_cache.get(key)
        if hit is None:
            if len(self._dense_cache) > 100_000:
                self._dense_cache.clear()
            hit = self._dense_cache[key] = self._word_pair_vector(token, obj)
        return hit

    def _word_pair_vector(self, token: Any, obj: Any | None) -> np.ndarray:
        """The word's vector beside its object's (zeros for none)."""
        table = self.wordvec
        assert table is not None
        own = table.vector(token.lemma_.lower(), token.lower_)
        other = table.vector(obj.lemma_.lower(), obj.lower_) if obj is not None else table.zero
        return np.concatenate((own, other))

    def _phrase_vector(self, head: Any | None) -> np.ndarray:
        """The mean vector of a phrase head and its compound words ("relief supplies"), zeros for none."""
        table = self.wordvec
        assert table is not None
        if head is None:
            return table.zero
        words = [head, *(c for c in head.children if c.dep_ == "compound")]
        known = [v for v in (table.vector(w.lemma_.lower(), w.lower_) for w in words) if v is not table.zero]
        if not known:
            return table.zero
        return known[0] if len(known) == 1 else np.mean(known, axis=0)

    def pair_features(self, token: Any) -> list[str]:
        """The trigger lemma paired with the meaning class of its object and prepositional object:
        the signs of the table's first ``pair_bits`` principal components (a fixed, deterministic
        partition of the words: no clustering to store or repeat)."""
        if not self.pair_bits:
            return []
        heads = context_heads(token)
        lemma = token.lemma_.lower()
        out = []
        for name in ("obj", "pobj"):
            vec = self._phrase_vector(heads[name])
            if vec is not self.wordvec.zero:  # type: ignore[union-attr]
                cls = "".join("1" if x > 0 else "0" for x in vec[: self.pair_bits])
                out.append(f"pair_{name}={lemma}|{cls}")
                out.append(f"class_{name}={cls}")
        return out

    def cue_type_features(self, token: Any, rules: RuleVerdict, lex: list[str]) -> list[str]:
        """Each modality cue of the candidate's clause paired with each event type the lexicon gives
        the word ("would be arrested": a promise x COERCE reads as THREATEN): a linear model cannot
        join the two itself, and the pair carries to any word of the type, seen in training or not."""
        if not self.cue_types:
            return []
        words = self.matcher.words
        clause = token if token.pos_ in VERB_POS else (governing_verb(token) or token)
        cues = [
            name
            for name, present in (
                ("hypothetical", rules.hypothetical),
                ("negated", rules.negated),
                ("advice", rules.advice),
                ("promised", clause.pos_ in VERB_POS and is_promised(clause, words)),
                ("conditional", is_conditional_threat(token, words)),
                ("passive", any(c.dep_ == "auxpass" for c in clause.children)),
            )
            if present
        ]
        types = sorted({x.split("|")[0] for x in lex}) or ["none"]
        return [f"cue_type={cue}|{t}" for cue in cues for t in types]

    def views(self, sdoc: Any) -> list[TokenView]:
        """The token views of ``sdoc``, read once per document (the last document's are kept)."""
        if self._views_of is not sdoc:
            release(self._views)
            self._views = []  # released views are never released twice, even if reading the next fails
            self._possible = frozenset()
            self._views = token_views(sdoc)
            self._possible = frozenset(self.matcher.possible_triggers(sdoc))
            self._views_of = sdoc
        return self._views

    def indices(self, features: list[str]) -> list[int]:
        """The sorted distinct hashed indices of the features."""
        return sorted(set(self._hits(features)))

    def _hits(self, features: list[str]) -> list[int]:
        """The hashed index of each feature, in order (repeats kept)."""
        hits = list(map(self._cache.get, features))  # one C-level pass when every feature was met before
        if None in hits:  # hash only the features not met before (most of a candidate's were)
            for k, hit in enumerate(hits):
                if hit is None:
                    hits[k] = self.index(features[k])
        return hits  # type: ignore[return-value]

    def _verdict(self, token: Any, clauses: dict[int, tuple[bool, bool]]) -> RuleVerdict:
        """:func:`rule_verdict` of the token; the condition and advice cues read only the verb of its
        clause (:func:`clause_verb`), so they are read once per clause of the sentence (``clauses``)."""
        words = self.matcher.words
        clause = clause_verb(token)
        cues = clauses.get(clause.i)
        if cues is None:
            cues = clauses[clause.i] = (is_hypothetical(clause, words), is_advice(clause, words))
        trig = self.matcher.match(token) if token.i in self._possible else None
        if trig is None:  # most candidates: one of eight verdicts, shared (a verdict is frozen)
            return untriggered_verdict(is_negated(token, words), *cues)
        return RuleVerdict(
            trigger=trig,
            negated=is_negated(token, words),
            hypothetical=cues[0],
            advice=cues[1],
            future=is_future(token, trig, words),
        )

    def _word_indices(self, token: Any) -> list[int]:
        """The indices of :func:`word_features`, remembered by what they read of the token."""
        key = _word_key(token)
        hit = self._word_cache.get(key)
        if hit is None:
            if len(self._word_cache) > 100_000:
                self._word_cache.clear()
            hit = self._word_cache[key] = self.indices(word_features(token))
        return hit

    def _verdict_indices(self, rules: RuleVerdict, lex: list[str]) -> list[int]:
        """The indices of the rules' verdict and the lexicon rows as :func:`sparse_features` writes them."""
        key = (tuple(rules.features()), tuple(lex))
        hit = self._verdict_cache.get(key)
        if hit is None:
            if len(self._verdict_cache) > 100_000:
                self._verdict_cache.clear()
            lex_features = [f"lex={x}" for x in lex] + [f"lex_type={x.split('|')[0]}" for x in lex] or ["lex=none"]
            hit = self._verdict_cache[key] = self.indices(list(key[0]) + lex_features)
        return hit

    def lexicon_rows(self, token: Any) -> list[str]:
        """:func:`_in_lexicon` of the token, remembered by its lemma, form and coarse tag (every
        token of the document is looked up, and a few hundred words make most of them). The list
        is shared between calls: callers only read it."""
        key = (token.lemma_, token.lower_, token.pos_)
        rows = self._lex_rows.get(key)
        if rows is None:
            if len(self._lex_rows) > 200_000:
                self._lex_rows.clear()
            rows = self._lex_rows[key] = _in_lexicon(token, self.lexicon)
        return rows

    def describe(self, token: Any, sent: Any, context: _SentenceContext | None = None) -> Candidate:
        view = self.views(sent.doc)[token.i]
        rules = rule_verdict(view, self.matcher)
        features = sparse_features(view, sent, self.lexicon, self.matcher, context, rules) + self.pair_features(view)
        features += self.cue_type_features(view, rules, self.lexicon_rows(view))
        return Candidate(token=token, sparse=self.indices(features), dense=self.dense(view), rules=rules)

    def sentence_candidates(self, sent: Any, *, spacy_tokens: bool = True) -> list[Candidate]:
        """Every candidate word of the sentence described (``token`` is the spaCy token, or with
        ``spacy_tokens`` false its :class:`TokenView`: a caller that keeps only a few of them makes
        the spaCy tokens of those alone)."""
        sdoc = sent.doc
        views = self.views(sdoc)[sent.start : sent.end]
        context: _SentenceContext | None = None
        clauses: dict[int, tuple[bool, bool]] = {}
        pairs, cues = bool(self.pair_bits), self.cue_types
        out = []
        for view in views:  # the candidates as :func:`candidates` picks them, each looked up once
            if view.is_punct or view.like_num or len(view.text) < 2:
                continue
            # a word of no trigger part of speech (a determiner, a pronoun) has no lexicon row: not looked up
            lex = self.lexicon_rows(view) if view.pos_ in _TRIGGER_POS else _NO_ROWS
            if view.pos_ not in _CANDIDATE_POS and not lex:
                continue
            if context is None:
                context = _SentenceContext.of(views)
            rules = self._verdict(view, clauses)
            # the same indices as ``self.indices(sparse_features(...) + ...)``: the word's own
            # features and the rules' and lexicon's are hashed once per distinct word and verdict,
            # each part of its context once per distinct thing it reads (``_context_indices``)
            hits = self._context.of(view, sent, context)
            if pairs:  # both give no feature when switched off (the shipped model): not called then
                hits += self._hits(self.pair_features(view))
            if cues:
                hits += self._hits(self.cue_type_features(view, rules, lex))
            hits += self._word_indices(view) + self._verdict_indices(rules, lex)
            sparse = sorted(set(hits))
            token = sdoc[view.i] if spacy_tokens else view
            out.append(Candidate(token=token, sparse=sparse, dense=self.dense(view), rules=rules))
        return out

    def describe_all(self, tokens: Sequence[Any], sent: Any) -> list[Candidate]:
        context = _SentenceContext.of(self.views(sent.doc)[sent.start : sent.end])
        return [self.describe(t, sent, context) for t in tokens]
