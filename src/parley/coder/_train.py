"""Training the event coder from the corpus: examples, fitting, and held-out figures.

Each corpus sentence is parsed on its own; each annotated trigger is mapped to the head token of
its words; every candidate token of the sentence becomes an example, labelled with its event type
(or ``NONE``) for the type classifier and, when it names an act, with its modality for the
modality classifier. ``cross_validate`` trains on all writers but one and scores on the one left
out, for each writer: figures on styles and wordings the model never saw.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import TrainingError
from ._candidate_words import candidates, span_head
from ._corpus import MODALITIES, TrainingSentence
from ._features import FeatureSpace
from ._model import LABELS, Classifier, CoderModel, Examples, MLPClassifier, TypeClassifier, average_classifiers
from ._wordvec import WordVectors

__all__ = [
    "MODEL_KINDS",
    "ParsedCorpus",
    "Scores",
    "cross_validate",
    "featurise",
    "fit",
    "hybrid_types",
    "load_config",
    "make_space",
    "parse_corpus",
    "score",
    "threshold_bars",
    "training_seeds",
    "type_classifier",
    "type_vetoes",
    "veto_bars",
]

logger = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


def load_config(path: Path) -> dict[str, Any]:
    try:
        config = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TrainingError(f"{path}: cannot read the training config ({exc})", code="E731") from exc
    for section in ("features", "train", "decide"):
        if section not in config:
            raise TrainingError(f"{path}: missing [{section}] section", code="E732")
    return config


@dataclass
class ParsedCorpus:
    sentences: list[TrainingSentence]
    docs: list[Any]  # spaCy Docs, one per sentence


def parse_corpus(sentences: list[TrainingSentence], nlp: Any, progress: Progress | None = None) -> ParsedCorpus:
    docs = []
    for i, doc in enumerate(nlp.pipe((s.text for s in sentences), batch_size=256)):
        docs.append(doc)
        if progress is not None and i % 200 == 0:
            progress("parse", i, len(sentences))
    return ParsedCorpus(sentences, docs)


def gold_heads(sentence: TrainingSentence, doc: Any) -> dict[int, tuple[str, str]]:
    """Token index of each annotated trigger's head -> (type, modality)."""
    out: dict[int, tuple[str, str]] = {}
    span = doc[:]
    for event in sentence.events:
        start = sentence.text.find(event.trigger)
        if start < 0:
            continue
        head = span_head(span, start, start + len(event.trigger))
        if head is not None:
            out.setdefault(head.i, (event.type, event.modality))
    return out


@dataclass
class Featurised:
    """Examples of a set of sentences, with the sentence each example came from."""

    types: Examples
    modality: Examples
    sentence_of: np.ndarray
    token_of: np.ndarray
    gold: list[dict[int, tuple[str, str]]] = field(default_factory=list)
    # per example, the label index of the type the rules' lexicon reads there (0: no trigger)
    rule_of: np.ndarray | None = None


def featurise(corpus: ParsedCorpus, space: FeatureSpace, rows: Iterable[int]) -> Featurised:
    sparse: list[list[int]] = []
    dense: list[np.ndarray] = []
    type_labels: list[int] = []
    modality_labels: list[int] = []
    sentence_of: list[int] = []
    token_of: list[int] = []
    rule_of: list[int] = []
    gold_all: list[dict[int, tuple[str, str]]] = []
    for k, r in enumerate(rows):
        sentence, doc = corpus.sentences[r], corpus.docs[r]
        gold = gold_heads(sentence, doc)
        gold_all.append(gold)
        span = doc[:]
        tokens = candidates(span, space.lexicon)
        seen = {t.i for t in tokens}
        tokens += [doc[i] for i in gold if i not in seen]
        for token in tokens:
            cand = space.describe(token, span)
            sparse.append(cand.sparse)
            dense.append(cand.dense)
            type_, modality = gold.get(token.i, ("NONE", ""))
            type_labels.append(LABELS.index(type_))
            modality_labels.append(MODALITIES.index(modality) if modality else -1)
            sentence_of.append(k)
            token_of.append(token.i)
            trigger = cand.rules.trigger if cand.rules is not None else None
            rule_of.append(LABELS.index(trigger.type) if trigger is not None else 0)
    return Featurised(
        types=Examples.build(sparse, dense, type_labels),
        modality=Examples.build(sparse, dense, modality_labels),
        sentence_of=np.asarray(sentence_of),
        token_of=np.asarray(token_of),
        gold=gold_all,
        rule_of=np.asarray(rule_of, dtype=np.int64),
    )


def _class_weights(config: dict[str, Any]) -> np.ndarray:
    """The loss weight of each label: ``none_weight`` for NONE, ``[train.type_weights]`` (type ->
    weight) for the types it names, 1 for the others."""
    weights = np.ones(len(LABELS), dtype=np.float32)
    weights[0] = float(config["train"].get("none_weight", 1.0))
    for name, weight in config["train"].get("type_weights", {}).items():
        if name not in LABELS[1:]:
            raise TrainingError(f"type_weights: unknown event type {name!r}", code="E737")
        weights[LABELS.index(name)] = float(weight)
    return weights


MODEL_KINDS = ("linear", "mlp")


def type_classifier(config: dict[str, Any], n_features: int, dense_dim: int) -> TypeClassifier:
    """The untrained type classifier the config's ``[model]`` asks for (``linear`` by default)."""
    model = config.get("model", {})
    kind = str(model.get("kind", "linear"))
    if kind == "linear":
        return Classifier(LABELS, n_features, dense_dim)
    if kind == "mlp":
        return MLPClassifier(
            LABELS, n_features, dense_dim, int(model.get("hidden", 64)), wide=bool(model.get("wide", True)),
            seed=int(config["train"]["seed"]),
        )  # fmt: skip
    raise TrainingError(f"unknown model kind {kind!r}; choose from {MODEL_KINDS}", code="E734")


def training_seeds(config: dict[str, Any]) -> list[int]:
    """The seeds of the models a fit averages: ``[train] seeds`` when given, else the one ``seed``."""
    train = config["train"]
    return [int(s) for s in train.get("seeds", [])] or [int(train["seed"])]


def fit(data: Featurised, space: FeatureSpace, config: dict[str, Any], log: Progress | None = None) -> CoderModel:
    """Train the type and modality classifiers; with several ``[train] seeds`` (linear model only),
    one pair per seed, their weights averaged: the bag's vote, less dependent on any one shuffle."""
    seeds = training_seeds(config)
    if len(seeds) > 1 and str(config.get("model", {}).get("kind", "linear")) != "linear":
        raise TrainingError("averaging over several seeds needs the linear model", code="E736")
    models = [_fit_one(data, space, config, seed, log) for seed in seeds]
    if len(models) == 1:
        return models[0]
    linear = [m.types for m in models if isinstance(m.types, Classifier)]
    return CoderModel(
        config=config,
        types=average_classifiers(linear),
        modality=average_classifiers([m.modality for m in models]),
    )


def _fit_one(
    data: Featurised, space: FeatureSpace, config: dict[str, Any], seed: int, log: Progress | None
) -> CoderModel:
    train = config["train"]
    n_features = 1 << space.bits
    types = type_classifier(config, n_features, space.dense_dim)
    common: dict[str, Any] = {
        "epochs": int(train["epochs"]),
        "learning_rate": float(train["learning_rate"]),
        "l2": float(train["l2"]),
        "batch_size": int(train["batch_size"]),
        "seed": seed,
    }
    average_last = int(train.get("average_last", 0))
    extra: dict[str, Any] = {}
    if isinstance(types, MLPClassifier):
        extra["deep_rate"] = float(config.get("model", {}).get("deep_rate", common["learning_rate"]))
    else:
        extra["average_last"] = average_last
    types.fit(
        data.types,
        **common,
        class_weight=_class_weights(config),
        progress=_epoch_logger("type", log),
        dropout=float(train.get("dropout", 0.0)),
        **extra,
    )
    # the modality classifier stays linear and is trained as before (no dropout)
    modality = Classifier(MODALITIES, n_features, space.dense_dim)
    modality.fit(data.modality, **common, progress=_epoch_logger("modality", log), average_last=average_last)
    return CoderModel(config=config, types=types, modality=modality)


def _epoch_logger(name: str, log: Progress | None) -> Callable[[int, float], None] | None:
    if log is None:
        return None

    def report(epoch: int, loss: float) -> None:
        log(f"{name} epoch {epoch + 1} loss {loss:.4f}", 0, 0)

    return report


@dataclass
class Scores:
    """Trigger-level figures: a predicted (token, type) is right when the gold has that type at that
    token's trigger head; modality accuracy is over right predictions."""

    gold: int = 0
    predicted: int = 0
    right: int = 0
    modality_right: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)  # type -> [gold, predicted, right]

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.right / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_right / self.right if self.right else 0.0

    def add(self, other: Scores) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.right += other.right
        self.modality_right += other.modality_right
        for t, counts in other.by_type.items():
            mine = self.by_type.setdefault(t, [0, 0, 0])
            for i in range(3):
                mine[i] += counts[i]


def score(model: CoderModel, data: Featurised, *, hybrid: bool = False) -> Scores:
    """Trigger-level figures of the model on ``data``. ``hybrid``: close to how the learned coder
    runs (roles aside), a word the rules' lexicon reads as an event keeps the rules' type (the
    model's other type only when it is ``[decide] retype`` sure, none when the model's NONE is
    ``[decide] veto`` sure); the model decides the others."""
    decide = model.config["decide"]
    p_type = model.types.probabilities(data.types)
    p_mod = model.modality.probabilities(data.types)
    if hybrid:
        if data.rule_of is None:
            raise TrainingError("hybrid scores need the rules' types of the examples", code="E738")
        predicted = hybrid_types(p_type, data.rule_of, decide)
    else:
        predicted = _model_types(p_type, threshold_bars(decide))
    out = Scores()
    for gold in data.gold:
        out.gold += len(gold)
        for type_, _ in gold.values():
            out.by_type.setdefault(type_, [0, 0, 0])[0] += 1
    for j in np.flatnonzero(predicted).tolist():
        type_ = LABELS[int(predicted[j])]
        out.predicted += 1
        out.by_type.setdefault(type_, [0, 0, 0])[1] += 1
        truth = data.gold[int(data.sentence_of[j])].get(int(data.token_of[j]))
        if truth is not None and truth[0] == type_:
            out.right += 1
            out.by_type[type_][2] += 1
            out.modality_right += int(MODALITIES[int(p_mod[j].argmax())] == truth[1])
    return out


def _model_types(p_type: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """The label index the model reads at each example (0: none): its likeliest label, when that is
    an event type at least as likely as that label's bar in ``thresholds`` (one per label)."""
    best = p_type.argmax(axis=1)
    return np.where(p_type[np.arange(len(best)), best] >= thresholds[best], best, 0)


def threshold_bars(decide: dict[str, Any]) -> np.ndarray:
    """The least probability at which the model's likeliest label is read as an event, per label
    (index as ``LABELS``): ``[decide] threshold_by_type`` for the types it names, ``threshold`` for
    the others; a type the model over-calls on unseen writers can be held to a surer bar alone."""
    default = float(decide["threshold"])
    table = _type_bars(decide.get("threshold_by_type", {}))
    return np.array([table.get(label, default) for label in LABELS], dtype=np.float32)


def _type_bars(raw: Any) -> dict[str, float]:
    """``threshold_by_type`` checked: a table of event types, each with a probability bar in [0, 1]
    (a typo in a hand-edited ``model.json`` must stop the coder's loading, not shift its events)."""
    if not isinstance(raw, dict):
        raise TrainingError(f"threshold_by_type: a table of event types, not {raw!r}", code="E739")
    unknown = sorted(set(map(str, raw)) - set(LABELS[1:]))
    if unknown:
        raise TrainingError(f"threshold_by_type: unknown event type(s) {unknown}", code="E739")
    for name, bar in raw.items():
        if isinstance(bar, bool) or not isinstance(bar, int | float) or not 0.0 <= bar <= 1.0:
            raise TrainingError(f"threshold_by_type: {name}'s bar {bar!r} is not a number in [0, 1]", code="E739")
    return {str(name): float(bar) for name, bar in raw.items()}


def hybrid_types(p_type: np.ndarray, rule_of: np.ndarray, decide: dict[str, Any]) -> np.ndarray:
    """The label index each example ends with when the rules' types (``rule_of``, 0: none) stand beside
    the model's probabilities ``p_type``, decided by the ``[decide]`` bars as ``EventFinder`` decides."""
    model = _model_types(p_type, threshold_bars(decide))
    return _keep_rule_types(model, p_type, rule_of, float(decide.get("retype", 1.01)), veto_bars(decide, rule_of))


def type_vetoes(decide: dict[str, Any]) -> dict[str, float]:
    """``[decide] veto_by_type``: the veto bar of the rules' words of each type named there (the
    other types take ``veto``)."""
    return {str(type_): float(bar) for type_, bar in dict(decide.get("veto_by_type", {})).items()}


def veto_bars(decide: dict[str, Any], rule_of: np.ndarray) -> np.ndarray:
    """The veto bar of each example, by the type the rules read there (as ``LearnedCoder.veto_bar``)."""
    default, vetoes = float(decide.get("veto", 1.01)), type_vetoes(decide)
    by_label = np.array([vetoes.get(label, default) for label in LABELS])
    return by_label[rule_of]


def _keep_rule_types(
    model: np.ndarray, p_type: np.ndarray, rule_of: np.ndarray, retype: float, veto: float | np.ndarray = 1.01
) -> np.ndarray:
    """The rules' type wherever they read one, unless the model reads another type ``retype`` sure
    or no event ``veto`` sure (one bar, or one per example: :func:`veto_bars`), as ``EventFinder``
    decides a lexicon word with the learned coder."""
    sure = p_type[np.arange(len(model)), model] >= retype
    other = (model > 0) & (model != rule_of) & sure
    vetoed = p_type[:, 0] >= veto
    return np.where((rule_of > 0) & ~other, np.where(vetoed, 0, rule_of), model)


def cross_validate(
    corpus: ParsedCorpus,
    space: FeatureSpace,
    config: dict[str, Any],
    fraction: float = 1.0,
    *,
    hybrid: bool = False,
    folds: Sequence[Collection[str]] | None = None,
) -> dict[str, Scores]:
    """Leave one writer out: each writer's sentences scored by a model trained on the others
    (``fraction`` of them, in document order, for learning curves; ``hybrid``: see :func:`score`).
    ``folds``: groups of writers held out together instead (keyed "t3+t10"; a writer in no group
    is never held out)."""
    writers = sorted({s.writer for s in corpus.sentences})
    if len(writers) < 2:
        raise TrainingError("cross-validation needs sentences from at least two writers", code="E733")
    out: dict[str, Scores] = {}
    for fold in folds if folds is not None else [[w] for w in writers]:
        held = set(fold)
        train_rows = [i for i, s in enumerate(corpus.sentences) if s.writer not in held]
        docs = sorted({corpus.sentences[i].doc for i in train_rows})
        keep = set(docs[: max(1, int(len(docs) * fraction))])
        train_rows = [i for i in train_rows if corpus.sentences[i].doc in keep]
        test_rows = [i for i, s in enumerate(corpus.sentences) if s.writer in held]
        model = fit(featurise(corpus, space, train_rows), space, config)
        out["+".join(fold)] = score(model, featurise(corpus, space, test_rows), hybrid=hybrid)
    return out


def make_space(config: dict[str, Any], lexicon: Any, wordvec: WordVectors | None) -> FeatureSpace:
    features = config["features"]
    return FeatureSpace(
        lexicon,
        str(features["source"]),
        bits=int(features["bits"]),
        wordvec=wordvec,
        context=tuple(str(c) for c in features.get("context", ())),
        pair_bits=int(features.get("pair_bits", 0)),
        cue_types=bool(features.get("cue_types", False)),
    )
