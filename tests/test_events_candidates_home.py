"""Acts with no target named that stay at home (parley.events._candidates), on invented articles."""

from __future__ import annotations

from _events_setup import roles_of_type as _events

_STORY = "Eritrean troops shelled Ethiopian villages near Badme last week. Ethiopia protested to Asmara. "


def test_events_candidates_sentence_on_defendants_is_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the defendants are named by their role alone: the court tries its own country's people
    text = _STORY + "An Ethiopian court sentenced the defendants to life imprisonment on Monday."
    assert _events(pipeline, text, "SANCTION") == [(["ETH"], ["ETH"])]


def test_events_candidates_union_threat_is_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a union's threat answers its own employers and government, not the state the story set against it
    text = _STORY + "Ethiopia's main trade union threatened an indefinite strike if wages were not raised."
    assert _events(pipeline, text, "THREATEN") == [(["ETH"], ["ETH"])]


def test_events_candidates_union_at_the_border_is_not_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the sentence puts the union's act at the border: not a labour dispute at home
    text = _STORY + "Ethiopia's drivers' union threatened to block the border crossing if the levy stayed."
    assert all(rec != ["ETH"] for _, rec in _events(pipeline, text, "THREATEN"))


_MEDIATED = "Brazil mediated between Ecuador and Peru last year. Ecuador thanked Brazil for its help. "


def test_events_candidates_mutual_act_has_no_third_party(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the two sign with each other: the state each dealt with before is no party to the accord
    text = _MEDIATED + "Ecuador and Peru signed a border accord on Tuesday."
    assert _events(pipeline, text, "SUPPORT")[-1] == (["ECU", "PER"], [])


def test_events_candidates_one_signer_signs_with_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    # one signer alone: the story's other party signs the accord with it (a signing has parties, not a
    # target: parley.events._signings)
    text = _MEDIATED + "Ecuador signed a border accord on Tuesday."
    actors, recipients = _events(pipeline, text, "SUPPORT")[-1]
    assert "ECU" in actors and len(actors) == 2 and recipients == []


_CLOSED = "Mozambique closed its border with Malawi on Monday, stranding 4,000 migrants. "


def test_events_candidates_appeal_for_funds_names_no_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an appeal for a sum of money with no addressee goes to donors, not to the country it would help
    text = _CLOSED + "The UN refugee agency appealed for $18 million to help the migrants."
    assert _events(pipeline, text, "REQUEST") == [(["UNO"], [])]


def test_events_candidates_appeal_to_a_state_keeps_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the addressee named: the appeal is aimed at it
    text = _CLOSED + "The UN refugee agency appealed to Japan for $18 million to help the migrants."
    assert _events(pipeline, text, "REQUEST") == [(["UNO"], ["JPN"])]


def test_events_candidates_home_group_subject_speaks_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "opposition leaders" as a subject: the group its modifier names, of the story's own state
    text = (
        "DHAKA, May 8 - Bangladesh's government raised fuel prices on Monday. "
        "Opposition leaders threatened a blockade of the roads unless the rise was reversed."
    )
    assert _events(pipeline, text, "THREATEN", outlet="BGD") == [(["BGD"], ["BGD"])]


def test_events_candidates_home_group_subject_not_guessed_abroad(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no dateline, and an outlet abroad: whose the unnamed leaders are is no safe guess
    text = (
        "Myanmar's navy seized two Bangladeshi boats on Monday. "
        "Local fishermen's leaders threatened to stay off the river unless their safety was guaranteed."
    )
    assert _events(pipeline, text, "THREATEN", outlet="IND") == []


def test_events_candidates_home_group_subject_of_an_outlet_the_story_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no dateline, but the outlet's own country is one of the two states the story names: the unnamed
    # leaders are its people
    text = (
        "Myanmar's navy seized two Bangladeshi boats on Monday. "
        "Local fishermen's leaders threatened to stay off the river unless their safety was guaranteed."
    )
    assert [actors for actors, _ in _events(pipeline, text, "THREATEN", outlet="BGD")] == [["BGD"]]


_FEE = (
    "Kenya raised the transit fee on Ugandan lorries at Malaba last month. "
    "Ugandan truck drivers protested against Kenya's new fee on Monday. "
    "Uganda asked Kenya to review the fee. "
)


def test_events_candidates_union_threat_in_a_cross_border_dispute_goes_abroad(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the story told the drivers pressing the other state: their union's next threat presses it too
    text = _FEE + "Uganda's drivers' union threatened a new strike if the fee was not cut."
    assert _events(pipeline, text, "THREATEN") == [(["UGA"], ["KEN"])]


def test_events_candidates_nation_named_whole_gives_later_people_no_nationality(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Greek people" is the nation, not a group: the people Albania detains later are its own
    text = (
        "Youths in Tirana threw stones at the Greek embassy. Athens said the Greek people were outraged. "
        "Albanian police arrested 42 people over the attack on Saturday."
    )
    assert _events(pipeline, text, "COERCE")[-1] == (["ALB"], ["ALB"])


def test_events_candidates_counted_group_still_gives_later_people_its_nationality(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a counted group told before keeps passing its nationality on ("twelve Haitian migrants ... the men")
    text = "Twelve Haitian migrants landed on Inagua on Monday. Bahamian police said the men were detained."
    assert _events(pipeline, text, "COERCE")[-1][1] == ["HTI"]


_BASE_STORY = "Ethiopia asked Kenya to close its air base at Wajir. Kenya rejected the request on Monday. "


def test_events_candidates_home_rebels_attack_their_own_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    # Kenyan rebels storming a Kenyan prison, with no target named and no other state pointed at, attack
    # their own country, not the state the story set against it
    text = _BASE_STORY + "On Tuesday Kenyan rebels stormed the prison in Garissa and freed dozens of inmates."
    found = _events(pipeline, text, "ASSAULT")
    assert found and all(rec == ["KEN"] for _, rec in found)
