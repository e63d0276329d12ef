"""Throughput benchmark: parley's whole pipeline beside the bare spaCy parse, on the same texts, in one run.

    python bench/run.py                       # 2,000 generated articles, 1 and 2 processes
    python bench/run.py --articles 500        # quicker
    python bench/run.py --corpus DIR_OR_JSONL # your own articles (any input parley reads)
    python bench/run.py --memory-check        # 10,000 articles, parley's RSS at every 10 % of them
    python bench/run.py --real 600 --coders rules,learned   # real-looking articles, both event coders
                                              # (wall clock and CPU time, each as a ratio to the bare parse)
    python bench/run.py --real 300 --coders rules,learned --alternate
                                              # bare parse and parley in turn on the same chunks, same
                                              # process (bench/alternate.py): a ratio the drift cannot bend
    python bench/run.py --memory-check --real 10000 --coders learned --processes 2 --log-every 250
                                              # memory of an ingest of 10,000 real-looking articles

Four configurations, each in its own subprocess so that each peak memory is its own:
(a) bare ``nlp.pipe`` with parley's model and components, 1 process; (b) parley read -> clean ->
parse -> extract -> store (DuckDB in a temporary folder) with 1 worker; (c) bare
``nlp.pipe(n_process=2)``; (d) parley with 2 workers. Words are the whitespace-separated words of
the input articles, counted the same way for every configuration, so the ratio parley/bare is a
ratio of times; the CPU time of each run (its processes, workers included) gives the same ratio
in CPU seconds, which the load of other jobs on a shared machine moves much less than the clock.
With ``--alternate`` (bench/alternate.py says how and why) each configuration is instead one
subprocess in which the bare parse and parley take the same chunks of articles in turn, their times
summed per side, so the ratio compares them under the same machine state; the sequential mode above
stays the default (its figures continue the earlier rows of bench/PROFILE.md, and it alone measures
parley's 2-worker ingest and spaCy's ``n_process=2`` as they run, each with its own peak memory).
Peak memory is the largest sum of RSS over the process and its children (psutil if installed,
else /proc), sampled every 0.1 s. Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PROGRESS = "@progress "
MARKS = (10, 20, 30, 40, 50, 60, 70, 80, 90, 100)
CHUNK = 20  # articles a chunk in the alternated mode (bench/alternate.py)
SEQUENTIAL_DEFINITION = (
    "sequential (default): bare nlp.pipe and each parley configuration run one after another, each in its own "
    "subprocess; ratio = parley words/s over the bare parse's in the same run, so it moves with the machine's "
    "speed between the runs"
)
ALTERNATED_DEFINITION = (
    "alternated (--alternate): in each worker process the bare parse and parley take the same chunks in turn "
    "(bare first on even chunks, parley first on odd), times summed per side; ratio = bare seconds / parley "
    "seconds over the same articles and words under the same machine state; 2 processes = two such workers "
    "on alternate chunks at once (parley with one worker each), not parley's 2-worker ingest"
)


# -- the measured work (run inside a subprocess) -----------------------------------------------
def _progress(n: int, total: int | None) -> None:
    if total:
        print(f"{PROGRESS}{n} {total}", flush=True)


def work_spacy(corpus: Path, n_process: int, batch_size: int, total: int | None) -> dict[str, Any]:
    """Bare ``nlp.pipe``: the texts are read first (not timed), the model is parley's (same components)."""
    from parley.parse import load_model
    from parley.read import ReadReport, iter_articles
    from parley.settings import Settings

    settings = Settings()
    texts = [a.text for a in iter_articles([corpus], settings, report=ReadReport())]
    nlp = load_model(settings.model)
    words = sum(len(t.split()) for t in texts)
    n = 0
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    for _doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        n += 1
        _progress(n, total)
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_seconds": _cpu_seconds() - cpu_start,
        "articles": n,
        "words": words,
        "components": list(nlp.pipe_names),
    }


def work_parley(corpus: Path, n_process: int, batch_size: int, total: int | None) -> dict[str, Any]:
    """parley's whole pipeline: reading, cleaning, parsing, extraction and storing are all timed."""
    from parley.pipeline import Pipeline, set_aside_loaded
    from parley.read import ReadReport, iter_articles
    from parley.settings import Settings
    from parley.store import Store, ingest, limit_malloc_arenas

    settings = Settings(workers=n_process, batch_size=batch_size)
    pipeline = Pipeline(settings)  # loads the model and the knowledge files (not timed, like spacy.load)
    components = list(pipeline.nlp.pipe_names) + pipeline.component_names  # before release=True frees them
    words = n = events = 0
    with tempfile.TemporaryDirectory() as tmp:
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        limit_malloc_arenas()  # as the ingest command does before it opens the store for writing
        with Store.open(Path(tmp) / "bench.duckdb", write=True) as store:

            def counted() -> Iterator[Any]:
                nonlocal words, n, events
                # as the ingest command does: the loaded pipeline out of the collector's full collections
                # and with workers, its own copy of the pipeline freed once they have theirs
                stream = pipeline.process(iter_articles([corpus], settings, report=ReadReport()), release=True)
                for doc in set_aside_loaded(stream):
                    words += len(doc.article.text.split())
                    events += len(doc.events)
                    n += 1
                    _progress(n, total)
                    yield doc

            stats = ingest(counted(), store)
        seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "cpu_seconds": _cpu_seconds() - cpu_start,
        "articles": n,
        "words": words,
        "events": events,
        "stored_events": stats.events,
        "components": components,
    }


def _cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its children that have ended (the worker
    processes are joined before the figures are taken). On a machine shared with other jobs the
    wall clock moves with their load; the CPU time much less, so both are reported."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


# -- measuring a subprocess --------------------------------------------------------------------
def _tree_rss_mb(root: int) -> float:
    """RSS of ``root`` and all its descendants, in MiB."""
    try:
        import psutil
    except ImportError:
        psutil = None
    if psutil is not None:
        try:
            proc = psutil.Process(root)
            procs = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            return 0.0
        total = 0
        for p in procs:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
        return total / 2**20
    children: dict[int, list[int]] = {}
    pages: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        pages[int(entry)] = int(fields[21])
    total_pages, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total_pages += pages.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _tree_pids(root: int) -> list[int]:
    """``root`` and its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    parent = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    out, stack = [], [root]
    while stack:
        pid = stack.pop()
        out.append(pid)
        stack.extend(children.get(pid, []))
    return out


def _memory_of(pid: int) -> tuple[float, float]:
    """(RSS, PSS) of one process in MiB; PSS divides each shared page among the processes sharing it."""
    rss = pss = 0.0
    with contextlib.suppress(OSError), open(f"/proc/{pid}/smaps_rollup") as handle:
        for line in handle:
            if line.startswith("Rss:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("Pss:"):
                pss = int(line.split()[1]) / 1024
    return rss, pss


def memory_line(root: int, n: int, total: int, seconds: float) -> str:
    """One progress line: articles done, seconds, summed RSS and PSS, and each process's RSS."""
    parts = [(pid, *_memory_of(pid)) for pid in _tree_pids(root)]
    each = " ".join(f"{pid}:{rss:,.0f}" for pid, rss, _ in parts)
    return (
        f"@memory {n}/{total} articles {seconds:,.0f} s: RSS sum {sum(p[1] for p in parts):,.0f} MB, "
        f"PSS sum {sum(p[2] for p in parts):,.0f} MB (RSS per process {each})"
    )


def measure(
    kind: str,
    corpus: Path,
    n_process: int,
    batch_size: int,
    total: int | None,
    coder: str = "rules",
    log_every: int = 0,
    chunk: int = 0,
) -> dict[str, Any]:
    """Run one configuration in a subprocess; its figures plus peak and sampled RSS."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", kind, "--corpus", str(corpus),
           "--n-process", str(n_process), "--batch-size", str(batch_size), "--_total", str(total or 0),
           "--chunk", str(chunk)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, "PARLEY_CODER": coder})
    peak = 0.0
    samples: list[tuple[float, float]] = []
    start = time.perf_counter()

    def poll() -> None:
        nonlocal peak
        while proc.poll() is None:
            now = _tree_rss_mb(proc.pid)
            peak = max(peak, now)
            samples.append((round(time.perf_counter() - start, 2), round(now, 1)))
            time.sleep(0.1)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    at_mark: dict[int, float] = {}
    memory_log: list[str] = []
    last = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith(PROGRESS):
            n, whole = (int(x) for x in line[len(PROGRESS) :].split())
            if log_every and n % log_every == 0:
                memory_log.append(memory_line(proc.pid, n, whole, time.perf_counter() - start))
                print(memory_log[-1], flush=True)
            for mark in MARKS:
                if mark not in at_mark and n * 100 >= mark * whole:
                    at_mark[mark] = _tree_rss_mb(proc.pid)
        elif line.strip():
            last = line
    proc.wait()
    thread.join()
    if proc.returncode != 0 or not last:
        raise SystemExit(f"bench: the {kind} run with {n_process} process(es) failed (exit {proc.returncode})")
    result: dict[str, Any] = json.loads(last)
    result.update(
        peak_mb=peak, rss_at_mb={str(k): v for k, v in at_mark.items()}, rss_samples=samples, memory_log=memory_log
    )
    return result


def _count(corpus: Path) -> int:
    from parley.read import ReadReport, iter_articles
    from parley.settings import Settings

    return sum(1 for _ in iter_articles([corpus], Settings(), report=ReadReport()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=None, help="generated articles (default 2,000)")
    parser.add_argument("--corpus", type=Path, help="a directory or file of articles instead of generated ones")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", default="1,2", help="comma-separated process counts (default 1,2)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--memory-check", action="store_true", help="10,000 articles; parley's RSS at every 10 %% of the articles"
    )
    parser.add_argument("--no-bare", action="store_true", help="skip the bare spaCy runs")
    parser.add_argument(
        "--real", type=int, default=None, help="N real-looking articles assembled from the training corpus's documents"
    )
    parser.add_argument("--coders", default="rules", help="comma-separated event coders to measure (rules,learned)")
    parser.add_argument(
        "--log-every", type=int, default=0, help="print summed RSS and PSS (and each process's RSS) every N articles"
    )
    parser.add_argument(
        "--alternate",
        action="store_true",
        help="bare parse and parley in turn on the same chunks in the same process(es) (bench/alternate.py)",
    )
    parser.add_argument("--chunk", type=int, default=0, help=f"articles a chunk with --alternate (default {CHUNK})")
    parser.add_argument("--_child", help=argparse.SUPPRESS)
    parser.add_argument("--_total", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args._child == "alternate":
        from alternate import work_alternate  # this script's folder is first on sys.path

        print(json.dumps(work_alternate(args.corpus, args.n_process, args.batch_size, args.chunk or CHUNK)))
        return
    if args._child:
        work = work_spacy if args._child == "spacy" else work_parley
        print(json.dumps(work(args.corpus, args.n_process, args.batch_size, args._total or None)))
        return

    sys.path.insert(0, str(HERE))
    from generate import write_corpus
    from rich.console import Console
    from rich.table import Table

    console = Console(width=160)
    count = args.articles or (10_000 if args.memory_check else 2000)
    if args.real:
        from real_corpus import write_real_corpus

        corpus = OUT / f"real-{args.real}.jsonl"
        count = write_real_corpus(corpus, args.real, HERE.parent / "training" / "batches")
    elif args.corpus is not None:
        if not args.corpus.exists():
            raise SystemExit(f"bench: {args.corpus} does not exist")
        corpus = args.corpus
        count = _count(corpus)
        if count == 0:
            raise SystemExit(f"bench: no article could be read from {corpus}")
    else:
        corpus = OUT / f"corpus-{count}-seed{args.seed}.jsonl"
        if not corpus.exists():
            console.print(f"generating {count} articles into {corpus} ...")
            write_corpus(corpus, count, args.seed)
    processes = [int(p) for p in args.processes.split(",")]
    if args.alternate:
        alternated(console, corpus, count, processes, args.coders.split(","), args.batch_size, args.chunk or CHUNK)
        return
    kinds = ["parley"] if args.memory_check or args.no_bare else ["spacy", "parley"]
    rows: list[dict[str, Any]] = []
    coders = args.coders.split(",")
    runs = [(k, c) for k in kinds for c in (coders if k == "parley" else ["-"])]
    for n_process in processes:
        for kind, coder in runs:
            console.print(f"measuring {kind} {coder} with {n_process} process(es) on {count} articles of {corpus} ...")
            result = measure(
                kind, corpus, n_process, args.batch_size, count, coder if coder != "-" else "rules", args.log_every
            )
            if not result["articles"]:
                raise SystemExit(f"bench: {kind} read no article from {corpus}")
            result["words_per_s"] = result["words"] / result["seconds"]
            result["articles_per_s"] = result["articles"] / result["seconds"]
            rows.append({"kind": kind, "coder": coder, "processes": n_process, **result})
            console.print(
                f"  {result['words_per_s']:,.0f} words/s, {result['articles_per_s']:.2f} articles/s, "
                f"{result['cpu_seconds']:.1f} s CPU, peak {result['peak_mb']:,.0f} MB"
            )
    bare = {r["processes"]: r["words_per_s"] for r in rows if r["kind"] == "spacy"}
    bare_cpu = {r["processes"]: r["cpu_seconds"] for r in rows if r["kind"] == "spacy"}
    for r in rows:
        r["ratio"] = (
            r["words_per_s"] / bare[r["processes"]] if r["kind"] == "parley" and r["processes"] in bare else None
        )
        # the same ratio in CPU time: bare CPU seconds / parley CPU seconds for the same words
        cpu_bare = bare_cpu.get(r["processes"]) if r["kind"] == "parley" else None
        r["cpu_ratio"] = cpu_bare / r["cpu_seconds"] if cpu_bare else None

    table = Table(title=f"parley benchmark: {count:,} articles, {rows[0]['words']:,} words")
    for col, justify in (
        ("configuration", "left"), ("proc.", "right"), ("seconds", "right"), ("words/s", "right"),
        ("articles/s", "right"), ("events", "right"), ("parley/bare", "right"), ("CPU s", "right"),
        ("CPU bare/parley", "right"), ("peak RSS MB", "right"),
    ):  # fmt: skip
        table.add_column(col, justify=justify, no_wrap=True)  # type: ignore[arg-type]
    for r in rows:
        name = "bare spaCy nlp.pipe" if r["kind"] == "spacy" else f"parley ({r['coder']} coder) read→…→store"
        table.add_row(
            name, str(r["processes"]), f"{r['seconds']:.1f}", f"{r['words_per_s']:,.0f}", f"{r['articles_per_s']:.2f}",
            str(r.get("events", "-")), f"{r['ratio']:.2f}" if r["ratio"] else "-", f"{r['cpu_seconds']:.1f}",
            f"{r['cpu_ratio']:.2f}" if r["cpu_ratio"] else "-", f"{r['peak_mb']:,.0f}",
        )  # fmt: skip
    console.print(table)
    console.print("words: whitespace-separated words of the input articles, the same count for every run")
    console.print(f"parley/bare, {SEQUENTIAL_DEFINITION}; the other mode: {ALTERNATED_DEFINITION}")
    console.print("CPU s: user + system time of the run's processes (children once ended); CPU bare/parley: the")
    console.print("ratio of those times, which moves less than the wall clock when other jobs share the machine")
    if args.memory_check or count >= 5000:
        for r in rows:
            marks = r["rss_at_mb"]
            shown = ", ".join(f"{m}%: {marks[str(m)]:,.0f} MB" for m in MARKS if str(m) in marks)
            console.print(f"RSS of {r['kind']} x{r['processes']} after {shown}")
    OUT.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    OUT.mkdir(exist_ok=True)
    path = OUT / f"bench-{count}-{'memory-' if args.memory_check else ''}{stamp}.json"
    report = {
        "corpus": str(corpus),
        "articles": count,
        "batch_size": args.batch_size,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "runs": rows,
    }
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    console.print(f"results written to {path}")


def alternated(
    console: Any, corpus: Path, count: int, processes: list[int], coders: list[str], batch_size: int, chunk: int
) -> None:
    """The alternated mode: one subprocess a (coder, processes), its figures in a table and a JSON file."""
    from rich.table import Table

    rows: list[dict[str, Any]] = []
    load_start = os.getloadavg()
    for n_process in processes:
        for coder in coders:
            console.print(f"alternating bare and parley ({coder}) in {n_process} process(es), {chunk} articles a chunk")
            result = measure("alternate", corpus, n_process, batch_size, None, coder, chunk=chunk)
            if not result["parley_articles"] or not result["same_articles"]:
                raise SystemExit(f"bench: the alternated run did not give both sides the same articles of {corpus}")
            rows.append({"kind": "alternate", "coder": coder, **result})
            console.print(
                f"  ratio {result['ratio']:.2f} (CPU {result['cpu_ratio']:.2f}), bare {result['bare_words_per_s']:,.0f}"
                f" words/s, parley {result['parley_words_per_s']:,.0f} words/s, peak {result['peak_mb']:,.0f} MB"
            )
    load = os.getloadavg()
    table = Table(title=f"parley benchmark, alternated: {count:,} articles, {rows[0]['parley_words']:,} words")
    for col in ("parley coder", "proc.", "bare s", "parley s", "bare words/s", "parley words/s", "parley/bare",
                "bare CPU s", "parley CPU s", "CPU bare/parley", "events", "peak RSS MB"):  # fmt: skip
        table.add_column(col, justify="left" if col == "parley coder" else "right", no_wrap=True)
    for r in rows:
        table.add_row(
            r["coder"], str(r["processes"]), f"{r['bare_seconds']:.1f}", f"{r['parley_seconds']:.1f}",
            f"{r['bare_words_per_s']:,.0f}", f"{r['parley_words_per_s']:,.0f}", f"{r['ratio']:.2f}",
            f"{r['bare_cpu_seconds']:.1f}", f"{r['parley_cpu_seconds']:.1f}", f"{r['cpu_ratio']:.2f}",
            str(r["events"]), f"{r['peak_mb']:,.0f}",
        )  # fmt: skip
    console.print(table)
    console.print(f"parley/bare, {ALTERNATED_DEFINITION}; the other mode: {SEQUENTIAL_DEFINITION}")
    console.print("words: whitespace-separated words of the input articles; seconds: wall clock summed per side")
    console.print("(words/s at 2 processes: all the words over the mean per-worker time); CPU: process_time per side")
    console.print(
        f"load average (1, 5, 15 min) at the start {load_start[0]:.1f} {load_start[1]:.1f} {load_start[2]:.1f},"
        f" at the end {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} ({os.cpu_count()} CPUs)"
    )
    OUT.mkdir(exist_ok=True)
    path = OUT / f"bench-{count}-alternate-{datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    report = {
        "corpus": str(corpus),
        "articles": count,
        "batch_size": batch_size,
        "chunk": chunk,
        "mode": "alternate",
        "definition": ALTERNATED_DEFINITION,
        "load_average": {"start": list(load_start), "end": list(load)},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "runs": rows,
    }
    path.write_text(json.dumps(report, indent=2), encoding="utf-8")
    console.print(f"results written to {path}")


if __name__ == "__main__":
    main()
