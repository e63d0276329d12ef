"""The word lists of ``resolve_words.tsv`` by role (``parley.knowledge.resolve_words``), and the place and
time readings that take their prepositions and openers from it; the sentences are made up."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from _resolve_setup import site_name, token_of_text
from parley.document import Article
from parley.errors import KnowledgeError
from parley.events._words import _RESOLVE_WORD_SETS
from parley.knowledge import _resolve_words, resolve_words
from parley.mentions._led import _owner_words
from parley.mentions._person_places import place_of_group
from parley.resolve._discourse import attribution_head, carries_on
from parley.resolve._when import frame_timing

SRC = Path(__file__).resolve().parents[1] / "src" / "parley"
#: A role asked by name: ``resolve_words("x")`` anywhere, or ``words("x")`` where the module imports it so.
_ASKED = re.compile(r"\bresolve_words\(\"([a-z_]+)\"\)")
_ASKED_AS_WORDS = re.compile(r"\bwords\(\"([a-z_]+)\"\)")


def _roles_asked() -> dict[str, str]:
    asked: dict[str, str] = {}
    for path in sorted(SRC.rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        found = _ASKED.findall(code)
        if "resolve_words as words" in code:
            found += _ASKED_AS_WORDS.findall(code)
        asked.update({role: path.name for role in found})
    asked.update({role: "events/_words.py" for role in _RESOLVE_WORD_SETS})
    return asked


def test_knowledge_resolve_words_every_role_the_code_asks_for_has_words() -> None:
    # an unknown role stops with E307 only when its call runs, and an emptied role reads as no
    # words: this finds either on paths no other test walks
    asked = _roles_asked()
    assert len(asked) > 30 and {"place_prep", "aside_prep", "frame_opener"} <= set(asked)
    missing = sorted(f"{role} ({module})" for role, module in asked.items() if not resolve_words(role))
    assert missing == []


def test_knowledge_resolve_words_unknown_role_stops_with_e307() -> None:
    with pytest.raises(KnowledgeError, match=r"no role 'place_prepp'") as info:
        resolve_words("place_prepp")
    assert info.value.code == "E307"
    assert str(info.value).startswith("E307 ")


def test_knowledge_resolve_words_unknown_role_asked_first_still_stops_and_loads(monkeypatch: Any) -> None:
    # the table is read at the first call; an unknown role on that very call must still stop with E307
    # and leave the table read for the next, known role
    monkeypatch.setattr(_resolve_words, "_ROLES", {})
    with pytest.raises(KnowledgeError, match=r"no role 'asidee_prep'"):
        resolve_words("asidee_prep")
    assert resolve_words("aside_prep") == _resolve_words._table()["aside_prep"]
    assert "in" in resolve_words("place_prep")


def test_knowledge_resolve_words_place_lists_stay_apart_from_the_mentions_list() -> None:
    # the mentions stage's locative list is of another use: neither holds the other
    assert "within" in resolve_words("place_prep") and "within" not in resolve_words("locative")
    assert "across" in resolve_words("locative") and "across" not in resolve_words("place_prep")


def _site(pipeline: Any, text: str, trigger: str, physical: bool = True) -> str | None:
    return site_name(pipeline, text, trigger, physical=physical, verbal=False, known=lambda _: True)


def test_knowledge_resolve_words_place_prep_places_the_act(pipeline: Any) -> None:
    assert _site(pipeline, "Rangers arrested four poachers inside Dalvenor on Sunday.", "arrested") == "Dalvenor"


def test_knowledge_resolve_words_aside_prep_keeps_another_happening_s_place(pipeline: Any) -> None:
    text = "The cabinet expelled two attaches after a quarrel over fishing boats near Marrowick."
    assert _site(pipeline, text, "expelled", physical=False) is None


def test_knowledge_resolve_words_destination_prep_places_sent_forces(pipeline: Any) -> None:
    assert _site(pipeline, "The army sent two battalions into Harnsby overnight.", "sent") == "Harnsby"


def test_knowledge_resolve_words_frame_opener_dates_the_sentence(pipeline: Any) -> None:
    text = "During March the two navies held drills in the gulf."
    timing = frame_timing(token_of_text(pipeline, text, "held").sent, date(2022, 5, 10))
    assert timing is not None and (timing.iso or "").startswith("2022-03")


def test_knowledge_resolve_words_named_place_prep_places_only_at_a_name(pipeline: Any) -> None:
    assert _site(pipeline, "Patrol boats fired warning shots off Skarvik at dawn.", "fired") == "Skarvik"
    assert _site(pipeline, "Patrol boats fired warning shots along the way.", "fired") is None


def test_knowledge_resolve_words_origin_prep_gives_a_group_its_town(pipeline: Any) -> None:
    sdoc = pipeline.nlp("The salt workers of Brennick walked out on Monday.")
    town = next(t for t in sdoc if t.text == "Brennick")
    assert place_of_group(sdoc[town.i : town.i + 1], lambda _: True, lambda _: False)


def test_knowledge_resolve_words_origin_prep_names_a_led_team_s_owner(pipeline: Any) -> None:
    sdoc = pipeline.nlp("A team from the lending fund, led by Ana Rusk, arrived in the capital.")
    team = next(t for t in sdoc if t.text == "team")
    assert "fund" in [t.text for t in _owner_words(team)]


def test_knowledge_resolve_words_pronouns_that_go_on_with_the_story(pipeline: Any) -> None:
    sdoc = pipeline.nlp("She thanked the hosts for the talks.")
    assert carries_on(next(t for t in sdoc if t.text == "thanked"))
    sdoc = pipeline.nlp("It thanked the hosts for the talks.")
    assert not carries_on(next(t for t in sdoc if t.text == "thanked"))
    # a body's "it" goes on with the previous sentence's actor when it attributes a quote
    sdoc = pipeline.nlp('"We will answer any raid," it said in a statement.')
    head = attribution_head(next(iter(sdoc.sents)))
    assert head is not None and head.text == "said"


def test_knowledge_resolve_words_name_link_joins_a_civil_body_s_name(rules_pipeline: Any) -> None:
    text = "Kisumu, 3 May 2004 - The Lake Water and Sanitation Forum deplores the arrests by police."
    (doc,) = list(rules_pipeline.process([Article(id="a", text=text, published=date(2004, 5, 3))]))
    assert [m.entity.code for m in doc.actor_mentions if m.text == "Lake Water and Sanitation Forum"] == ["NGO"]
