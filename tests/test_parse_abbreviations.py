"""Shortened titles and forms of address in the parse stage: their full stop ends no sentence."""

from __future__ import annotations

from typing import Any

import pytest

from parley.parse import abbreviation_stops, load_model
from parley.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model(Settings().model)


def test_parse_abbreviations_form_of_address_stays_one_token(nlp: Any) -> None:
    sdoc = nlp("The Hon. John Smith said on Monday that the talks failed.")
    assert "Hon." in [t.text for t in sdoc]
    assert len(list(sdoc.sents)) == 1


def test_parse_abbreviations_split_title_stop_ends_no_sentence(nlp: Any) -> None:
    sdoc = nlp("Head of the Fisheries Office, Ir. Johan Lumintang, said the boats were seized.")
    assert len(list(sdoc.sents)) == 1


def test_parse_abbreviations_rank_pair_stays_in_the_sentence(nlp: Any) -> None:
    sdoc = nlp("Army spokesman Brig. Gen. Ahmed Musa said the rebels fled.")
    assert len(list(sdoc.sents)) == 1
    assert [sdoc[i].text for i in abbreviation_stops(sdoc)] == ["Gen.", "Ahmed"]


def test_parse_abbreviations_ordinary_full_stop_still_ends_a_sentence(nlp: Any) -> None:
    sdoc = nlp("The talks failed in Gen. They met again on Monday.")
    assert abbreviation_stops(sdoc) == []


def test_parse_abbreviations_shortened_given_name_stays_in_the_sentence(nlp: Any) -> None:
    sdoc = nlp("Mayor Ma. Isabel Reyes thanked the navy for the rescue.")
    assert "Ma." in [t.text for t in sdoc]
    assert len(list(sdoc.sents)) == 1


def test_parse_abbreviations_line_after_headline_stays_one_sentence(nlp: Any) -> None:
    # the small parser cut "Georgia" and "and" off as sentences of their own after this headline
    text = (
        "One stop instead of two at the Georgian-Armenian border\n\n"
        "Georgia and Armenia began joint customs inspections at the crossing on Monday."
    )
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[-1] == "Georgia and Armenia began joint customs inspections at the crossing on Monday."
    assert len(sents) == 2


def test_parse_abbreviations_no_sentence_starts_right_after_a_word() -> None:
    import spacy
    from spacy.tokens import Doc

    from parley.parse._abbreviations import mid_clause_tokens

    doc = Doc(spacy.blank("en").vocab, words=["Kenya", "and", "Uganda", "met", ".", "Talks", "\n", "Ended"])
    # after "Kenya", "and", "Uganda" and "met"; not after the stop, nor before the line break
    assert mid_clause_tokens(doc) == [1, 2, 3, 4]
