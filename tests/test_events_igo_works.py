"""A noun of what an international body made or sent ("the communique", "the monitors") stands for the
body the story named a few sentences before."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_igo_works_resolution_is_the_body_that_adopted_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The UN Security Council adopted new sanctions on Pyongyang on Friday. "
        "North Korea rejected the resolution on Saturday."
    )
    assert _events(pipeline, text, "REJECT", outlet="GBR") == [(["PRK"], ["UNO"])]


def test_events_igo_works_monitors_are_the_body_that_sent_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "The OSCE sent a mission to the border region last month. Azerbaijan accused the monitors of bias."
    assert _events(pipeline, text, "ACCUSE", outlet="GBR") == [(["AZE"], ["IGO"])]


def test_events_igo_works_named_owner_keeps_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.events._igo_works import is_igo_work

    sdoc = pipeline.nlp("The monitors left. Russian monitors left. Monitors left.")
    heads = [t for t in sdoc if t.lower_ == "monitors"]
    agents, dets = frozenset({"monitor"}), frozenset({"the"})
    named = {t.i for t in sdoc if t.lower_ == "russian"}
    assert [is_igo_work(h, frozenset(), agents, dets, named) for h in heads] == [True, False, True]


def test_events_igo_works_body_named_long_before_is_not_guessed(pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.events._igo_works import sentences_between

    sdoc = pipeline.nlp("NATO met. Talks went on. They ended. Rain fell. Snow fell. It stopped.")
    starts = [sent.start for sent in sdoc.sents for _ in sent]
    assert sentences_between(starts, 0, len(sdoc) - 1) == 5


def test_events_igo_works_communique_after_a_ministers_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the summit's communique, not the minister who spoke "in a statement" before it
    text = (
        "Thailand's prime minister praised Jakarta's diplomacy in a statement to reporters. "
        "ASEAN leaders closed their summit in Phnom Penh on Monday. "
        "The final communique calls on China to refrain from unilateral actions."
    )
    assert _events(pipeline, text, "REQUEST") == [(["IGO"], ["CHN"])]


_SUMMIT_DAY = (
    "Leaders of the ten ASEAN member states are arriving in Hanoi for the annual summit. "
    "The host opened the day with a speech on trade. "
    "Rain fell on the city all morning. "
    "Lunch was served on the terrace. "
    "Reporters waited outside the hall for hours. "
)


def test_events_igo_works_communique_is_the_summit_body_named_long_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _SUMMIT_DAY + "The final communique urged Myanmar to release political prisoners."
    assert _events(pipeline, text, "REQUEST", outlet="GBR") == [(["IGO"], ["MMR"])]


def test_events_igo_works_body_named_long_before_without_a_meeting_stays_unread(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _SUMMIT_DAY.replace("for the annual summit", "by air") + (
        "The final communique urged Myanmar to release political prisoners."
    )
    assert (["IGO"], ["MMR"]) not in _events(pipeline, text, "REQUEST", outlet="GBR")
