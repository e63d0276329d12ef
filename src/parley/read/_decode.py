"""Bytes to text: UTF-8 first, Windows-1252 only when the bytes clearly are.

Policy (documented in the package docstring):

* empty or whitespace-only input -> ``empty`` (E106);
* a known binary format by its first bytes (PDF, ZIP/Office, images, RTF ...) -> ``binary``
  (E107), naming the format;
* UTF-16 without a byte-order mark (a NUL byte in every other position of Western text) -> read;
* a NUL byte anywhere else -> ``binary`` (E107);
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
#: First bytes of binary formats found in archives beside articles, and what they are.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or an Office document"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip data; name the file .gz"),
    (b"\x7fELF", "a program"),
)
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
    head = data.lstrip()[:8]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise DecodeError(f"binary file ({kind}), not text", "E107")
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return Decoded(text)
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


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 data without a byte-order mark, when it clearly is that, else None.

    Western text in UTF-16 has a NUL in (nearly) every other byte: the odd ones (little-endian)
    or the even ones (big-endian); decoded, it must be printable text with no NUL left.
    """
    if len(data) % 2:
        return None
    sample = data[:65536]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros < 0.5 * half or other > 0.01 * half:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            return None
        printable = sum(1 for ch in text[:20000] if ch.isprintable() or ch in "\n\r\t")
        if "\x00" not in text and printable >= 0.98 * min(len(text), 20000):
            return text
    return None


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
