"""Cross-article dedup: the same real-world event reported by several articles is one event."""

from __future__ import annotations

from datetime import date

from parley.dedup import CorpusDedup, CorpusKey, merge_event, same_corpus_event
from parley.dedup._corpus import date_span, is_symmetric
from parley.document import Event
from test_store_fixtures import doc, ev


def _key(event: Event, published: str | None, article: str) -> CorpusKey:
    pub = date.fromisoformat(published) if published else None
    return CorpusKey.of(event, published=pub, articles=[article])


def _same(a: Event, b: Event, pub_a: str | None = "2002-05-22", pub_b: str | None = "2002-05-23") -> bool:
    return same_corpus_event(_key(a, pub_a, "a"), _key(b, pub_b, "b"))


def test_dedup_corpus_same_dyad_type_and_day_merge() -> None:
    assert _same(ev("CONSULT", ["PRK"], ["RUS"], "2002-05-21"), ev("CONSULT", ["PRK"], ["RUS"], "2002-05-21"))


def test_dedup_corpus_unhosted_meeting_matches_hosted_one() -> None:
    hosted = ev("CONSULT", ["PRK"], ["RUS"], "2002-05-21")
    unhosted = ev("CONSULT", ["RUS", "PRK"], [], "2002-05-21")
    assert _same(hosted, unhosted)
    assert is_symmetric("AGREE", ["RUS", "PRK"], [])
    assert _same(ev("AGREE", ["RUS"], ["PRK"], "2002-05-21"), ev("AGREE", ["PRK", "RUS"], [], "2002-05-21"))


def test_dedup_corpus_directed_events_keep_their_direction() -> None:
    assert not _same(ev("ACCUSE", ["PRK"], ["KOR"], "2002-06-29"), ev("ACCUSE", ["KOR"], ["PRK"], "2002-06-29"))
    # A lone actor agreeing is not symmetric: it does not match a two-party agreement.
    assert not _same(ev("AGREE", ["RUS"], [], "2002-05-21"), ev("AGREE", ["RUS", "PRK"], [], "2002-05-21"))


def test_dedup_corpus_near_miss_same_dyad_a_week_apart_stays_apart() -> None:
    a = ev("ACCUSE", ["PRK"], ["USA"], "2002-05-22")
    b = ev("ACCUSE", ["PRK"], ["USA"], "2002-05-29")
    assert not _same(a, b, "2002-05-22", "2002-05-29")


def test_dedup_corpus_near_miss_same_day_different_type_stays_apart() -> None:
    assert not _same(ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29"), ev("ACCUSE", ["PRK"], ["KOR"], "2002-06-29"))


def test_dedup_corpus_near_miss_different_dyad_stays_apart() -> None:
    assert not _same(ev("CONSULT", ["PRK"], ["RUS"], "2002-05-21"), ev("CONSULT", ["PRK"], ["CHN"], "2002-05-21"))
    assert not _same(
        ev("CONSULT", ["PRK", "RUS"], [], "2002-05-21"),
        ev("CONSULT", ["PRK", "RUS", "CHN"], [], "2002-05-21"),
    )


def test_dedup_corpus_coarse_date_covers_the_day() -> None:
    day = ev("CONSULT", ["PRK"], ["RUS"], "2002-05-21")
    assert _same(day, ev("CONSULT", ["PRK"], ["RUS"], "2002-05-01", precision="month"))
    assert _same(day, ev("CONSULT", ["PRK"], ["RUS"], "2002-01-01", precision="year"))
    assert not _same(day, ev("CONSULT", ["PRK"], ["RUS"], "2002-06-01", precision="month"))
    assert date_span("2002-02-10", "month") == (date(2002, 2, 1), date(2002, 2, 28))


def test_dedup_corpus_unknown_dates_merge_only_within_a_week_of_publication() -> None:
    a = ev("ACCUSE", ["PRK"], ["USA"])
    b = ev("ACCUSE", ["PRK"], ["USA"])
    assert _same(a, b, "2002-05-22", "2002-05-25")
    assert not _same(a, b, "2002-05-01", "2002-05-22")
    assert not _same(a, b, None, "2002-05-22")
    dated = ev("ACCUSE", ["PRK"], ["USA"], "2002-05-20")
    assert _same(dated, b, "2002-05-21", "2002-05-22")
    assert not _same(dated, b, "2002-05-21", "2002-07-22")


def test_dedup_corpus_date_assumed_from_publication_allows_a_day_or_two() -> None:
    explicit = ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29")
    assumed = ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-30", date_source="published")
    assert _same(explicit, assumed, "2002-06-29", "2002-06-30")
    later = ev("ASSAULT", ["PRK"], ["KOR"], "2002-07-06", date_source="published")
    assert not _same(explicit, later, "2002-06-29", "2002-07-06")


def test_dedup_corpus_places_in_different_countries_stay_apart() -> None:
    moscow = ev("CONSULT", ["PRK"], ["RUS"], "2002-05-21", place="Moscow")
    pyongyang = ev("CONSULT", ["PRK"], ["RUS"], "2002-05-21", place="Pyongyang")
    nowhere = ev("CONSULT", ["PRK"], ["RUS"], "2002-05-21")
    assert not _same(moscow, pyongyang)
    assert _same(moscow, nowhere)


def test_dedup_corpus_never_merges_events_of_the_same_article() -> None:
    a = ev("ACCUSE", ["PRK"], ["USA"], "2002-05-22")
    b = ev("ACCUSE", ["PRK"], ["USA"], "2002-05-22")
    assert not same_corpus_event(_key(a, "2002-05-22", "x"), _key(b, "2002-05-22", "x"))


def test_dedup_corpus_merge_refines_date_place_and_host() -> None:
    kept = ev("CONSULT", ["RUS", "PRK"], [], "2002-05-01", precision="month", context=["diplomatic"])
    other = ev(
        "CONSULT",
        ["PRK"],
        ["RUS"],
        "2002-05-21",
        place="Moscow",
        mode="visit",
        context=["economic"],
    )
    assert merge_event(kept, other)
    assert (kept.date, kept.date_precision) == ("2002-05-21", "day")
    assert kept.place is not None and kept.place.resolved_place == "Moscow"
    assert (kept.actor_codes, kept.recipient_codes) == (["PRK"], ["RUS"])
    assert kept.mode == "visit"
    assert kept.context == ["diplomatic", "economic"]
    assert not merge_event(kept, ev("CONSULT", ["PRK"], ["RUS"], "2002-05-01", precision="month"))


def test_dedup_corpus_in_memory_counts_articles_and_sources() -> None:
    dedup = CorpusDedup()
    dedup.add(doc("a", "2002-06-29", "Yonhap", ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29")))
    dedup.add(doc("b", "2002-06-30", "Yonhap", ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29")))
    dedup.add(
        doc("c", "2002-06-30", "Xinhua", ev("ASSAULT", ["PRK"], ["KOR"], "2002-06-29"),
            ev("ACCUSE", ["KOR"], ["PRK"], "2002-06-29"))
    )  # fmt: skip
    assert [e.event for e in dedup.events] == ["ASSAULT", "ACCUSE"]
    assault = dedup.events[0]
    assert (len(assault.mentions), assault.num_articles, assault.num_sources) == (3, 3, 2)
    assert dedup.merged == 2


def test_dedup_corpus_merge_fills_words_with_how_they_were_resolved() -> None:
    kept = ev("ACCUSE", ["SAU"], ["QAT"], "2017-06-05")
    kept.actors[0].entity_text = ""
    other = ev("ACCUSE", ["SAU"], ["QAT"], "2017-06-05")
    other.actors[0].entity_text = "The kingdom"
    other.actors[0].resolved_by = '"The kingdom" stands for "Saudi Arabia" (SAU, sentence 1)'
    named = ev("ACCUSE", ["SAU"], ["QAT"], "2017-06-05")
    named.actors[0].entity_text = "Riyadh"
    assert merge_event(kept, other)
    assert (kept.actors[0].entity_text, kept.actors[0].resolved_by) == ("The kingdom", other.actors[0].resolved_by)
    merge_event(named, other)
    assert (named.actors[0].entity_text, named.actors[0].resolved_by) == ("Riyadh", "")  # its own words stay
