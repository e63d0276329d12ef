"""A judgement and a refusal told by two coordinated verbs stay two events; a judgement hung on the
refusal as a clause of it stays one statement with it."""

from __future__ import annotations

from typing import Any

from parley.document import Entity, Event, Mention
from parley.events._coordinated_dispute import coordinated_dispute
from parley.events._merging import joins_sentence_event
from parley.parse import load_model
from parley.settings import Settings


def _event(kind: str, text: str) -> Event:
    mention = Mention(doc_id="d", sequence=0, start=0, end=1, text="t", event_text=text)
    return Event(doc_id="d", event=kind, actors=[Entity(code="UKR")], mentions=[mention])


def _tokens(sentence: str, refusal: str, judgement: str) -> tuple[Event, Event, dict[int, Any]]:
    doc = load_model(Settings().model)(sentence)
    words = {t.text: t for t in doc}
    rejected, accused = _event("REJECT", refusal), _event("ACCUSE", judgement)
    return rejected, accused, {id(rejected): words[refusal], id(accused): words[judgement]}


def test_coordinated_dispute_conjoined_judgement_is_its_own_act() -> None:
    sentence = 'Kyiv\'s consul said Ukraine would appeal and called the sentence "disproportionate".'
    rejected, accused, tokens = _tokens(sentence, "appeal", "disproportionate")
    assert coordinated_dispute(accused, rejected, tokens)
    assert not joins_sentence_event(accused, [rejected], tokens=tokens)


def test_coordinated_dispute_judgement_of_the_refused_thing_joins_it() -> None:
    sentence = "The envoy said Minsk would break the embargo, which she called unlawful."
    rejected, accused, tokens = _tokens(sentence, "break", "called")
    assert not coordinated_dispute(accused, rejected, tokens)
    assert joins_sentence_event(accused, [rejected], tokens=tokens)


def test_coordinated_dispute_needs_an_accusation_and_a_refusal() -> None:
    sentence = 'Kyiv\'s consul said Ukraine would appeal and called the sentence "disproportionate".'
    rejected, accused, tokens = _tokens(sentence, "appeal", "disproportionate")
    accused.event = "REJECT"
    assert not coordinated_dispute(accused, rejected, tokens)
