"""People, parties or legislators who name their own state bare address its government, even with
another state in the sentence."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_events_recipients_own_state_questioned_by_its_opposition(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "NOUAKCHOTT, May 3 - Saudi Arabia lent Mauritania $300 million for a new port.\n\n"
        "An opposition deputy questioned what Mauritania had promised in return for the Saudi loan."
    )
    assert roles_of_type(pipeline, text, "ACCUSE") == [(["MRT"], ["MRT"])]


def test_events_recipients_own_state_called_on_by_its_students(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "RABAT, May 3 - Spain handed back forty migrants to Morocco on Monday.\n\n"
        "Moroccan students called on Morocco to stop taking back migrants from Spain."
    )
    assert roles_of_type(pipeline, text, "REQUEST") == [(["MAR"], ["MAR"])]


def test_events_recipients_own_state_not_kept_for_its_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a state's own officials naming it bare do not address themselves
    text = "RABAT, May 3 - Morocco's interior minister said Morocco would keep its southern border open."
    assert all(recipients != ["MAR"] for _, recipients in roles_of_type(pipeline, text, "AGREE"))


def test_events_recipients_own_state_praised_forces_of_another_sector(pipeline) -> None:  # type: ignore[no-untyped-def]
    # praise of the country's own forces, named in the sentence, is aimed at them (_praised_at_home)
    text = "ACCRA, May 3 - Ghana's interior minister toured the northern crossing and praised the Ghanaian soldiers."
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["GHA"], ["GHA"])]


def test_events_recipients_own_state_praise_between_officials_of_one_sector(pipeline) -> None:  # type: ignore[no-untyped-def]
    # one minister praising another of the same government praises no one outside it
    text = "ACCRA, May 3 - Ghana's interior minister praised the Ghanaian foreign minister."
    assert roles_of_type(pipeline, text, "SUPPORT") == [(["GHA"], [])]
