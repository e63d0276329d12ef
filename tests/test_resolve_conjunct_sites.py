"""Verbs joined by "and" under one subject share the place phrase the last of them carries when the
first names none (``resolve._where._later_conjunct_nouns``); the sentences are made up."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name


def _site(pipeline: Any, text: str, trigger: str) -> str | None:
    return site_name(pipeline, text, trigger, physical=True, verbal=False, known=lambda _: True)


def test_where_first_conjunct_takes_the_later_place(pipeline: Any) -> None:
    text = "Kenyan troops seized two boats and detained their crews near Lokiriama."
    assert _site(pipeline, text, "seized") == "Lokiriama"


def test_where_own_place_beats_the_later_conjunct(pipeline: Any) -> None:
    text = "Kenyan troops seized two boats in Kisumu and detained their crews near Lokiriama."
    assert _site(pipeline, text, "seized") == "Kisumu"


def test_where_conjunct_with_its_own_subject_is_not_shared(pipeline: Any) -> None:
    text = "Kenyan troops seized two boats and Ugandan police detained their crews near Lokiriama."
    assert _site(pipeline, text, "seized") is None
