"""The sparse features of a candidate word, as strings (hashed by :class:`~._features.FeatureSpace`):
the word itself, the rules' verdict and the lexicon rows, its children and the words above it, and
the cues around its position in the sentence."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..events._verdict import RuleVerdict, rule_features
from ._candidate_words import _in_lexicon

if TYPE_CHECKING:
    from ..events._lexicon import Lexicon

__all__ = ["context_features", "sparse_features", "word_features"]

_CUE_DEPS = {"neg", "aux", "auxpass", "mark", "advmod", "prt", "det", "amod", "poss", "nummod"}
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})
#: the dependencies whose child gives more than its dependency (the sets above, "prep")
_READ_DEPS = frozenset(_CUE_DEPS | _OBJECT_DEPS | _SUBJECT_DEPS | _CLAUSE_DEPS | {"prep"})
#: The children of a word above the candidate that :func:`_above_features` names.
_ABOVE_CUE_DEPS = frozenset({"neg", "aux", "mark"})


def _up(token: Any, steps: int) -> Iterator[Any]:
    for _ in range(steps):
        if token.head.i == token.i:
            return
        token = token.head
        yield token


@dataclass
class _SentenceContext:
    """What every candidate of a sentence looks up: computed once per sentence, not per candidate."""

    lowers: list[str]
    first_condition: int  # position of the first "if"/"unless", or len(sentence)
    question: bool
    negations: list[int]
    #: the features of each word above a candidate, by (its index, how far above): the sentence's
    #: candidates climb to the same few heads (its root above most of them)
    above: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    #: the hashed indices of the features of all the words above a candidate (``_context_indices``),
    #: by the index of the candidate's head (the chain above a word starts at its head)
    above_indices: dict[int, list[int]] = field(default_factory=dict)

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
    if ctx.negations and any(abs(n - k) <= 3 for n in ctx.negations):  # most sentences have none
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
    append = f.append
    for child in token.children:
        dep = child.dep_
        append(f"child_dep={dep}")
        if dep not in _READ_DEPS:
            continue  # most children ("punct", "compound", "det" ...) give their dependency alone
        clemma = child.lemma_.lower()  # read once per child, not once per feature that names it
        if dep in _CUE_DEPS:
            append(f"child={dep}:{clemma}")
        if dep in _OBJECT_DEPS:
            append(f"obj={clemma}")
            append(f"pred={lemma}|{clemma}")
            append(f"obj_ent={child.ent_type_ or 'none'}")
        if dep == "prt":
            append(f"phrasal={lemma}|{clemma}")
        if dep == "prep":
            append(f"prep={clemma}")
            append(f"verb_prep={lemma}|{clemma}")
            for grand in child.children:
                if grand.dep_ == "pobj":
                    append(f"prep_obj={clemma}|{grand.lemma_.lower()}")
                    append(f"prep_ent={clemma}|{grand.ent_type_ or 'none'}")
        if dep in _SUBJECT_DEPS:
            append(f"subj_ent={child.ent_type_ or child.pos_}")
        if dep in _CLAUSE_DEPS:
            append(f"comp={clemma}")
    context = context or _SentenceContext.of(sent)
    above = context.above
    for depth, head in enumerate(_up(token, 3), 1):
        told = above.get((head.i, depth))
        if told is None:
            told = above[(head.i, depth)] = _above_features(head, depth)
        f += told
    if token.head.i != token.i:
        append(f"head_rel={token.dep_}|{token.head.lemma_.lower()}")
    f += _position_features(token.i - sent.start, context)
    return f


def _above_features(head: Any, depth: int) -> list[str]:
    """The features of a word ``depth`` steps above the candidate: its lemma, its dependency and
    its negation, auxiliary and marker children."""
    f = [f"up{depth}={head.lemma_.lower()}", f"up{depth}_dep={head.dep_}"]
    for child in head.children:
        if child.dep_ in _ABOVE_CUE_DEPS:
            f.append(f"up_{child.dep_}={child.lemma_.lower()}")
    return f
