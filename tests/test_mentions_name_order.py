"""Bare first words of names: a holder's only where the news calls that state's people so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from _mentions_setup import person_codes
from parley.errors import KnowledgeError
from parley.knowledge import load_knowledge
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def _people(pipeline: Pipeline, text: str, day: date) -> dict[str, str]:
    return person_codes(pipeline, text, day)


def test_mentions_name_order_a_western_first_name_is_nobody_in_office(pipeline: Pipeline) -> None:
    # a Lithuanian minister of that year bears the name, but a bare given name is a private person's
    found = _people(pipeline, "Rita said the talks with Poland had gone well.", date(2019, 10, 8))
    assert "Rita" not in found


def test_mentions_name_order_a_family_name_first_still_resolves(pipeline: Pipeline) -> None:
    found = _people(pipeline, "Moon said the talks with Pyongyang had gone well.", date(2019, 10, 8))
    assert found.get("Moon") == "KOR"


def test_mentions_name_order_a_given_name_the_news_uses_still_resolves(pipeline: Pipeline) -> None:
    found = _people(pipeline, "Abiy said the border with Eritrea would reopen.", date(2019, 10, 8))
    assert found.get("Abiy") == "ETH"
    found = _people(pipeline, "Mahathir said the talks with Singapore had gone well.", date(2002, 5, 1))
    assert found.get("Mahathir") == "MYS"
    found = _people(pipeline, "Prime Minister Thaksin told reporters the border would stay open.", date(2003, 5, 1))
    assert found.get("Thaksin") == "THA"


def test_mentions_name_order_the_bundled_file_lists_states_by_convention() -> None:
    order = load_knowledge().name_order
    assert order["CHN"] == "family_first"
    assert order["ETH"] == "given_name_used"
    assert "LTU" not in order and "JPN" not in order and "TWN" not in order


def test_mentions_name_order_a_user_file_adds_a_state(tmp_path: Path) -> None:
    (tmp_path / "name_order.tsv").write_text("# parley-data name_order v1\ncode\tconvention\nLTU\tgiven_name_used\n")
    order = load_knowledge((tmp_path,)).name_order
    assert order["LTU"] == "given_name_used" and order["CHN"] == "family_first"


def test_mentions_name_order_an_unknown_convention_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "name_order.tsv").write_text("# parley-data name_order v1\ncode\tconvention\nLTU\tnickname\n")
    with pytest.raises(KnowledgeError):
        load_knowledge((tmp_path,))


def test_mentions_name_order_a_name_that_goes_on_with_the_fathers_keeps_its_first_word(pipeline: Pipeline) -> None:
    # a sultan's name "X bin Y": the news calls him by X, whatever his state
    text = "Qaboos told the visiting envoy that Oman would stay neutral."
    assert _people(pipeline, text, date(2005, 5, 1)).get("Qaboos") == "OMN"


def test_mentions_name_order_a_one_word_alias_resolves_in_any_state(pipeline: Pipeline) -> None:
    assert _people(pipeline, "Saddam warned Kuwait on Tuesday.", date(1990, 7, 20)).get("Saddam") == "IRQ"


def test_mentions_name_order_a_two_letter_family_name_finds_the_named_person_again(pipeline: Pipeline) -> None:
    text = "Premier Li Keqiang reached Berlin on Monday. Li said trade between the two would grow."
    found = _people(pipeline, text, date(2016, 5, 1))
    assert found.get("Li") == "CHN"


def test_mentions_name_order_a_two_letter_family_name_of_a_holder_resolves_alone(pipeline: Pipeline) -> None:
    found = _people(pipeline, "Xi said the two countries would deepen their ties.", date(2019, 5, 1))
    assert found.get("Xi") == "CHN"


def test_mentions_name_order_a_two_letter_word_stays_safe_elsewhere(pipeline: Pipeline) -> None:
    # an opening "Al" of one name is no name inside another ("Al Jazeera"), nor is the word "He"
    text = "Al Gore flew to Tokyo. Al Jazeera said the talks went well. He Lifeng met him. He said so."
    found = _people(pipeline, text, date(1998, 5, 1))
    assert "Al" not in found and "He" not in found
