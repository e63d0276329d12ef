"""Main text, title and publication date of an HTML page.

The main text comes from trafilatura (``favor_precision``, no comments, no
tables; a second, recall-oriented pass only when the first finds nothing). A
"text" shorter than eight words is a menu or a cookie banner, not an article, and
counts as no text. trafilatura's own ``deduplicate`` option is *not* used: its
cache is global across pages, so it would silently drop paragraphs that a second
outlet reprinted; parley deduplicates whole articles itself.

The date is the page's own ``article:published_time`` (or ``og:``/``dc.``/
``datePublished``/``pubdate`` ...) meta tag, else htmldate's original-date
guess without extensive search. A guessed date of today is never taken (it is
the crawl date, not the publication date); no date in the future is taken.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

__all__ = ["read_html"]

logger = logging.getLogger(__name__)

_MIN_WORDS = 8
_HEAD_BYTES = 65536
_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_DATE_NAMES = {
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.issued",
    "parsely-pub-date",
    "date",
}
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def read_html(html: str, *, url: str | None = None) -> tuple[str, str | None, date | None]:
    """``(main text, title, published)`` of a page; the text is ``""`` when the page has no article body."""
    import trafilatura

    options: dict[str, Any] = {"url": url, "include_comments": False, "include_tables": False}
    text = ""
    title: str | None = None
    extracted_date: str | None = None
    try:
        doc = trafilatura.bare_extraction(
            html,
            favor_precision=True,
            with_metadata=True,
            date_extraction_params={"original_date": True, "extensive_search": False},
            **options,
        )
        if doc is not None:
            text, title, extracted_date = _fields(doc)
        if len(text.split()) < _MIN_WORDS:
            text = trafilatura.extract(html, favor_recall=True, **options) or ""
    except Exception:  # noqa: BLE001 - lxml/trafilatura can fail on broken markup; that page just has no text
        logger.debug("trafilatura failed on %s", url or "a page", exc_info=True)
    text = text.strip()
    if len(text.split()) < _MIN_WORDS:
        text = ""  # a menu or a cookie banner is not an article
    return text, title or _plain_title(html), _meta_date(html) or _not_after(extracted_date, today_ok=False)


def _fields(doc: Any) -> tuple[str, str | None, str | None]:
    get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
    return str(get("text") or ""), get("title") or None, get("date") or None


def _plain_title(html: str) -> str | None:
    match = _TITLE.search(html[:_HEAD_BYTES])
    title = re.sub(r"\s+", " ", match.group(1)).strip() if match else ""
    return title or None


def _meta_date(html: str) -> date | None:
    """The first publication date declared in a ``<meta>`` tag of the page head."""
    head = html[:_HEAD_BYTES]
    end = head.lower().find("</head>")
    for tag in _META_TAG.finditer(head if end < 0 else head[:end]):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag.group(0))}
        names = {attrs.get(key, "").lower() for key in ("property", "name", "itemprop")}
        if names & _DATE_NAMES:
            day = _not_after(attrs.get("content"), today_ok=True)
            if day is not None:
                return day
    return None


def _not_after(value: str | None, *, today_ok: bool) -> date | None:
    """A ``YYYY-MM-DD...`` string as a date, unless malformed or in the future (or today, for a guess)."""
    match = _ISO_DAY.match(value.strip()) if value else None
    if match is None:
        return None
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    today = date.today()
    return day if day < today or (today_ok and day == today) else None
