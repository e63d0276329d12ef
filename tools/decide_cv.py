"""The learned coder's ``[decide]`` bars judged by grouped cross-validation on the training corpus only.

    PYTHONPATH=src python tools/decide_cv.py --save /tmp/oof.npz      # fit each fold once (~1 min a fold)
    PYTHONPATH=src python tools/decide_cv.py --load /tmp/oof.npz      # sweep again without fitting

Each fold of whole writers (``--folds``, the groups of veto49) is held out in turn; a model fitted on
the others with the shipped model's recipe (``model.json``'s config) gives the held-out candidates'
type probabilities. The bars are then swept on those out-of-fold probabilities, decided as the events
stage decides with the rules beside the model (a lexicon word keeps the rules' type unless the model
reads another type ``retype`` sure; the model decides the other words at its type's threshold), so a
sweep needs no refit. Figures per (sentence, type): a type read in a sentence is right when the
sentence's gold codes it there, closer to the article scorer (which matches no words) than the
trigger-word figures of ``parley train compare``. No gold set is read.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from parley.coder import (
    LABELS,
    TrainingSentence,
    WordVectors,
    bundled_model_dir,
    featurise,
    fit,
    hybrid_types,
    load_corpus,
    make_space,
    parse_corpus,
)
from parley.events import load_lexicon
from parley.parse import load_model
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
FOLDS = "t3+t10,t1+t9,t2+t8,t4+t7,t5+t6"
BARS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass
class OutOfFold:
    """Every held-out candidate: type probabilities, gold label, the rules' type, sentence and fold."""

    p_type: np.ndarray
    labels: np.ndarray
    rule_of: np.ndarray
    sentence: np.ndarray
    fold: np.ndarray

    def save(self, path: Path) -> None:
        np.savez_compressed(path, **{k: getattr(self, k) for k in self.__dataclass_fields__})

    @classmethod
    def load(cls, path: Path) -> OutOfFold:
        with np.load(path) as data:
            return cls(**{k: data[k] for k in cls.__dataclass_fields__})


def fold_writers(text: str) -> list[set[str]]:
    """``--folds``: writers joined by '+' within a fold, folds by ','; at least two folds, each writer in
    one fold only (a writer held out twice would count its sentences twice)."""
    folds = [fold.split("+") for fold in text.split(",")]
    names = [name for fold in folds for name in fold]
    if len(folds) < 2 or not all(names):
        raise argparse.ArgumentTypeError(f"{text!r}: two or more folds of writers, as {FOLDS!r}")
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise argparse.ArgumentTypeError(f"{text!r}: writers in more than one fold: {repeated}")
    return [set(fold) for fold in folds]


def unknown_writers(folds: list[set[str]], sentences: list[TrainingSentence]) -> list[str]:
    """The fold members no training sentence is written by (a typo would leave its fold empty)."""
    return sorted(set().union(*folds) - {s.writer for s in sentences})


def out_of_fold(config: dict[str, Any], folds: list[set[str]], sentences: list[TrainingSentence]) -> OutOfFold:
    """Fit one model per fold on the other writers; the held-out candidates' probabilities."""
    parsed = parse_corpus(sentences, load_model(Settings().model))
    space = make_space(config, load_lexicon(()), WordVectors.load(bundled_model_dir() / "wordvec.npz"))
    parts: list[tuple[np.ndarray, ...]] = []
    for k, held in enumerate(folds):
        train = [i for i, s in enumerate(parsed.sentences) if s.writer not in held]
        test = [i for i, s in enumerate(parsed.sentences) if s.writer in held]
        model = fit(featurise(parsed, space, train), space, config)
        data = featurise(parsed, space, test)
        if data.rule_of is None:
            raise RuntimeError("featurise gave no rules' types")
        sentence = np.asarray(test)[data.sentence_of]  # corpus-wide sentence numbers
        parts.append((model.types.probabilities(data.types), data.types.labels, data.rule_of, sentence,
                      np.full(len(sentence), k)))  # fmt: skip
    return OutOfFold(*(np.concatenate(column) for column in zip(*parts, strict=True)))


def sentence_figures(oof: OutOfFold, predicted: np.ndarray, rows: np.ndarray | None = None) -> tuple[float, ...]:
    """P, R, F1 and counts over distinct (sentence, type) pairs, predicted against gold."""
    keep = np.ones(len(predicted), dtype=bool) if rows is None else rows
    width = len(LABELS)
    guessed = set((oof.sentence * width + predicted)[keep & (predicted > 0)].tolist())
    gold = set((oof.sentence * width + oof.labels)[keep & (oof.labels > 0)].tolist())
    right = len(guessed & gold)
    p, r = right / max(1, len(guessed)), right / max(1, len(gold))
    return p, r, 2 * p * r / (p + r) if p + r else 0.0, right, len(guessed)


def line(name: str, oof: OutOfFold, decide: dict[str, Any]) -> str:
    predicted = hybrid_types(oof.p_type, oof.rule_of, decide)
    p, r, f1, right, guessed = sentence_figures(oof, predicted)
    per_fold = [sentence_figures(oof, predicted, oof.fold == k)[2] for k in range(int(oof.fold.max()) + 1)]
    folds = " ".join(f"{x:.3f}" for x in per_fold)
    return f"{name:28s} P {p:.4f} R {r:.4f} F1 {f1:.4f} right {right} read {guessed} | folds {folds}"


def sweep(oof: OutOfFold, decide: dict[str, Any]) -> list[str]:
    """The shipped bars, then one bar moved at a time: the global threshold, retype, each type's threshold."""
    out = [line("shipped", oof, decide)]
    out += [line(f"threshold {bar}", oof, {**decide, "threshold": bar}) for bar in BARS]
    out += [line(f"retype {bar}", oof, {**decide, "retype": bar}) for bar in (*BARS, 1.01)]
    for label in LABELS[1:]:
        out += [line(f"{label} {bar}", oof, {**decide, "threshold_by_type": {label: bar}}) for bar in BARS]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    given = parser.add_mutually_exclusive_group()
    given.add_argument("--load", type=Path, help="out-of-fold probabilities saved by --save (no fitting)")
    given.add_argument("--save", type=Path, help="where to keep the out-of-fold probabilities")
    parser.add_argument(
        "--folds", type=fold_writers, default=FOLDS, help="writers held out together: '+' within a fold, ',' between"
    )
    args = parser.parse_args(argv)
    if args.load and not args.load.is_file():
        parser.error(f"--load {args.load}: no such file (write one with --save)")
    config = json.loads((bundled_model_dir() / "model.json").read_text(encoding="utf-8"))["config"]
    if args.load:
        oof = OutOfFold.load(args.load)
    else:
        sentences = load_corpus(ROOT / "training" / "batches")
        unknown = unknown_writers(args.folds, sentences)
        if unknown:
            parser.error(f"--folds: no training sentence by {unknown}")
        oof = out_of_fold(config, args.folds, sentences)
        if args.save:
            oof.save(args.save)
    for row in sweep(oof, config["decide"]):
        print(row, flush=True)


if __name__ == "__main__":
    main()
