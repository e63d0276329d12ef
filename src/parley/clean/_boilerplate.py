"""Web furniture in already-extracted text: breadcrumbs, bylines, share and login lines,
repeated headlines and captions, lines in another script.

The line patterns live in ``data/boilerplate.txt`` (one regex per line; users add
their own file of the same name in a knowledge folder). What cannot be a pattern
is here: repeated paragraphs, captions, the headline, other scripts, the page's tail.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import KnowledgeError
from ..knowledge import check_first_line

__all__ = ["strip_boilerplate"]

log = logging.getLogger(__name__)

_TAIL = "(?#tail)"
#: A photo credit closing a caption: "[MINISTRY OF FOREIGN AFFAIRS]", "[YONHAP]", "(AFP)", "Photo: Reuters".
_CREDIT = re.compile(
    r"(\[[^\]\n]{2,60}\]|\((?:photo|AFP|AP|Reuters|Yonhap|Xinhua|EPA|Getty|Kyodo|Bloomberg)[^()\n]{0,40}\)"
    r"|\b(?:Photo|Picture|Image)s?\s*(?:by|:|/)\s*[^.\n]{2,40})\s*$"
)
#: A credit in capitals ("[POST PHOTO POOL]"): a caption even when the page shows it once.
_CAPS_CREDIT = re.compile(r"\[[A-Z][A-Z0-9 .,'&/-]{2,58}\]\s*$")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
#: A character that may be a letter of another script: not ASCII, Latin-1/Extended letters or
#: general punctuation (curly quotes, dashes), none of which is a non-Latin letter.
_MAYBE_FOREIGN = re.compile(r"[^\x00-\x7f\u00c0-\u024f\u2000-\u206f]")

Matcher = Callable[[str], bool]


@lru_cache(maxsize=8)
def _patterns(extra_dirs: tuple[Path, ...]) -> tuple[Matcher, Matcher]:
    """Whether a paragraph matches a line pattern, and a tail pattern, of the bundled and the user's files."""
    sources = [
        ("parley/data/boilerplate.txt", (resources.files("parley") / "data" / "boilerplate.txt").read_text("utf-8"))
    ]
    sources += [
        (str(d / "boilerplate.txt"), (d / "boilerplate.txt").read_text(encoding="utf-8"))
        for d in extra_dirs
        if (d / "boilerplate.txt").is_file()
    ]
    lines: list[re.Pattern[str]] = []
    tails: list[re.Pattern[str]] = []
    for name, text in sources:
        rows = text.splitlines()
        check_first_line(Path(name), rows[0] if rows else "", "boilerplate")
        for number, row in enumerate(rows[1:], start=2):
            row = row.strip()
            if not row or (row.startswith("#") and not row.startswith(_TAIL)):
                continue
            try:
                pattern = re.compile(row, re.I)
            except re.error as exc:
                raise KnowledgeError(f"{name}:{number}: bad regular expression: {exc}", code="E302") from exc
            (tails if row.startswith(_TAIL) else lines).append(pattern)
    return _any_match(lines), _any_match(tails)


def _any_match(patterns: Sequence[re.Pattern[str]]) -> Matcher:
    """``any(p.match(text) for p in patterns)``, as one alternation when the patterns allow it (much faster)."""
    if not patterns:
        return lambda text: False
    sources = [p.pattern for p in patterns]
    # numbered or named groups referred to by number or name would change meaning in one pattern
    if not any(re.search(r"\\\d|\(\?P[<=]|\(\?\(", src) for src in sources):
        try:
            combined = re.compile("|".join(f"(?:{src})" for src in sources), re.I)
        except re.error:
            pass
        else:
            return lambda text: combined.match(text) is not None
    return lambda text: any(p.match(text) for p in patterns)


def strip_boilerplate(text: str, title: str | None, extra_dirs: tuple[Path, ...] = ()) -> tuple[str, str | None]:
    """(body, title): furniture dropped, the headline kept once as the first paragraph.

    ``text`` is split into paragraphs at line ends; the body has one blank line between
    paragraphs. Without a ``title``, a first line that looks like a headline becomes it.
    """
    lines, tails = _patterns(extra_dirs)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    counts = Counter(paragraphs)
    # a furniture first line ("FOR IMMEDIATE RELEASE", "Skip to main content") is no headline
    if (
        title is None
        and paragraphs
        and _looks_like_headline(paragraphs[0])
        and not _is_furniture(paragraphs[0], lines, counts[paragraphs[0]])
    ):
        title = paragraphs[0]
    kept: list[str] = []
    for para in paragraphs:
        if kept and kept != [title] and tails(para):
            log.debug("page tail from %r", para)
            break
        if _is_furniture(para, lines, counts[para]):
            continue
        if para in kept:
            continue  # a paragraph the page layout repeats; the headline lands here too
        kept.append(para)
    if title and (not kept or kept[0] != title):
        kept = [title] + [p for p in kept if p != title]
    return "\n\n".join(kept), title


def _is_furniture(para: str, lines: Matcher, count: int) -> bool:
    if len(para) <= 3 and not any(c.isdigit() for c in para):
        return True  # a stray letter or symbol
    if lines(para) or _foreign(para):
        return True
    # a photo caption: shown twice by the layout, or closed by a credit in capitals
    return (count > 1 and _CREDIT.search(para) is not None) or _CAPS_CREDIT.search(para) is not None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return (
        len(line) < 160
        and 3 <= len(words) <= 25
        # a headline may end on a quotation ('... as "peace gesture"'), a sentence ends on its stop ('... ."')
        and not line.rstrip().rstrip("\"\u201d\u2019'").endswith((".", ",", ":", ";", ")", "?", "!"))
        and line[0].isupper()
        and not line.startswith("(")
    )


def _foreign(line: str) -> bool:
    """Mostly another script (a Korean comment box, a Chinese menu)."""
    if _MAYBE_FOREIGN.search(line) is None:
        return False  # every letter is Latin (the common case, decided without looking at each one)
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(bool(_LATIN.match(c)) for c in letters) < len(letters) / 2
