"""Run parley's pipeline unchanged on Ray: a local Ray instance or a cluster.

Two engines, both with one :class:`~parley.pipeline.Pipeline` per Ray worker (the spaCy model and
the knowledge files load once per worker, not per batch):

* :func:`write_events_on_ray` (``parley ingest --engine ray``) is the scale-out path, on Ray Data:
  the driver only lists the input files; the workers read them, extract the events and Ray Data
  writes them as Parquet partitioned by month (``out/month=YYYY-MM/*.parquet``), which
  :func:`parley.store.load_parquet` (``parley load``) brings into the DuckDB store afterwards, or
  which DuckDB queries directly.
* :func:`process_on_ray` / :func:`extract_on_ray` stream the finished Documents back to the driver,
  in input order, from a pool of Ray actors: the driver reads the articles (streaming, as
  ``parley.read.iter_articles`` does), cuts them into batches and keeps at most ``in_flight``
  batches per actor outstanding, so memory stays flat however many articles pass.

``ray`` is an optional dependency (``pip install 'parley[ray]'``); it is imported only here.

>>> run = write_events_on_ray(["articles/"], Settings(), "events-parquet")   # doctest: +SKIP
>>> for doc in extract_on_ray(["articles/"], Settings(), num_cpus=2):   # doctest: +SKIP
...     print(doc.id, len(doc.events))

What scales: reading, cleaning, parsing and extraction (one worker per CPU, on every node; with
Ray Data the driver does no more than list the files). What does not: the DuckDB store is one file
written by one process, so ``parley load`` stores the Parquet events article by article on one
machine (cross-article dedup needs the whole store); a single big JSONL or WARC file is read by one
worker (split it to use every CPU); articles repeated in different tasks are not recognised as
duplicates by the reader (the store's dedup still merges their events); articles without events
have no row in the Parquet output; and ``process_on_ray`` reads on the driver.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from ..document import Article, Document, Event
from ..errors import SettingsError
from ..settings import Settings
from ._data import RayRun, list_inputs, start_ray, write_events_on_ray

__all__ = [
    "RAY_HINT",
    "RayRun",
    "extract_events_on_ray",
    "extract_on_ray",
    "list_inputs",
    "process_on_ray",
    "write_events_on_ray",
]

logger = logging.getLogger(__name__)

RAY_HINT = "pip install 'parley[ray]'  (or: pip install 'ray[data]>=2.50,<3')"


def _import_ray() -> Any:
    try:
        import ray
    except ImportError as exc:
        raise SettingsError(
            f"the Ray engine needs the ray package, which is not installed: {RAY_HINT}", code="E610"
        ) from exc
    return ray


class _PipelineActor:
    """One Pipeline per actor; it processes batches of articles in-process (workers=1)."""

    def __init__(self, settings: Settings) -> None:
        from ..pipeline import Pipeline

        self.pipeline = Pipeline(settings.with_(workers=1))

    def process(self, articles: list[Article]) -> list[Document]:
        return list(self.pipeline.process(articles))


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def process_on_ray(
    articles: Iterable[Article],
    settings: Settings,
    *,
    num_cpus: int | None = None,
    address: str | None = None,
    actors: int | None = None,
    batch_articles: int | None = None,
    in_flight: int = 2,
) -> Iterator[Document]:
    """Yield one finished Document per article, in input order, processed by Ray actors.

    Args:
        articles: any stream of articles (read on the driver).
        settings: the same settings as for :class:`~parley.pipeline.Pipeline`; ``workers`` is
            ignored (each actor parses in-process; parallelism comes from the actors).
        num_cpus: CPUs of the local Ray instance started when Ray is not running yet
            (default: all of this machine's).
        address: an existing Ray cluster (``"auto"`` or ``"ray://host:10001"``); parley and its
            model must be installed on its nodes.
        actors: number of Pipeline actors (default: the CPUs of the cluster).
        batch_articles: articles per task (default: ``settings.batch_size``).
        in_flight: outstanding batches per actor (bounds memory).

    Raises:
        SettingsError: ``ray`` is not installed (E610) or an option is invalid (E611).
    """
    ray = _import_ray()
    if in_flight < 1 or (actors is not None and actors < 1) or (batch_articles is not None and batch_articles < 1):
        raise SettingsError("actors, batch_articles and in_flight must be at least 1", code="E611")
    started = start_ray(ray, address, num_cpus)
    try:
        count = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        remote_cls = ray.remote(num_cpus=1)(_PipelineActor)
        pool = [remote_cls.remote(settings) for _ in range(count)]
        yield from _results_in_order(ray, pool, _batches(articles, batch_articles or settings.batch_size), in_flight)
        for actor in pool:
            ray.kill(actor)
    finally:
        if started:
            ray.shutdown()


def _results_in_order(
    ray: Any, pool: list[Any], batches: Iterable[list[Article]], in_flight: int
) -> Iterator[Document]:
    """Send the batches round the actors, ``in_flight`` outstanding per actor, and yield the results in order."""
    pending: deque[Any] = deque()
    for n, batch in enumerate(batches):
        pending.append(pool[n % len(pool)].process.remote(batch))
        while len(pending) >= len(pool) * in_flight:
            yield from ray.get(pending.popleft())
    while pending:
        yield from ray.get(pending.popleft())


def extract_on_ray(
    paths: Sequence[str | Path],
    settings: Settings,
    *,
    meta: Path | None = None,
    num_cpus: int | None = None,
    address: str | None = None,
    report: Any = None,
    **options: Any,
) -> Iterator[Document]:
    """Read ``paths`` (files, directories, globs, as ``parley.read.iter_articles``) and process them on Ray.

    Bad inputs go to ``report`` (a :class:`parley.read.ReadReport`) and are skipped, as locally.
    ``options`` are passed to :func:`process_on_ray` (``actors``, ``batch_articles``, ``in_flight``).
    """
    from ..read import iter_articles

    _import_ray()  # fail before reading anything
    articles = iter_articles(paths, settings, meta=meta, report=report)
    return process_on_ray(articles, settings, num_cpus=num_cpus, address=address, **options)


def extract_events_on_ray(
    paths: Sequence[str | Path], settings: Settings, *, meta: Path | None = None, **options: Any
) -> Iterator[Event]:
    """The events of the articles under ``paths``, extracted on Ray."""
    for doc in extract_on_ray(paths, settings, meta=meta, **options):
        yield from doc.events
