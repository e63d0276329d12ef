"""Shared set-up of the resolve tests: a word of a parsed sentence, and the place ``event_site`` gives it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from parley.resolve._when import event_timing
from parley.resolve._where import event_site

__all__ = ["event_day", "site_name", "token_of_text"]


def token_of_text(pipeline: Any, text: str, word: str) -> Any:
    """The first token of ``text`` (as the pipeline parses it) written ``word``."""
    return next(t for t in pipeline.nlp(text) if t.text == word)


def site_name(
    pipeline: Any, text: str, trigger: str, *, physical: bool, verbal: bool, known: Callable[[str], bool]
) -> str | None:
    """The name of the place ``event_site`` reads for the trigger word, with no country lookup; None if none."""
    site = event_site(
        token_of_text(pipeline, text, trigger),
        physical=physical,
        verbal=verbal,
        known=known,
        country_of=lambda _: None,
    )
    return None if site is None else site.name


def event_day(pipeline: Any, text: str, trigger: str, published: date, *, future: bool = False) -> str | None:
    """The ISO day ``event_timing`` gives the event of ``trigger`` in ``text`` (a promise with ``future``), if any."""
    timing = event_timing(token_of_text(pipeline, text, trigger), published, future)
    return None if timing is None else timing.iso
