"""The unknown name before a noun of place is the event's place ("in the Likouala department")."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name, token_of_text
from parley.resolve._place_heads import is_place_head, name_before, place_lemma


def _site(pipeline: Any, text: str, trigger: str, physical: bool = True) -> str | None:
    return site_name(pipeline, text, trigger, physical=physical, verbal=not physical, known=lambda _: False)


def test_place_heads_unknown_name_before_a_department_is_the_place(pipeline: Any) -> None:
    text = "The government placed army units in the Nkolawa department on maximum alert on Tuesday."
    assert _site(pipeline, text, "placed") == "Nkolawa"


def test_place_heads_first_of_two_districts_is_the_place(pipeline: Any) -> None:
    text = "The army has raised the readiness of its units in Kitgum and Moyo districts."
    assert name_before(token_of_text(pipeline, text, "districts")) == "Kitgum"


def test_place_heads_two_word_name_before_state_is_kept_whole(pipeline: Any) -> None:
    text = "Units of the navy in Delta Amacuro state have been placed on alert."
    assert name_before(token_of_text(pipeline, text, "state")) == "Delta Amacuro"


def test_place_heads_islets_off_which_boats_were_seized(pipeline: Any) -> None:
    text = "Border guards seized a crab boat off the Habomai islets last week."
    assert _site(pipeline, text, "seized") == "Habomai"


def test_place_heads_border_post_counts_with_its_compound(pipeline: Any) -> None:
    text = "Customs officers turned back the lorries at the Mwanza border post on Wednesday."
    assert is_place_head(token_of_text(pipeline, text, "post"))
    assert not is_place_head(token_of_text(pipeline, text, "lorries"))


def test_place_heads_acronym_and_whole_names_are_no_place(pipeline: Any) -> None:
    assert name_before(token_of_text(pipeline, "Relatives gathered outside the BGB camp on Friday.", "camp")) == ""
    assert name_before(token_of_text(pipeline, "Fighters of the Islamic State attacked a convoy.", "State")) == ""


def test_place_heads_a_plain_along_phrase_gives_no_place(pipeline: Any) -> None:
    text = "Soldiers fired shots along the border on Monday."
    assert _site(pipeline, text, "fired") is None


def test_place_heads_bases_is_read_as_base_through_the_lemma_fixes(pipeline: Any) -> None:
    text = "The rebels withdrew to their bases in the hills."
    token = token_of_text(pipeline, text, "bases")
    assert token.lemma_ == "basis"  # the parser's slip the lemma-fix table mends
    assert place_lemma(token) == "base"
    assert place_lemma(token_of_text(pipeline, text, "hills")) == "hill"


def test_place_heads_named_bases_are_the_place(pipeline: Any) -> None:
    text = "The army deployed two battalions at the Nkolawa bases on Monday."
    assert _site(pipeline, text, "deployed") == "Nkolawa"


def test_place_heads_name_on_the_first_word_of_border_crossing_is_the_place(pipeline: Any) -> None:
    # the parser hangs "Trebil" on "border", not on "crossing"
    text = (
        "The commander of the Southern Region met today at the Karameh-Trebil border crossing"
        " with his Iraqi counterpart."
    )
    assert name_before(token_of_text(pipeline, text, "crossing")) == "Karameh-Trebil"
    assert _site(pipeline, text, "met", physical=False) == "Karameh-Trebil"


def test_place_heads_unknown_airport_name_keeps_the_airport(pipeline: Any) -> None:
    text = "Guards beat striking porters inside Sarnova airport on Friday."
    assert _site(pipeline, text, "beat") == "Sarnova airport"


def test_place_heads_airport_of_a_known_town_is_the_town(pipeline: Any) -> None:
    text = "Guards beat striking porters inside Ostrava airport on Friday."
    site = site_name(pipeline, text, "beat", physical=True, verbal=False, known=lambda name: name == "Ostrava")
    assert site == "Ostrava"


def test_place_heads_unknown_summit_name_stays_alone(pipeline: Any) -> None:
    text = "Police detained forty marchers outside the Velka summit on Sunday."
    assert _site(pipeline, text, "detained") == "Velka"
