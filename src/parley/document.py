"""The typed objects that flow through the pipeline.

An :class:`Article` is what a reader produced (raw text or HTML plus metadata).
A :class:`Document` wraps it and is filled in stage by stage: ``clean`` sets
``text``/``published``/``dateline``, ``parse`` sets ``spacy``, ``mentions`` sets
``actor_mentions``, ``events`` and ``resolve`` fill ``events``, ``dedup`` merges them.
An :class:`Event` serialises to one PLOVER JSON record (see ``to_plover``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ._sent_starts import sentence_bounds

__all__ = [
    "Article",
    "ActorMention",
    "Chain",
    "Dateline",
    "Document",
    "Entity",
    "Event",
    "Mention",
    "Place",
]

CODER = "parley 0.1.0"


@dataclass
class Article:
    """One article as read from a source, before any cleaning."""

    id: str
    text: str = ""
    html: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    source_country: str | None = None
    url: str | None = None
    language: str | None = None
    origin: str = ""


@dataclass
class Dateline:
    """A wire dateline ("SEOUL, April 27 (Wire) --") or closing credit line."""

    place: str | None
    date: date | None
    start: int
    end: int
    region: str | None = None  # what follows the city ("GIZO, Solomon Islands --"): its country or state


@dataclass
class Entity:
    """A PLOVER entity: a country or agent code with sector and the words that named it."""

    code: str
    sector: str | None = None
    entity_text: str = ""
    office: str | None = None
    resolved_by: str = ""  # how a description got its code ('"the kingdom" stands for "Saudi Arabia" ...')

    def to_plover(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "sector": self.sector, "entity_text": self.entity_text}
        if self.office:
            out["office"] = self.office
        if self.resolved_by:
            out["resolved_by"] = self.resolved_by
        return out

    @classmethod
    def from_plover(cls, data: dict[str, Any]) -> Entity:
        return cls(
            code=str(data.get("code", "")),
            sector=data.get("sector"),
            entity_text=str(data.get("entity_text", "")),
            office=data.get("office"),
            resolved_by=str(data.get("resolved_by") or ""),
        )


@dataclass
class ActorMention:
    """A span of the cleaned text that names an actor (country, IGO, person, group)."""

    start: int
    end: int
    text: str
    entity: Entity
    kind: str = "name"  # name, alias, demonym, capital, person, igo, body, group, description, vessel
    token_start: int = -1
    token_end: int = -1
    chain: int = -1  # the id of the chain of mentions of the same actor (chains stage)
    evidence: str = ""  # how a description was resolved ("the kingdom" -> "Saudi Arabia", sentence 3)


@dataclass
class Chain:
    """Every mention of one actor in an article, resolved to one code (the chains stage)."""

    id: int
    code: str
    label: str  # the first name the article gives it
    mentions: list[int] = field(default_factory=list)  # indices into Document.actor_mentions
    evidence: list[str] = field(default_factory=list)


@dataclass
class Place:
    """Where an event happened, as written and as resolved with the gazetteer."""

    extracted_place: str
    resolved_place: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature_code: str | None = None

    def to_plover(self) -> dict[str, Any]:
        return {
            "extracted_place": self.extracted_place,
            "resolved_place": self.resolved_place,
            "country_code": self.country_code,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }

    @classmethod
    def from_plover(cls, data: dict[str, Any] | None) -> Place | None:
        if not data:
            return None
        return cls(
            extracted_place=str(data.get("extracted_place") or data.get("resolved_place") or ""),
            resolved_place=data.get("resolved_place"),
            country_code=data.get("country_code"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            geonameid=data.get("geonameid"),
        )


@dataclass
class Mention:
    """One sentence of one article that reports an event."""

    doc_id: str
    sequence: int
    start: int
    end: int
    text: str
    event_text: str = ""
    source: str | None = None
    url: str | None = None


@dataclass
class Event:
    """One coded event. ``to_plover`` gives the JSONL record of the output contract."""

    doc_id: str
    event: str
    actors: list[Entity]
    recipients: list[Entity] = field(default_factory=list)
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None
    date_source: str = ""  # explicit, unresolved, discourse, dateline, published (not serialised)
    place: Place | None = None
    cameo: str | None = None
    quad_code: int | None = None
    event_scale: float | None = None
    event_text: str = ""
    trigger: str = ""  # lemma of the trigger word (not serialised)
    text: str = ""
    sequence: int = 0
    start: int = 0
    end: int = 0
    modality: str = "asserted"
    confidence: float = 0.5
    mentions: list[Mention] = field(default_factory=list)
    id: str = ""
    coder: str = CODER
    num_articles: int = 1
    num_sources: int = 1

    @property
    def actor_codes(self) -> list[str]:
        return [e.code for e in self.actors]

    @property
    def recipient_codes(self) -> list[str]:
        return [e.code for e in self.recipients]

    def to_plover(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "date": self.date,
            "date_precision": self.date_precision,
            "event": [self.event],
            "mode": [self.mode] if self.mode else [],
            "context": list(self.context),
            "actor": [e.to_plover() for e in self.actors],
            "recipient": [e.to_plover() for e in self.recipients],
            "event_loc": self.place.to_plover() if self.place else None,
            "quad_code": self.quad_code,
            "event_scale": self.event_scale,
            "cameo": self.cameo,
            "event_text": self.event_text,
            "text": self.text,
            "text_info": {"sequence": self.sequence, "start": self.start, "end": self.end},
            "modality": self.modality,
            "confidence": round(self.confidence, 3),
            "num_mentions": max(1, len(self.mentions)),
            "num_articles": self.num_articles,
            "num_sources": self.num_sources,
            "mentions": [
                {
                    "doc_id": m.doc_id,
                    "sequence": m.sequence,
                    "start": m.start,
                    "end": m.end,
                    "event_text": m.event_text,
                }
                for m in self.mentions
            ],
            "coder": self.coder,
        }

    @classmethod
    def from_plover(cls, data: dict[str, Any]) -> Event:
        info = data.get("text_info") or {}
        events = data.get("event") or [""]
        modes = data.get("mode") or []
        return cls(
            id=str(data.get("id", "")),
            doc_id=str(data.get("doc_id", "")),
            event=events[0] if isinstance(events, list) else str(events),
            actors=[Entity.from_plover(e) for e in data.get("actor") or []],
            recipients=[Entity.from_plover(e) for e in data.get("recipient") or []],
            mode=(modes[0] if isinstance(modes, list) and modes else (modes or None)),
            context=list(data.get("context") or []),
            date=data.get("date"),
            date_precision=data.get("date_precision"),
            place=Place.from_plover(data.get("event_loc")),
            cameo=data.get("cameo"),
            quad_code=data.get("quad_code"),
            event_scale=data.get("event_scale"),
            event_text=str(data.get("event_text", "")),
            text=str(data.get("text", "")),
            sequence=int(info.get("sequence", 0)),
            start=int(info.get("start", 0)),
            end=int(info.get("end", 0)),
            modality=str(data.get("modality", "asserted")),
            confidence=float(data.get("confidence", 0.5)),
            coder=str(data.get("coder", CODER)),
        )


@dataclass
class Document:
    """An article on its way through the pipeline; each stage fills some fields."""

    article: Article
    text: str = ""
    title: str | None = None
    published: date | None = None
    source_country: str | None = None
    dateline: Dateline | None = None
    home_country: str | None = None  # the country the story is about (mentions stage)
    spacy: Any = None
    actor_mentions: list[ActorMention] = field(default_factory=list)
    chains: list[Chain] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # token index -> (index of its sentence, first token of its sentence); built once, on first use
    _sentence_index: tuple[list[int], list[int]] | None = field(default=None, repr=False, compare=False)

    @property
    def id(self) -> str:
        return self.article.id

    def sentence_index(self) -> tuple[list[int], list[int]]:
        """For every token of the parse, the number of its sentence and its sentence's first token.

        spaCy rebuilds ``Token.sent`` on every access, so the stages that ask per token
        (chains, events) share this one index instead.
        """
        if self._sentence_index is None:
            numbers: list[int] = []
            starts: list[int] = []
            if self.spacy is not None:
                for n, (start, end) in enumerate(sentence_bounds(self.spacy)):
                    numbers.extend([n] * (end - start))
                    starts.extend([start] * (end - start))
            self._sentence_index = (numbers, starts)
        return self._sentence_index
