"""Main text, title and publication date of an HTML page."""

from __future__ import annotations

import logging
import re
from datetime import date

__all__ = ["read_html"]

logger = logging.getLogger(__name__)

_META_DATE = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:published_time|pubdate|"""
    r"""publishdate|date|datePublished|dc\.date|DC\.date\.issued)["'][^>]*>""",
    re.I,
)
_CONTENT = re.compile(r"""content=["'](\d{4}-\d{2}-\d{2})""", re.I)
_MIN_WORDS = 8
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def read_html(html: str, *, url: str | None = None) -> tuple[str, str | None, date | None]:
    """(main text, title, published) of a page; the text is empty when the page has no body."""
    import trafilatura

    text = trafilatura.extract(
        html, url=url, include_comments=False, include_tables=False, favor_precision=True, deduplicate=True
    )
    if not text:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False) or ""
    if len(text.split()) < _MIN_WORDS:
        text = ""  # a menu or a cookie banner is not an article
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None and meta.title else _plain_title(html)
    return text.strip(), title, _published(html)


def _plain_title(html: str) -> str | None:
    match = _TITLE.search(html)
    return re.sub(r"\s+", " ", match.group(1)).strip() if match else None


def _published(html: str) -> date | None:
    """The page's own publication date from its meta tags, else htmldate's best original date."""
    for tag in _META_DATE.finditer(html):
        content = _CONTENT.search(tag.group(0))
        if content:
            try:
                return date.fromisoformat(content.group(1))
            except ValueError:
                continue
    try:
        from htmldate import find_date

        found = find_date(html, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001 - htmldate fails on odd pages; a missing date is fine
        logger.debug("htmldate failed", exc_info=True)
        return None
    if not found:
        return None
    try:
        day = date.fromisoformat(found[:10])
    except ValueError:
        return None
    return None if day >= date.today() else day
