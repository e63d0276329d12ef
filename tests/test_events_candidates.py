"""From a trigger token to a candidate event (parley.events._candidates), on invented sentences."""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.document import Article, Entity, Event, Mention, Place
from parley.events._candidates import Candidate, find_candidate, joins_sentence_event, orient_joint_act
from parley.events._context import DocumentContext
from parley.events._roles import RoleFinder


def _candidate(pipeline: Any, text: str, word: str) -> Candidate | None:
    (doc,) = list(pipeline.clean([Article(id="t", text=text, published=date(2024, 5, 8))]))
    doc.spacy = pipeline.nlp(doc.text)
    doc = pipeline.components[0](doc)  # actor mentions
    mention_at = {i: m for m in doc.actor_mentions for i in range(m.token_start, m.token_end)}
    ctx = DocumentContext(doc, doc.spacy, mention_at, pipeline.knowledge.gazetteer, pipeline.lexicon)
    finder = pipeline.components[2]
    token = next(t for t in doc.spacy if t.text == word)
    return find_candidate(token, finder.matcher, RoleFinder(ctx, finder.matcher, finder.mentions))


def test_events_candidates_asserted_act_with_its_participants(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Japan imposed sanctions on North Korea.", "imposed")
    assert cand is not None and (cand.type, cand.modality) == ("SANCTION", "asserted")
    assert [a.code for a in cand.actors] == ["JPN"] and [r.code for r in cand.recipients] == ["PRK"]


def test_events_candidates_promised_visit_is_an_agreement(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Chinese President Xi Jinping will visit Brazil next month.", "visit")
    assert cand is not None and (cand.type, cand.modality) == ("AGREE", "future")


def test_events_candidates_negated_or_hypothetical_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    assert _candidate(pipeline, "Japan did not condemn China.", "condemn") is None
    assert _candidate(pipeline, "Serbia could attack Kosovo.", "attack") is None


def test_events_candidates_refusal_to_cooperate_is_reject(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Russia would never recognise the government of Kosovo.", "recognise")
    assert cand is not None and cand.type == "REJECT"


def _event(type_: str, actors: list[str], recipients: list[str], word: str) -> Event:
    event = Event(
        doc_id="t",
        event=type_,
        actors=[Entity(code=c, sector=None, entity_text=c) for c in actors],
        recipients=[Entity(code=c, sector=None, entity_text=c) for c in recipients],
        event_text=word,
    )
    event.mentions = [Mention(doc_id="t", sequence=0, start=0, end=1, text="x", event_text=word)]
    return event


def test_events_candidates_one_sided_meeting_joins_the_coded_one() -> None:
    coded = _event("CONSULT", ["IND"], ["JPN"], "met")
    assert joins_sentence_event(_event("CONSULT", ["IND"], [], "talks"), [coded])
    assert coded.mentions[0].event_text == "met, talks"
    assert not joins_sentence_event(_event("ACCUSE", ["IND"], ["PAK"], "blamed"), [coded])


def test_events_candidates_a_visit_is_to_the_country_it_went_to(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "A Russian regional governor visited the injured students in Almaty.", "visited")
    assert cand is not None and [r.code for r in cand.recipients] == ["KAZ"]
    # a meeting at a neutral venue is no visit: its other side is not the venue's country
    cand = _candidate(pipeline, "Lavrov met his counterpart in Geneva.", "met")
    assert cand is not None and "CHE" not in [r.code for r in cand.recipients]


def test_events_candidates_joint_material_cooperation_gets_a_partner() -> None:
    patrols = _event("COOPERATE", ["BEN", "NER"], [], "patrols")
    orient_joint_act(patrols)
    assert (patrols.actor_codes, patrols.recipient_codes) == (["BEN"], ["NER"])
    meeting = _event("CONSULT", ["BEN", "NER"], [], "met")  # a meeting keeps every party as an actor
    orient_joint_act(meeting)
    assert (meeting.actor_codes, meeting.recipient_codes) == (["BEN", "NER"], [])


def test_events_candidates_joint_meeting_in_one_state_is_hosted_by_it() -> None:
    meeting = _event("CONSULT", ["ZAF", "SWZ"], [], "met")
    meeting.place = Place(extracted_place="Pretoria", country_code="ZAF")
    orient_joint_act(meeting)
    assert (meeting.actor_codes, meeting.recipient_codes) == (["SWZ"], ["ZAF"])
    # at a third state's venue, or a summit of several states, nobody hosts among the parties
    neutral = _event("CONSULT", ["ZAF", "SWZ"], [], "met")
    neutral.place = Place(extracted_place="Geneva", country_code="CHE")
    summit = _event("CONSULT", ["KAZ", "KGZ", "TKM"], [], "met")
    summit.place = Place(extracted_place="Ashgabat", country_code="TKM")
    for event in (neutral, summit):
        codes = event.actor_codes
        orient_joint_act(event)
        assert (event.actor_codes, event.recipient_codes) == (codes, [])


def test_events_candidates_officials_meet_their_own_people(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a meeting with people of one's own country named in the sentence keeps them as the partner
    cand = _candidate(pipeline, "Papua New Guinea's higher education minister met student leaders on Tuesday.", "met")
    assert cand is not None and cand.type == "CONSULT"
    assert [(r.code, r.sector) for r in cand.recipients] == [("PNG", "EDU")]


def test_events_candidates_two_officials_of_one_state_have_no_partner(pipeline) -> None:  # type: ignore[no-untyped-def]
    # cooperation is between countries: a fellow official of the same state is no partner
    cand = _candidate(pipeline, "Papua New Guinea's higher education minister met police officials on Tuesday.", "met")
    assert cand is not None and cand.type == "CONSULT" and cand.recipients == []


def test_events_candidates_litotes_is_a_threat_not_a_negation(pipeline) -> None:  # type: ignore[no-untyped-def]
    cand = _candidate(pipeline, "Mali said its army would not hesitate to strike the rebels.", "hesitate")
    assert cand is not None and cand.type == "THREATEN" and [a.code for a in cand.actors] == ["MLI"]
    cand = _candidate(pipeline, "Russia said any ban by Estonia will not go unanswered.", "go")
    assert cand is not None and cand.type == "THREATEN"
    assert [a.code for a in cand.actors] == ["RUS"] and [r.code for r in cand.recipients] == ["EST"]
    # a told past act, or one not denied, is no promise
    assert _candidate(pipeline, "Kenya did not hesitate to condemn the attack.", "hesitate") is None
    assert _candidate(pipeline, "Kenya would tolerate the protest.", "tolerate") is None


def test_events_candidates_promised_measures_aim_at_whom_they_are_against(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Seoul said it would take countermeasures, including a complaint to the World Trade Organization."
    cand = _candidate(pipeline, text, "take")
    assert cand is not None and cand.type == "THREATEN"
    assert "IGO" not in [r.code for r in cand.recipients]
    cand = _candidate(pipeline, "Russia said it would take measures against Lithuania.", "take")
    assert cand is not None and [r.code for r in cand.recipients] == ["LTU"]


def test_events_candidates_what_a_request_asks_is_not_done(pipeline) -> None:  # type: ignore[no-untyped-def]
    asked = "Swaziland turned down a request from South Africa to extradite a businessman wanted in Johannesburg."
    assert _candidate(pipeline, asked, "extradite") is None
    done = _candidate(pipeline, "Kenya extradited a businessman wanted in Tanzania.", "extradited")
    assert done is not None and done.type == "COOPERATE"
