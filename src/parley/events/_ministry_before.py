"""Whose an unnamed ministry opening a sentence is: "Chile has summoned the Norwegian ambassador. The
ministry called the expulsions a disgrace" is Chile's, the state the sentence before is about, not the
dateline's or the story's home (training gold outside ministries' own releases: 8 of 15 bare ministries
are the state of the sentence before; most others are placed by their own sentence, "In Budapest, the
foreign ministry ...", which is read first). A text the ministry issued ("The foreign ministry statement
warns ...") is left as it was: no training sentence has one as a subject."""

from __future__ import annotations

from typing import Any

from ._words import EventWords

__all__ = ["is_bare_ministry"]


def is_bare_ministry(head: Any, words: EventWords) -> bool:
    """ "the ministry", "the External Affairs Ministry": a ministry's noun heads the phrase."""
    return bool(head.lemma_.lower() in words.ministry_noun)
