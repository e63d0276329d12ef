"""Names whose words a hyphen joins, however it is spaced or left out (parley.mentions._hyphens)."""

from __future__ import annotations

from datetime import date

import pytest

from _events_setup import coded_events
from _mentions_setup import mention_codes
from parley.mentions._hyphens import hyphen_variants, name_runs
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _codes(pipeline: Pipeline, text: str, phrase: str) -> list[str]:
    return mention_codes(pipeline, text, phrase, date(2019, 8, 27))


def test_mentions_hyphened_town_gives_its_country_to_the_police_there(pipeline: Pipeline) -> None:
    # the tokenizer splits "Pétion-Ville" in three; the hyphen is still part of the town's name
    events = coded_events(pipeline, "Police in Pétion-Ville fired tear gas at protesters.")
    assert ("ASSAULT", ["HTI"], ["HTI"]) in events


def test_mentions_hyphened_country_with_spaced_hyphen(pipeline: Pipeline) -> None:
    text = "Troops from Guinea - Bissau crossed the border on Friday."
    assert _codes(pipeline, text, "Guinea - Bissau") == ["GNB"]


def test_mentions_hyphened_capital_written_with_spaces(pipeline: Pipeline) -> None:
    text = "Officials in Port au Prince announced a curfew on Friday."
    assert _codes(pipeline, text, "Port au Prince") == ["HTI"]


def test_mentions_hyphened_person_written_with_hyphens_the_list_lacks(pipeline: Pipeline) -> None:
    text = "President Abdel-Fattah el-Sisi praised the new harbour on Tuesday."
    assert _codes(pipeline, text, "Abdel-Fattah el-Sisi") == ["EGY"]
    assert _codes(pipeline, "Kim Jong-Un inspected a missile launch on Friday.", "Kim Jong-Un") == ["PRK"]


def test_mentions_hyphened_variants_join_only_a_persons_words(pipeline: Pipeline) -> None:
    # "the Israeli-Arab conflict" is between two peoples: only a person's name takes a hyphen for a space
    phrase = pipeline.nlp.make_doc("Israeli Arab")
    assert hyphen_variants(phrase) == []
    assert hyphen_variants(phrase, person=True) == [["Israeli", "-", "Arab"]]
    spaced = hyphen_variants(pipeline.nlp.make_doc("Guinea-Bissau"))
    assert spaced == [["Guinea", "Bissau"]]


def test_mentions_hyphened_runs_start_and_end_on_capitalised_words(pipeline: Pipeline) -> None:
    sdoc = pipeline.nlp("Police in Herzegovina-Neretva canton raided a farm on Monday.")
    runs = [run.text for run in name_runs(sdoc[0 : len(sdoc)])]
    assert "canton" not in runs and not any(run.endswith("canton") for run in runs)
    assert "Herzegovina-Neretva" in runs


def test_mentions_hyphened_canton_gives_its_country_to_the_police_there(pipeline: Pipeline) -> None:
    # "canton" (lowercase) is no town; the canton's own hyphened name is Bosnia's
    events = coded_events(pipeline, "Police in Herzegovina-Neretva canton raided a farm on Monday.")
    assert events and all(actors == ["BIH"] for _, actors, _ in events)


def test_mentions_hyphened_runs_keep_an_arabic_article_inside_the_name(pipeline: Pipeline) -> None:
    # the small parser tags the hyphen after "al"/"ez" as a proper noun: it joins, it is no word
    for text, name in (
        ("The Ras al-Khaimah police chief spoke on Monday.", "Ras al-Khaimah"),
        ("The governor of Deir ez-Zor spoke on Monday.", "Deir ez-Zor"),
    ):
        sdoc = pipeline.nlp(text)
        runs = [run.text for run in name_runs(sdoc[0 : len(sdoc)])]
        assert name in runs
        assert not any(run.startswith("-") or run.endswith("-") for run in runs)


def test_mentions_hyphened_emirate_gives_its_country_to_its_police(pipeline: Pipeline) -> None:
    events = coded_events(pipeline, "The Ras al-Khaimah police chief accused Iranian smugglers on Monday.")
    assert events and all(actors == ["ARE"] for _, actors, _ in events)
