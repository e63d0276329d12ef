"""An act whose clauses name no place within reach happens at the named place its doers or targets
are described at (``resolve._where._described_nouns``); the sentences are made up."""

from __future__ import annotations

from typing import Any

from _resolve_setup import site_name
from parley.resolve._where import _described_nouns


def _site(pipeline: Any, text: str, trigger: str, physical: bool = True, verbal: bool = False) -> str | None:
    return site_name(pipeline, text, trigger, physical=physical, verbal=verbal, known=lambda _: True)


def test_resolve_described_sites_target_in_a_relative_clause(pipeline: Any) -> None:
    text = "Coastguards cut the nets of divers who had anchored overnight at Tellmark."
    assert _site(pipeline, text, "cut") == "Tellmark"


def test_resolve_described_sites_doers_described_by_their_town(pipeline: Any) -> None:
    text = "Teachers who work at schools in Corvana boycotted the exams."
    assert _site(pipeline, text, "boycotted") == "Corvana"


def _described(pipeline: Any, text: str) -> list[str]:
    root = next(t for t in pipeline.nlp(text) if t.dep_ == "ROOT")
    return [n.text for n in _described_nouns(root)]


def test_resolve_described_sites_not_what_the_act_is_about(pipeline: Any) -> None:
    text = "The ministry summoned the ambassador to complain about the seizure of two trawlers near Ostrava."
    assert _described(pipeline, text) == []
    assert _described(pipeline, "Teachers who work at schools in Corvana boycotted the exams.") == ["Corvana"]


def test_resolve_described_sites_not_a_later_joined_act(pipeline: Any) -> None:
    text = "The government recalled its envoy and threatened to halt border patrols in Tarnova."
    assert _site(pipeline, text, "recalled") is None


def test_resolve_described_sites_never_for_a_statement(pipeline: Any) -> None:
    text = "The foreign minister condemned the attack that killed six guards in Varnesk."
    assert _site(pipeline, text, "condemned", physical=False, verbal=True) is None


def test_resolve_described_sites_not_inside_what_someone_wrote(pipeline: Any) -> None:
    text = "The police arrested the editor, who had written that troops looted shops in Varnesk."
    assert _site(pipeline, text, "arrested") is None


def test_resolve_described_sites_for_and_of_phrases_are_no_topics(pipeline: Any) -> None:
    # the events stage reads "for" and "of" as what a statement is about; here they lead to the place
    assert _described(pipeline, "Medics flew tents for villagers who live at Marlowe.") == ["Marlowe"]
    assert _described(pipeline, "Rangers burned the huts of loggers who had camped at Vellby.") == ["Vellby"]
