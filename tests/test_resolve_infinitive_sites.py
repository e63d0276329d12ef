"""An act whose own clause names no place happens where the infinitive it governs does
(``resolve._where._infinitive_nouns``); the sentences are made up."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=False, verbal=False, known=lambda _: True)


def test_resolve_infinitive_sites_refusal_takes_the_place_of_what_it_refused(pipeline: Any) -> None:
    text = "Moldovan guards refused to let the two barges sail on through Ungheni."
    assert _site(pipeline, text, "refused") == "Ungheni"


def test_resolve_infinitive_sites_offer_takes_the_venue_of_the_talks(pipeline: Any) -> None:
    text = "The Latvian minister offered to host the next round of talks in Daugavpils."
    assert _site(pipeline, text, "offered") == "Daugavpils"


def test_resolve_infinitive_sites_own_place_beats_the_infinitive(pipeline: Any) -> None:
    text = "In Tartu the Latvian minister offered to host the next round of talks in Daugavpils."
    assert _site(pipeline, text, "offered") == "Tartu"
