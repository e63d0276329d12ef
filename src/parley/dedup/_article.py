"""In-article de-duplication: one real-world event described in several sentences is one event."""

from __future__ import annotations

from ..document import Document, Event

__all__ = ["ArticleDedup", "same_event", "dates_compatible", "participants"]

SYMMETRIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
_PRECISION_LEN = {"day": 10, "month": 7, "year": 4}


def participants(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    """Actor and recipient codes; symmetric types compare everyone who took part."""
    actors = frozenset(event.actor_codes)
    recipients = frozenset(event.recipient_codes)
    if event.event in SYMMETRIC_TYPES:
        return actors | recipients, frozenset()
    return actors, recipients


def dates_compatible(a: Event, b: Event) -> bool:
    """Equal at the coarser of the two precisions; an undated mention fits a dated one."""
    if a.date is None or b.date is None:
        return True
    n = min(_PRECISION_LEN.get(a.date_precision or "day", 10), _PRECISION_LEN.get(b.date_precision or "day", 10))
    return a.date[:n] == b.date[:n]


def same_event(a: Event, b: Event) -> bool:
    if a.event != b.event or participants(a) != participants(b):
        return False
    if "explicit" in (a.date_source, b.date_source) and a.date_source == b.date_source:
        return a.date == b.date and a.date_precision == b.date_precision
    if a.date_source == "unresolved" or b.date_source == "unresolved":
        return False
    return dates_compatible(a, b)


def merge_into(kept: Event, other: Event) -> None:
    """Fold ``other``'s mentions into ``kept``; keep the most precise date and a place."""
    kept.mentions.extend(other.mentions)
    better = _PRECISION_LEN.get(other.date_precision or "", 0) > _PRECISION_LEN.get(kept.date_precision or "", 0)
    if other.date and (kept.date is None or (other.date_source == "explicit" and kept.date_source != "explicit") or better):
        kept.date, kept.date_precision, kept.date_source = other.date, other.date_precision, other.date_source
    if kept.place is None and other.place is not None:
        kept.place = other.place
    known = {e.code for e in kept.recipients}
    kept.recipients += [e for e in other.recipients if e.code not in known]
    kept.confidence = min(0.99, max(kept.confidence, other.confidence) + 0.05)


class ArticleDedup:
    """Pipeline component: merge event mentions of one article that report the same event."""

    reads = ("events",)
    writes = ("events",)

    def __call__(self, doc: Document) -> Document:
        kept: list[Event] = []
        for event in doc.events:
            for prior in kept:
                if same_event(prior, event):
                    merge_into(prior, event)
                    break
            else:
                kept.append(event)
        for n, event in enumerate(kept, 1):
            event.id = f"{doc.id}:e{n}"
        doc.events = kept
        return doc
