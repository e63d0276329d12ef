"""Queries over a store filled with hand-made events (see test_store_fixtures)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from parley.analysis import (
    actor_profile,
    dyad_total,
    dyads,
    events,
    iter_events,
    timeline,
    unknown_codes,
)
from parley.store import Store
from test_store_fixtures import SAMPLE, build_store


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path = build_store(tmp_path_factory.mktemp("analysis") / "s.duckdb")
    with Store.open(path) as opened:
        yield opened


def _types(records: list[dict]) -> list[str]:
    return [r["event"][0] for r in records]


def test_analysis_queries_events_are_plover_records_with_counts(store: Store) -> None:
    records = events(store)
    assert len(records) == SAMPLE["events"]
    assert [r["date"] for r in records][:2] == ["2002-01-01", "2002-05-21"]
    meeting = next(r for r in records if r["event"] == ["CONSULT"] and r["date"] == "2002-05-21")
    assert [a["code"] for a in meeting["actor"]] == ["PRK"]
    assert [a["code"] for a in meeting["recipient"]] == ["RUS"]
    assert (meeting["num_mentions"], meeting["num_articles"], meeting["num_sources"]) == (3, 3, 3)
    assert sorted(m["doc_id"] for m in meeting["mentions"]) == [
        "kcna-0522",
        "tass-0523",
        "xinhua-0522",
    ]
    assert meeting["event_loc"]["country_code"] == "RUS"
    assert meeting["cite_info"]["url"] == "https://news.example/xinhua-0522"
    assert meeting["text_info"] == {"sequence": 0, "start": 0, "end": len(meeting["text"])}


def test_analysis_queries_events_filter_by_side(store: Store) -> None:
    assert _types(events(store, recipient="usa")) == ["ACCUSE", "ACCUSE"]
    assert _types(events(store, actor="USA")) == ["SANCTION", "CONSULT"]
    assert len(events(store, either="JPN")) == 2
    assert events(store, actor="JPN", recipient="PRK")[0]["event"] == ["CONSULT"]


def test_analysis_queries_events_filter_by_type_quad_context_country(store: Store) -> None:
    assert len(events(store, type="accuse")) == 4
    assert sorted(_types(events(store, quad=4))) == ["ASSAULT", "SANCTION"]
    assert sorted(_types(events(store, context="military"))) == ["ACCUSE", "ASSAULT"]
    assert sorted(_types(events(store, country="KOR"))) == ["ASSAULT", "CONSULT"]


def test_analysis_queries_events_date_range_overlaps_coarse_dates(store: Store) -> None:
    since = events(store, since="2002-09-01")
    assert sorted(_types(since)) == ["AID", "CONSULT", "CONSULT", "SANCTION", "SUPPORT"]
    until = events(store, until="2002-05-31")
    assert sorted(_types(until)) == ["ACCUSE", "ACCUSE", "AGREE", "AID", "CONSULT"]
    assert _types(events(store, since="2002-06-01", until="2002-06-30", type="ACCUSE")) == [
        "ACCUSE",
        "ACCUSE",
    ]


def test_analysis_queries_search_looks_in_every_reporting_sentence(store: Store) -> None:
    # "naval clash" is only in Xinhua's sentence; the evidence kept is Yonhap's.
    found = events(store, search="Naval Clash")
    assert _types(found) == ["ASSAULT"]
    assert "patrol boats" in found[0]["text"]
    assert events(store, search="no such words anywhere") == []


def test_analysis_queries_limit_and_streaming_agree(store: Store) -> None:
    assert len(events(store, limit=3)) == 3
    assert [r["id"] for r in iter_events(store, batch_size=2)] == [r["id"] for r in events(store)]


def test_analysis_queries_unknown_codes_lists_the_known_ones(store: Store) -> None:
    unknown, known = unknown_codes(store, ["prk", "XYZ", None])
    assert unknown == ["XYZ"]
    assert known == ["CHN", "JPN", "KOR", "PRK", "RUS", "USA"]


def test_analysis_queries_timeline_by_month_counts_quads_and_mean_score(store: Store) -> None:
    rows = timeline(store, "RUS", "PRK")
    assert len(rows) == 1
    row = rows[0]
    assert (row["period"], row["q1"], row["q2"], row["q3"], row["q4"], row["events"]) == (
        "2002-05",
        2,
        0,
        0,
        0,
        2,
    )
    assert row["mean_score"] == pytest.approx((4.0 + 2.5) / 2)


def test_analysis_queries_timeline_by_week_fills_empty_periods(store: Store) -> None:
    rows = timeline(store, "PRK", "USA", by="week")
    periods = [r["period"] for r in rows]
    assert periods[:2] == ["2002-W21", "2002-W22"]
    assert periods[-1] == "2002-W42"
    assert len(rows) == 42 - 21 + 1
    assert sum(r["events"] for r in rows) == 3
    assert rows[2]["events"] == 0 and rows[2]["mean_score"] is None


def test_analysis_queries_timeline_leaves_out_coarser_dates(store: Store) -> None:
    assert timeline(store, "CHN", "PRK") == []
    assert dyad_total(store, "CHN", "PRK") == 1
    assert [r["period"] for r in timeline(store, "CHN", "PRK", by="year")] == ["2002"]
    with pytest.raises(ValueError, match="by must be"):
        timeline(store, "CHN", "PRK", by="hour")


def test_analysis_queries_dyads_by_events_and_by_score(store: Store) -> None:
    top = dyads(store, top=2)
    # Ties on events: the more cooperative dyad first.
    assert [(r["a"], r["b"], r["events"]) for r in top] == [("PRK", "USA", 3), ("KOR", "PRK", 3)]
    assert top[0]["mean_score"] == pytest.approx((-3 - 3 - 6) / 3)
    assert top[1]["mean_score"] == pytest.approx((-9 - 3 - 3) / 3)
    assert (top[0]["q3"], top[0]["q4"]) == (2, 1)
    assert (
        dyads(store, top=1, by="cooperation")[0]["a"],
        dyads(store, top=1, by="cooperation")[0]["b"],
    ) == (
        "CHN",
        "PRK",
    )
    conflict = dyads(store, top=1, by="conflict", min_events=2)
    assert (conflict[0]["a"], conflict[0]["b"]) == ("KOR", "PRK")


def test_analysis_queries_actor_profile_partners_and_mix(store: Store) -> None:
    profile = actor_profile(store, "prk")
    assert profile["code"] == "PRK"
    assert profile["events"] == 11
    assert profile["as_recipient"] == 4
    partners = {r["partner"]: r["events"] for r in profile["partners"]}
    assert partners == {"KOR": 3, "USA": 3, "RUS": 2, "JPN": 2, "CHN": 1}
    assert profile["types"]["ACCUSE"] == 4
    assert profile["by"] == "month"
    may = {r["type"]: r["events"] for r in profile["mix"] if r["period"] == "2002-05"}
    assert may == {"ACCUSE": 2, "AGREE": 1, "CONSULT": 1}
