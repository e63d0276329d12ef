"""Two mentions of one type in clauses joined by "and", each dated in its own words to a different
time, stay two events (parley.events._dated_apart), on invented sentences."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.document import Article, Entity, Event, Mention
from parley.events._dated_apart import dated_apart
from parley.events._merging import joins_sentence_event
from parley.parse import load_model
from parley.settings import Settings


def _event(kind: str, word: str, when: str | None, precision: str = "month", source: str = "explicit") -> Event:
    mention = Mention(doc_id="d", sequence=0, start=0, end=1, text="t", event_text=word)
    return Event(
        doc_id="d",
        event=kind,
        actors=[Entity(code="NOR")],
        recipients=[Entity(code="ISL")],
        date=when,
        date_precision=precision,
        date_source=source,
        mentions=[mention],
    )


def _pair(sentence: str, first: Event, second: Event) -> dict[int, Any]:
    doc = load_model(Settings().model)(sentence)
    words: dict[str, Any] = {}
    for t in doc:
        words.setdefault(t.text, t)  # the first of a repeated word is the first mention's
    later = [t for t in doc if t.text == second.mentions[0].event_text][-1]
    return {id(first): words[first.mentions[0].event_text], id(second): later}


def test_events_dated_apart_two_dated_clauses_stay_two_acts() -> None:
    sentence = "Oslo protested to Reykjavik in March, and its envoy complained again to the Icelanders in October."
    first, second = _event("ACCUSE", "protested", "2023-03-01"), _event("ACCUSE", "complained", "2023-10-01")
    tokens = _pair(sentence, first, second)
    assert dated_apart(second, first, tokens)
    assert not joins_sentence_event(second, [first], tokens=tokens)


def test_events_dated_apart_same_month_joins() -> None:
    sentence = "Oslo protested to Reykjavik in March, and its envoy complained again to the Icelanders on 9 March."
    first = _event("ACCUSE", "protested", "2023-03-01")
    second = _event("ACCUSE", "complained", "2023-03-09", precision="day")
    tokens = _pair(sentence, first, second)
    # "in March" and "on 9 March" agree at the coarser precision: one protest, told twice
    assert not dated_apart(second, first, tokens)
    assert joins_sentence_event(second, [first], tokens=tokens)


def test_events_dated_apart_assumed_date_is_no_difference() -> None:
    sentence = "Oslo protested to Reykjavik in March, and its envoy complained to the Icelanders."
    first = _event("ACCUSE", "protested", "2023-03-01")
    second = _event("ACCUSE", "complained", "2023-05-02", precision="day", source="published")
    # the second clause names no time: its date was only assumed, so nothing sets the two apart
    assert not dated_apart(second, first, _pair(sentence, first, second))


def test_events_dated_apart_not_coordinated_clauses() -> None:
    sentence = "Oslo agreed in March to open a consulate in Reykjavik in June."
    first = _event("AGREE", "agreed", "2023-03-01")
    second = _event("AGREE", "open", "2023-06-01")
    # an undertaking and what it undertakes to do are no pair of clauses joined by "and"
    assert not dated_apart(second, first, _pair(sentence, first, second))


def test_events_dated_apart_bound_is_no_date_of_its_own() -> None:
    sentence = "Oslo banned Icelandic trawlers from its waters in March and kept the ban on them until October."
    first = _event("SANCTION", "banned", "2023-03-01")
    second = _event("SANCTION", "kept", "2023-10-01")
    # "until October" says how long the ban ran, not when the second clause's act was done
    assert not dated_apart(second, first, _pair(sentence, first, second))


def test_events_dated_apart_clauses_joined_by_but() -> None:
    sentence = "Oslo protested to Reykjavik in March, but its envoy complained again to the Icelanders in October."
    first, second = _event("ACCUSE", "protested", "2023-03-01"), _event("ACCUSE", "complained", "2023-10-01")
    # "but ... again ... in October" tells a second protest, as "and" would
    assert dated_apart(second, first, _pair(sentence, first, second))


def test_events_dated_apart_clauses_joined_by_or() -> None:
    sentence = "Oslo would protest to Reykjavik in March, or its envoy would complain to the Icelanders in October."
    first, second = _event("ACCUSE", "protest", "2023-03-01"), _event("ACCUSE", "complain", "2023-10-01")
    # "or" offers two alternatives, not two acts
    assert not dated_apart(second, first, _pair(sentence, first, second))


def test_events_dated_apart_two_meetings_in_one_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The fisheries ministers of Norway and Iceland held talks in Bergen in January, and the two coast "
        "guard chiefs met in Akureyri in March."
    )
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    meetings = sorted((e.date or "")[:7] for e in doc.events if e.event == "CONSULT")
    assert meetings == ["2024-01", "2024-03"]
