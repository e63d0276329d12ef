"""Cross-article de-duplication: fifty reports of one summit are one event.

Two events from *different* articles are the same real-world event when

* they have the same PLOVER type;
* they have the same participants: equal actor-code sets and recipient-code sets,
  or, when either event is symmetric (a CONSULT nobody hosts, an AGREE/COOPERATE
  with several actors and no recipient), equal unions of all participants;
* their dates overlap: equal days, or a month/year covering the other's day
  ("in May" covers 21 May). A date only *assumed* from the publication date
  (``date_source == "published"``) counts as "within two days before, or the day
  after". An unknown date matches only events whose reporting articles were
  published within :data:`WINDOW_DAYS` of its own article(s);
* their places are compatible: the same country, or one of them has no place.

Events of the *same* article are never merged here: the in-article dedup
(``_article.py``) has already decided about them, with finer evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..document import Document, Entity, Event, Place

__all__ = [
    "WINDOW_DAYS",
    "CorpusDedup",
    "CorpusKey",
    "date_span",
    "is_symmetric",
    "merge_event",
    "participant_key",
    "same_corpus_event",
]

WINDOW_DAYS = 7
_ASSUMED_BEFORE = 2
_ASSUMED_AFTER = 1
_PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


def is_symmetric(type_: str, actors: Iterable[str], recipients: Iterable[str]) -> bool:
    """Any CONSULT (outlets disagree on who met whom), or an AGREE/COOPERATE of several actors with no recipient."""
    if type_ == "CONSULT":
        return True
    if list(recipients):
        return False
    return type_ in ("AGREE", "COOPERATE") and len(set(actors)) > 1


def participant_key(event: Event) -> str:
    """Sorted codes of everyone taking part, ``|``-joined: the store's lookup key."""
    return "|".join(sorted(set(event.actor_codes) | set(event.recipient_codes)))


def date_span(value: str | date | None, precision: str | None) -> tuple[date, date] | None:
    """First and last day a date covers at its precision (None when unknown)."""
    if value is None:
        return None
    if isinstance(value, date):
        day = value
    else:
        text = str(value)[:10]
        # Tolerate "2002-05" and "2002" for month and year precision.
        day = date.fromisoformat(text + "-01-01"[len(text) - 4 :] if len(text) < 10 else text)
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == "month":
        nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        return date(day.year, day.month, 1), nxt - timedelta(days=1)
    return day, day


@dataclass(frozen=True)
class CorpusKey:
    """What cross-article dedup compares: one event as reported by some articles."""

    type: str
    actors: frozenset[str]
    recipients: frozenset[str]
    span: tuple[date, date] | None
    assumed_date: bool
    country: str | None
    published: tuple[date, date] | None
    articles: frozenset[str]

    @classmethod
    def of(
        cls,
        event: Event,
        *,
        published: tuple[date, date] | date | None,
        articles: Iterable[str] = (),
    ) -> CorpusKey:
        if isinstance(published, date):
            published = (published, published)
        span = date_span(event.date, event.date_precision)
        return cls(
            type=event.event,
            actors=frozenset(event.actor_codes),
            recipients=frozenset(event.recipient_codes),
            span=span,
            assumed_date=span is not None and event.date_source == "published",
            country=event.place.country_code if event.place else None,
            published=published,
            articles=frozenset(articles) or frozenset({event.doc_id}),
        )

    @property
    def symmetric(self) -> bool:
        return is_symmetric(self.type, self.actors, self.recipients)

    def effective_span(self) -> tuple[date, date] | None:
        if self.span is None:
            return None
        if self.assumed_date:
            return (
                self.span[0] - timedelta(days=_ASSUMED_BEFORE),
                self.span[1] + timedelta(days=_ASSUMED_AFTER),
            )
        return self.span


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _same_participants(a: CorpusKey, b: CorpusKey) -> bool:
    if a.symmetric or b.symmetric:
        return (a.actors | a.recipients) == (b.actors | b.recipients)
    return a.actors == b.actors and a.recipients == b.recipients


def _dates_match(a: CorpusKey, b: CorpusKey, window_days: int) -> bool:
    sa, sb = a.effective_span(), b.effective_span()
    if sa is not None and sb is not None:
        return _overlap(sa, sb)
    if sa is None and sb is None:
        if a.published is None or b.published is None:
            return False
        window = timedelta(days=window_days)
        return _overlap((a.published[0] - window, a.published[1]), b.published) or _overlap(
            (b.published[0] - window, b.published[1]), a.published
        )
    dated, undated = (a, b) if sa is not None else (b, a)
    span = dated.effective_span()
    if undated.published is None or span is None:
        return False
    around = (
        undated.published[0] - timedelta(days=window_days),
        undated.published[1] + timedelta(days=_ASSUMED_AFTER),
    )
    return _overlap(span, around)


def same_corpus_event(a: CorpusKey, b: CorpusKey, *, window_days: int = WINDOW_DAYS) -> bool:
    """Whether two events reported by different articles are one real-world event."""
    if a.type != b.type or (a.articles & b.articles):
        return False
    if not _same_participants(a, b):
        return False
    if a.country and b.country and a.country != b.country:
        return False
    return _dates_match(a, b, window_days)


def _date_rank(event: Event) -> tuple[int, int]:
    return (
        _PRECISION_RANK.get(event.date_precision or "", 0),
        int(event.date_source != "published"),
    )


def _place_rank(place: Place | None) -> int:
    if place is None:
        return 0
    if place.lat is None or place.lon is None:
        return 1 + int(place.country_code is not None)
    if (place.feature_code or "").startswith("PCL"):
        return 3
    return 4


def _fill_entities(kept: list[Entity], other: list[Entity]) -> None:
    by_code = {e.code: e for e in other}
    for entity in kept:
        extra = by_code.get(entity.code)
        if extra is None:
            continue
        entity.sector = entity.sector or extra.sector
        entity.office = entity.office or extra.office
        if not entity.entity_text and extra.entity_text:
            # the words and how they were resolved travel together
            entity.entity_text, entity.resolved_by = extra.entity_text, extra.resolved_by


def merge_event(kept: Event, other: Event) -> bool:
    """Refine ``kept`` with what ``other`` knows better (mentions are not touched).

    The most precise date and place win; a host (recipient) named by ``other`` for
    an unhosted meeting is adopted; contexts are united; missing mode, CAMEO,
    sectors and offices are filled. Returns whether ``kept`` changed.
    """
    before = kept.to_plover()
    if other.date and _date_rank(other) > _date_rank(kept):
        kept.date, kept.date_precision, kept.date_source = (
            other.date,
            other.date_precision,
            other.date_source,
        )
    if _place_rank(other.place) > _place_rank(kept.place):
        kept.place = other.place
    if not kept.recipients and other.recipients and participant_key(kept) == participant_key(other):
        kept.actors = [Entity(**vars(e)) for e in other.actors]
        kept.recipients = [Entity(**vars(e)) for e in other.recipients]
    _fill_entities(kept.actors, other.actors + other.recipients)
    _fill_entities(kept.recipients, other.actors + other.recipients)
    kept.context = sorted(set(kept.context) | set(other.context))
    kept.mode = kept.mode or other.mode
    kept.cameo = kept.cameo or other.cameo
    if kept.event_scale is None:
        kept.event_scale = other.event_scale
    if kept.quad_code is None:
        kept.quad_code = other.quad_code
    kept.confidence = max(kept.confidence, other.confidence)
    return kept.to_plover() != before


@dataclass
class _Group:
    event: Event
    published: tuple[date, date] | None
    articles: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    def key(self) -> CorpusKey:
        return CorpusKey.of(self.event, published=self.published, articles=self.articles)


class CorpusDedup:
    """In-memory cross-article dedup over a stream of documents (the store does the same on disk).

    >>> dedup = CorpusDedup()
    >>> for doc in documents:          # doctest: +SKIP
    ...     dedup.add(doc)
    >>> events = dedup.events          # doctest: +SKIP
    """

    def __init__(self, *, window_days: int = WINDOW_DAYS) -> None:
        self.window_days = window_days
        self._groups: dict[tuple[str, str], list[_Group]] = {}
        self._order: list[_Group] = []
        self.merged = 0

    def add(self, doc: Document) -> list[Event]:
        """Merge a document's events into the kept ones; return the kept event each became."""
        published = doc.published or doc.article.published
        source = doc.article.source or f"article:{doc.id}"
        out: list[Event] = []
        for event in doc.events:
            pub = (published, published) if published else None
            key = CorpusKey.of(event, published=pub, articles=[doc.id])
            bucket = self._groups.setdefault((event.event, participant_key(event)), [])
            for group in bucket:
                if same_corpus_event(group.key(), key, window_days=self.window_days):
                    merge_event(group.event, event)
                    group.event.mentions.extend(event.mentions)
                    group.articles.add(doc.id)
                    group.sources.add(source)
                    if published:
                        lo, hi = group.published or (published, published)
                        group.published = (min(lo, published), max(hi, published))
                    group.event.num_articles = len(group.articles)
                    group.event.num_sources = len(group.sources)
                    self.merged += 1
                    out.append(group.event)
                    break
            else:
                group = _Group(event=event, published=pub, articles={doc.id}, sources={source})
                bucket.append(group)
                self._order.append(group)
                out.append(event)
        return out

    @property
    def events(self) -> list[Event]:
        return [g.event for g in self._order]
