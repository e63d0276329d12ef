"""A request about people someone holds, with no addressee named, is made of their holder ("Kuwait called
for the fishermen to be freed") (parley.events._recip_held_asked.held_people_holders), for either coder."""

from __future__ import annotations

import pytest

from _events_setup import roles_of_type

_CODERS = ["rules_pipeline", "learned_pipeline"]

_STORY = (
    "Bahrain and Qatar have quarrelled over fishing grounds for years.\n\n"
    "The Qatari coast guard detained 14 Bahraini fishermen near the Fasht al-Dibal reef on Monday.\n\n"
)


@pytest.mark.parametrize("coder", _CODERS)
def test_recip_held_asked_third_party_asks_holder(coder: str, request: pytest.FixtureRequest) -> None:
    text = _STORY + "Kuwait called for the fishermen to be freed on humanitarian grounds."
    assert roles_of_type(request.getfixturevalue(coder), text, "REQUEST") == [(["KWT"], ["QAT"])]


@pytest.mark.parametrize("coder", _CODERS)
def test_recip_held_asked_custody_word_asks_holder(coder: str, request: pytest.FixtureRequest) -> None:
    text = _STORY + "The UN refugee agency asked to interview the detainees."
    assert roles_of_type(request.getfixturevalue(coder), text, "REQUEST") == [(["UNO"], ["QAT"])]


@pytest.mark.parametrize("coder", _CODERS)
def test_recip_held_asked_named_addressee_kept(coder: str, request: pytest.FixtureRequest) -> None:
    text = _STORY + "Kuwait urged Bahrain to show restraint."
    assert roles_of_type(request.getfixturevalue(coder), text, "REQUEST") == [(["KWT"], ["BHR"])]


@pytest.mark.parametrize("coder", _CODERS)
def test_recip_held_asked_kidnappers_not_asked(coder: str, request: pytest.FixtureRequest) -> None:
    text = (
        "Gunmen abducted four Iranian border guards near Taftan on Thursday.\n\n"
        "Iran's consul general in Quetta urged swift action to recover the guards."
    )
    roles = roles_of_type(request.getfixturevalue(coder), text, "REQUEST")
    assert roles and all("IMG" not in recipients for _, recipients in roles)
