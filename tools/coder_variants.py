"""Train event-coder variants of training/config.toml and score each on dev and held-in.

    python tools/coder_variants.py --roles DIR --variant base --variant 'seeds=[13,1,2]' \
        --variant 'average_last=3,epochs=12' [--lowo] [--sets dev,heldin]

Each ``--variant`` is a comma-separated list of config overrides (``name=value`` for ``[train]``,
``section.name=value`` for another section, the value read as TOML; ``base``: none). The corpus is
parsed once; every variant is trained on all of it, saved in a temporary folder beside the role
labeller of ``--roles`` (a folder from ``parley train fit --out``, so that only the event coder
differs) and scored with the learned coder. ``--lowo`` also prints the
leave-one-writer-out trigger figures (= ``parley train compare``); ``--hybrid``: those of the model
beside the rules (a word their lexicon reads keeps their type, as the learned coder runs);
``--folds 't3+t10,t1+t9,t2+t8,t4+t7,t5+t6'``: whole groups of writers held out together instead.
Development sets only: dev and held-in; never the report-only sets.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import tempfile
import time
import tomllib
from pathlib import Path
from typing import Any

from parley.coder import (
    Scores,
    WordVectors,
    bundled_model_dir,
    cross_validate,
    featurise,
    fit,
    load_config,
    load_corpus,
    make_space,
    parse_corpus,
)
from parley.evaluate import evaluate
from parley.events import load_lexicon
from parley.parse import load_model
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SETS = {"dev": ROOT.parent / "shared" / "gold" / "dev", "heldin": ROOT / "evaluation" / "heldin" / "gold"}


def with_overrides(config: dict[str, Any], spec: str) -> dict[str, Any]:
    """The config with the ``[train]`` values of ``spec`` ("a=1,b=[1,2]") replacing its own."""
    out = copy.deepcopy(config)
    if spec == "base":
        return out
    for part in _split(spec):
        name, value = part.split("=", 1)
        section, _, key = name.strip().rpartition(".")  # "features.cue_types=true": another section
        out.setdefault(section or "train", {})[key] = tomllib.loads(f"v = {value}")["v"]
    return out


def _split(spec: str) -> list[str]:
    """Split on the commas outside brackets and braces (lists and inline tables)."""
    parts, depth, current = [], 0, ""
    for ch in spec:
        depth += ch in "[{"
        depth -= ch in "]}"
        if ch == "," and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current] if current else parts


def gold_line(folder: Path, sets: list[str]) -> str:
    settings = Settings().with_(coder="learned", coder_model=folder)
    cells = []
    for name in sets:
        result = evaluate(SETS[name], settings)
        o, b = result.overall, result.breakdown
        assert b is not None
        cells.append(
            f"{name} {o.precision:.3f}/{o.recall:.3f}/{o.f1:.3f} typeP {b.overall.type_precision:.3f} "
            f"typeR {b.overall.type_recall:.3f} place {o.place_accuracy:.3f}"
        )
    return " | ".join(cells)


def score_on_gold(parsed: Any, space: Any, config: dict[str, Any], args: argparse.Namespace) -> str:
    """Train on the whole corpus, save beside the ``--roles`` role labeller, score the gold sets."""
    started = time.monotonic()
    model = fit(featurise(parsed, space, range(len(parsed.sentences))), space, config)
    seconds = time.monotonic() - started
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        model.save(folder)
        shutil.copy(args.roles / "roles.npz", folder / "roles.npz")
        assert space.wordvec is not None
        space.wordvec.save(folder / "wordvec.npz")
        if args.keep:
            shutil.copytree(folder, args.keep / str(config["train"].get("label", "variant")), dirs_exist_ok=True)
        return f"fit {seconds:4.0f}s | " + gold_line(folder, args.sets.split(","))


def parse_folds(spec: str) -> list[list[str]]:
    """The groups of writers of ``--folds`` ("t3+t10,t1+t9": two folds of two writers each)."""
    folds = [[w.strip() for w in part.split("+") if w.strip()] for part in spec.split(",")]
    return [fold for fold in folds if fold]


def lowo_line(
    parsed: Any, space: Any, config: dict[str, Any], hybrid: bool = False, folds: list[list[str]] | None = None
) -> str:
    total = Scores()
    for scores in cross_validate(parsed, space, config, hybrid=hybrid, folds=folds).values():
        total.add(scores)
    name = "grouped" if folds else "LOWO"
    return f"{name}{' hybrid' if hybrid else ''} {total.precision:.3f}/{total.recall:.3f}/{total.f1:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", type=Path, default=ROOT / "training" / "config.toml")
    parser.add_argument("--roles", type=Path, help="folder holding the roles.npz to use (needed with --sets)")
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--sets", default="dev,heldin", help="gold sets to score ('' : none)")
    parser.add_argument("--lowo", action="store_true")
    parser.add_argument("--hybrid", action="store_true", help="LOWO with the rules' trigger types kept")
    parser.add_argument(
        "--folds", help="with --lowo: writers held out together, '+' within a fold, ',' between ('t3+t10,t1+t9')"
    )
    parser.add_argument("--keep", type=Path, help="also keep each variant's model in a subfolder here")
    args = parser.parse_args()
    config = load_config(args.config)
    folds = parse_folds(args.folds) if args.folds else None
    sentences = load_corpus(ROOT / str(config.get("data", {}).get("corpus", "training/batches")))
    parsed = parse_corpus(sentences, load_model(Settings().model))
    wordvec = WordVectors.load(bundled_model_dir() / "wordvec.npz")
    lexicon = load_lexicon(())
    for spec in args.variant or ["base"]:
        variant = with_overrides(config, spec)
        variant["train"]["label"] = spec.replace("/", "_").replace(" ", "")
        space = make_space(variant, lexicon, wordvec)
        if args.sets:
            print(f"{spec:36s} {score_on_gold(parsed, space, variant, args)}", flush=True)
        if args.lowo:
            print(f"{spec:36s} {lowo_line(parsed, space, variant, args.hybrid, folds)}", flush=True)


if __name__ == "__main__":
    main()
