"""Actors read from who tells of an act or whose people a group speaks for: a state reporting arrests
made them; "the farmers' committee" is of the farmers' country."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_events, read_context


def test_events_roles_reported_arrest_is_made_by_the_reporting_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no place and no agent: the state whose ministry says the officers were arrested arrested them, not the
    # story's home (Kenya, named most)
    text = (
        "Kenya protested to Uganda on Monday over the seizure of Kenyan fishing boats near the island.\n\n"
        "Kenya's foreign ministry summoned the Ugandan envoy in Nairobi, and Kenyan fishermen marched.\n\n"
        "The Ugandan interior ministry said on Tuesday that three police officers had been arrested."
    )
    coerced = [actors for type_, actors, _ in coded_events(pipeline, text) if type_ == "COERCE"]
    assert ["UGA"] in coerced


def test_events_roles_reported_group_speaks_for_the_people_that_own_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the farmers' committee": the farmers the story called Greek, though Bulgaria is named more
    text = (
        "Greek farmers blocked the border crossing to Bulgaria on Monday.\n\n"
        "Bulgaria's transport minister telephoned his counterpart, and Sofia threatened to seek compensation.\n\n"
        "Bulgarian truckers staged a counter-protest on the Bulgarian side.\n\n"
        "The farmers' committee rejected the offer on Friday."
    )
    rejected = [actors for type_, actors, _ in coded_events(pipeline, text) if type_ == "REJECT"]
    assert rejected == [["GRC"]]


def test_events_context_ethnic_kin_are_not_told_of_the_kin_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "ethnic Hungarian students" in Cluj are Romania's people: the story has not told them Hungarian
    ctx = read_context(pipeline, "Ethnic Hungarian students in Cluj went on hunger strike.\n\nThe students marched.")
    assert ctx.told_country(_last(ctx, "students")) is None
    ctx = read_context(pipeline, "Hungarian students went on hunger strike.\n\nThe students marched.")
    assert ctx.told_country(_last(ctx, "students")) == "HUN"


def _last(ctx: Any, word: str) -> Any:
    """The last token of the document with this text."""
    return [t for t in ctx.sdoc if t.text == word][-1]


def test_events_context_told_noun_takes_the_first_state_beside_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the index reads up from the states' words: each noun they modify is told once, of the first state
    text = "Two Kenyan and Ugandan fishermen were seized on Monday.\n\nThe fishermen were freed on Friday."
    ctx = read_context(pipeline, text)
    assert ctx.told_country(_last(ctx, "fishermen")) == "KEN"
    # a state named later in the same sentence tells nothing of the noun yet
    ctx = read_context(pipeline, "Police detained the fishermen near Kenya.\n\nThe fishermen were freed.")
    assert ctx.told_country(_last(ctx, "fishermen")) is None


def test_events_roles_reported_past_verb_shares_the_perfect_of_its_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "has closed ... and put": the past form is the participle that shares "has", so the reported
    # clause's subject acts, not the speaker (whose country no file knows)
    text = "Ghana has closed the border posts near Aflao and put its army on alert, minister Kofi Mensah-Doe said."
    found = coded_events(pipeline, text)
    assert any(type_ == "MOBILIZE" and actors == ["GHA"] for type_, actors, _ in found)


def test_events_roles_reported_past_verb_beside_a_modal_goes_with_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a past verb cannot share "would": it is the speaker's act
    found = coded_events(pipeline, "Chile said the market would reopen and apologised to Peru.")
    assert ("CONCEDE", ["CHL"], ["PER"]) in found


def test_events_roles_reported_participle_of_saying_speaks_for_its_clause_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "..., saying" has no subject of its own: the state that closed the road says why, and accuses
    text = "Chad closed its road crossing with Niger, saying Nigerien officers had failed to stop the raids."
    accused = [(actors, recipients) for type_, actors, recipients in coded_events(pipeline, text) if type_ == "ACCUSE"]
    assert accused == [(["TCD"], ["NER"])]


def test_events_roles_reported_joined_verb_of_saying_shares_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "rejected the note and said": the ministry that rejected it is the one that says the other side broke the deal
    text = "The Malian foreign ministry rejected the note and said Senegal had violated the spirit of the accord."
    accused = [(actors, recipients) for type_, actors, recipients in coded_events(pipeline, text) if type_ == "ACCUSE"]
    assert accused == [(["MLI"], ["SEN"])]


def test_events_roles_reported_shared_speaker_says_only_its_own_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "dismissed the count as rigged and said ...": "said" speaks for "inflated", not for "rigged"
    from parley.events._shared_speaker import speaks_with_shared_subject

    sdoc = pipeline.nlp("The minister dismissed the count as rigged and said the figures had been inflated.")
    word = {t.text: t for t in sdoc}
    assert speaks_with_shared_subject(word["said"], word["inflated"])
    assert not speaks_with_shared_subject(word["said"], word["rigged"])


@pytest.mark.parametrize("coder", ["rules", "learned"])
def test_events_roles_reported_act_joined_to_a_judged_state_is_the_speakers(
    coder: str, rules_pipeline: Any, learned_pipeline: Any
) -> None:
    # the parser hangs "called up" inside what is said; a clause of state ("amounted to") is the
    # speaker's judgment, and the act joined to it the speaker's own
    chosen = rules_pipeline if coder == "rules" else learned_pipeline
    text = "Moldova said the new checkpoints amounted to a blockade and called up 2,000 reservists."
    mobilized = [actors for type_, actors, _ in coded_events(chosen, text) if type_ == "MOBILIZE"]
    assert mobilized == [["MDA"]]


def test_events_roles_reported_state_clause_hands_its_joined_verb_to_the_speaker(parse, words) -> None:  # type: ignore[no-untyped-def]
    from parley.events._reported_state import joins_reporting_verb

    judged = parse("Quito said the fines were unlawful and recalled its envoy.", "recalled")
    assert joins_reporting_verb(judged, words)
    # a copula of place leaves its subject free to act; a shared auxiliary keeps the verb in the clause
    placed = parse("Police said the gunmen were in the market and shot two guards.", "shot")
    assert not joins_reporting_verb(placed, words)
    perfect = parse("Quito said the boats had entered its waters and seized nets.", "seized")
    assert not joins_reporting_verb(perfect, words)


def test_events_roles_reported_measure_on_things_strikes_the_other_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "payments have been frozen, the ministry said": a sanction on things, not on people the
    # reporting state holds, is aimed at the other state of the story's pair, not at its own people
    text = (
        "Ghana protested to Togo on Monday after Togolese soldiers fired on a Ghanaian fishing boat.\n\n"
        "Togo's foreign minister expressed regret to Ghana on Tuesday.\n\n"
        "Payments for the shared hydro project have been frozen, the Ghanaian Finance Ministry said."
    )
    sanctioned = [(a, r) for type_, a, r in coded_events(pipeline, text) if type_ == "SANCTION"]
    assert (["GHA"], ["TGO"]) in sanctioned
