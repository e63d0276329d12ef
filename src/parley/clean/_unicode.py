"""Unicode repair: odd spaces, zero-width characters, ligatures, dashes."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalize_unicode"]

_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\v\f]")
_ZERO_WIDTH = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")
#: Letters a PDF or an old page may carry as one code point.
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"})
#: Full-width ASCII (common in East Asian outlets) and odd hyphens become plain ASCII, one for one.
_ONE_FOR_ONE = str.maketrans(
    {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
    | {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u2015": "\u2014"}
)
#: Any character of the two translations above.
_TRANSLATED = re.compile(r"[\ufb00-\ufb04\uff01-\uff5e\u2010-\u2012\u2212\u2015]")
#: "ground--breaking", "Korea\u2013Russia": a hyphen typed as a double hyphen or an en dash between letters.
_WORD_DASH = re.compile(r"(?<=[^\W\d_])(?:--|\u2013)(?=[^\W\d_])")
#: " -- " (and "--" before a line end): the typewriter em dash; " \u2013 " used as a dash.
_SPACED_DASH = re.compile(r"[ ]+(?:-{2,3}|\u2013|\u2014)(?:[ ]+|(?=\n)|$)")
_APOSTROPHE = re.compile(r"(?<=\w)[\u2019\u02bc](?=\w)")
_TRAILING = re.compile(r"[ ]+\n")
_LEADING = re.compile(r"\n[ ]+")
_MANY_SPACES = re.compile(r" {2,}")
_BLANKS = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def normalize_unicode(text: str) -> str:
    """NFC text with plain spaces and line ends, no zero-width characters, and clean dashes.

    "ground--breaking" becomes "ground-breaking"; " -- " becomes a spaced em dash.
    Curly quotes stay (they are text); only apostrophes inside words become straight.
    Idempotent: normalising normalised text changes nothing.
    """
    # each step runs only when the text holds what its pattern needs (a plain substring test, far
    # cheaper than a regex scan or a translation that finds nothing): most articles are ASCII, with no
    # odd dash, curly apostrophe or run of spaces, and the result is the same string either way
    plain = text.isascii()  # none of the non-ASCII characters below; the steps keep ASCII text ASCII
    if "\r" in text or not plain:
        text = _LINE_BREAKS.sub("\n", text)
    if not plain:
        text = unicodedata.normalize("NFC", text)
        if _TRANSLATED.search(text):  # a translation walks every character, in a text that mostly has none
            text = text.translate(_LIGATURES).translate(_ONE_FOR_ONE)
        text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    if "--" in text or "\u2013" in text:
        text = _WORD_DASH.sub("-", text)
    if "--" in text or "\u2013" in text or "\u2014" in text:
        text = _SPACED_DASH.sub(" \u2014 ", text)
    # a curly apostrophe inside a word ("Japan’s") confuses the parser; quotes stay curly
    if "\u2019" in text or "\u02bc" in text:
        text = _APOSTROPHE.sub("'", text)
    if "  " in text:
        text = _MANY_SPACES.sub(" ", text)
    if " \n" in text:
        text = _TRAILING.sub("\n", text)
    if "\n " in text:
        text = _LEADING.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return text.strip()
