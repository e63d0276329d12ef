"""Write src/parley/data/coder/weak_rows.tsv: the rules' readings (lemma + type) the training gold
seldom confirms (see ``parley.coder._weak_rows``).

    PYTHONPATH=src python tools/weak_rows.py [--min-count 5] [--below 0.5] [--out PATH]

The training corpus (every writer) is parsed and featurised as for training; each candidate word the
rules read as an event is one reading of its (lemma, type), right when the gold codes that type there.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.coder import WordVectors, bundled_model_dir, featurise, load_config, load_corpus, make_space, parse_corpus
from parley.coder._model import LABELS
from parley.coder._weak_rows import weak_rows, weak_rows_path, write_weak_rows
from parley.events import load_lexicon
from parley.parse import load_model
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--below", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=weak_rows_path())
    args = parser.parse_args()
    config = load_config(ROOT / "training" / "config.toml")
    parsed = parse_corpus(load_corpus(ROOT / "training" / "batches"), load_model(Settings().model))
    space = make_space(config, load_lexicon(()), WordVectors.load(bundled_model_dir() / "wordvec.npz"))
    data = featurise(parsed, space, range(len(parsed.sentences)))
    if data.rule_of is None:
        raise SystemExit("the featurised corpus has no rules' types")
    readings = [
        (parsed.docs[int(s)][int(i)].lemma_.lower(), LABELS[int(rule)], int(label) == int(rule))
        for s, i, rule, label in zip(data.sentence_of, data.token_of, data.rule_of, data.types.labels, strict=True)
        if rule > 0
    ]
    rows = weak_rows(readings, min_count=args.min_count, below=args.below)
    header = (
        f"written by tools/weak_rows.py --min-count {args.min_count} --below {args.below}\n"
        f"rules' readings (lemma, type) of the training corpus right under {args.below} of at least "
        f"{args.min_count} times: {len(rows)} rows"
    )
    write_weak_rows(args.out, rows, header)
    print(f"{len(rows)} weak rows -> {args.out}")


if __name__ == "__main__":
    main()
