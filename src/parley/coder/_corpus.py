"""The training corpus: one JSON line per sentence (``training/README.md``), read and validated.

:func:`check_corpus` lists every problem of every file (for ``parley train check``);
:func:`load_corpus` returns the sentences and raises :class:`TrainingError` on the first file
with problems, so a model is never trained on rows the format does not allow.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import TrainingError

__all__ = [
    "MODALITIES",
    "NEGATIVE_KINDS",
    "STYLES",
    "TYPES",
    "CorpusStats",
    "Role",
    "TrainingEvent",
    "TrainingSentence",
    "check_corpus",
    "context_of",
    "corpus_stats",
    "load_corpus",
]

TYPES = (
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
)  # fmt: skip
MODALITIES = ("asserted", "negated", "future", "hypothetical")
STYLES = ("wire", "broadsheet", "state-media", "local-press", "press-release", "live-blog", "feature", "web-scrape")
NEGATIVE_KINDS = (
    "no-event", "eventive-other-sense", "opinion", "forecast", "hypothetical", "negated",
    "back-reference", "boilerplate",
)  # fmt: skip
_SENTENCE_KEYS = {"doc", "n", "style", "published", "source_country", "text", "events", "negative"}
_EVENT_KEYS = {"trigger", "type", "mode", "modality", "actors", "recipients", "date", "place"}
_CODE = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
#: A corpus row may be long (a scraped paragraph) but not a page.
MAX_TEXT = 2_000


@dataclass(frozen=True)
class Role:
    text: str | None
    code: str


@dataclass(frozen=True)
class TrainingEvent:
    trigger: str
    type: str
    mode: str | None
    modality: str
    actors: tuple[Role, ...]
    recipients: tuple[Role, ...]
    date: str | None
    place: str | None


@dataclass(frozen=True)
class TrainingSentence:
    doc: str
    n: int
    style: str
    published: str
    source_country: str
    text: str
    events: tuple[TrainingEvent, ...]
    negative: str | None
    origin: str = ""  # file:line

    @property
    def writer(self) -> str:
        """The batch writer (``t3`` of ``t3-state-media-01``): folds for cross-validation."""
        return self.doc.split("-", 1)[0]


@dataclass
class CorpusStats:
    sentences: int = 0
    documents: int = 0
    negatives: int = 0
    by_type: Counter[str] = field(default_factory=Counter)  # sentences with an asserted event of the type
    by_modality: Counter[str] = field(default_factory=Counter)
    by_style: Counter[str] = field(default_factory=Counter)
    by_negative: Counter[str] = field(default_factory=Counter)


def _problems_of_event(raw: Any, text: str) -> Iterator[str]:
    if not isinstance(raw, dict):
        yield "an event is not an object"
        return
    if set(raw) != _EVENT_KEYS:
        yield f"event fields {sorted(raw)} differ from {sorted(_EVENT_KEYS)}"
        return
    if not isinstance(raw["trigger"], str) or not raw["trigger"] or raw["trigger"] not in text:
        yield f"trigger {raw['trigger']!r} is not in the text"
    if raw["type"] not in TYPES:
        yield f"unknown type {raw['type']!r}"
    if raw["modality"] not in MODALITIES:
        yield f"unknown modality {raw['modality']!r}"
    if raw["mode"] is not None and not isinstance(raw["mode"], str):
        yield "mode is neither a string nor null"
    for key in ("actors", "recipients"):
        roles = raw[key]
        if not isinstance(roles, list):
            yield f"{key} is not a list"
            continue
        for role in roles:
            if not isinstance(role, dict) or set(role) != {"text", "code"}:
                yield f"{key}: each entry needs exactly 'text' and 'code'"
            elif not isinstance(role["code"], str) or not _CODE.match(role["code"]):
                yield f"{key}: code {role['code']!r} is not three capital letters"
            elif role["text"] is not None and (not isinstance(role["text"], str) or role["text"] not in text):
                yield f"{key}: {role['text']!r} is not in the text"
    for key in ("date", "place"):
        value = raw[key]
        if value is not None and (not isinstance(value, str) or value not in text):
            yield f"{key} {value!r} is not in the text"


def _problems_of_row(raw: Any) -> Iterator[str]:
    if not isinstance(raw, dict):
        yield "the line is not a JSON object"
        return
    if set(raw) != _SENTENCE_KEYS:
        yield f"fields {sorted(raw)} differ from {sorted(_SENTENCE_KEYS)}"
        return
    text = raw["text"]
    if not isinstance(text, str) or not text.strip():
        yield "text is empty"
        return
    if len(text) > MAX_TEXT:
        yield f"text is longer than {MAX_TEXT} characters"
    if not isinstance(raw["doc"], str) or not raw["doc"]:
        yield "doc is empty"
    if not isinstance(raw["n"], int) or raw["n"] < 0:
        yield "n is not a non-negative integer"
    if raw["style"] not in STYLES:
        yield f"unknown style {raw['style']!r}"
    if not isinstance(raw["published"], str) or not _DATE.match(raw["published"]):
        yield f"published {raw['published']!r} is not YYYY-MM-DD"
    if not isinstance(raw["source_country"], str) or not _CODE.match(raw["source_country"]):
        yield f"source_country {raw['source_country']!r} is not an ISO3 code"
    events = raw["events"]
    if not isinstance(events, list):
        yield "events is not a list"
        return
    for event in events:
        yield from _problems_of_event(event, text)
    negative = raw["negative"]
    if events and negative is not None:
        yield "a sentence with events has a negative kind"
    if not events and negative not in NEGATIVE_KINDS:
        yield f"a sentence without events needs a negative kind from {list(NEGATIVE_KINDS)}"


def _role(raw: dict[str, Any]) -> Role:
    return Role(text=raw["text"], code=raw["code"])


def _sentence(raw: dict[str, Any], origin: str) -> TrainingSentence:
    events = tuple(
        TrainingEvent(
            trigger=e["trigger"],
            type=e["type"],
            mode=e["mode"],
            modality=e["modality"],
            actors=tuple(_role(r) for r in e["actors"]),
            recipients=tuple(_role(r) for r in e["recipients"]),
            date=e["date"],
            place=e["place"],
        )
        for e in raw["events"]
    )
    return TrainingSentence(
        doc=raw["doc"],
        n=raw["n"],
        style=raw["style"],
        published=raw["published"],
        source_country=raw["source_country"],
        text=raw["text"],
        events=events,
        negative=raw["negative"],
        origin=origin,
    )


def _files(root: Path) -> list[Path]:
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise TrainingError(f"{root}: no such training file or folder", code="E701")
    return sorted(root.rglob("*.jsonl"))


def _read(path: Path) -> Iterator[tuple[int, Any, str | None]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TrainingError(f"{path}: cannot read ({exc})", code="E702") from exc
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):  # blank, or a header naming the rows' source
            continue
        try:
            yield lineno, json.loads(line), None
        except json.JSONDecodeError as exc:
            yield lineno, None, f"not JSON ({exc.msg})"


def check_corpus(root: Path) -> tuple[list[TrainingSentence], list[str]]:
    """Every valid sentence under ``root`` and one ``file:line: problem`` string per problem found."""
    sentences: list[TrainingSentence] = []
    problems: list[str] = []
    seen: dict[tuple[str, int], str] = {}
    for path in _files(root):
        for lineno, raw, error in _read(path):
            origin = f"{path}:{lineno}"
            found = [error] if error else list(_problems_of_row(raw))
            if not found:
                key = (raw["doc"], raw["n"])
                if key in seen:
                    found.append(f"doc {raw['doc']!r} n={raw['n']} already at {seen[key]}")
                seen[key] = origin
            if found:
                problems.extend(f"{origin}: {p}" for p in found)
            else:
                sentences.append(_sentence(raw, origin))
    problems.extend(_gaps(sentences))
    return sentences, problems


def _gaps(sentences: list[TrainingSentence]) -> Iterator[str]:
    """Each document's sentences must be numbered 0, 1, 2 ... so that the context is complete."""
    numbers: dict[str, list[int]] = {}
    for s in sentences:
        numbers.setdefault(s.doc, []).append(s.n)
    for doc, ns in numbers.items():
        if sorted(ns) != list(range(len(ns))):
            yield f"doc {doc!r}: sentence numbers {sorted(ns)[:8]}... are not 0..{len(ns) - 1}"


def load_corpus(root: Path) -> list[TrainingSentence]:
    """The corpus's sentences in document order; :class:`TrainingError` if any row is malformed."""
    sentences, problems = check_corpus(root)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise TrainingError(f"{problems[0]}{more}; run `parley train check`", code="E703")
    return sorted(sentences, key=lambda s: (s.doc, s.n))


def context_of(sentences: list[TrainingSentence]) -> dict[tuple[str, int], list[str]]:
    """The sentences before each sentence in its document (what a coder needs to resolve pronouns)."""
    by_doc: dict[str, list[TrainingSentence]] = {}
    for s in sentences:
        by_doc.setdefault(s.doc, []).append(s)
    out: dict[tuple[str, int], list[str]] = {}
    for doc, rows in by_doc.items():
        rows.sort(key=lambda s: s.n)
        for i, s in enumerate(rows):
            out[(doc, s.n)] = [r.text for r in rows[:i]]
    return out


def corpus_stats(sentences: list[TrainingSentence]) -> CorpusStats:
    stats = CorpusStats(sentences=len(sentences), documents=len({s.doc for s in sentences}))
    for s in sentences:
        stats.by_style[s.style] += 1
        if s.negative is not None:
            stats.negatives += 1
            stats.by_negative[s.negative] += 1
        for t in {e.type for e in s.events if e.modality == "asserted"}:
            stats.by_type[t] += 1
        for e in s.events:
            stats.by_modality[e.modality] += 1
    return stats
