"""The learned coder's features: trigger heads, context, word vectors, token views and remembered features."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from parley.coder import (
    WordVectors,
    bundled_model_dir,
    candidates,
    load_coder,
    load_config,
    make_space,
)
from parley.coder._features import span_head
from parley.events import load_lexicon

ROOT = Path(__file__).resolve().parent.parent


def test_coder_features_find_the_head_of_a_trigger_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Moscow poured troops into the region.")
    start = doc.text.index("poured troops into")
    head = span_head(doc[:], start, start + len("poured troops into"))
    assert head is not None and head.text == "poured"
    assert "poured" in [t.text for t in candidates(doc[:], load_lexicon(()))]


def test_coder_features_context_heads_are_object_subject_preposition_and_governor(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder._features import context_heads

    def words(sentence: str, word: str) -> dict[str, str | None]:
        heads = context_heads(next(t for t in nlp(sentence) if t.text == word))
        return {k: v.text if v is not None else None for k, v in heads.items()}

    assert words("The navy handed over a cheque.", "handed") == {
        "obj": "cheque", "subj": "navy", "pobj": None, "gov": None,
    }  # fmt: skip
    assert words("Farmers threw eggs and tomatoes at the minister.", "eggs")["gov"] == "threw"
    assert words("Farmers threw eggs and tomatoes at the minister.", "threw")["pobj"] == "minister"
    passive = words("Three soldiers were killed by shots from a ridge.", "killed")
    assert passive["obj"] == "soldiers" and passive["subj"] == "shots"


def _tiny_table() -> WordVectors:
    words = ["cheque", "relief", "supply", "hand", "aid"]
    return WordVectors(words, np.eye(len(words), 4, dtype=np.float32) - 0.1)


def test_coder_features_context_adds_the_neighbours_vectors(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder import FeatureSpace

    table = _tiny_table()
    lexicon = load_lexicon(())
    plain = FeatureSpace(lexicon, "wordvec", bits=12, wordvec=table)
    wide = FeatureSpace(lexicon, "wordvec", bits=12, wordvec=table, context=("obj", "gov"))
    assert (plain.dense_dim, wide.dense_dim) == (8, 16)
    doc = nlp("The ship handed over relief supplies.")
    handed = next(t for t in doc if t.text == "handed")
    vector = wide.dense(handed)
    phrase = (table.vector("relief") + table.vector("supply")) / 2  # the head and its compound word
    assert np.allclose(vector[8:12], phrase) and not vector[12:].any()  # no governing word
    assert np.array_equal(vector[:8], plain.dense(handed))  # the old part is unchanged
    # without the table the option cannot apply: an old sparse config loads as before
    assert FeatureSpace(lexicon, "sparse", bits=12, context=("obj",)).dense_dim == 0
    with pytest.raises(ValueError):
        FeatureSpace(lexicon, "wordvec", bits=12, wordvec=table, context=("object",))


def test_coder_features_pair_the_lemma_with_its_objects_class(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder import FeatureSpace

    space = FeatureSpace(load_lexicon(()), "wordvec", bits=12, wordvec=_tiny_table(), pair_bits=3)
    doc = nlp("The envoy handed over a cheque.")
    pairs = space.pair_features(next(t for t in doc if t.text == "handed"))
    assert pairs == ["pair_obj=hand|100", "class_obj=100"]
    assert FeatureSpace(load_lexicon(()), "wordvec", bits=12, wordvec=_tiny_table()).pair_features(doc[2]) == []


_TEXT = (
    "Kenya's foreign minister, who arrived in Addis Ababa on Monday, said Nairobi would not send 300 troops "
    "unless the talks failed. 'We won't recognise them,' he told reporters; police detained 12 protesters."
)


def test_coder_token_views_read_what_spacy_tokens_read(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder._view import token_views

    doc = nlp(_TEXT)
    views = token_views(doc)
    assert len(views) == len(doc)
    attrs = ("i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "is_punct", "like_num")
    for token, view in zip(doc, views, strict=True):
        assert [getattr(view, a) for a in attrs] == [getattr(token, a) for a in attrs]
        assert view.head.i == token.head.i and len(view) == len(token)
        assert [c.i for c in view.children] == [c.i for c in token.children]


def test_coder_features_of_views_equal_those_of_spacy_tokens(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder._features import rule_verdict, sparse_features

    if not (bundled_model_dir() / "model.json").is_file():
        pytest.skip("no bundled model")
    lexicon = load_lexicon(())
    space = load_coder(None, lexicon).space
    doc = nlp(_TEXT)
    for sent in doc.sents:
        described = space.sentence_candidates(sent)
        assert [c.token.i for c in described] == [t.i for t in candidates(sent, lexicon)]
        for cand in described:
            token = cand.token
            assert cand.rules == rule_verdict(token, space.matcher)
            features = sparse_features(token, sent, lexicon, space.matcher) + space.pair_features(token)
            assert cand.sparse == sorted({space.index(f) for f in features})
            assert np.array_equal(cand.dense, space.dense(token))


def test_coder_read_document_reads_what_read_reads_sentence_by_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    if not (bundled_model_dir() / "model.json").is_file():
        pytest.skip("no bundled model")
    coder = load_coder(None, load_lexicon(()))
    doc = nlp(_TEXT + " The summit was cancelled. Ghana and Togo signed a trade deal on Friday.")
    each = [coder.read(sent) for sent in doc.sents]
    assert len(each) > 2 and coder.read_document(doc) == each
    relevant = coder.read_document(doc, relevant=True)
    kept = [[p for p in preds if p.is_event or p.rules is None or p.rules.trigger is not None] for preds in each]
    assert relevant == kept and sum(map(len, kept)) < sum(map(len, each))
    assert coder.read_document(doc, relevant=True, sents=list(doc.sents)) == relevant  # the caller's listed sentences
    assert coder.read_document(nlp("")) == []


def test_coder_token_views_of_a_finished_document_are_unlinked(nlp) -> None:  # type: ignore[no-untyped-def]
    import gc

    from parley.coder._view import TokenView

    space = make_space(load_config(ROOT / "training" / "config.toml"), load_lexicon(()), None)
    first = space.views(nlp(_TEXT))
    assert first[1].head is not None and any(v.children for v in first)
    old = first[:]
    gc.collect()
    gc.disable()  # the views must go with their references, not wait for the cyclic collector
    try:
        space.views(nlp("Ghana and Togo signed a trade deal."))
        assert all(v.children == () and not hasattr(v, "head") for v in old)
        del first, old
        assert not [o for o in gc.get_objects() if isinstance(o, TokenView) and o.doc.text == _TEXT]
    finally:
        gc.enable()


def test_coder_features_pair_modality_cues_with_the_words_lexicon_types(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder import FeatureSpace
    from parley.coder._features import rule_verdict

    lexicon = load_lexicon(())
    space = FeatureSpace(lexicon, "sparse", bits=12, cue_types=True)

    def cues(text: str, word: str, which: FeatureSpace = space) -> list[str]:
        doc = nlp(text)
        view = which.views(doc)[next(t for t in doc if t.text == word).i]
        return which.cue_type_features(view, rule_verdict(view, which.matcher), ["COERCE|"])

    threat = cues("Anyone found carrying an unlicensed rifle would be arrested, he said.", "arrested")
    assert "cue_type=passive|COERCE" in threat and "cue_type=hypothetical|COERCE" in threat
    assert cues("Police arrested two men on Monday.", "arrested") == []
    plain = FeatureSpace(lexicon, "sparse", bits=12)
    assert cues("Anyone found carrying an unlicensed rifle would be arrested.", "arrested", plain) == []


def test_coder_features_remembered_per_word_give_the_indices_of_the_feature_strings(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder import FeatureSpace
    from parley.coder._features import _in_lexicon, sparse_features

    lexicon = load_lexicon(())
    space = FeatureSpace(lexicon, "sparse", bits=12, cue_types=True)
    texts = (_TEXT, "Police detained 12 protesters and the minister would not recognise them.")
    for text in texts * 2:  # the second pass reads every word from the caches
        doc = nlp(text)
        views = space.views(doc)
        for sent in doc.sents:
            for cand in space.sentence_candidates(sent):
                view = views[cand.token.i]
                lex = _in_lexicon(view, lexicon)
                assert space.lexicon_rows(view) == lex
                features = sparse_features(view, sent, lexicon, space.matcher) + space.pair_features(view)
                features += space.cue_type_features(view, cand.rules, lex)  # type: ignore[arg-type]
                assert cand.sparse == sorted({space.index(f) for f in features})


def test_coder_features_remembered_word_vectors_equal_those_read_anew(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder import FeatureSpace

    table = _tiny_table()
    lexicon = load_lexicon(())
    space = FeatureSpace(lexicon, "wordvec", bits=12, wordvec=table)
    doc = nlp("The ship handed over aid. The army handed over aid and handed a cheque to them.")
    views = space.views(doc)
    for sent in doc.sents:
        for cand in space.sentence_candidates(sent):  # the second "handed over aid" reads the cache
            view = views[cand.token.i]
            obj = next((c for c in view.children if c.dep_ in {"dobj", "nsubjpass", "attr", "prt"}), None)
            own = table.vector(view.lemma_.lower(), view.lower_)
            other = table.vector(obj.lemma_.lower(), obj.lower_) if obj is not None else table.zero
            assert cand.dense.dtype == np.float32
            assert np.array_equal(cand.dense, np.concatenate((own, other)))
    handed = [t for t in doc if t.text == "handed"]
    assert space.dense(handed[0]) is space.dense(handed[1])  # one array per word and object


def test_coder_features_untriggered_verdicts_are_shared_and_equal_fresh_ones(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder import FeatureSpace
    from parley.coder._features import rule_verdict

    space = FeatureSpace(load_lexicon(()), "sparse", bits=12)
    doc = nlp("Police detained 12 protesters and the minister would not recognise the new government.")
    plain = [c for sent in doc.sents for c in space.sentence_candidates(sent) if c.rules.trigger is None]  # type: ignore[union-attr]
    assert len(plain) >= 2
    for cand in plain:  # a verdict is frozen: one object per combination of cues serves every word
        assert cand.rules == rule_verdict(space.views(doc)[cand.token.i], space.matcher)
        same = [c for c in plain if c.rules == cand.rules]
        assert all(c.rules is cand.rules for c in same)


def test_coder_token_views_of_a_document_without_heads(nlp) -> None:  # type: ignore[no-untyped-def]
    space = make_space(load_config(ROOT / "training" / "config.toml"), load_lexicon(()), None)
    alone = space.views(nlp("Ceasefire"))  # one token, its own root: no child anywhere
    assert [(v.text, v.children, v.head is v) for v in alone] == [("Ceasefire", (), True)]
    after = space.views(nlp("Ghana and Togo signed a trade deal."))  # the next document still reads
    assert any(v.children for v in after)
