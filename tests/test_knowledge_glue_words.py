"""The word lists of ``glue_words.tsv`` by role (``parley.knowledge.glue_words``), read by the clean
stage's glued-word repair; the sentences are made up."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from parley.clean import repair_glued_words
from parley.errors import KnowledgeError
from parley.knowledge import glue_words


def test_knowledge_glue_words_has_every_role_the_clean_stage_asks_for() -> None:
    code = (Path(__file__).resolve().parents[1] / "src/parley/clean/_glue.py").read_text(encoding="utf-8")
    asked = set(re.findall(r"\bglue_words\(\"([a-z_]+)\"\)", code))
    assert asked == {
        "function",
        "name_tail",
        "known_name_tail",
        "prefix",
        "suffix",
        "camel_head",
        "title",
        "weekday",
        "month",
        "inflection",
        "name_on_keep",
    }
    assert all(glue_words(role) for role in asked)
    assert "thanked" in glue_words("name_tail") and "cyber" in glue_words("prefix")


def test_knowledge_glue_words_unknown_role_stops_with_e307() -> None:
    with pytest.raises(KnowledgeError) as info:
        glue_words("nametail")
    assert info.value.code == "E307"


def test_knowledge_glue_words_split_a_tail_and_keep_a_word_part() -> None:
    text = "Envoy Haraldsdottirthanked the crew, and the cyberattack stopped."
    assert repair_glued_words(text) == "Envoy Haraldsdottir thanked the crew, and the cyberattack stopped."


def test_knowledge_glue_words_regex_lists_come_from_the_table() -> None:
    # the words the glue rules used to write in code: titles, small heads, days, months, endings
    assert {"mr", "prof"} <= glue_words("title") and {"into", "between"} <= glue_words("camel_head")
    assert len(glue_words("weekday")) == 7 and len(glue_words("month")) == 12
    assert glue_words("inflection") == {"s", "ed", "ing"} and "ga" in glue_words("name_on_keep")
    text = "Prof.Okonkwo flew intoValdoria; Rouhanion Tuesday and Kristersson Monday in May."
    fixed = repair_glued_words(text)
    assert fixed == "Prof. Okonkwo flew into Valdoria; Rouhani on Tuesday and Kristersson Monday in May."
