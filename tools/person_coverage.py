"""Share of the person names in a set of articles that parley resolves to a code.

    python tools/person_coverage.py evaluation/heldin/gold evaluation/sealed/gold evaluation/test/gold

A person name is a spaCy PERSON entity of the cleaned text (the parser's reading, so some are
places or peoples: "Mali", "Tajik"); it counts as resolved when an actor mention covers it. The tool reads
no gold answer: it reports coverage only (the gold files give no person-level codes to check the
resolutions against).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from parley.evaluate import load_gold
from parley.evaluate._run import _article
from parley.pipeline import Pipeline
from parley.settings import Settings


def coverage(gold_dir: Path, pipeline: Pipeline) -> tuple[int, int]:
    names = resolved = 0
    for gold in load_gold(gold_dir):
        doc = next(pipeline.clean([_article(gold)]))
        sdoc = pipeline.nlp(doc.text)
        doc = pipeline.annotate(doc, sdoc)
        # a PERSON that is really a place or a people ("Mali", "Tajik") counts when it is resolved too
        people = [(m.token_start, m.token_end) for m in doc.actor_mentions]
        for ent in sdoc.ents:
            if ent.label_ != "PERSON":
                continue
            names += 1
            resolved += any(s < ent.end and ent.start < e for s, e in people)
    return names, resolved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_dirs", nargs="+", type=Path)
    args = parser.parse_args()
    pipeline = Pipeline(Settings())
    total_names = total_resolved = 0
    for gold_dir in args.gold_dirs:
        names, resolved = coverage(gold_dir, pipeline)
        total_names += names
        total_resolved += resolved
        print(f"{gold_dir}: {resolved}/{names} person names resolved ({resolved / max(1, names):.1%})")
    print(f"all: {total_resolved}/{total_names} ({total_resolved / max(1, total_names):.1%})")


if __name__ == "__main__":
    main()
