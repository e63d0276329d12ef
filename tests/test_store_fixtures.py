"""Hand-made documents and events shared by the store, dedup, analysis and db CLI tests.

Imported by the other ``test_store_*``/``test_analysis_*``/``test_db_cli`` modules;
the checks at the bottom make sure the sample stays what those tests assume.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from parley.document import Article, Document, Entity, Event, Mention, Place
from parley.store import Store, ingest

__all__ = ["SAMPLE", "build_store", "doc", "ev", "sample_documents"]

PLACES = {
    "Moscow": ("RUS", 55.75, 37.62, 524901),
    "Pyongyang": ("PRK", 39.03, 125.75, 1871859),
    "Seoul": ("KOR", 37.57, 126.98, 1835848),
    "Washington": ("USA", 38.9, -77.04, 4140963),
    "Beijing": ("CHN", 39.91, 116.40, 1816670),
    "Tokyo": ("JPN", 35.69, 139.69, 1850147),
}


def ev(
    type_: str,
    actors: list[str],
    recipients: list[str] | None = None,
    day: str | None = None,
    *,
    precision: str | None = None,
    place: str | None = None,
    text: str = "",
    mode: str | None = None,
    context: list[str] | None = None,
    date_source: str = "explicit",
    scale: float | None = None,
) -> Event:
    """One event as the pipeline would yield it (doc_id and mentions are set by :func:`doc`)."""
    where = None
    if place:
        country, lat, lon, gid = PLACES[place]
        where = Place(place, place, country, lat, lon, gid, "PPLC")
    return Event(
        doc_id="",
        event=type_,
        actors=[Entity(code=c, sector="GOV", entity_text=c) for c in actors],
        recipients=[Entity(code=c, sector="GOV", entity_text=c) for c in recipients or []],
        mode=mode,
        context=list(context or []),
        date=day,
        date_precision=(precision or "day") if day else None,
        date_source=date_source,
        place=where,
        event_scale=scale,
        text=text or f"{'/'.join(actors)} {type_.lower()} {'/'.join(recipients or [])}.",
        event_text=type_.lower(),
    )


def doc(
    article_id: str,
    published: str | None,
    source: str | None,
    *events: Event,
    text: str | None = None,
) -> Document:
    """A processed document whose events each have one mention (their own sentence)."""
    body = text if text is not None else " ".join(e.text for e in events) or f"Article {article_id}."
    offset = 0
    for n, event in enumerate(events):
        event.doc_id = article_id
        event.id = f"{article_id}:e{n + 1}"
        event.sequence, event.start, event.end = n, offset, offset + len(event.text)
        offset += len(event.text) + 1
        event.mentions = [Mention(article_id, n, event.start, event.end, event.text, event.event_text)]
    article = Article(
        id=article_id,
        text=body,
        published=date.fromisoformat(published) if published else None,
        source=source,
        url=f"https://news.example/{article_id}",
        title=f"Title of {article_id}",
    )
    return Document(article=article, text=body, published=article.published, events=list(events))


def sample_documents() -> list[Document]:
    """Twelve articles from four outlets about Korean-peninsula diplomacy in 2002.

    Real-world events (after cross-article dedup): 12, reported by 16 mentions.
    """
    return [
        # A North Korean minister's talks in Moscow, reported by three outlets in different ways.
        doc(
            "xinhua-0522",
            "2002-05-22",
            "Xinhua",
            ev(
                "CONSULT",
                ["PRK"],
                ["RUS"],
                "2002-05-21",
                place="Moscow",
                mode="visit",
                context=["diplomatic"],
                text="Pyongyang's foreign minister and his Russian host conferred in Moscow on Tuesday.",
            ),
            ev(
                "AGREE",
                ["PRK", "RUS"],
                [],
                "2002-05-21",
                place="Moscow",
                text="Both men pledged closer ties in trade and transport.",
            ),
        ),
        doc(
            "kcna-0522",
            "2002-05-22",
            "KCNA",
            ev(
                "CONSULT",
                ["PRK", "RUS"],
                [],
                "2002-05-21",
                text="DPRK and Russian diplomats conferred at the ministry.",
            ),
        ),
        doc(
            "tass-0523",
            "2002-05-23",
            "TASS",
            ev(
                "CONSULT",
                ["PRK"],
                ["RUS"],
                "2002-05",
                precision="month",
                place="Moscow",
                text="A North Korean envoy spent part of May in Moscow for consultations.",
            ),
            ev(
                "ACCUSE",
                ["PRK"],
                ["USA"],
                "2002-05-22",
                text="Pyongyang blamed Washington for stoking tension.",
                context=["military"],
            ),
        ),
        # US-PRK: an accusation the next week (near miss: same dyad, a week apart).
        doc(
            "yonhap-0529",
            "2002-05-29",
            "Yonhap",
            ev(
                "ACCUSE",
                ["PRK"],
                ["USA"],
                "2002-05-29",
                text="North Korea repeated its charges against the United States on Wednesday.",
            ),
        ),
        # The West Sea naval clash, 29 June 2002, and reactions the same day (different type).
        doc(
            "yonhap-0629",
            "2002-06-29",
            "Yonhap",
            ev(
                "ASSAULT",
                ["PRK"],
                ["KOR"],
                "2002-06-29",
                place="Seoul",
                mode="firearms",
                context=["military"],
                text="Two northern patrol boats shot at a ship of the Southern navy.",
            ),
            ev(
                "ACCUSE",
                ["KOR"],
                ["PRK"],
                "2002-06-29",
                text="Seoul denounced the shooting.",
            ),
        ),
        doc(
            "xinhua-0630",
            "2002-06-30",
            "Xinhua",
            ev(
                "ASSAULT",
                ["PRK"],
                ["KOR"],
                "2002-06-29",
                text="A naval clash flared near the sea border on Saturday.",
            ),
        ),
        doc(
            "kcna-0630",
            "2002-06-30",
            "KCNA",
            ev(
                "ACCUSE",
                ["PRK"],
                ["KOR"],
                "2002-06-29",
                text="The DPRK charged that southern warships had crossed into its waters.",
            ),
        ),
        # Tokyo's leader visits the North, 17 September 2002.
        doc(
            "kyodo-0917",
            "2002-09-17",
            "Kyodo",
            ev(
                "CONSULT",
                ["JPN"],
                ["PRK"],
                "2002-09-17",
                place="Pyongyang",
                mode="visit",
                text="The Japanese premier sat down with the North Korean leader in Pyongyang.",
            ),
            ev(
                "SUPPORT",
                ["JPN", "PRK"],
                [],
                "2002-09-17",
                place="Pyongyang",
                text="Both governments put their names to a joint pledge.",
            ),
        ),
        doc(
            "xinhua-0918",
            "2002-09-18",
            "Xinhua",
            ev(
                "CONSULT",
                ["JPN", "PRK"],
                [],
                "2002-09-17",
                text="The heads of Japan and the DPRK met for a summit on Tuesday.",
            ),
        ),
        # US sanctions, an unhosted US-KOR consultation, China-PRK aid.
        doc(
            "yonhap-1020",
            "2002-10-20",
            "Yonhap",
            ev(
                "SANCTION",
                ["USA"],
                ["PRK"],
                "2002-10-18",
                text="Washington stopped its deliveries of heavy oil.",
                context=["economic"],
            ),
            ev(
                "CONSULT",
                ["USA", "KOR"],
                [],
                "2002-10-19",
                place="Seoul",
                text="US and South Korean officials consulted in Seoul.",
            ),
        ),
        doc(
            "xinhua-1101",
            "2002-11-01",
            "Xinhua",
            ev(
                "AID",
                ["CHN"],
                ["PRK"],
                "2002",
                precision="year",
                text="China has provided food aid to the DPRK this year.",
                context=["economic"],
            ),
        ),
        doc("empty-1102", "2002-11-02", None),
    ]


SAMPLE: dict[str, Any] = {"articles": 12, "events": 12, "mentions": 16}


def build_store(path: Path) -> Path:
    """A store file holding :func:`sample_documents`."""
    with Store.open(path, write=True) as store:
        ingest(sample_documents(), store)
    return path


def test_store_fixtures_sample_has_the_documented_size(tmp_path: Path) -> None:
    with Store.open(build_store(tmp_path / "s.duckdb")) as store:
        counts = store.counts()
    assert counts["articles"] == SAMPLE["articles"]
    assert counts["events"] == SAMPLE["events"]
    assert counts["mentions"] == SAMPLE["mentions"]
