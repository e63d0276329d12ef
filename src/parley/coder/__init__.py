"""The learned event coder: a trained component that decides which candidate words of a sentence
name an event, of which PLOVER type, and whether it happened (asserted, negated, future,
hypothetical).

Candidates are the verbs and nouns of the parse plus every word of the trigger lexicon; the
lexicon's verdict is one feature among many, so known wordings keep working while the model learns
the long tail from the project's training corpus (``training/``). Roles, dates and places stay with
the events and resolve stages. Train with ``parley train fit`` (``make model``); check the corpus
with ``parley train check`` (``make check-training``).
"""

from ..events._prediction import Prediction
from ..events._verdict import RuleVerdict
from ._candidate_words import candidates
from ._corpus import (
    MODALITIES,
    STYLES,
    TYPES,
    CorpusStats,
    TrainingEvent,
    TrainingSentence,
    check_corpus,
    context_of,
    corpus_stats,
    load_corpus,
)
from ._features import FEATURE_SOURCES, FeatureSpace
from ._model import LABELS, Classifier, CoderModel, MLPClassifier
from ._runtime import LearnedCoder, bundled_model_dir, forget_loaded_coders, load_coder
from ._train import (
    Scores,
    cross_validate,
    featurise,
    fit,
    hybrid_types,
    load_config,
    make_space,
    parse_corpus,
    score,
)
from ._wordvec import WordVectors, build_wordvec

__all__ = [
    "FEATURE_SOURCES",
    "LABELS",
    "MODALITIES",
    "STYLES",
    "TYPES",
    "Classifier",
    "MLPClassifier",
    "CoderModel",
    "CorpusStats",
    "FeatureSpace",
    "LearnedCoder",
    "Prediction",
    "RuleVerdict",
    "Scores",
    "TrainingEvent",
    "TrainingSentence",
    "WordVectors",
    "build_wordvec",
    "bundled_model_dir",
    "candidates",
    "check_corpus",
    "context_of",
    "corpus_stats",
    "cross_validate",
    "featurise",
    "fit",
    "forget_loaded_coders",
    "hybrid_types",
    "load_coder",
    "load_config",
    "load_corpus",
    "make_space",
    "parse_corpus",
    "score",
]
