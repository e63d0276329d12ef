"""Fire told by the ground it came from, with no shooter named: the owner of that ground fired."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_lost_fired_from_shot_from_a_side_is_its_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a shot fired from the Azerbaijani side struck a rock": Azerbaijan's side fired it
    text = "The monitors' visit was cut short when a shot fired from the Azerbaijani side struck a rock."
    assert [actors for actors, _ in _events(pipeline, text, "ASSAULT", outlet="GBR")] == [["AZE"]]


def test_events_lost_fired_from_shots_from_territory_killed(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "killed by shots fired from Indian territory": the shots are India's, the soldiers Pakistan's
    text = "Two Pakistani soldiers were killed by shots fired from Indian territory, the army said."
    assert _events(pipeline, text, "ASSAULT", outlet="GBR") == [(["IND"], ["PAK"])]


def test_events_lost_fired_from_reads_only_the_verbs_from_phrase(pipeline, words) -> None:  # type: ignore[no-untyped-def]
    # the ground is the object of the firing verb's own "from"; a bare "from" of another verb is none
    from parley.events._lost_fired_from import fire_ground_of_weapon, fired_from_ground

    sdoc = pipeline.nlp("Shots were fired from its territory.")
    fired = next(t for t in sdoc if t.lower_ == "fired")
    assert [t.lower_ for t in fired_from_ground(fired, words)] == ["territory"]
    sdoc = pipeline.nlp("Villagers from the Finnish side walked across the border.")
    assert all(fire_ground_of_weapon(t, words) == [] for t in sdoc)
