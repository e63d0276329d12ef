"""ACCUSE, CONSULT and COOPERATE rows of data/triggers.tsv the lexicon once missed: an objection,
disappointment and unfriendliness voiced, contacts made, exchanges arranged and talks facilitated by
a third party, information passed on, files handed over, prisoners transferred; each read in an
invented sentence, and a near sentence the row must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley.document import Article
from parley.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline


def test_events_objection_to_an_act_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Mexico objected to the Guatemalan patrols near the river on Monday."
    assert ("ACCUSE", ["MEX"], ["GTM"]) in _events(pipeline, text)


def test_events_speaker_disappointed_is_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in _types(pipeline, 'Ghana said it was "deeply disappointed" by the ruling.')


def test_events_measures_called_unfriendly_are_an_accusation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" in _types(pipeline, 'Hungary said the Slovak measures were "unfriendly".')


def test_events_exchange_arranged_by_a_third_party_is_mediation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Qatar arranged the exchange of prisoners between Ethiopia and Eritrea last month."
    (doc,) = list(pipeline.process([Article(id="t", text=text, published=date(2024, 5, 8))]))
    assert ("CONSULT", "third-party") in [(e.event, e.mode) for e in doc.events]


def test_events_transport_arranged_is_no_mediation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" not in _types(pipeline, "Qatar arranged buses for the stranded travellers on Monday.")


def test_events_talks_facilitated_by_a_third_party_are_mediation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "CONSULT" in _types(pipeline, "The talks were facilitated by Norway's special envoy.")


def test_events_counterpart_contacted_is_a_consultation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Thailand's army had contacted the Myanmar commander across the river, a spokesman said."
    assert ("CONSULT", ["THA"], ["MMR"]) in _events(pipeline, text)


def test_events_information_passed_on_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Gambian police passed on the names of six suspected traffickers to Senegal."
    assert ("COOPERATE", ["GMB"], ["SEN"]) in _events(pipeline, text)


def test_events_passed_on_a_day_is_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "COOPERATE" not in _types(pipeline, "Gambia's president passed on Monday through Dakar.")


def test_events_information_passed_to_the_press_is_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a leak to reporters is no cooperation between two states (the learned coder still reads its own verdict)
    assert "COOPERATE" not in _types(pipeline, "Bolivia said Chilean officials passed false information to the press.")
    assert "COOPERATE" in _types(pipeline, "Chilean officials passed information on the smugglers to Bolivia.")


def test_events_maps_handed_to_counterparts_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Chilean officers handed their Peruvian counterparts maps of the minefields."
    assert ("COOPERATE", ["CHL"], ["PER"]) in _events(pipeline, text)


def test_events_prisoners_transferred_home_are_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Greece transferred twelve Albanian prisoners to Albania under a bilateral convention."
    assert ("COOPERATE", ["GRC"], ["ALB"]) in _events(pipeline, text)


def test_events_joint_body_launched_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Ethiopia and Kenya on Friday launched a joint border commission to coordinate security."
    assert "COOPERATE" in _types(pipeline, text)


def test_events_joint_post_opened_is_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "COOPERATE" in _types(pipeline, "Peru and Bolivia opened a joint customs post at Desaguadero on Monday.")


def test_events_embassy_opened_alone_is_no_cooperation(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "COOPERATE" not in _types(pipeline, "Peru opened a new embassy in La Paz on Monday.")
