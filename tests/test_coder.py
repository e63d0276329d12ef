"""The learned event coder: the classifiers, model kinds and config, hybrid scoring, saving and loading."""

from __future__ import annotations

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
    fit,
    load_coder,
    load_config,
    make_space,
    score,
)
from parley.coder._model import Examples, MLPClassifier, average_classifiers
from parley.coder._train import Featurised, training_seeds, type_classifier
from parley.errors import TrainingError
from parley.events import load_lexicon

ROOT = Path(__file__).resolve().parent.parent


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


def test_coder_bundled_model_loads() -> None:
    if not (bundled_model_dir() / "model.json").is_file():
        pytest.skip("no bundled model")
    coder = load_coder(None, load_lexicon(()))
    assert coder.model.types.classes[0] == "NONE"


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


def test_coder_roles_remembered_feature_indices_equal_their_hashes() -> None:
    from parley.coder._roles import _hash, _indices

    features = ["bias", "type=ACCUSE", "dep=nsubj", "bias", "path=nsubj|"]
    expected = sorted({_hash(f) for f in features})
    assert _indices(features) == expected  # first met: hashed
    assert _indices(iter(features)) == expected  # met before: remembered, from any iterable
