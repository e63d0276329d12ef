"""The resolve stage's rules for dates and places a sentence's neighbours, frames and venues give.

Each test names the rule; the sentences are made up, not taken from the gold articles.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from parley.document import Dateline, Event
from test_resolve_rules import resolved

LIMA = Dateline(place="Lima", date=date(2024, 5, 8), start=0, end=20)


def _when(event: Event) -> tuple[str | None, str | None]:
    return event.date, event.date_precision


def _where(event: Event) -> str | None:
    return event.place.extracted_place if event.place else None


def test_resolve_date_sentence_opening_frame_dates_its_clauses(pipeline: Any) -> None:
    text = (
        "In February, a row about grazing land turned into a gunfight on the frontier, "
        "when guards fired mortars across the river."
    )
    (event,) = resolved(pipeline, text, [("ASSAULT", "fired", ["PER", "BOL"])])
    assert _when(event) == ("2024-02-01", "month")


def test_resolve_date_attribution_in_next_sentence_dates_the_statement(pipeline: Any) -> None:
    text = (
        "Peru's interior minister accused Bolivia of arming the smugglers. "
        '"Our patience is running out," he told a radio station on Monday.'
    )
    events = resolved(pipeline, text, [("ACCUSE", "accused", ["PER"])], dateline=LIMA)
    assert _when(events[0]) == ("2024-05-06", "day")


def test_resolve_place_attribution_in_next_sentence_places_the_statement(pipeline: Any) -> None:
    text = (
        "President Arce said Bolivia had only defended its border. "
        '"Nobody can expect us to keep quiet," he told a conference in Cochabamba.'
    )
    events = resolved(pipeline, text, [("SUPPORT", "defended", ["BOL"])])
    assert _where(events[0]) == "Cochabamba"


def test_resolve_place_pronoun_subject_carries_the_previous_sentence_place(pipeline: Any) -> None:
    text = (
        "In Lima, President Boluarte put the army on alert on Friday. "
        "She met the ambassadors of Chile and Bolivia on Monday night."
    )
    events = resolved(pipeline, text, [("MOBILIZE", "put", ["PER"]), ("CONSULT", "met", ["PER"])])
    assert [_where(e) for e in events] == ["Lima", "Lima"]
    assert _when(events[1]) == ("2024-05-06", "day")


def test_resolve_place_meeting_with_envoys_is_where_its_host_was(pipeline: Any) -> None:
    # the envoys who called on her are the meeting's actors; she, the host, carries on the sentence before
    text = (
        "In Lima, President Boluarte put the army on alert on Friday. "
        "She met the ambassadors of Chile and Bolivia on Monday night."
    )
    acts = [("MOBILIZE", "put", ["PER"]), ("CONSULT", "met", ["CHL", "BOL"])]
    events = resolved(pipeline, text, acts, recipients={"met": ["PER"]})
    assert _where(events[1]) == "Lima"


def test_resolve_date_part_of_day_keeps_its_day(pipeline: Any) -> None:
    text = "The deal was made public on Monday evening by the envoy, who said Chile had agreed to reopen the border."
    (event,) = resolved(pipeline, text, [("CONCEDE", "agreed", ["CHL"])], date_source="historical")
    assert _when(event) == ("2024-05-06", "day")


def test_resolve_date_hours_after_shares_the_day(pipeline: Any) -> None:
    text = "The helicopter was shot down on Monday, hours after rebel fighters struck an army post."
    (event,) = resolved(pipeline, text, [("ASSAULT", "struck", ["COL"])])
    assert _when(event) == ("2024-05-06", "day")


def test_resolve_elaborating_sentence_dates_and_places_a_background_act(pipeline: Any) -> None:
    text = (
        "LIMA, May 8 (Wire) -- Peru closed its border posts on Wednesday after guards from both countries "
        "exchanged fire close to a contested village. "
        "The firing began on Tuesday night near the village of Santa Rosa."
    )
    (event,) = resolved(pipeline, text, [("ASSAULT", "exchanged", ["PER", "BOL"])], dateline=LIMA)
    assert _when(event) == ("2024-05-07", "day")
    assert _where(event) == "Santa Rosa"


def test_resolve_place_unnamed_village_is_not_the_dateline_city(pipeline: Any) -> None:
    text = "LIMA, May 8 (Wire) -- Armed men attacked a frontier hamlet, killing 14 people."
    (event,) = resolved(pipeline, text, [("ASSAULT", "attacked", ["BOL"])], dateline=LIMA)
    assert event.place is None


def test_resolve_place_venue_reported_as_its_city(pipeline: Any) -> None:
    text = "President Biden hosted Chile's president at the White House on Monday."
    (event,) = resolved(pipeline, text, [("CONSULT", "hosted", ["USA"])])
    assert event.place is not None
    assert event.place.resolved_place == "Washington"


def test_resolve_place_common_word_is_no_place_name(pipeline: Any) -> None:
    text = "Gulf leaders embrace at desert summit"
    (event,) = resolved(pipeline, text, [("CONSULT", "embrace", ["SAU"])], place="summit")
    assert event.place is None


def test_resolve_place_passage_through_a_named_crossing(pipeline: Any) -> None:
    text = "Chile resumed letting Bolivian lorries through the Tambo Quemado crossing on Tuesday."
    (event,) = resolved(pipeline, text, [("RETREAT", "letting", ["CHL"])])
    assert _where(event) == "Tambo Quemado"


def test_resolve_following_sentences_agree_with_next_sentence(pipeline: Any) -> None:
    from parley.document import Article, Document
    from parley.resolve._discourse import FollowingSentences, next_sentence

    text = "Chad closed its border. Officials said so on Monday. Talks resume soon."
    sdoc = pipeline.nlp(text)
    doc = Document(article=Article(id="t", text=text), text=text)
    doc.spacy = sdoc
    following = FollowingSentences(doc)
    for token in sdoc:
        expected = next_sentence(token.sent)
        found = following.after(token)
        if found is None or expected is None:
            assert found is expected
        else:
            assert (found.start, found.end) == (expected.start, expected.end)
