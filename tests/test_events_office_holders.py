"""A bare office title as subject stands for the holder named before, else the story's own state."""

from __future__ import annotations

from datetime import date

from _events_setup import roles_of_type as _events
from parley.document import Article


def test_events_office_holders_bare_title_is_the_holder_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Lesotho's home affairs minister" named once: "the minister" later is Lesotho's, not the outlet's
    text = (
        "Lesotho's home affairs minister visited the border post at Maseru Bridge on Monday. "
        "The minister apologised to South Africa for the delays."
    )
    assert _events(pipeline, text, "CONCEDE", outlet="ZAF") == [(["LSO"], ["ZAF"])]


def test_events_office_holders_bare_title_without_holder_is_the_datelines(pipeline) -> None:  # type: ignore[no-untyped-def]
    # nobody with the title named before: the minister of the country the story is filed from
    text = "PRETORIA, May 8 -- The Minister of Justice thanked the Government of Mozambique for its cooperation."
    assert _events(pipeline, text, "SUPPORT", outlet="ZAF") == [(["ZAF"], ["MOZ"])]


def test_events_office_holders_bare_title_abroad_stays_unresolved(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a foreign outlet's story of Bolivia: "the president" may be either's, so no event is guessed
    text = "Bolivia marked the Day of the Sea on Monday. The president thanked Peru for its support."
    assert _events(pipeline, text, "SUPPORT", outlet="GBR") == []


def test_events_office_holders_title_with_a_country_keeps_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Kenyan minister" names the country itself: neither the holder before nor the outlet
    text = "Italy's interior minister arrived in Tunis. The Kenyan minister thanked Tunisia for its help."
    assert _events(pipeline, text, "SUPPORT", outlet="ITA") == [(["KEN"], ["TUN"])]


def test_events_office_holders_ruler_of_a_place_is_its_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Ruler of Sharjah": a ruler's title with the emirate it rules, of the emirate's state
    text = "The Ruler of Sharjah granted clemency to 300 inmates."
    assert [a for a, _r in _events(pipeline, text, "CONCEDE", outlet="GBR")] == [["ARE"]]


def test_events_office_holders_capitalised_title_is_bare_too(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Prime" is read as a proper noun, yet "The Prime Minister" names no one: the dateline's
    text = "DILI, May 8 -- The Prime Minister thanked Australia for its help with the floods."
    assert _events(pipeline, text, "SUPPORT", outlet="TLS") == [(["TLS"], ["AUS"])]


def test_events_office_holders_junta_and_presidency_are_the_government(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a junta rules and a presidency speaks for the head of state: the government of where the story is
    text = "BANGKOK, May 8 -- The junta thanked China for its help. The Presidency welcomed the Chinese offer."
    assert _events(pipeline, text, "SUPPORT", outlet="THA")[:1] == [(["THA"], ["CHN"])]
    article = Article(id="t", text=text, published=date(2024, 5, 8), source_country="THA")
    (doc,) = list(pipeline.process([article]))
    assert {e.sector for ev in doc.events for e in ev.actors} == {"GOV"}


def test_events_office_holders_department_of_is_the_datelines_ministry(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Department of Foreign Affairs": the "of" phrase says what office it is, of the dateline's state
    text = "MANILA, June 3 -- The Department of Foreign Affairs has filed a diplomatic protest against China."
    assert _events(pipeline, text, "ACCUSE", outlet="PHL") == [(["PHL"], ["CHN"])]


def test_events_office_holders_ministry_of_defence_is_military(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the sector is read with the "of" phrase: the Ministry of Defence speaks for the armed forces
    text = "LONDON, June 3 -- The Ministry of Defence has filed a diplomatic protest against Russia."
    article = Article(id="t", text=text, published=date(2024, 6, 3), source_country="GBR")
    (doc,) = list(pipeline.process([article]))
    assert [(a.code, a.sector) for ev in doc.events for a in ev.actors] == [("GBR", "MIL")]


def test_events_office_holders_portfolio_officials_are_the_datelines(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Interior officials" as subject: a ministry's people, of the state the story is filed from
    text = "NAIROBI, June 3 -- Interior officials accused Somalia of harbouring militants."
    assert _events(pipeline, text, "ACCUSE", outlet="USA") == [(["KEN"], ["SOM"])]


def test_events_office_holders_bare_officials_subject_stays_unresolved(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Officials" alone says nothing of whose: no event is guessed for them
    text = "NAIROBI, June 3 -- Officials accused Somalia of harbouring militants."
    assert _events(pipeline, text, "ACCUSE", outlet="USA") == []


def test_events_office_holders_ministry_after_dateline_is_the_datelines(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser makes "MANILA" the subject and the ministry its apposition: the ministry still acts
    text = "MANILA, June 3 - The Foreign Ministry has filed a diplomatic protest against China."
    assert _events(pipeline, text, "ACCUSE", outlet="PHL") == [(["PHL"], ["CHN"])]


def test_events_office_holders_bare_title_is_not_its_counterparts_state(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "his Kenyan counterpart": the minister who invites is not the Kenyan one named before, but the dateline's
    text = (
        "DODOMA, May 8 -- Kenya's foreign minister arrived in Dodoma on Monday for talks on the border. "
        "The foreign minister invited his Kenyan counterpart to a trade fair in Arusha next year."
    )
    for coder in (pipeline, rules_pipeline):
        assert _events(coder, text, "AGREE", outlet="TZA") == [(["TZA"], ["KEN"])]


def test_events_office_holders_bare_title_after_a_title_owned_by_its(pipeline, rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    # "its trade minister said" after a state's act: "The minister" later is that state's, not the dateline's
    text = (
        "ACCRA, May 8 -- Ghana closed the border on Monday. Hours later, Togo reopened the market at Aflao, "
        "its trade minister said. The minister thanked Ghana for its patience."
    )
    for coder in (pipeline, rules_pipeline):
        assert _events(coder, text, "SUPPORT", outlet="GHA") == [(["TGO"], ["GHA"])]


def test_events_office_holders_office_named_by_its_of_phrase_is_the_outlet_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Director of Public Prosecutions": the office is in the "of" phrase, the story's own state's
    text = (
        "SUVA, March 3 -- Two Australian sailors were jailed for smuggling. "
        "The Director of Public Prosecutions rejected a request from Australia to move the men."
    )
    assert _events(pipeline, text, "REJECT", outlet="FJI") == [(["FJI"], ["AUS"])]


def test_events_office_holders_hospital_director_is_the_local_outlet_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a local paper's story of a gift from abroad: "the hospital director" is of the paper's country
    text = (
        "Romania donated twenty oxygen machines to the district hospital in Moldova. "
        "The hospital director thanked Romania for the gift."
    )
    assert _events(pipeline, text, "SUPPORT", outlet="MDA") == [(["MDA"], ["ROU"])]


def test_events_office_holders_title_inviting_a_counterpart_is_not_the_counterparts(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the Chilean minister named before is the counterpart the bare title invites: the title is the home state's
    text = (
        "LIMA, June 2 -- The Chilean trade minister arrived in Lima on Monday. "
        "The trade minister invited his Chilean counterpart to a summit in Cusco."
    )
    assert _events(pipeline, text, "AGREE", outlet="PER") == [(["PER"], ["CHL"])]


def test_events_office_holders_bare_title_as_passive_agent_is_the_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "by the president" names the doer of a passive as a subject would: the president named before
    text = (
        "Ghana's president opened the new port on Monday. "
        "Two Togolese traders held since March were later pardoned by the president."
    )
    assert _events(pipeline, text, "CONCEDE", outlet="GBR") == [(["GHA"], ["TGO"])]
