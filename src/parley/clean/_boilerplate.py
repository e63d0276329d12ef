"""Web furniture in already-extracted text: breadcrumbs, bylines, share and login lines,
repeated headlines and captions, lines in another script."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

__all__ = ["strip_boilerplate"]

_CREDIT = re.compile(r"\[[A-Z][A-Z .,'&-]+\]\s*$")
_LATIN = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=8)
def _patterns(extra_dirs: tuple[Path, ...]) -> tuple[re.Pattern[str], ...]:
    texts = [(resources.files("parley") / "data" / "boilerplate.txt").read_text(encoding="utf-8")]
    texts += [
        (d / "boilerplate.txt").read_text(encoding="utf-8") for d in extra_dirs if (d / "boilerplate.txt").is_file()
    ]
    lines = [ln.strip() for text in texts for ln in text.splitlines()]
    return tuple(re.compile(ln, re.I) for ln in lines if ln and not ln.startswith("#"))


def strip_boilerplate(text: str, title: str | None, extra_dirs: tuple[Path, ...] = ()) -> tuple[str, str | None]:
    """(body, title): furniture lines dropped, the headline kept once as the first paragraph."""
    patterns = _patterns(extra_dirs)
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    counts = Counter(paragraphs)
    if title is None and paragraphs and _looks_like_headline(paragraphs[0]):
        title = paragraphs[0]
    kept: list[str] = []
    for para in paragraphs:
        if any(p.match(para) for p in patterns) or _foreign(para):
            continue
        if counts[para] > 1 and _CREDIT.search(para):
            continue  # a photo caption repeated by the page layout
        if para in kept or (title and para == title and kept):
            continue
        kept.append(para)
    if title and (not kept or kept[0] != title):
        kept.insert(0, title)
    return "\n\n".join(kept), title


def _looks_like_headline(line: str) -> bool:
    return len(line) < 160 and not line.rstrip().endswith((".", '"', "\u201d")) and len(line.split()) >= 3


def _foreign(line: str) -> bool:
    """Mostly another script (a Korean comment box, a Chinese menu)."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and sum(bool(_LATIN.match(c)) for c in letters) < len(letters) / 2
