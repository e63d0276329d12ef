"""The Ray Data engine: input files -> Pipeline actors -> event rows -> Parquet partitioned by month.

The driver only lists the input files (walking folders and globs as the reader does); the workers
read them, run the whole pipeline (one :class:`~parley.pipeline.Pipeline` per actor, so the model
and the knowledge files load once per actor) and return the events as rows of
:data:`parley.store.EVENT_PARQUET_SCHEMA`; Ray Data streams the rows to ``write_parquet`` with
``partition_cols=["month"]``. Reading problems and counts come back to the driver through a small
tally actor. Nothing of the corpus is held on the driver, and Ray Data's backpressure bounds what is
in flight.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import shutil
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, SettingsError
from ..settings import Settings

__all__ = ["RayRun", "list_inputs", "start_ray", "write_events_on_ray"]

logger = logging.getLogger(__name__)

MARKER = "_parley.json"
ROWS_PER_BLOCK = 5000  # events a worker hands to Ray Data at once
_META_NAME = "meta.jsonl"  # the reader's per-folder metadata file (parley.read)
_GLOB_CHARS = set("*?[")


@dataclass
class RayRun:
    """What one Ray Data run did."""

    out: Path
    files: int = 0
    tasks: int = 0
    actors: int = 0
    articles: int = 0
    events: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.articles} articles, {self.events} events from {self.files} input files "
            f"({self.tasks} tasks on {self.actors} Ray workers, {self.seconds:.1f} s); Parquet in {self.out}"
        )


# -- the driver's share: list the input files ---------------------------------------------------------
def list_inputs(paths: Sequence[str | Path]) -> list[str]:
    """The input files under ``paths`` (absolute), in the order the reader would read them.

    Folders are walked recursively in sorted order, hidden files and folders left out, and their
    ``meta.jsonl`` is metadata, not input (the workers' reader finds it beside each file). A path
    that is neither a file, a folder nor a matching glob is kept as it is, so that the worker's
    reader reports it (E101) like a local run does.

    Raises:
        SettingsError: ``-`` (standard input) was given: it cannot be read on the workers (E612).
    """
    files: list[str] = []
    for source in paths:
        text = str(source)
        if text == "-":
            raise SettingsError(
                "standard input cannot be read on Ray workers; save it to a file and pass the file", code="E612"
            )
        path = Path(text)
        if path.is_dir():
            files.extend(_walk(path))
        elif path.is_file():
            files.append(os.path.abspath(path))
        elif _GLOB_CHARS & set(text) and (matches := sorted(glob.glob(text, recursive=True))):
            for match in matches:
                if Path(match).is_dir():
                    files.extend(_walk(Path(match)))
                elif Path(match).name != _META_NAME:
                    files.append(os.path.abspath(match))
        else:
            files.append(text)
    return files


def _walk(root: Path) -> list[str]:
    out = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and name != _META_NAME:
                out.append(os.path.abspath(os.path.join(folder, name)))
    return out


def _prepare_out(out: Path, overwrite: bool) -> None:
    """Refuse to mix two runs in one directory; ``overwrite`` removes an earlier run's output only."""
    if not out.exists():
        return
    if not out.is_dir():
        raise SettingsError(f"{out}: exists and is not a directory", code="E613")
    entries = list(out.iterdir())
    if not entries:
        return
    if not overwrite:
        raise SettingsError(f"{out}: not empty; remove it, choose another output directory or overwrite", code="E613")
    if not all(e.name == MARKER or (e.is_dir() and e.name.startswith("month=")) for e in entries):
        raise SettingsError(
            f"{out}: holds files that parley did not write; refusing to delete it (remove it yourself)", code="E613"
        )
    shutil.rmtree(out)


# -- the workers' share -----------------------------------------------------------------------------
class _Tally:
    """A Ray actor that adds up what the workers read (the reading problems once each)."""

    def __init__(self) -> None:
        self.read = 0
        self.articles = 0
        self.events = 0
        self.tasks = 0
        self.skipped: Counter[str] = Counter()
        self.failed: Counter[str] = Counter()
        self.problems: dict[tuple[Any, ...], tuple[Any, ...]] = {}

    def add(self, counts: dict[str, Any], problems: list[tuple[Any, ...]]) -> None:
        self.tasks += 1
        self.read += counts["read"]
        self.articles += counts["articles"]
        self.events += counts["events"]
        self.skipped.update(counts["skipped"])
        for reason, message, source, line, code in problems:
            key = (message, source, line, code)
            if key not in self.problems:  # a folder's meta.jsonl is read by every task that reads the folder
                self.problems[key] = (reason, message, source, line, code)
                if reason is not None:
                    self.failed[reason] += 1

    def result(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "articles": self.articles,
            "events": self.events,
            "tasks": self.tasks,
            "skipped": dict(self.skipped),
            "failed": dict(self.failed),
            "problems": list(self.problems.values()),
        }


class _ExtractBatch:
    """The callable class of ``map_batches``: one Pipeline per Ray actor, a batch of input files per call."""

    def __init__(self, settings: Settings, meta: str | None, tally: Any) -> None:
        from ..pipeline import Pipeline

        # Reading problems go back to the driver, which reports them once; no warning per worker.
        logging.getLogger("parley.read").setLevel(logging.ERROR)
        self.settings = settings.with_(workers=1)
        self.pipeline = Pipeline(self.settings)
        self.meta = Path(meta) if meta else None
        self.tally = tally

    def __call__(self, batch: dict[str, Any]) -> Iterator[Any]:
        """Yield the batch's events as Arrow tables of at most ``ROWS_PER_BLOCK`` rows (a big file streams)."""
        import ray

        from ..read import ReadReport, iter_articles
        from ..store import event_rows, events_table

        items = sorted(zip((int(i) for i in batch["index"]), (str(p) for p in batch["path"]), strict=True))
        first = items[0][0] if items else 0
        problems: list[tuple[Any, ...]] = []

        class Report(ReadReport):
            def add(self, error: InputError) -> None:
                before = self.failed.copy()
                super().add(error)
                reason = next(iter(self.failed - before), error.reason)
                problems.append((reason, error.reason, error.source, error.line, error.code))

            def warn(self, error: InputError) -> None:
                super().warn(error)
                problems.append((None, error.reason, error.source, error.line, error.code))

        report = Report()
        articles = iter_articles([p for _, p in items], self.settings, meta=self.meta, report=report)
        rows: list[dict[str, Any]] = []
        n, events = -1, 0
        for n, doc in enumerate(self.pipeline.process(articles)):
            rows.extend(event_rows(doc, batch=first, position=n))
            if len(rows) >= ROWS_PER_BLOCK:
                events += len(rows)
                yield events_table(rows)
                rows = []
        events += len(rows)
        counts = {"read": report.read, "articles": n + 1, "events": events, "skipped": dict(report.skipped)}
        ray.get(self.tally.add.remote(counts, problems))
        if rows:
            yield events_table(rows)


# -- the run ----------------------------------------------------------------------------------------
def write_events_on_ray(
    paths: Sequence[str | Path],
    settings: Settings,
    out: str | Path,
    *,
    meta: Path | None = None,
    address: str | None = None,
    num_cpus: int | None = None,
    actors: int | None = None,
    files_per_task: int | None = None,
    overwrite: bool = False,
    report: Any = None,
    progress_bars: bool | None = None,
) -> RayRun:
    """Extract the events of the articles under ``paths`` with Ray Data and write them as Parquet.

    The events land in ``out/month=YYYY-MM/*.parquet`` (``month=unknown`` for undated events), one
    row per event (:data:`parley.store.EVENT_PARQUET_SCHEMA`); load them with
    :func:`parley.store.load_parquet` or query them with DuckDB's ``read_parquet``. ``out`` and the
    inputs must be paths every Ray node sees (a shared file system) when the cluster has several.

    Args:
        paths: files, folders and globs, as for :func:`parley.read.iter_articles` (not ``-``).
        settings: as for :class:`~parley.pipeline.Pipeline`; ``workers`` is ignored (each Ray worker
            parses in-process; the parallelism is the number of workers).
        out: the output directory; it must be empty or missing (see ``overwrite``).
        meta: a metadata JSONL file (``--meta``), read by every worker.
        address: the Ray cluster to join (``"auto"``: this node's; ``"HOST:6379"``); default: the
            Ray instance of this process, else Ray's own lookup (``RAY_ADDRESS``, the latest
            ``ray start`` on this node), else a new local instance.
        num_cpus: CPUs of the local Ray instance started here (default: all of this machine's).
        actors: Pipeline workers (default: one per CPU of the cluster).
        files_per_task: input files per task (default: enough tasks to keep every worker busy, at
            most 16 files each); a big JSONL or WARC file is one task on its own.
        overwrite: replace the output of an earlier run in ``out`` (refused for other files).
        report: a :class:`parley.read.ReadReport` that receives the counts and reading problems.
        progress_bars: whether Ray Data shows progress bars (default: Ray Data's own choice).

    Raises:
        SettingsError: ``ray`` is not installed (E610), an option is invalid (E611), standard
            input was given (E612), ``out`` is not usable (E613), or Ray cannot start or join the
            cluster (E614).
    """
    from . import _import_ray

    ray = _import_ray()
    if any(option is not None and option < 1 for option in (files_per_task, actors, num_cpus)):
        raise SettingsError("actors, num_cpus and files_per_task must be at least 1", code="E611")
    out = Path(out)
    _prepare_out(out, overwrite)
    start = time.perf_counter()
    files = list_inputs(paths)
    run = RayRun(out=out, files=len(files))
    try:
        started = start_ray(ray, address, num_cpus)
    except (ConnectionError, ValueError, RuntimeError) as exc:
        raise SettingsError(f"cannot start or join Ray (address {address or 'local'}): {exc}", code="E614") from exc
    try:
        result = _extract_files(ray, files, run, settings, meta, actors, files_per_task, progress_bars)
    finally:
        if started:
            ray.shutdown()
    run.articles, run.events, run.tasks = result["articles"], result["events"], result["tasks"]
    run.seconds = time.perf_counter() - start
    if report is not None:
        _pass_to_report(report, result)
    _write_marker(out, run)
    logger.info("%s", run.summary())
    return run


def _extract_files(
    ray: Any,
    files: list[str],
    run: RayRun,
    settings: Settings,
    meta: Path | None,
    actors: int | None,
    files_per_task: int | None,
    progress_bars: bool | None,
) -> dict[str, Any]:
    """Run the extraction on the cluster (``actors`` workers, default one per CPU) and return the workers' tally."""
    import ray.data as ray_data

    if progress_bars is not None:
        ray_data.DataContext.get_current().enable_progress_bars = progress_bars
    run.actors = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
    tally = ray.remote(num_cpus=0)(_Tally).remote()
    if files:
        _write_parquet(
            ray_data,
            files,
            run.out,
            run.actors,
            files_per_task,
            {
                "settings": settings,
                "meta": os.path.abspath(meta) if meta is not None else None,
                "tally": tally,
            },
        )
    result: dict[str, Any] = ray.get(tally.result.remote())
    return result


def start_ray(ray: Any, address: str | None, num_cpus: int | None) -> bool:
    """Start or join Ray unless this process already runs it; True when started here (to shut down)."""
    if ray.is_initialized():
        return False
    init: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING}
    init.update({"address": address} if address is not None else {"num_cpus": num_cpus})
    ray.init(**init)
    return True


def _write_parquet(
    ray_data: Any,
    files: list[str],
    out: Path,
    actors: int,
    files_per_task: int | None,
    extract_kwargs: dict[str, Any],
) -> None:
    """Extract the files in tasks of ``files_per_task`` on ``actors`` workers and write month partitions."""
    items = [{"index": i, "path": p} for i, p in enumerate(files)]
    per_task = files_per_task or min(16, -(-len(items) // (actors * 4)))
    blocks = -(-len(items) // per_task)
    dataset = ray_data.from_items(items, override_num_blocks=blocks).map_batches(
        _ExtractBatch,
        fn_constructor_kwargs=extract_kwargs,
        batch_size=per_task,
        compute=ray_data.ActorPoolStrategy(size=actors),
        num_cpus=1,
    )
    # Writing is light next to parsing: it must not wait for a CPU that the parsers hold.
    dataset.write_parquet(str(out), partition_cols=["month"], ray_remote_args={"num_cpus": 0})


def _pass_to_report(report: Any, result: dict[str, Any]) -> None:
    """Add the workers' reading counts and problems (in source and line order) to ``report``."""
    report.read += result["read"]
    report.skipped.update(result["skipped"])
    report.failed.update(result["failed"])
    for _, message, source, line, code in sorted(result["problems"], key=lambda p: (p[2], p[3] or 0)):
        report.problems.append(InputError(message, source=source, line=line, code=code))


def _write_marker(out: Path, run: RayRun) -> None:
    """The marker file that tells a parley events directory (and lets ``overwrite`` replace it)."""
    out.mkdir(parents=True, exist_ok=True)
    marker = {"format": "parley-events-parquet", "version": 1, "files": run.files, "articles": run.articles}
    (out / MARKER).write_text(json.dumps({**marker, "events": run.events}) + "\n", encoding="utf-8")
