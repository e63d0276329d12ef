"""PLOVER records of event rows: the events table's columns with their actors, mentions and article."""

from __future__ import annotations

from typing import Any

from ..store import Store

__all__ = ["_records", "assemble_records"]


def _records(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """PLOVER records (plus store fields) for a batch of event rows (their actors and mentions read here)."""
    ids = [r["id"] for r in rows]
    # a page of ids as a list of values (quicker than unnest(?)); a big batch as one list parameter
    small = len(ids) <= 200
    marks = ", ".join("?" for _ in ids) if small else "SELECT unnest(?)"
    values: list[Any] = ids if small else [ids]
    actors: dict[str, dict[str, list[dict[str, Any]]]] = {i: {"actor": [], "recipient": []} for i in ids}
    for event_id, role, code, sector, text, office, resolved_by in store.conn.execute(
        "SELECT event_id, role, code, sector, entity_text, office, resolved_by FROM event_actors "
        f"WHERE event_id IN ({marks}) ORDER BY event_id, role, position",
        values,
    ).fetchall():
        entity: dict[str, Any] = {"code": code, "sector": sector, "entity_text": text or ""}
        if office:
            entity["office"] = office
        if resolved_by:
            entity["resolved_by"] = resolved_by
        actors[event_id][role].append(entity)
    mentions: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for event_id, doc_id, seq, start, end, event_text, source, url in store.conn.execute(
        "SELECT m.event_id, m.article_id, m.sequence, m.char_start, m.char_end, m.event_text, "
        "m.source, a.url FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
        f"WHERE m.event_id IN ({marks}) "
        "ORDER BY m.event_id, m.article_id, m.sequence, m.char_start",
        values,
    ).fetchall():
        mentions[event_id].append(
            {
                "doc_id": doc_id,
                "sequence": seq,
                "start": start,
                "end": end,
                "event_text": event_text,
                "source": source,
                "url": url,
            }
        )
    return assemble_records(rows, actors, mentions)


def assemble_records(
    rows: list[dict[str, Any]],
    actors: dict[str, dict[str, list[dict[str, Any]]]],
    mentions: dict[str, list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """PLOVER records of event rows (the events table's columns plus the article's url, title and
    source), given each event's actors by role and its mentions (the workbench's in-memory index
    gives them without a query: one shape for both)."""
    out = []
    for r in rows:
        place = None
        if r["extracted_place"] or r["resolved_place"] or r["country_code"]:
            place = {
                "extracted_place": r["extracted_place"],
                "resolved_place": r["resolved_place"],
                "country_code": r["country_code"],
                "lat": r["lat"],
                "lon": r["lon"],
                "geonameid": r["geonameid"],
            }
        out.append(
            {
                "id": r["id"],
                "doc_id": r["doc_id"],
                "date": r["date"].isoformat() if r["date"] else None,
                "date_precision": r["date_precision"],
                "event": [r["type"]],
                "mode": [r["mode"]] if r["mode"] else [],
                "context": list(r["context"] or []),
                "actor": actors[r["id"]]["actor"],
                "recipient": actors[r["id"]]["recipient"],
                "event_loc": place,
                "quad_code": r["quad_code"],
                "event_scale": r["event_scale"],
                "cameo": r["cameo"],
                "event_text": r["event_text"] or "",
                "text": r["text"] or "",
                "text_info": {
                    "sequence": r["sequence"],
                    "start": r["char_start"],
                    "end": r["char_end"],
                },
                "modality": r["modality"],
                "confidence": r["confidence"],
                "num_mentions": r["num_mentions"],
                "num_articles": r["num_articles"],
                "num_sources": r["num_sources"],
                "mentions": mentions[r["id"]],
                "cite_info": {"url": r["url"], "title": r["title"], "publication": r["source"]},
                "coder": r["coder"],
            }
        )
    return out
