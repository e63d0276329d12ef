"""A joint act told inside another deed (parley.events._joint_deed)."""

from __future__ import annotations

from _events_setup import coded_types
from parley.events._joint_deed import has_joint_mark, is_joint_act_in_deed


def test_joint_deed_joint_mark_is_the_nouns_own_modifier(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    joint = pipeline.nlp("Chile and Peru stepped up joint patrols.")
    alone = pipeline.nlp("Chile stepped up patrols.")
    assert has_joint_mark(joint[6], words)
    assert not has_joint_mark(alone[3], words)


def test_joint_deed_only_cooperation_inside_a_material_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = pipeline.lexicon.words
    patrols = pipeline.nlp("Chile and Peru stepped up joint patrols.")[6]
    assert is_joint_act_in_deed(patrols, "COOPERATE", "MOBILIZE", words)
    assert is_joint_act_in_deed(patrols, "COOPERATE", "AID", words)
    assert not is_joint_act_in_deed(patrols, "COOPERATE", "AGREE", words)  # "agreed joint patrols": the accord
    assert not is_joint_act_in_deed(patrols, "COOPERATE", "COOPERATE", words)  # the verb carries it
    assert not is_joint_act_in_deed(patrols, "MOBILIZE", "AID", words)


def test_joint_deed_joint_patrols_sent_are_cooperation(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Lithuania and Poland sent joint patrols to the border on Monday."
    assert "COOPERATE" in coded_types(rules_pipeline, text)


def test_joint_deed_agreed_joint_patrols_stay_an_agreement(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Lithuania and Poland agreed on joint patrols along the border on Monday."
    assert "COOPERATE" not in coded_types(rules_pipeline, text)
