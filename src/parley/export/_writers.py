"""One function per format; all take PLOVER records (dicts), as streamed from the pipeline or the store."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from ..errors import SettingsError

__all__ = ["FORMATS", "flat_row", "gdelt_row", "write_events"]

FLAT_COLUMNS = [
    "id", "doc_id", "date", "date_precision", "event", "mode", "context",
    "actor_codes", "actor_sectors", "actor_texts", "recipient_codes", "recipient_sectors", "recipient_texts",
    "place", "country_code", "lat", "lon", "geonameid", "quad_code", "event_scale", "cameo", "event_text",
    "confidence", "num_mentions", "num_articles", "num_sources", "text",
    "actor_resolved_by", "recipient_resolved_by",
]  # fmt: skip

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1CountryCode", "Actor1Name", "Actor2Code",
    "Actor2CountryCode", "Actor2Name", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
    "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]  # fmt: skip


def _first(values: Any) -> str:
    if isinstance(values, list):
        return str(values[0]) if values else ""
    return "" if values is None else str(values)


def _join(entities: list[dict[str, Any]] | None, key: str) -> str:
    return ";".join(str(e.get(key) or "") for e in entities or [])


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One flat row (CSV, Parquet) of a PLOVER record."""
    loc = record.get("event_loc") or {}
    actors, recipients = record.get("actor") or [], record.get("recipient") or []
    return {
        "id": record.get("id"),
        "doc_id": record.get("doc_id"),
        "date": record.get("date"),
        "date_precision": record.get("date_precision"),
        "event": _first(record.get("event")),
        "mode": _first(record.get("mode")),
        "context": ";".join(record.get("context") or []),
        "actor_codes": _join(actors, "code"),
        "actor_sectors": _join(actors, "sector"),
        "actor_texts": _join(actors, "entity_text"),
        "recipient_codes": _join(recipients, "code"),
        "recipient_sectors": _join(recipients, "sector"),
        "recipient_texts": _join(recipients, "entity_text"),
        "place": loc.get("resolved_place") or loc.get("extracted_place"),
        "country_code": loc.get("country_code"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "geonameid": loc.get("geonameid"),
        "quad_code": record.get("quad_code"),
        "event_scale": record.get("event_scale"),
        "cameo": record.get("cameo"),
        "event_text": record.get("event_text"),
        "confidence": record.get("confidence"),
        "num_mentions": record.get("num_mentions", 1),
        "num_articles": record.get("num_articles", 1),
        "num_sources": record.get("num_sources", 1),
        "text": record.get("text"),
        # how each actor described or referred to by a pronoun got its code ('' for a named one);
        # last, so the columns before keep their places
        "actor_resolved_by": _join(actors, "resolved_by"),
        "recipient_resolved_by": _join(recipients, "resolved_by"),
    }


def gdelt_row(record: dict[str, Any], n: int) -> list[Any]:
    """A GDELT 2.0 event row. GoldsteinScale is the PLOVER score (same -10..10 range);
    Actor codes are the first actor and recipient; CAMEO root/base codes come from ``cameo``."""
    cameo = str(record.get("cameo") or "")
    loc = record.get("event_loc") or {}
    actor = (record.get("actor") or [{}])[0]
    recipient = (record.get("recipient") or [{}])[0]
    day = (record.get("date") or "").replace("-", "")
    geo_type = 0 if not loc else (4 if loc.get("geonameid") else 1)
    cite = record.get("cite_info") or {}
    return [
        record.get("id") or n, day, _code(actor), actor.get("code", ""), actor.get("entity_text", ""),
        _code(recipient), recipient.get("code", ""), recipient.get("entity_text", ""), 1,
        cameo, cameo[:3], cameo[:2], record.get("quad_code", ""), record.get("event_scale", ""),
        record.get("num_mentions", 1), record.get("num_sources", 1), record.get("num_articles", 1),
        geo_type, loc.get("resolved_place") or loc.get("extracted_place") or "", loc.get("country_code") or "",
        loc.get("lat") if loc.get("lat") is not None else "", loc.get("lon") if loc.get("lon") is not None else "",
        loc.get("geonameid") or "", day, cite.get("url") or record.get("url") or "",
    ]  # fmt: skip


def _code(entity: dict[str, Any]) -> str:
    return f"{entity.get('code', '')}{entity.get('sector') or ''}" if entity else ""


@contextmanager
def _text_out(out: Path | TextIO) -> Iterator[TextIO]:
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as handle:
            yield handle
    else:
        yield out


def _plover(records: Iterable[dict[str, Any]], out: Path | TextIO) -> int:
    n = 0
    with _text_out(out) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv(records: Iterable[dict[str, Any]], out: Path | TextIO) -> int:
    n = 0
    with _text_out(out) as handle:
        writer = csv.DictWriter(handle, fieldnames=FLAT_COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow(flat_row(record))
            n += 1
    return n


def _gdelt(records: Iterable[dict[str, Any]], out: Path | TextIO) -> int:
    n = 0
    with _text_out(out) as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(GDELT_COLUMNS)
        for n, record in enumerate(records, 1):
            writer.writerow(gdelt_row(record, n))
    return n


def _parquet(records: Iterable[dict[str, Any]], out: Path | TextIO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not isinstance(out, Path):
        raise SettingsError("parquet needs an output file (-o FILE.parquet)", code="E620")
    rows = [flat_row(r) for r in records]
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: pa.array([], pa.string()) for c in FLAT_COLUMNS})
    pq.write_table(table, out)
    return len(rows)


def _table(records: Iterable[dict[str, Any]], out: Path | TextIO) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold")
    for column in ("date", "type", "mode", "actors", "recipients", "place", "evidence"):
        table.add_column(column, overflow="fold", max_width=60 if column == "evidence" else None)
    n = 0
    for record in records:
        n += 1
        row = flat_row(record)
        table.add_row(
            row["date"] or "", row["event"], row["mode"], row["actor_codes"], row["recipient_codes"],
            row["place"] or "", (row["text"] or "")[:160],
        )  # fmt: skip
    with _text_out(out) as handle:
        Console(file=handle, width=160).print(table)
    return n


FORMATS: dict[str, Callable[[Iterable[dict[str, Any]], Path | TextIO], int]] = {
    "plover": _plover,
    "jsonl": _plover,
    "csv": _csv,
    "gdelt": _gdelt,
    "parquet": _parquet,
    "table": _table,
}


def write_events(events: Iterable[dict[str, Any]], fmt: str, out: Path | TextIO) -> int:
    """Write PLOVER records in a format; returns how many were written."""
    writer = FORMATS.get(fmt)
    if writer is None:
        raise SettingsError(f"unknown format {fmt!r}; choose from {', '.join(sorted(FORMATS))}", code="E621")
    return writer(events, out)
