"""A signing no one is named for ("under an agreement signed in Budapest"): the story's two states
(parley.events._role_passive.PassiveRoleReader._signing_told), on invented articles."""

from __future__ import annotations

from _events_setup import coded_events


def _supports(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [e for e in coded_events(pipeline, text) if e[0] == "SUPPORT"]


def test_events_roles_signing_unnamed_signers_are_the_story_pair(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Serbia accused Hungary on Monday of closing the Horgos crossing without warning. Hungarian officials "
        "spoke in Budapest. Serbian and Hungarian police officers began patrolling together north of Subotica "
        "on Tuesday under an agreement signed in Szeged last month."
    )
    assert _supports(pipeline, text) == [("SUPPORT", ["HUN", "SRB"], [])]


def test_events_roles_signing_pair_need_not_be_named_in_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mali and Niger held talks in Niamey on Monday. Malian troops crossed into Niger on Tuesday. The "
        "operation is the first under an agreement signed in February that lets each army cross into the "
        "other's territory."
    )
    assert _supports(pipeline, text) == [("SUPPORT", ["MLI", "NER"], [])]


def test_events_roles_signing_abstains_when_a_side_is_no_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a story of a state and an organisation does not say who signed the ceasefire the mission monitors
    text = (
        "Sudan accused the African Union on Monday of meddling. The AU team, which oversees a truce "
        "agreed in March, has urged both sides to let its monitors move without hindrance."
    )
    assert _supports(pipeline, text) == []
