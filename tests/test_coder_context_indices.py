"""A candidate's context features as hashed indices, each part remembered by what it reads: the same
set of indices as hashing the strings ``context_features`` writes."""

from __future__ import annotations

from typing import Any

import pytest

import parley.coder._context_indices as context_indices
from parley.coder import FeatureSpace
from parley.coder._context_indices import ContextIndices
from parley.coder._sparse import _SentenceContext, context_features
from parley.events import load_lexicon

_TEXT = (
    "If the council does not approve the plan, the farmers will block the roads into the capital. "
    "Did the envoy hand over a letter to the Ghanaian minister at the summit in Accra? "
    "Rebels fired rockets at an army base near the river and the navy sent two ships."
)


def test_coder_context_indices_match_the_hashed_strings(nlp: Any) -> None:
    space = FeatureSpace(load_lexicon(()), "sparse", bits=14)
    indices = ContextIndices(space.index, space._hits)
    doc = nlp(_TEXT)
    views = space.views(doc)
    for _ in range(2):  # the second pass reads every part from the tables the first one filled
        for sent in doc.sents:
            sent_views = views[sent.start : sent.end]
            context = _SentenceContext.of(sent_views)
            for view in sent_views:
                strings = context_features(view, sent, _SentenceContext.of(sent_views))
                assert set(indices.of(view, sent, context)) == {space.index(f) for f in strings}


def test_coder_context_indices_share_the_chain_above_a_head(nlp: Any) -> None:
    space = FeatureSpace(load_lexicon(()), "sparse", bits=14)
    indices = ContextIndices(space.index, space._hits)
    doc = nlp("The soldiers seized the weapons and the fuel.")
    views = space.views(doc)
    sent = next(iter(doc.sents))
    context = _SentenceContext.of(views[sent.start : sent.end])
    verb = next(v for v in views if v.lemma_ == "seize")
    under = [v for v in verb.children if v.dep_ in {"nsubj", "dobj"}]
    assert len(under) == 2
    for view in under:
        indices.of(view, sent, context)
    # the subject and the object hang from the same verb: one chain above them, kept by the verb
    assert list(context.above_indices) == [verb.i]


def _object_indices(nlp: Any, space: FeatureSpace, indices: ContextIndices, text: str) -> set[int]:
    """The context indices of the word "weapon(s)" in a new document of ``text``, checked against the
    hashed strings ``context_features`` writes."""
    doc = nlp(text)
    views = space.views(doc)
    sent = next(iter(doc.sents))
    noun = next(v for v in views if v.lemma_ == "weapon")
    got = set(indices.of(noun, sent, _SentenceContext.of(views[sent.start : sent.end])))
    assert got == {space.index(f) for f in context_features(noun, sent, _SentenceContext.of(views))}
    return got


def test_coder_context_indices_keep_the_words_above_by_what_they_read(nlp: Any) -> None:
    space = FeatureSpace(load_lexicon(()), "sparse", bits=14)
    indices = ContextIndices(space.index, space._hits)
    seen: list[set[int]] = []
    sizes: list[int] = []
    for text in ("The soldiers did not seize the weapons.", "The soldiers did not seize the weapons."):
        # a new document each time: the words above are found again by what they read
        seen.append(_object_indices(nlp, space, indices, text))
        sizes.append(len(indices._aboves))
    assert seen[0] == seen[1]
    # the verb above the object, with its "not" and "did", was read once: the second document adds nothing
    assert sizes[0] == sizes[1] > 0


def test_coder_context_indices_words_above_table_stays_bounded(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context_indices, "_LIMIT", 2)
    space = FeatureSpace(load_lexicon(()), "sparse", bits=14)
    indices = ContextIndices(space.index, space._hits)
    sizes = []
    for verb in ("seized", "burned", "sank", "held", "took", "hid"):
        # a new verb above the object each time; the table is emptied past the limit, and the indices
        # are still those of the hashed strings
        _object_indices(nlp, space, indices, f"The soldiers {verb} the weapons.")
        sizes.append(len(indices._aboves))
    assert max(sizes) <= 3 and sizes[-1] < 6
