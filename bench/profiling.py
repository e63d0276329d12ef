"""Where parley's time goes beside the spaCy parse: read, clean, extract (after the parse) and store.

    python bench/profiling.py --articles 300            # stage times, then cProfile of all but the parse

Two passes over the same generated articles, in one process:

1. the whole pipeline as ``parley ingest`` runs it with one worker (read -> clean -> ``nlp.pipe``
   -> extract -> store in a temporary DuckDB), timed per stage with a clock only (no profiler);
2. the same work again under cProfile, with the parse done first and left out, so that the
   listing holds only what parley adds (cProfile inflates pure-Python code: compare shares).

The listing goes to ``bench/out/profile.txt`` (and ``profile.prof`` for ``pstats``/snakeviz).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def stage_times(corpus: Path) -> tuple[int, dict[str, float]]:
    """Seconds per stage of the one-process pipeline, measured around each stage's calls."""
    from parley.document import Document
    from parley.pipeline import Pipeline
    from parley.read import ReadReport, iter_articles
    from parley.settings import Settings
    from parley.store import Ingester, Store

    settings = Settings()
    pipeline = Pipeline(settings)
    seconds = dict.fromkeys(("read", "clean", "parse", "extract", "store"), 0.0)

    def read(articles: Iterable[Any]) -> Iterator[Any]:
        it = iter(articles)
        while True:
            start = time.perf_counter()
            article = next(it, None)
            seconds["read"] += time.perf_counter() - start
            if article is None:
                return
            yield article

    def timed_clean(articles: Iterable[Any]) -> Iterator[tuple[str, Document]]:
        it = ((doc.text, doc) for doc in pipeline.clean(read(articles)))
        while True:
            start = time.perf_counter()
            item = next(it, None)
            seconds["clean"] += time.perf_counter() - start
            if item is None:
                return
            yield item

    n = 0
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "p.duckdb", write=True) as store:
        ingester = Ingester(store)
        stream = iter(pipeline.nlp.pipe(timed_clean(iter_articles([corpus], settings, report=ReadReport())),
                                        as_tuples=True, batch_size=settings.batch_size))  # fmt: skip
        while True:
            start = time.perf_counter()
            item = next(stream, None)
            seconds["parse"] += time.perf_counter() - start
            if item is None:
                break
            start = time.perf_counter()
            doc = pipeline.annotate(item[1], item[0])
            seconds["extract"] += time.perf_counter() - start
            start = time.perf_counter()
            ingester.add(doc)
            seconds["store"] += time.perf_counter() - start
            n += 1
        start = time.perf_counter()
        ingester.commit()
        seconds["store"] += time.perf_counter() - start
    seconds["clean"] -= seconds["read"]  # the clean stage pulls the articles from the reader
    seconds["parse"] -= seconds["clean"] + seconds["read"]  # nlp.pipe pulls the cleaned texts
    return n, seconds


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
    buf = io.StringIO()

    n, clock = stage_times(corpus)
    total = sum(clock.values())
    buf.write(f"== one process, clock only: {n} articles, {total:.1f} s ==\n")
    clock["not spaCy"] = total - clock["parse"]
    for name, seconds in clock.items():
        share = 100 * seconds / total
        buf.write(f"{name:10s} {seconds:8.2f} s {1000 * seconds / n:8.1f} ms/article {share:5.1f} %\n")

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
    parsed = list(pipeline.nlp.pipe(((d.text, d) for d in docs), as_tuples=True, batch_size=settings.batch_size))
    done = stage("extract", prof, lambda: [pipeline.annotate(doc, sdoc) for sdoc, doc in parsed])
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "p.duckdb", write=True) as store:
        stage("store", prof, lambda: ingest(done, store))

    buf.write("\n== under cProfile, the parse left out ==\n")
    for name, seconds in timings.items():
        buf.write(f"{name:10s} {seconds:8.2f} s {1000 * seconds / len(docs):8.1f} ms/article\n")
    stats = pstats.Stats(prof, stream=buf).strip_dirs()
    buf.write("\n== by own time ==\n")
    stats.sort_stats("tottime").print_stats(args.top)
    buf.write("\n== by cumulative time ==\n")
    stats.sort_stats("cumulative").print_stats(args.top)
    args.output.parent.mkdir(exist_ok=True)
    args.output.write_text(buf.getvalue(), encoding="utf-8")
    prof.dump_stats(str(args.output.with_suffix(".prof")))
    print("\n".join(buf.getvalue().splitlines()[: 22 + args.top]))
    print(f"full profile in {args.output} (and .prof for snakeviz/pstats)")


if __name__ == "__main__":
    main()
