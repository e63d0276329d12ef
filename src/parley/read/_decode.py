"""Bytes to text: UTF-8 first, Windows-1252 only when the bytes clearly are.

Policy (documented in the package docstring):

* empty or whitespace-only input -> ``empty`` (E106);
* a NUL byte anywhere (and no UTF-16 byte-order mark) -> ``binary`` (E107);
* valid UTF-8 (with or without BOM), or UTF-16 with a BOM -> read;
* otherwise each line is decoded on its own: a line that is valid UTF-8 stays
  UTF-8 (legacy text almost never validates as UTF-8 by chance), any other line
  is decoded as Windows-1252 *if we are confident*: every such line decodes,
  its non-ASCII characters are letters or typographic punctuation (quotes,
  dashes, currency, degree ...), and they come one or two at a time between
  ASCII characters, as accents and curly quotes do in Western text. Long runs of
  high bytes mean another single-byte script (Cyrillic KOI8-R, Greek ...) that
  cp1252 would turn into plausible-looking garbage. A confident fallback reads
  the input with a warning (E109); anything else is ``not utf-8`` (E108).

So a mixed file (UTF-8 paragraphs pasted beside cp1252 ones) is read with each
line in its own encoding, and a file we cannot decode honestly is refused with
one clear error rather than read as mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["DecodeError", "Decoded", "decode"]

_HIGH_RUN = re.compile(rb"[\x80-\xff]+")
_PUNCT = set("‘’‚“”„–—…•€£¥¢§°±·«»¡¿©®™†‡‰‹›×÷¹²³¼½¾ªº¶µ¦¨¯´¸ˆ˜\u00a0")
_MAX_RUN = 2
_MIN_CONFIDENCE = 0.9


class DecodeError(Exception):
    """Bytes that are not text we can read; ``code`` is the InputError code."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Decoded:
    text: str
    fallback_lines: int = 0  # lines decoded as Windows-1252


def decode(data: bytes) -> Decoded:
    """The text of ``data``; raises :class:`DecodeError` (empty, binary, not UTF-8)."""
    if not data.strip():
        raise DecodeError("empty", "E106")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise DecodeError(f"not valid UTF-16 (byte {exc.start})", "E108") from exc
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes), not text", "E107")
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    parts: list[str] = []
    fallback = 0
    for number, line in enumerate(data.splitlines(keepends=True), 1):
        try:
            parts.append(line.decode("utf-8-sig" if number == 1 else "utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        text = _cp1252(line)
        if text is None:
            line_no = data[:first_bad].count(b"\n") + 1
            raise DecodeError(
                f"not UTF-8 (first bad byte at offset {first_bad}, line {line_no}) and not recognisably "
                "Windows-1252; convert it to UTF-8, e.g. with iconv",
                "E108",
            )
        parts.append(text)
        fallback += 1
    return Decoded("".join(parts), fallback)


def _cp1252(line: bytes) -> str | None:
    """``line`` decoded as Windows-1252 when it confidently is, else None."""
    try:
        text = line.decode("cp1252")
    except UnicodeDecodeError:
        return None  # bytes 0x81 0x8d 0x8f 0x90 0x9d are undefined in cp1252
    runs = [len(run) for run in _HIGH_RUN.findall(line)]
    if not runs:
        return text
    short = sum(1 for n in runs if n <= _MAX_RUN) / len(runs)
    high = [ch for ch in text if ord(ch) > 127]
    plausible = sum(1 for ch in high if ch in _PUNCT or unicodedata.category(ch).startswith("L")) / len(high)
    if short < _MIN_CONFIDENCE or plausible < _MIN_CONFIDENCE:
        return None
    return text
