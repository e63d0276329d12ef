"""The deed a promised letting lets a party do: still to come, and the letter's promise to that party
("Bulgaria would let Turkish customs officers work alongside Bulgarian ones")
(parley.events._permitted)."""

from __future__ import annotations

from _events_setup import coded_events
from parley.events._lexicon import Trigger
from parley.events._modality import is_future
from parley.events._permitted import letting_head
from parley.pipeline import Pipeline

_WORK = Trigger("work", "VERB", "COOPERATE", None, None, "", "default")


def test_events_permitted_letting_head_finds_let_above_bare_deed(parse, words) -> None:  # type: ignore[no-untyped-def]
    head = letting_head(parse("Bulgaria said it would let Turkish officers work alongside its own.", "work"), words)
    assert head is not None and head.lemma_ == "let"


def test_events_permitted_letting_head_none_for_a_plain_clause(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert letting_head(parse("Turkish officers work alongside Bulgarian ones.", "work"), words) is None


def test_events_permitted_promised_letting_puts_the_deed_to_come(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert is_future(parse("Bulgaria said it would let Turkish officers work alongside its own.", "work"), _WORK, words)
    assert is_future(parse("Turkish officers will be allowed to work at the crossing.", "work"), _WORK, words)
    assert not is_future(parse("Last week Bulgaria let Turkish officers work at the crossing.", "work"), _WORK, words)


def test_events_permitted_promised_deed_is_the_letters_promise(pipeline: Pipeline) -> None:
    text = "Bulgaria also said it would let Turkish customs officers work alongside Bulgarian ones from September."
    assert ("AGREE", ["BGR"], ["TUR"]) in coded_events(pipeline, text)
    assert not any(t == "COOPERATE" for t, _, _ in coded_events(pipeline, text))


def test_events_permitted_deed_let_in_the_past_stays_done(pipeline: Pipeline) -> None:
    text = "Last week Bulgaria let Turkish customs officers work alongside Bulgarian ones at the crossing."
    assert not any(t == "AGREE" for t, _, _ in coded_events(pipeline, text))
