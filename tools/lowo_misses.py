"""Leave-one-writer-out misses and false positives of the event coder, grouped by type and trigger.

Each writer's sentences are read by a model trained on the other writers (as ``parley train
compare`` does), and every gold trigger the model does not type right is put under a cause:

  not-candidate   the trigger's head is not among the words the coder scores at all
  none/rules      the model says NONE but the lexicon's rules read the right type there
  none/other      the model says NONE and the rules do not read the right type
  wrong-type      the model reads another type (the rules' reading shown)

False positives are listed by (predicted type, lemma, whether the rules read that type). The
``runtime`` figures approximate the default decision: a word the rules read as a type keeps it
unless the model is sure (``retype``) of another; any other word is an event at its type's bar
(``threshold_by_type``, else ``threshold``).

  PYTHONPATH=src python tools/lowo_misses.py [--writers t1,t2] [--out FILE.jsonl]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from parley.coder import (
    LABELS,
    WordVectors,
    bundled_model_dir,
    candidates,
    featurise,
    fit,
    load_config,
    load_corpus,
    make_space,
    parse_corpus,
)
from parley.coder._train import threshold_bars
from parley.events import load_lexicon
from parley.parse import load_model
from parley.settings import Settings


def rule_type(cand_rules: Any) -> str:
    trig = None if cand_rules is None else cand_rules.trigger
    return "NONE" if trig is None else str(trig.type)


def runtime_type(rules: str, best: str, p_best: float, p_none: float, decide: dict[str, Any]) -> str:
    """The type the default decision gives the word (approximation of ``EventFinder._candidates``)."""
    model_event = model_reads(best, p_best, p_none, decide)
    if rules != "NONE":
        if model_event and best != rules and p_best >= float(decide.get("retype", 1.01)):
            return best
        return rules
    return best if model_event else "NONE"


def model_reads(best: str, p_best: float, p_none: float, decide: dict[str, Any]) -> bool:
    """Whether the model alone reads an event of its best type ``best`` (as ``LearnedCoder`` decides)."""
    return best != "NONE" and p_best >= float(threshold_bars(decide)[LABELS.index(best)]) and p_best >= p_none


def fold_rows(corpus: Any, space: Any, config: dict[str, Any], held: str) -> list[dict[str, Any]]:
    """One record per gold trigger or predicted event of the held-out writer's sentences."""
    train_rows = [i for i, s in enumerate(corpus.sentences) if s.writer != held]
    test_rows = [i for i, s in enumerate(corpus.sentences) if s.writer == held]
    model = fit(featurise(corpus, space, train_rows), space, config)
    data = featurise(corpus, space, test_rows)
    p_type = model.types.probabilities(data.types)
    out: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    for j in range(len(data.types)):
        k, ti = int(data.sentence_of[j]), int(data.token_of[j])
        row = test_rows[k]
        doc, sentence = corpus.docs[row], corpus.sentences[row]
        token = doc[ti]
        best_i = int(p_type[j, 1:].argmax()) + 1
        best, p_best, p_none = LABELS[best_i], float(p_type[j, best_i]), float(p_type[j, 0])
        model_t = best if model_reads(best, p_best, p_none, config["decide"]) else "NONE"
        rules = rule_type(space.describe(token, doc[:]).rules)
        run_t = runtime_type(rules, best, p_best, p_none, config["decide"])
        gold = data.gold[k].get(ti, ("NONE", ""))[0]
        is_cand = any(t.i == ti for t in candidates(doc[:], space.lexicon))
        seen.add((k, ti))
        out.append({
            "writer": held, "doc": sentence.doc, "lemma": token.lemma_.lower(), "gold": gold, "model": model_t,
            "best": best, "p": round(p_best, 3), "rules": rules, "runtime": run_t, "candidate": is_cand,
            "text": sentence.text,
        })  # fmt: skip
    return out


def cause(rec: dict[str, Any]) -> str:
    if not rec["candidate"]:
        return "not-candidate"
    if rec["model"] == "NONE":
        return "none/rules" if rec["rules"] == rec["gold"] else "none/other"
    return "wrong-type"


def summarise(records: list[dict[str, Any]], key: str, top: int) -> None:
    gold = Counter(r["gold"] for r in records if r["gold"] != "NONE")
    pred = Counter(r[key] for r in records if r[key] != "NONE")
    right = Counter(r["gold"] for r in records if r["gold"] != "NONE" and r[key] == r["gold"])
    g, p, ok = sum(gold.values()), sum(pred.values()), sum(right.values())
    print(f"== {key}: P {ok / max(p, 1):.3f} R {ok / max(g, 1):.3f} F1 {2 * ok / max(g + p, 1):.3f}")
    for t in sorted(gold):
        print(
            f"  {t:9} gold {gold[t]:4} pred {pred[t]:4} P {right[t] / max(pred[t], 1):.3f} R {right[t] / gold[t]:.3f}"
        )
    if key != "model":
        return
    misses = Counter(
        (r["gold"], cause(r), r["lemma"], r["model"] if r["model"] != "NONE" else r["rules"])
        for r in records if r["gold"] != "NONE" and r["model"] != r["gold"]
    )  # fmt: skip
    print(
        "-- misses by cause:",
        dict(Counter(cause(r) for r in records if r["gold"] != "NONE" and r["model"] != r["gold"])),
    )
    for (t, c, lemma, other), n in misses.most_common(top):
        print(f"  miss {t:9} {c:13} {lemma:16} other={other:9} x{n}")
    fps = Counter(
        (r["model"], r["lemma"], r["rules"] == r["model"], r["gold"])
        for r in records if r["model"] != "NONE" and r["model"] != r["gold"]
    )  # fmt: skip
    for (t, lemma, by_rules, gold_t), n in fps.most_common(top):
        print(f"  fp   {t:9} {lemma:16} rules-agree={by_rules!s:5} gold={gold_t:9} x{n}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", type=Path, default=Path("training/config.toml"))
    ap.add_argument("--writers", default="", help="comma-separated writers to hold out (default: all)")
    ap.add_argument("--out", type=Path, help="write every record as JSON lines here")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--load", type=Path, help="summarise records written earlier with --out instead")
    args = ap.parse_args(argv)
    if args.load:
        records = [json.loads(line) for line in args.load.read_text(encoding="utf-8").splitlines()]
    else:
        config = load_config(args.config)
        parsed = parse_corpus(load_corpus(Path(config["data"]["corpus"])), load_model(Settings().model))
        space = make_space(config, load_lexicon(()), WordVectors.load(bundled_model_dir() / "wordvec.npz"))
        writers = sorted({s.writer for s in parsed.sentences})
        chosen = [w for w in args.writers.split(",") if w] or writers
        records = []
        for held in chosen:
            print(f"fold {held}", file=sys.stderr)
            records += fold_rows(parsed, space, config, held)
        if args.out:
            args.out.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    summarise(records, "model", args.top)
    summarise(records, "runtime", args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
