"""The alternated measure of ``bench/run.py --alternate``: bare parse and parley in turn, same process.

Why: the machine's speed drifts by up to 20 % between minutes (bench/PROFILE.md), and the sequential
mode runs the bare parse and each parley configuration one after another in separate subprocesses,
so their ratio moves with the drift. Here one worker process loads parley's pipeline once (model,
knowledge files, coder; not timed, like ``spacy.load`` in the sequential mode) and then takes the
articles chunk by chunk (``chunk`` articles each, in input order): chunk k is parsed bare
(``pipeline.nlp.pipe``, the very model and components parley parses with, ``batch_size`` as in the
sequential mode) and run through parley's whole path (read -> clean -> parse -> extract -> store
into one DuckDB store per worker in a temporary folder, ``commit_every`` as the ingest command), in
turn: bare first on the worker's even chunks, parley first on its odd ones, so neither side always
follows the other. Wall (``perf_counter``) and CPU (``process_time``) seconds are summed per side;
both sides see the same articles and the same words (whitespace-separated words of the input
articles, counted as in the sequential mode), so ratio = bare seconds / parley seconds = parley
words/s over bare words/s, taken under the same machine state.

Differences from the sequential mode, all deliberate:
- the bare side's texts are read before its timer starts (as in the sequential mode); parley's side
  reads its chunk inside its timer (each chunk is a JSONL file of the corpus's own lines);
- one article goes through each side before the timers start, since the side that ran first would
  otherwise pay the shared model's first-call setup for both; parley's warm-up article is also stored,
  in a scratch store of its own, because the first insert of a process imports what the store's Arrow
  path needs (pyarrow asks whether each column is a pandas object, and imports pandas to ask: about
  0.25 s CPU once a process, 0.8 ms an article over the usual 300), a start-up cost like the model's
  loading and not a cost of each article; opening and closing the timed store stay on parley's side;
- what is alive after loading is collected once and frozen out of the garbage collector's full
  collections for the whole run (what ``set_aside_loaded`` does once a stream in the ingest command):
  freezing per chunk would add a full collection per chunk to parley's side that the ingest command
  pays once, and without the freeze the bare side's collections would walk parley's loaded knowledge,
  which a bare parse alone never holds; ``limit_malloc_arenas`` is called once, as the ingest command does;
- 2 processes: two such workers at once (forked, each loading its own pipeline; they start their
  timed work together at a barrier), the first taking chunks 0, 2, 4, ..., the second 1, 3, 5, ...
  (each alternates by its own count of chunks, so both start with the bare parse);
  each runs parley with ONE worker and its own store. So this measures parley's per-article cost
  against the bare parse's with both cores busy, not the architecture of parley's 2-worker ingest
  (one collecting and storing process beside two workers) nor spaCy's ``n_process=2`` (which ships
  every parsed Doc back to its parent): those overheads are in the sequential mode's figures only.
  Words/s of a side at 2 processes = all the words over the mean per-worker time of that side.
Figures only: nothing here asserts a speed.
"""

from __future__ import annotations

import gc
import multiprocessing
import queue
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: Articles in one chunk (both sides take each chunk in turn).
CHUNK = 20


def split_corpus(corpus: Path, chunk: int, folder: Path) -> list[Path]:
    """The corpus's non-blank JSONL lines in files of ``chunk`` lines each, in input order."""
    if corpus.is_dir() or corpus.suffix != ".jsonl":
        raise ValueError(f"{corpus}: the alternated mode reads a JSONL corpus (one article a line)")
    lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    paths = []
    for k in range(0, len(lines), chunk):
        path = folder / f"chunk-{k // chunk:05d}.jsonl"
        path.write_text("\n".join(lines[k : k + chunk]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def alternate_worker(chunks: list[Path], batch_size: int, coder: str | None, start: Any = None) -> dict[str, Any]:
    """Bare parse and parley in turn over ``chunks`` in this process; per-side sums and per-chunk figures."""
    from parley.pipeline import Pipeline
    from parley.read import ReadReport, iter_articles
    from parley.settings import Settings
    from parley.store import Store, ingest, limit_malloc_arenas

    settings = Settings(workers=1, batch_size=batch_size)
    if coder:  # else PARLEY_CODER's, as Settings reads it
        settings = settings.with_(coder=coder)
    pipeline = Pipeline(settings)
    components = list(pipeline.nlp.pipe_names) + pipeline.component_names
    limit_malloc_arenas()
    if chunks:  # one article through each side, not timed, so that neither pays the first call's setup
        first = next(iter(iter_articles([chunks[0]], settings, report=ReadReport())))
        list(pipeline.nlp.pipe([first.text], batch_size=batch_size))
        with tempfile.TemporaryDirectory() as warm, Store.open(Path(warm) / "warm.duckdb", write=True) as scratch:
            ingest(pipeline.process([first]), scratch)  # the store's one-time imports (module docstring)
    gc.collect()
    gc.freeze()  # see the module's docstring
    sums = {"bare": [0.0, 0.0], "parley": [0.0, 0.0]}  # wall, CPU seconds
    counts = {"bare": [0, 0], "parley": [0, 0]}  # articles, words
    ids: dict[str, list[str]] = {"bare": [], "parley": []}
    events = stored = 0
    per_chunk: list[dict[str, Any]] = []

    def bare(path: Path) -> tuple[float, float]:
        articles = list(iter_articles([path], settings, report=ReadReport()))
        texts = [a.text for a in articles]
        ids["bare"].extend(a.id for a in articles)
        counts["bare"][0] += len(texts)
        counts["bare"][1] += sum(len(t.split()) for t in texts)
        wall, cpu = time.perf_counter(), time.process_time()
        for _doc in pipeline.nlp.pipe(texts, batch_size=batch_size):
            pass
        return time.perf_counter() - wall, time.process_time() - cpu

    def parley(path: Path, store: Any) -> tuple[float, float]:
        nonlocal events, stored

        def counted() -> Iterator[Any]:
            nonlocal events
            for doc in pipeline.process(iter_articles([path], settings, report=ReadReport())):
                ids["parley"].append(doc.article.id)
                counts["parley"][0] += 1
                counts["parley"][1] += len(doc.article.text.split())
                events += len(doc.events)
                yield doc

        wall, cpu = time.perf_counter(), time.process_time()
        stored += ingest(counted(), store).events
        return time.perf_counter() - wall, time.process_time() - cpu

    if start is not None:
        start.wait()  # both workers begin their timed work together
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        wall, cpu = time.perf_counter(), time.process_time()
        with Store.open(Path(tmp) / "bench.duckdb", write=True) as store:
            opened = (time.perf_counter() - wall, time.process_time() - cpu)  # parley's side, as in one ingest
            sums["parley"][0] += opened[0]
            sums["parley"][1] += opened[1]
            for k, path in enumerate(chunks):
                order = ("bare", "parley") if k % 2 == 0 else ("parley", "bare")
                row: dict[str, Any] = {"chunk": path.name, "first": order[0]}
                for side in order:
                    spent = bare(path) if side == "bare" else parley(path, store)
                    sums[side][0] += spent[0]
                    sums[side][1] += spent[1]
                    row[side] = [round(spent[0], 3), round(spent[1], 3)]
                per_chunk.append(row)
            wall, cpu = time.perf_counter(), time.process_time()
        # closing the store (its last commit and checkpoint) is parley's too, as in one ingest
        sums["parley"][0] += time.perf_counter() - wall
        sums["parley"][1] += time.process_time() - cpu
    gc.unfreeze()
    return {
        "bare_seconds": sums["bare"][0],
        "bare_cpu_seconds": sums["bare"][1],
        "parley_seconds": sums["parley"][0],
        "parley_cpu_seconds": sums["parley"][1],
        "bare_articles": counts["bare"][0],
        "bare_words": counts["bare"][1],
        "parley_articles": counts["parley"][0],
        "parley_words": counts["parley"][1],
        "same_articles": ids["bare"] == ids["parley"],
        "events": events,
        "stored_events": stored,
        "elapsed": time.perf_counter() - began,
        "components": components,
        "chunks": per_chunk,
    }


def _forked_worker(chunks: list[Path], batch_size: int, coder: str | None, start: Any, out: Any) -> None:
    out.put(alternate_worker(chunks, batch_size, coder, start))


def work_alternate(
    corpus: Path, n_process: int, batch_size: int, chunk: int = CHUNK, coder: str | None = None
) -> dict[str, Any]:
    """The alternated measure with ``n_process`` workers (see the module's docstring); summed figures."""
    with tempfile.TemporaryDirectory() as tmp:
        chunks = split_corpus(corpus, chunk, Path(tmp))
        workers: list[dict[str, Any]] = []
        if n_process <= 1:
            workers.append(alternate_worker(chunks, batch_size, coder))
        else:
            context = multiprocessing.get_context("fork")  # nothing is loaded yet in this process
            start, out = context.Barrier(n_process), context.Queue()
            procs = [
                context.Process(target=_forked_worker, args=(chunks[j::n_process], batch_size, coder, start, out))
                for j in range(n_process)
            ]
            for proc in procs:
                proc.start()
            while len(workers) < n_process:
                try:
                    workers.append(out.get(timeout=5))
                except queue.Empty:
                    if any(p.exitcode not in (None, 0) for p in procs):
                        for proc in procs:
                            proc.kill()
                        raise RuntimeError("an alternated worker failed") from None
            for proc in procs:
                proc.join()
                if proc.exitcode != 0:
                    raise RuntimeError(f"an alternated worker failed (exit {proc.exitcode})")
    total = {key: sum(w[key] for w in workers) for key in workers[0] if isinstance(workers[0][key], (int, float))}
    total.pop("same_articles", None)
    words = total["parley_words"]
    return {
        **total,
        "processes": n_process,
        "chunk": chunk,
        "same_articles": all(w["same_articles"] for w in workers) and total["bare_words"] == words,
        "ratio": total["bare_seconds"] / total["parley_seconds"],
        "cpu_ratio": total["bare_cpu_seconds"] / total["parley_cpu_seconds"],
        "bare_words_per_s": words * n_process / total["bare_seconds"],
        "parley_words_per_s": words * n_process / total["parley_seconds"],
        "elapsed": max(w["elapsed"] for w in workers),
        "components": workers[0]["components"],
        "workers": [{k: v for k, v in w.items() if k != "components"} for w in workers],
    }
