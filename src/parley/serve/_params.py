"""The parameters of the API: the event filters, a review, and what a download writes."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from ..review import FIELDS, VERDICTS

__all__ = ["CODE", "ID", "EventFilters", "ReviewIn", "cache_key", "csv_rows"]

CODE = r"^[A-Za-z][A-Za-z0-9]{1,11}$"
ID = r"^[\w.:~@-]{1,200}$"


class EventFilters(BaseModel):
    actor: str | None = Field(None, pattern=CODE, description="Actor code (ISO3, IGO ...).")
    recipient: str | None = Field(None, pattern=CODE, description="Recipient code.")
    either: str | None = Field(None, pattern=CODE, description="Code on either side.")
    dyad: str | None = Field(
        None,
        pattern=r"^[A-Za-z][A-Za-z0-9]{1,11},[A-Za-z][A-Za-z0-9]{1,11}$",
        description="A,B: events between the two (either direction).",
    )
    type: str | None = Field(
        None, pattern=r"^[A-Za-z_]{2,20}(,[A-Za-z_]{2,20}){0,19}$", description="PLOVER types, comma-separated."
    )
    quad: int | None = Field(None, ge=1, le=4, description="Quad class 1-4.")
    context: str | None = Field(None, pattern=r"^[a-z_ ]{2,40}$", description="PLOVER context.")
    since: date | None = Field(None, description="From this date (YYYY-MM-DD).")
    until: date | None = Field(None, description="Up to this date (YYYY-MM-DD).")
    country: str | None = Field(None, pattern=r"^[A-Za-z]{3}$", description="ISO3 of the event's place.")
    search: str | None = Field(None, min_length=2, max_length=200, description="Words in a reporting sentence.")
    view: Literal["extracted", "reviewed", "merged"] = Field(
        "merged", description="extracted events, reviewed ones only, or reviewed where available (wrong ones left out)."
    )

    def query(self) -> dict[str, Any]:
        out = self.model_dump(exclude={"view", "dyad"})
        out["dyad"] = tuple(self.dyad.split(",")) if self.dyad else None
        return out


class ReviewIn(BaseModel):
    verdict: Literal["correct", "wrong", "corrected"] = Field(description=f"One of {', '.join(VERDICTS)}.")
    changes: dict[str, Any] = Field(default_factory=dict, description=f"Corrected fields: {', '.join(FIELDS)}.")
    note: str | None = Field(None, max_length=2000)
    reviewer: str = Field("analyst", min_length=1, max_length=80)


def csv_rows(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    header = [
        "id", "date", "date_precision", "type", "mode", "actors", "recipients", "quad_code", "event_scale",
        "place", "country", "lat", "lon", "num_mentions", "num_articles", "review", "doc_id", "text",
    ]  # fmt: skip
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for r in records:
        loc = r.get("event_loc") or {}
        writer.writerow([
            r["id"], r["date"], r["date_precision"], r["event"][0], (r["mode"] or [""])[0],
            ";".join(a["code"] for a in r["actor"]), ";".join(a["code"] for a in r["recipient"]),
            r["quad_code"], r["event_scale"], loc.get("resolved_place") or loc.get("extracted_place"),
            loc.get("country_code"), loc.get("lat"), loc.get("lon"), r["num_mentions"], r["num_articles"],
            (r.get("review") or {}).get("verdict", ""), r["doc_id"], r["text"],
        ])  # fmt: skip
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def cache_key(filters: EventFilters) -> tuple[tuple[str, Any], ...]:
    """The validated filters as part of a cache key (a dyad in either order is the same)."""
    values = filters.model_dump()
    if values["dyad"]:
        values["dyad"] = ",".join(sorted(values["dyad"].upper().split(",")))
    return tuple(sorted(values.items()))
