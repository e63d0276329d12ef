"""The resolve stage: document-level dates, places, contexts and scores.

Reads ``doc.events`` (with what each event's own clause said), ``doc.published``,
``doc.dateline``; writes each event's missing date (the last date the article
established, else the dateline or publication date), missing place (the dateline
city), ``context``, ``quad_code``, ``event_scale`` and ``cameo``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from ..document import Document, Event, Place
from ..events._lexicon import Lexicon
from ._dates import ResolvedDate, resolve_date_text
from ._places import resolve_place

__all__ = ["Resolver", "ResolvedDate", "resolve_date_text", "resolve_place"]

_WORD = re.compile(r"[a-z][a-z\-]+")


def _visit_place(event: Event, events: list[Event]) -> Place | None:
    """A meeting during a visit happened where the visit went ("arrived in Moscow Monday for a four-day visit")."""
    if event.event != "CONSULT" or not event.date:
        return None
    sides = set(event.actor_codes) | set(event.recipient_codes)
    for other in events:
        if other is event or other.place is None or other.event != "CONSULT" or other.mode != "visit" or not other.date:
            continue
        if set(other.actor_codes) | set(other.recipient_codes) != sides or (other.date_precision or "day") != "day":
            continue
        gap = (date.fromisoformat(event.date[:10]) - date.fromisoformat(other.date[:10])).days
        if 0 <= gap <= 4:
            return other.place
    return None


def _shared_place(event: Event, events: list[Event]) -> Place | None:
    """Parties who met somewhere that day were there for their other events ("met at Panmunjom ... signed")."""
    if not event.date or event.date_precision != "day":
        return None
    sides = set(event.actor_codes) | set(event.recipient_codes)
    for other in events:
        if other is event or other.place is None or other.date != event.date or other.date_source == "published":
            continue
        if other.event != "CONSULT":
            continue  # a meeting fixes where its parties were that day; a remark about a ruling does not
        if len(sides) >= 2 and sides == set(other.actor_codes) | set(other.recipient_codes):
            return other.place
    return None


class Resolver:
    """Pipeline component: fill dates, places, contexts and PLOVER scores."""

    reads = ("events", "published", "dateline")
    writes = ("events",)

    def __init__(self, lexicon: Lexicon, gazetteer: Any) -> None:
        self.lexicon = lexicon
        self.gazetteer = gazetteer

    def __call__(self, doc: Document) -> Document:
        lead = self._lead_date(doc)
        dateline_place = self._dateline_place(doc)
        last_explicit: Event | None = None
        for event in doc.events:
            if event.date_source.startswith("later:") and last_explicit is not None and last_explicit.date:
                days = int(event.date_source.split(":", 1)[1])
                day = date.fromisoformat(last_explicit.date) + timedelta(days=days)
                event.date, event.date_precision, event.date_source = day.isoformat(), "day", "explicit"
            elif event.date_source.startswith("later:"):
                event.date_source = "unresolved"
            if event.date_source == "explicit" and event.modality != "future":
                last_explicit = event
            elif not event.date_source and lead is not None:
                event.date, event.date_precision, event.date_source = lead[0], lead[1], lead[2]
            self._score(event)
        if dateline_place is None and lead is not None:
            # no dateline: the place of the story's first event on the story's day stands in for it
            dateline_place = next((e.place for e in doc.events if e.place and e.date == lead[0]), None)
        for event in doc.events:
            if event.place is None:
                event.place = _visit_place(event, doc.events) or _shared_place(event, doc.events)
            on_story_day = event.date_source != "explicit" or (lead is not None and event.date == lead[0])
            if event.place is None and dateline_place is not None and on_story_day:
                event.place = dateline_place
        return doc

    def _lead_date(self, doc: Document) -> tuple[str, str, str] | None:
        """The day the story is about: the dateline's, else its first explicit recent past day,
        else the publication day."""
        if doc.dateline is not None and doc.dateline.place and doc.dateline.date is not None:
            return doc.dateline.date.isoformat(), "day", "discourse"
        for event in doc.events:
            if event.date_source != "explicit" or event.date_precision != "day" or not event.date:
                continue
            if event.modality == "future":
                continue
            if doc.published is None or 0 <= (doc.published - date.fromisoformat(event.date)).days <= 7:
                return event.date, "day", "discourse"
        default = self._default_date(doc)
        return (default[0], default[1], "published") if default else None

    def _default_date(self, doc: Document) -> tuple[str, str] | None:
        if doc.dateline is not None and doc.dateline.date is not None:
            return doc.dateline.date.isoformat(), "day"
        if doc.published is not None:
            return doc.published.isoformat(), "day"
        return None

    def _dateline_place(self, doc: Document) -> Place | None:
        if doc.dateline is None or not doc.dateline.place:
            return None
        return resolve_place(self.gazetteer, doc.dateline.place)

    def _score(self, event: Event) -> None:
        kind = self.lexicon.types[event.event]
        event.quad_code = kind.quad
        event.event_scale = self.lexicon.score(event.event, event.mode)
        if not event.cameo:
            event.cameo = kind.cameo
        words = set(_WORD.findall(event.text.lower()))
        text = event.text.lower()
        contexts = []
        for keyword, context in self.lexicon.contexts.items():
            hit = keyword in text if " " in keyword else keyword in words or keyword + "s" in words
            if hit and context not in contexts:
                contexts.append(context)
        if event.event in {"CONSULT", "AGREE", "SUPPORT"} and "diplomatic" not in contexts:
            contexts.insert(0, "diplomatic")
        event.context = contexts
