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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from ..events._modality import is_advice, is_conditional_threat, is_future, is_hypothetical, is_negated, is_promised
from ..events._parse import clause_verb, governing_verb
from ._view import TokenView, release, token_views

if TYPE_CHECKING:
    from ..events import Lexicon
    from ..events._lexicon import Trigger
    from ._wordvec import WordVectors

__all__ = [
    "CONTEXT_HEADS",
    "FEATURE_SOURCES",
    "Candidate",
    "FeatureSpace",
    "RuleVerdict",
    "candidates",
    "context_heads",
    "rule_verdict",
    "span_head",
]

FEATURE_SOURCES = ("sparse", "tok2vec", "wordvec", "tok2vec+wordvec")
#: The neighbours whose word vectors ``[features] context`` may add (see :func:`context_heads`).
CONTEXT_HEADS = ("obj", "subj", "pobj", "gov")
_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_SUBJECT_DEPS = ("nsubj", "csubj")
_CANDIDATE_POS = {"VERB", "NOUN"}
_TRIGGER_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ", "AUX": "VERB"}
_CUE_DEPS = {"neg", "aux", "auxpass", "mark", "advmod", "prt", "det", "amod", "poss", "nummod"}


@dataclass(frozen=True)
class RuleVerdict:
    """What the rule coder reads at a token: the lexicon row whose condition holds (None: not a
    trigger) and its modality cues. Computed once per candidate: the features use it, and the
    events stage reuses it instead of asking the rules again."""

    trigger: Trigger | None
    negated: bool
    hypothetical: bool
    advice: bool
    future: bool  # only read when ``trigger`` is not None

    def features(self) -> list[str]:
        out = []
        trig = self.trigger
        if trig is not None:
            out.append(f"rule={trig.type}")
            out.append(f"rule_mode={trig.type}|{trig.mode}")
            if self.future:
                out.append("rule_future")
        if self.negated:
            out.append("rule_negated")
        if self.hypothetical:
            out.append("rule_hypothetical")
        if self.advice:
            out.append("rule_advice")
        return out


@cache
def _untriggered_verdict(negated: bool, hypothetical: bool, advice: bool) -> RuleVerdict:
    """The verdict on a word no lexicon row holds at, made once per combination of cues."""
    return RuleVerdict(trigger=None, negated=negated, hypothetical=hypothetical, advice=advice, future=False)


@dataclass
class Candidate:
    token: Any  # a spaCy Token (or its TokenView)
    sparse: list[int]
    dense: np.ndarray
    rules: RuleVerdict | None = None


def _in_lexicon(token: Any, lexicon: Lexicon) -> list[str]:
    pos = _TRIGGER_POS.get(token.pos_)
    if pos is None:
        return []
    rows = lexicon.triggers.get((token.lemma_.lower(), pos)) or lexicon.triggers.get((token.lower_, pos)) or []
    return [f"{r.type}|{r.cond.partition('=')[0]}" for r in rows if not r.rules_only]


def candidates(sent: Any, lexicon: Lexicon) -> list[Any]:
    """Tokens of the sentence that may name an act, in order (``sent`` may be a list of
    :class:`~._view.TokenView`, which are then returned)."""
    out = []
    for token in sent:
        if token.is_punct or token.like_num or len(token.text) < 2:
            continue
        if token.pos_ in _CANDIDATE_POS or _in_lexicon(token, lexicon):
            out.append(token)
    return out


def span_head(sent: Any, start: int, end: int) -> Any | None:
    """The token of the characters ``start:end`` (sentence offsets) whose head lies outside them,
    preferring a candidate word: the head of the trigger phrase ("poured" of "poured troops into")."""
    inside = [t for t in sent if t.idx - sent.start_char < end and t.idx + len(t) - sent.start_char > start]
    if not inside:
        return None
    ids = {t.i for t in inside}
    roots = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    content = [t for t in roots if t.pos_ in _CANDIDATE_POS | {"ADJ", "PROPN"}]
    pool = content or roots or inside
    return pool[0]


def _up(token: Any, steps: int) -> Iterator[Any]:
    for _ in range(steps):
        if token.head.i == token.i:
            return
        token = token.head
        yield token


def _child(token: Any, deps: tuple[str, ...]) -> Any | None:
    """The first child of ``token`` by the first of ``deps`` that it has (deps in order of preference)."""
    for dep in deps:
        for child in token.children:
            if child.dep_ == dep:
                return child
    return None


def _pobj(token: Any, preps: tuple[str, ...] = ("prep", "agent", "dative")) -> Any | None:
    """The object of the candidate's first preposition ("at troops", "by gunfire")."""
    for child in token.children:
        if child.dep_ in preps:
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return None


def context_heads(token: Any) -> dict[str, Any | None]:
    """The candidate's neighbours in the parse: its object (not its particle), its subject (or the
    object of its ``by`` agent), the object of its first preposition, and the word it depends on."""
    subject = _child(token, _SUBJECT_DEPS) or _pobj(token, ("agent",))
    return {
        "obj": _child(token, _OBJECT_DEPS),
        "subj": subject,
        "pobj": _pobj(token),
        "gov": token.head if token.head.i != token.i else None,
    }


def rule_verdict(token: Any, matcher: Any) -> RuleVerdict:
    """What the rule coder thinks of the token: the lexicon row whose condition holds, and the
    rules' negation, condition, advice and future cues (the model learns when to trust them)."""
    words = matcher.words
    trig = matcher.match(token)
    return RuleVerdict(
        trigger=trig,
        negated=is_negated(token, words),
        hypothetical=is_hypothetical(token, words),
        advice=is_advice(token, words),
        future=trig is not None and is_future(token, trig, words),
    )


def rule_features(token: Any, matcher: Any) -> list[str]:
    """The rules' verdict on the token as features (see :func:`rule_verdict`)."""
    return rule_verdict(token, matcher).features()


@dataclass
class _SentenceContext:
    """What every candidate of a sentence looks up: computed once per sentence, not per candidate."""

    lowers: list[str]
    first_condition: int  # position of the first "if"/"unless", or len(sentence)
    question: bool
    negations: list[int]

    @classmethod
    def of(cls, sent: Any) -> _SentenceContext:
        lowers = [t.lower_ for t in sent]
        condition = next((k for k, w in enumerate(lowers) if w in {"if", "unless"}), len(lowers))
        negations = [k for k, w in enumerate(lowers) if w in {"not", "n't", "never", "no"}]
        return cls(lowers, condition, "?" in lowers, negations)


def _position_features(k: int, ctx: _SentenceContext) -> list[str]:
    """Cues around the candidate's position ``k`` in its sentence."""
    f = []
    if ctx.first_condition < k:
        f.append("cond_before")
    if ctx.question:
        f.append("question")
    if any(abs(n - k) <= 3 for n in ctx.negations):
        f.append("neg_near")
    f += [f"prev={w}" for w in ctx.lowers[max(0, k - 2) : k]]
    f += [f"next={w}" for w in ctx.lowers[k + 1 : k + 3]]
    return f


def sparse_features(
    token: Any,
    sent: Any,
    lexicon: Lexicon,
    matcher: Any = None,
    context: _SentenceContext | None = None,
    rules: RuleVerdict | None = None,
    lex: list[str] | None = None,
) -> list[str]:
    """The features of a candidate token (a spaCy token or its view); ``rules``: the rules'
    verdict on it when already computed (else computed here when a ``matcher`` is given);
    ``lex``: its lexicon rows as :func:`_in_lexicon` gives them, when already looked up."""
    f = word_features(token)
    if rules is not None:
        f += rules.features()
    elif matcher is not None:
        f += rule_features(token, matcher)
    if lex is None:
        lex = _in_lexicon(token, lexicon)
    f += [f"lex={x}" for x in lex] + [f"lex_type={x.split('|')[0]}" for x in lex] or ["lex=none"]
    return f + context_features(token, sent, context)


def _word_key(token: Any) -> tuple[str, str, str, str, str, bool]:
    """What :func:`word_features` reads of the token (its cache key)."""
    return (token.lemma_, token.lower_, token.pos_, token.tag_, token.dep_, token.text[:1].isupper())


def word_features(token: Any) -> list[str]:
    """The features of the word itself (its lemma, form, tags and dependency), whatever its neighbours."""
    lemma = token.lemma_.lower()
    return [
        "bias",
        f"lemma={lemma}",
        f"lower={token.lower_}",
        f"suffix={lemma[-3:]}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"pos_dep={token.pos_}|{token.dep_}",
        f"lemma_pos={lemma}|{token.pos_}",
        f"cap={token.text[:1].isupper()}",
    ]


def context_features(token: Any, sent: Any, context: _SentenceContext | None = None) -> list[str]:
    """The features of the token's neighbours: its children, the words above it, its head and the
    cues around its position in the sentence."""
    lemma = token.lemma_.lower()
    f: list[str] = []
    objects = []
    for child in token.children:
        dep = child.dep_
        clemma = child.lemma_.lower()
        f.append(f"child_dep={dep}")
        if dep in _CUE_DEPS:
            f.append(f"child={dep}:{clemma}")
        if dep in {"dobj", "nsubjpass", "attr", "oprd"}:
            objects.append(clemma)
            f.append(f"obj={clemma}")
            f.append(f"pred={lemma}|{clemma}")
            f.append(f"obj_ent={child.ent_type_ or 'none'}")
        if dep == "prt":
            f.append(f"phrasal={lemma}|{clemma}")
        if dep == "prep":
            f.append(f"prep={clemma}")
            f.append(f"verb_prep={lemma}|{clemma}")
            for grand in child.children:
                if grand.dep_ == "pobj":
                    f.append(f"prep_obj={clemma}|{grand.lemma_.lower()}")
                    f.append(f"prep_ent={clemma}|{grand.ent_type_ or 'none'}")
        if dep in {"nsubj", "nsubjpass", "agent"}:
            f.append(f"subj_ent={child.ent_type_ or child.pos_}")
        if dep in {"xcomp", "ccomp"}:
            f.append(f"comp={child.lemma_.lower()}")
    for depth, head in enumerate(_up(token, 3), 1):
        f.append(f"up{depth}={head.lemma_.lower()}")
        f.append(f"up{depth}_dep={head.dep_}")
        for child in head.children:
            if child.dep_ in {"neg", "aux", "mark"}:
                f.append(f"up_{child.dep_}={child.lemma_.lower()}")
    if token.head.i != token.i:
        f.append(f"head_rel={token.dep_}|{token.head.lemma_.lower()}")
    f += _position_features(token.i - sent.start, context or _SentenceContext.of(sent))
    return f


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
        self.cue_types = cue_types
        self._cache: dict[str, int] = {}
        self._lex_rows: dict[tuple[str, str, str], list[str]] = {}
        self._word_cache: dict[tuple[str, str, str, str, str, bool], list[int]] = {}
        self._verdict_cache: dict[tuple[tuple[str, ...], tuple[str, ...]], list[int]] = {}
        self._dense_cache: dict[tuple[str, str, str | None, str | None], np.ndarray] = {}
        self._views_of: Any = None
        self._views: list[TokenView] = []
        from ..events._typing import TriggerMatcher

        self.matcher = TriggerMatcher(lexicon)

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
        parts: list[np.ndarray] = []
        if "tok2vec" in self.source:
            tensor = token.doc.tensor
            width = 96
            own = tensor[token.i][:width] if tensor is not None and len(tensor) else np.zeros(width)
            head = tensor[token.head.i][:width] if tensor is not None and len(tensor) else np.zeros(width)
            parts += [np.asarray(own, dtype=np.float32), np.asarray(head, dtype=np.float32)]
        if "wordvec" in self.source and self.wordvec is not None:
            obj = next((c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "attr", "prt"}), None)
            if self.source == "wordvec" and not self.context:
                key = (token.lemma_, token.lower_, *((obj.lemma_, obj.lower_) if obj is not None else (None, None)))
                # the vector reads only the word and its object's forms: a few thousand pairs make
                # most candidates, and each pair's vector is the same array (callers only read it)
                hit = self._dense_cache.get(key)
                if hit is None:
                    if len(self._dense_cache) > 100_000:
                        self._dense_cache.clear()
                    hit = self._dense_cache[key] = self._word_pair_vector(token, obj)
                return hit
            parts.append(self._word_pair_vector(token, obj))
            if self.context:
                heads = context_heads(token)
                parts += [self._phrase_vector(heads[name]) for name in self.context]
        if not parts:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate(parts).astype(np.float32, copy=False)  # the parts are float32 already

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
        clause = token if token.pos_ in {"VERB", "AUX"} else (governing_verb(token) or token)
        cues = [
            name
            for name, present in (
                ("hypothetical", rules.hypothetical),
                ("negated", rules.negated),
                ("advice", rules.advice),
                ("promised", clause.pos_ in {"VERB", "AUX"} and is_promised(clause, words)),
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
            self._views = token_views(sdoc)
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
        trig = self.matcher.match(token)
        if trig is None:  # most candidates: one of eight verdicts, shared (a verdict is frozen)
            return _untriggered_verdict(is_negated(token, words), *cues)
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

    def sentence_candidates(self, sent: Any) -> list[Candidate]:
        """Every candidate word of the sentence described (``token`` is the spaCy token)."""
        sdoc = sent.doc
        views = self.views(sdoc)[sent.start : sent.end]
        context: _SentenceContext | None = None
        clauses: dict[int, tuple[bool, bool]] = {}
        out = []
        for view in views:  # the candidates as :func:`candidates` picks them, each looked up once
            if view.is_punct or view.like_num or len(view.text) < 2:
                continue
            lex = self.lexicon_rows(view)
            if view.pos_ not in _CANDIDATE_POS and not lex:
                continue
            if context is None:
                context = _SentenceContext.of(views)
            rules = self._verdict(view, clauses)
            # the same indices as ``self.indices(sparse_features(...) + ...)``: the word's own
            # features and the rules' and lexicon's are hashed once per distinct word and verdict
            features = context_features(view, sent, context) + self.pair_features(view)
            features += self.cue_type_features(view, rules, lex)
            hits = self._hits(features) + self._word_indices(view) + self._verdict_indices(rules, lex)
            sparse = sorted(set(hits))
            out.append(Candidate(token=sdoc[view.i], sparse=sparse, dense=self.dense(view), rules=rules))
        return out

    def describe_all(self, tokens: Sequence[Any], sent: Any) -> list[Candidate]:
        context = _SentenceContext.of(self.views(sent.doc)[sent.start : sent.end])
        return [self.describe(t, sent, context) for t in tokens]
