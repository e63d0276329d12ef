"""A refusal answers the offer or request its own sentence tells (parley.events._answers)."""

from __future__ import annotations

from parley.document import Entity, Event
from parley.events._answers import answer_sentence_proposals


def _event(type_: str, actors: list[Entity], recipients: list[Entity] | None = None) -> Event:
    return Event(doc_id="t", event=type_, actors=actors, recipients=recipients or [])


def test_answers_refusal_goes_to_the_sentence_proposer() -> None:
    # "The ILO has asked to send observers, and Uzbekistan has so far refused": not Denmark, met earlier
    ilo, uzbekistan = Entity("IGO", None, "ILO"), Entity("UZB", "GOV", "Uzbekistan")
    asked = _event("REQUEST", [ilo])
    refused = _event("REJECT", [uzbekistan], [Entity("DNK", None, "")])
    answer_sentence_proposals([asked, refused])
    assert [r.code for r in refused.recipients] == ["IGO"]
    assert refused.recipients[0].entity_text == ""  # a guess, not words of the refusal


def test_answers_keeps_a_target_named_in_words() -> None:
    russia, georgia = Entity("RUS", None, "Russia"), Entity("GEO", None, "Georgian")
    offer = _event("AGREE", [russia])
    rejected = _event("REJECT", [georgia], [Entity("TUR", None, "Turkey")])
    answer_sentence_proposals([offer, rejected])
    assert [r.code for r in rejected.recipients] == ["TUR"]


def test_answers_ignores_the_refusers_own_offer_and_other_types() -> None:
    iran = Entity("IRN", None, "Tehran")
    own = _event("AGREE", [iran])
    rejected = _event("REJECT", [iran], [Entity("PAK", None, "")])
    accused = _event("ACCUSE", [Entity("USA", None, "US")], [Entity("CHN", None, "")])
    answer_sentence_proposals([own, rejected, accused, _event("REQUEST", [Entity("GBR", None, "UK")])])
    assert [r.code for r in rejected.recipients] == ["GBR"]  # the UK's request, not Iran's own offer
    assert [r.code for r in accused.recipients] == ["CHN"]
