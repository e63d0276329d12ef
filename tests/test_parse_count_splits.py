"""A count before a capitalised noun ends no sentence ("handed over 14 | Bangladeshis"): stop 49, styles49."""

from __future__ import annotations

from typing import Any

import pytest

from parley.parse import load_model
from parley.parse._abbreviations import mid_clause_tokens
from parley.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model(Settings().model)


def _blank(words: list[str]) -> Any:
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words)


def test_count_splits_sentence_goes_on_after_a_count(nlp: Any) -> None:
    # the small parser tagged "14" as punctuation and opened a sentence at "Bangladeshis"
    text = (
        "Myanmar on Tuesday handed over 14 Bangladeshis detained last month to Bangladesh's border guards "
        "at the Teknaf crossing."
    )
    assert [s.text for s in nlp(text).sents] == [text]


def test_count_splits_counts_and_written_numbers_continue_the_line() -> None:
    doc = _blank(["released", "22", "Pakistani", "and", "1,500", "Indian", "fishermen", "."])
    assert mid_clause_tokens(doc) == [1, 2, 3, 4, 5, 6, 7]


def test_count_splits_stop_and_line_break_after_a_count_still_end() -> None:
    # "rose to 14." then a new sentence; a count closing a line before the next one
    doc = _blank(["rose", "to", "14", ".", "Talks", "\n", "Score", "14", "\n", "Next"])
    assert mid_clause_tokens(doc) == [1, 2, 3, 7]


def test_count_splits_hostile_inputs(nlp: Any) -> None:
    assert mid_clause_tokens(_blank([])) == []
    assert mid_clause_tokens(_blank(["7"])) == []
    binary = bytes(range(256)).decode("latin-1")
    assert [s.text for s in nlp(binary).sents]  # parses, whatever it splits
    huge = "The ministers met 3 Kenyan envoys. " * 2000
    assert len(mid_clause_tokens(nlp.make_doc(huge))) == 2000 * 6
