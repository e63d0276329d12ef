"""Unicode repair: odd spaces, zero-width characters, dashes."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_unicode"]

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_SPACED_DASH = re.compile(r"\s+-{2,3}\s+|\s+[\u2013\u2014]\s+")
_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u02bc](?=\w)")
_TRAILING = re.compile(r"[ \t]+\n")
_MANY_SPACES = re.compile(r" {2,}")
_BLANKS = re.compile(r"\n{3,}")


def normalize_unicode(text: str) -> str:
    """NFC text with plain spaces, no zero-width characters and " -- " as a spaced dash.

    Curly quotes stay (they are text); only apostrophes inside words become straight.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _SPACED_DASH.sub(" \u2014 ", text)
    # a curly apostrophe inside a word ("Japan’s") confuses the parser; quotes stay curly
    text = _APOSTROPHE.sub("'", text)
    text = _MANY_SPACES.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    return _BLANKS.sub("\n\n", text).strip()
