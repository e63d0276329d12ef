"""Commands that read the event database out: events, timeline, dyads, actor, export."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from ..errors import ParleyError
from ._app import app, console, err_console, fail
from ._db import DbOption, check_codes, open_store
from ._options import parse_day

__all__ = ["actor", "dyads", "events", "export", "timeline"]

EVENT_FORMATS = ("plover", "table", "csv")
EXPORT_FORMATS = ("plover", "csv", "parquet", "gdelt")
_QUAD_STYLE = {1: "sky_blue2", 2: "blue", 3: "orange3", 4: "red"}


def _write_events() -> Any:
    """``parley.export.write_events`` (looked up late: the export module is optional here)."""
    return getattr(importlib.import_module("parley.export"), "write_events")  # noqa: B009


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

    with open_store(db) as store:
        check_codes(store, actor=actor, recipient=recipient, either=either)
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

    with open_store(db) as store:
        check_codes(store, actor=a, partner=b)
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

    with open_store(db) as store:
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

    with open_store(db) as store:
        check_codes(store, actor=code)
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

        with open_store(db) as store:
            try:
                files = write_gold(store, ReviewStore(review_path(db)).all(), output)
            except ParleyError as exc:
                fail(exc)
        if not files:
            err_console.print(f"parley: no reviews in {review_path(db)}; nothing written")
        else:
            err_console.print(f"parley: {len(files)} reviewed articles written to {output} (parley eval {output})")
        return
    from ..analysis import iter_events

    with open_store(db) as store:
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
            fail(exc)
    if count == 0:
        err_console.print("parley: the store has no events; wrote an empty file")
    else:
        err_console.print(f"parley: {count} events written to {output}")
