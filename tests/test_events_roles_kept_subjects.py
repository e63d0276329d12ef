"""The subjects of a trigger verb are read once per document: the storm check and the roles share them."""

from __future__ import annotations

from _events_setup import role_finder, token_of
from parley.events._nature import done_by_storm
from parley.events._verb_subjects import subjects_of
from parley.pipeline import Pipeline


def test_events_roles_kept_subjects_match_the_parse(rules_pipeline: Pipeline) -> None:
    roles = role_finder(rules_pipeline, "Cyclone Winston tore across Fiji on Saturday, Fijian officials said.")
    verb = token_of(roles.ctx, "tore")
    kept = roles.verb_subjects(verb)
    assert [t.i for t in kept] == [t.i for t in subjects_of(verb, roles.words)]
    assert roles.verb_subjects(verb) is kept  # the second ask reads the document's memo, not the tree
    assert done_by_storm(verb, roles.words, kept)
    assert not done_by_storm(verb, roles.words, [])  # the subjects given are the ones read
