"""The pieces of a reviewed article's gold file (``../shared/gold`` format): its header and its events."""

from __future__ import annotations

from typing import Any

__all__ = ["gold_article", "gold_event", "review_anchors"]


def review_anchors(store: Any, reviews: list[dict[str, Any]]) -> tuple[dict[tuple[Any, Any, Any], str], set[str]]:
    """The stored mentions of the reviewed articles by (article, sequence, start), and which reviewed
    events are still stored: what :func:`attach` needs to find each review's event."""
    ids = sorted({r["event_id"] for r in reviews})
    present = {r[0] for r in store.conn.execute("SELECT id FROM events WHERE list_contains(?, id)", [ids]).fetchall()}
    articles = sorted({r["article_id"] for r in reviews if r["article_id"]})
    anchors = {
        (a, s, c): e
        for e, a, s, c in store.conn.execute(
            "SELECT event_id, article_id, sequence, char_start FROM mentions WHERE list_contains(?, article_id)",
            [articles],
        ).fetchall()
    }
    return anchors, present


def gold_article(store: Any, article_id: str) -> tuple[dict[str, Any], str | None]:
    """A gold file with no events yet for the stored article, and the article's text."""
    row = store.conn.execute(
        "SELECT published, source, source_country, text FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    published, source, country, text = row if row else (None, None, None, None)
    doc: dict[str, Any] = {
        "id": article_id,
        "doc": "",
        "published": published.isoformat() if published else None,
        "source": source,
        "source_country": country,
        "reviewed_by": "parley export --format gold",
        "events": [],
    }
    return doc, text


def gold_event(final: dict[str, Any], number: int, event_id: str) -> dict[str, Any]:
    """A reviewed event (with its corrections applied) as the ``number``-th event of a gold file; a date
    known only to the month or year is cut to that."""
    date_value = final.get("date")
    precision = final.get("date_precision")
    if date_value and precision in ("month", "year"):
        date_value = date_value[: 7 if precision == "month" else 4]
    loc = final.get("event_loc") or {}
    return {
        "id": f"r{number}",
        "type": final["event"][0],
        "actors": [a["code"] for a in final["actor"]],
        "recipients": [a["code"] for a in final["recipient"]],
        "date": date_value,
        "place": loc.get("resolved_place") or loc.get("extracted_place"),
        "evidence": final.get("text") or "",
        "required": True,
        "event_id": event_id,
        "review": {k: final["review"][k] for k in ("verdict", "reviewer", "created_at", "note")},
    }
