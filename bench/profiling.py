"""Profile what parley adds to the spaCy parse: read, clean, extract (after the parse) and store.

    python bench/profiling.py --articles 300            # cProfile, top functions by own and cumulative time

The articles are parsed first (not profiled); the profile then covers reading and cleaning, the
components run on the parsed documents (mentions, events, resolve, dedup) and storing in DuckDB.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("-o", "--output", type=Path, default=HERE / "out" / "profile.txt")
    args = parser.parse_args()

    sys.path.insert(0, str(HERE))
    from generate import write_corpus

    from parley.pipeline import Pipeline
    from parley.read import ReadReport, iter_articles
    from parley.settings import Settings
    from parley.store import Store, ingest

    corpus = args.corpus or write_corpus(HERE / "out" / f"corpus-profile-{args.articles}.jsonl", args.articles)
    settings = Settings()
    pipeline = Pipeline(settings)
    timings: dict[str, float] = {}

    def stage(name: str, profiler: cProfile.Profile, func):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        profiler.enable()
        out = func()
        profiler.disable()
        timings[name] = time.perf_counter() - start
        return out

    prof = cProfile.Profile()
    docs = stage(
        "read+clean", prof, lambda: list(pipeline.clean(iter_articles([corpus], settings, report=ReadReport())))
    )
    start = time.perf_counter()
    parsed = list(pipeline.nlp.pipe(((d.text, d) for d in docs), as_tuples=True, batch_size=settings.batch_size))
    timings["parse (not profiled)"] = time.perf_counter() - start
    done = stage("extract", prof, lambda: [pipeline.annotate(doc, sdoc) for sdoc, doc in parsed])
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "p.duckdb", write=True) as store:
        stage("store", prof, lambda: ingest(done, store))

    buf = io.StringIO()
    for name, seconds in timings.items():
        buf.write(f"{name:24s} {seconds:8.2f} s\n")
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    buf.write("\n== by own time ==\n")
    stats.sort_stats("tottime").print_stats(args.top)
    buf.write("\n== by cumulative time ==\n")
    stats.sort_stats("cumulative").print_stats(args.top)
    args.output.parent.mkdir(exist_ok=True)
    args.output.write_text(buf.getvalue(), encoding="utf-8")
    prof.dump_stats(str(args.output.with_suffix(".prof")))
    print("\n".join(buf.getvalue().splitlines()[: 8 + args.top]))
    print(f"full profile in {args.output} (and .prof for snakeviz/pstats)")


if __name__ == "__main__":
    main()
