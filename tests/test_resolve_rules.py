"""The resolve stage's rules for an event's date and place, on hand-made events over a real parse.

Each test names the rule; the sentences are made up, not taken from the gold articles.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from parley.document import ActorMention, Article, Dateline, Document, Entity, Event, Place
from parley.resolve import Resolver

PUBLISHED = date(2024, 5, 8)  # a Wednesday


def resolved(
    pipeline: Any,
    text: str,
    events: list[tuple[str, str, list[str]]],
    *,
    modality: str = "asserted",
    date_source: str = "",
    place: str | None = None,
    countries: dict[str, str] | None = None,
    dateline: Dateline | None = None,
    recipients: dict[str, list[str]] | None = None,
) -> list[Event]:
    """Resolve ``events`` (type, trigger word, actor codes) of ``text``; each trigger is found in
    the sentence holding its first occurrence. ``countries`` are country names the mentions
    stage would have found (name -> code); ``recipients`` the recipient codes of a trigger word."""
    sdoc = pipeline.nlp(text)
    doc = Document(article=Article(id="t", text=text, published=PUBLISHED), text=text, published=PUBLISHED)
    doc.spacy = sdoc
    doc.dateline = dateline
    for name, code in (countries or {}).items():
        for m in re.finditer(re.escape(name), text):
            doc.actor_mentions.append(ActorMention(m.start(), m.end(), name, Entity(code=code), kind="name"))
    for kind, word, actors in events:
        at = re.search(rf"\b{re.escape(word)}\b", text)
        assert at is not None, word
        sent = next(s for s in sdoc.sents if s.start_char <= at.start() < s.end_char)
        token = next(t for t in sent if t.idx == at.start())
        doc.events.append(
            Event(
                doc_id="t",
                event=kind,
                actors=[Entity(code=c) for c in actors],
                recipients=[Entity(code=c) for c in (recipients or {}).get(word, [])],
                event_text=word,
                trigger=token.lemma_,
                text=sent.text,
                start=sent.start_char,
                end=sent.end_char,
                modality=modality,
                date_source=date_source,
                place=Place(extracted_place=place) if place else None,
            )
        )
    Resolver(pipeline.lexicon, pipeline.knowledge.gazetteer, pipeline.knowledge.region_country)(doc)
    return doc.events


def _when(event: Event) -> tuple[str | None, str | None]:
    return event.date, event.date_precision


def test_resolve_date_own_clause_beats_conjunct(pipeline: Any) -> None:
    text = "Warships practised gunnery last week, and Chile and Peru staged joint exercises in February."
    (event,) = resolved(pipeline, text, [("COOPERATE", "staged", ["CHL", "PER"])])
    assert _when(event) == ("2024-02-01", "month")


def test_resolve_date_participle_shares_main_clause(pipeline: Any) -> None:
    text = "The final convoy crossed the bridge just after dawn on Monday, ending the withdrawal of French troops."
    (event,) = resolved(pipeline, text, [("RETREAT", "withdrawal", ["FRA"])])
    assert _when(event) == ("2024-05-06", "day")


def test_resolve_date_statement_dates_what_was_said(pipeline: Any) -> None:
    text = "Portugal and Italy said in a shared statement on Friday that they strongly regretted the decision."
    (event,) = resolved(pipeline, text, [("ACCUSE", "regretted", ["ITA", "PRT"])])
    assert _when(event) == ("2024-05-03", "day")


def test_resolve_date_promise_dated_when_made(pipeline: Any) -> None:
    text = "Chile said on Monday that it would return the seized fishing boats by June 30."
    (event,) = resolved(pipeline, text, [("AGREE", "return", ["CHL"])], modality="future")
    assert _when(event) == ("2024-05-06", "day")


def test_resolve_date_promise_without_statement_date_takes_story_day(pipeline: Any) -> None:
    text = "Peru will hand back the border post by June 30."
    (event,) = resolved(pipeline, text, [("CONCEDE", "hand", ["PER"])], modality="future")
    assert _when(event) == ("2024-05-08", "day")


def test_resolve_date_same_night_counts_from_the_named_day(pipeline: Any) -> None:
    text = (
        "Students were hurt in clashes near the port on Sunday night. "
        "On the same night, guards fired rubber bullets inside a railway station."
    )
    (event,) = resolved(pipeline, text, [("ASSAULT", "fired", ["CHL"])])
    assert _when(event) == ("2024-05-05", "day")


def test_resolve_date_later_that_day_counts_from_the_named_day(pipeline: Any) -> None:
    text = "Rebels shelled the airport on April 2, and Chad closed its border with Sudan later that day."
    (event,) = resolved(pipeline, text, [("SANCTION", "closed", ["TCD"])])
    assert _when(event) == ("2024-04-02", "day")


def test_resolve_date_days_later_counts_from_the_earlier_date(pipeline: Any) -> None:
    text = "Norway shut a Russian consulate on March 4, and Moscow replied three days later by expelling two envoys."
    (event,) = resolved(pipeline, text, [("SANCTION", "expelling", ["RUS"])])
    assert _when(event) == ("2024-03-07", "day")


def test_resolve_date_next_day_counts_from_the_named_day(pipeline: Any) -> None:
    text = "Border guards detained nine herders on Monday, and Armenia released them the next day."
    (event,) = resolved(pipeline, text, [("RETREAT", "released", ["ARM"])])
    assert _when(event) == ("2024-05-07", "day")


def test_resolve_date_following_morning_after_the_named_date(pipeline: Any) -> None:
    text = "Fighting broke out near the dam on April 12. The following morning, Kenya flew in 40 tonnes of medicine."
    (event,) = resolved(pipeline, text, [("AID", "flew", ["KEN"])])
    assert _when(event) == ("2024-04-13", "day")


def test_resolve_date_within_hours_keeps_the_named_day(pipeline: Any) -> None:
    text = "Kenyan troops withdrew from the town on Monday. Somali militiamen took control of it within hours."
    (event,) = resolved(pipeline, text, [("COERCE", "took", ["SOM"])])
    assert _when(event) == ("2024-05-06", "day")


def test_resolve_date_opening_phrase_without_comma_frames_the_sentence(pipeline: Any) -> None:
    text = "By Tuesday both sides had given ground: Kenya reopened the crossing, and Uganda lifted its ban on maize."
    (event,) = resolved(pipeline, text, [("RETREAT", "lifted", ["UGA"])])
    assert _when(event) == ("2024-05-07", "day")


def test_resolve_date_opening_phrase_without_comma_frames_a_later_clause(pipeline: Any) -> None:
    text = "On Friday Georgian officials allowed twenty lorries carrying fruit to cross at Upper Lars."
    (event,) = resolved(pipeline, text, [("RETREAT", "allowed", ["GEO"])])
    assert _when(event) == ("2024-05-03", "day")


def test_resolve_date_opening_hours_later_keeps_the_named_day(pipeline: Any) -> None:
    # after a paragraph break the parser tags no time phrase in "Hours later,"
    text = "Zimbabwe expelled two Zambian diplomats on April 29.\n\nHours later, Zambia expelled a Zimbabwean attache."
    (_, event) = resolved(pipeline, text, [("SANCTION", "expelled", ["ZWE"]), ("SANCTION", "attache", ["ZMB"])])
    assert _when(event) == ("2024-04-29", "day")  # not the story's day


def test_resolve_date_opening_earlier_in_the_day_keeps_the_named_day(pipeline: Any) -> None:
    text = (
        "Laos and Vietnam signed a border treaty in Hanoi on April 26. "
        "Earlier in the day, the two foreign ministers held talks on trade."
    )
    (_, event) = resolved(pipeline, text, [("COOPERATE", "signed", ["LAO", "VNM"]), ("CONSULT", "talks", ["LAO"])])
    assert _when(event) == ("2024-04-26", "day")


def test_resolve_date_a_deadline_in_hours_is_no_time_of_the_act(pipeline: Any) -> None:
    # a paragraph apart: in one paragraph the undated act would go on April 2's episode (resolve/_narrated)
    text = (
        "Estonia expelled a Latvian attache on April 2.\n\nRiga ordered an Estonian diplomat to leave within 72 hours."
    )
    (_, event) = resolved(pipeline, text, [("SANCTION", "expelled", ["EST"]), ("SANCTION", "ordered", ["LVA"])])
    assert _when(event) == ("2024-05-08", "day")  # the story's day, not April 2 nor 72 hours on


def test_resolve_date_onset_clause_dates_a_war(pipeline: Any) -> None:
    text = "Both kingdoms fought a bitter war that broke out in 1990 and lasted a decade."
    (event,) = resolved(pipeline, text, [("ASSAULT", "fought", ["ETH"])])
    assert _when(event) == ("1990-01-01", "year")


def test_resolve_date_of_a_noun_modifier_does_not_date_the_event(pipeline: Any) -> None:
    text = "Last Thursday, Peru scrapped a 2004 trade pact with Chile."
    (event,) = resolved(pipeline, text, [("SANCTION", "scrapped", ["PER"])])
    assert _when(event) == ("2024-05-02", "day")


def test_resolve_date_pronoun_subject_carries_on_previous_sentence(pipeline: Any) -> None:
    text = (
        "In Santiago, President Boric ordered troops to the border on Sunday. "
        "He warned Peru that an incursion would mean war."
    )
    events = resolved(pipeline, text, [("MOBILIZE", "ordered", ["CHL"]), ("THREATEN", "warned", ["CHL"])])
    assert [_when(e) for e in events] == [("2024-05-05", "day"), ("2024-05-05", "day")]


def test_resolve_date_after_clause_keeps_its_own_time(pipeline: Any) -> None:
    # a week before the filing day: an opening day 1-3 days before it would be the story's (_story_day)
    text = "Peacekeepers began arriving on May 1 after Chile and Peru agreed to a truce."
    (event,) = resolved(pipeline, text, [("AGREE", "agreed", ["CHL", "PER"])])
    assert event.date != "2024-05-01"
    assert _when(event) == ("2024-05-08", "day")  # no time of its own: the story's day


def test_resolve_date_background_past_perfect_takes_story_day(pipeline: Any) -> None:
    text = "The minister said Chile had given the dissident shelter."
    (event,) = resolved(pipeline, text, [("AID", "given", ["CHL"])], date_source="historical")
    assert _when(event) == ("2024-05-08", "day")
    assert event.date_source == "historical"  # dedup still keeps it apart


def _where(event: Event) -> str | None:
    return event.place.extracted_place if event.place else None


def test_resolve_date_dateline_date_is_not_the_events_time(pipeline: Any) -> None:
    text = (
        "DAKAR, May 8 - Gunmen ambushed a convoy of Senegalese traders on the road to Tambacounda on Monday, "
        "killing four, police said."
    )
    line = Dateline(place="Dakar", date=date(2024, 5, 8), start=0, end=14)
    (event,) = resolved(pipeline, text, [("ASSAULT", "ambushed", ["SEN"])], dateline=line)
    assert _when(event) == ("2024-05-06", "day")


def test_resolve_date_dateline_date_still_gives_the_story_day(pipeline: Any) -> None:
    text = "ACCRA, 8th May, 2024 - Togolese police handed over two Ghanaian traders at the border post."
    line = Dateline(place="Accra", date=date(2024, 5, 8), start=0, end=22)
    (event,) = resolved(pipeline, text, [("CONCEDE", "handed", ["TGO"])], dateline=line)
    assert _when(event) == ("2024-05-08", "day")


def test_resolve_place_named_settlement_beats_country(pipeline: Any) -> None:
    text = "Chilean jets bombed a militia base inside Peru before dawn on Thursday, near the hamlet of Santa Rosa."
    (event,) = resolved(pipeline, text, [("ASSAULT", "bombed", ["CHL"])], place="Peru", countries={"Peru": "PER"})
    assert _where(event) == "Santa Rosa"


def test_resolve_place_appositive_capital(pipeline: Any) -> None:
    text = "On Monday the two presidents signed a ceasefire text in the Kenyan capital, Nairobi."
    (event,) = resolved(pipeline, text, [("SUPPORT", "signed", ["ETH", "SOM"])])
    assert _where(event) == "Nairobi"


def test_resolve_place_airport_named_after_its_city(pipeline: Any) -> None:
    text = "Thousands of protesters packed the arrivals hall of Manila International Airport on Monday."
    (event,) = resolved(pipeline, text, [("PROTEST", "packed", ["PHL"])])
    assert event.place is not None and event.place.resolved_place == "Manila"


def test_resolve_place_gathering_name_gives_its_town_not_its_qualifier(pipeline: Any) -> None:
    text = "Skaters from both countries paraded side by side at the Lillehammer Winter Olympics in February."
    (event,) = resolved(pipeline, text, [("COOPERATE", "paraded", ["RUS"])])
    assert _where(event) == "Lillehammer"


def test_resolve_place_departure_from_a_city_airport(pipeline: Any) -> None:
    text = "The final American cargo jet lifted off from Baghdad airport on Friday, ending the withdrawal."
    (event,) = resolved(pipeline, text, [("RETREAT", "withdrawal", ["USA"])])
    assert _where(event) == "Baghdad"


def test_resolve_place_forces_sent_to_a_town_are_placed_there(pipeline: Any) -> None:
    text = "The army moved two infantry battalions to Kasese on Monday after the attack."
    (event,) = resolved(pipeline, text, [("MOBILIZE", "moved", ["UGA"])])
    assert _where(event) == "Kasese"


def test_resolve_place_a_note_sent_to_a_town_is_not_placed_there(pipeline: Any) -> None:
    text = "The ministry sent a sharp note to Kasese on Monday about the attack."
    (event,) = resolved(pipeline, text, [("ACCUSE", "sent", ["UGA"])])
    assert _where(event) is None


def test_resolve_place_purpose_clause_happens_where_the_walk_went(pipeline: Any) -> None:
    text = "The president walked across the bridge at the border town of Narva on Friday to meet the Russian envoy."
    (event,) = resolved(pipeline, text, [("CONSULT", "meet", ["EST"])])
    assert _where(event) == "Narva"


def test_resolve_place_physical_act_happens_where_its_target_is(pipeline: Any) -> None:
    text = "Police fired rubber bullets at dockworkers rallying in Lima last week."
    (event,) = resolved(pipeline, text, [("ASSAULT", "fired", ["PER"])])
    assert _where(event) == "Lima"


def test_resolve_place_the_city_points_back_to_the_named_city(pipeline: Any) -> None:
    text = (
        "A court in Quito on Monday jailed two reporters. "
        "They were arrested last year when agents picked them up at a bakery on the edge of the city."
    )
    (event,) = resolved(pipeline, text, [("COERCE", "arrested", ["ECU"])])
    assert _where(event) == "Quito"


def test_resolve_place_dateline_city_inside_the_named_country(pipeline: Any) -> None:
    text = "NAIROBI, May 6 (Wire) -- Foreign troops landed in Kenya on Monday to help restore order."
    line = Dateline(place="Nairobi", date=date(2024, 5, 6), start=0, end=22)
    (event,) = resolved(
        pipeline, text, [("AID", "landed", ["GBR"])], place="Kenya", countries={"Kenya": "KEN"}, dateline=line
    )
    assert _where(event) == "Nairobi"


def test_resolve_place_country_alone_stays_country(pipeline: Any) -> None:
    text = "Foreign troops landed in Kenya on Monday to help restore order."
    (event,) = resolved(pipeline, text, [("AID", "landed", ["GBR"])], place="Kenya", countries={"Kenya": "KEN"})
    assert _where(event) == "Kenya"


def test_resolve_place_of_a_happening_told_in_passing_is_not_the_events(pipeline: Any) -> None:
    text = "Chile on Monday expelled two Peruvian diplomats after a row over the arrest of a Chilean trader in Lima."
    (event,) = resolved(pipeline, text, [("SANCTION", "expelled", ["CHL"])])
    assert _where(event) != "Lima"


def test_resolve_place_what_the_act_as_subject_does_to_an_object_is_not_its_place(pipeline: Any) -> None:
    text = "A Colombian raid on a militia base threw the Andes into deep turmoil."
    (event,) = resolved(pipeline, text, [("ASSAULT", "raid", ["COL"])])
    assert _where(event) != "Andes"


def test_resolve_place_town_of_one_state_makes_it_the_host(pipeline: Any) -> None:
    # the town is placed only by the resolve stage: it still names which of the two states hosted
    text = "The presidents of Uzbekistan and Turkmenistan met on Tuesday in Turkmenabat and signed a water accord."
    (event,) = resolved(
        pipeline,
        text,
        [("CONSULT", "met", ["UZB", "TKM"])],
        countries={"Uzbekistan": "UZB", "Turkmenistan": "TKM"},
    )
    assert event.place is not None and event.place.country_code == "TKM"
    assert (event.actor_codes, event.recipient_codes) == (["UZB"], ["TKM"])


def test_resolve_place_dateline_region_keeps_its_state_over_a_namesake_abroad(pipeline: Any) -> None:
    # the gazetteer's only Brussels is Belgium's; the dateline's region files it from an American town
    text = "BRUSSELS, Wisconsin - Kenya's trade minister sat down with Ugandan officials on Friday."
    article = Article(id="w", text=text, published=date(2024, 5, 6), source_country="USA")
    (doc,) = list(pipeline.process([article]))
    placed = [e.place for e in doc.events if e.place is not None and e.place.extracted_place == "Brussels"]
    assert placed and all(p.country_code == "USA" for p in placed)


def test_resolve_place_dateline_region_named_like_a_state_keeps_the_city(pipeline: Any) -> None:
    # "Georgia" names a state, but Atlanta lies only in the American division of that name
    text = "ATLANTA, Georgia - Kenya's trade minister sat down with Ugandan officials on Friday."
    article = Article(id="g", text=text, published=date(2024, 5, 6), source_country="USA")
    (doc,) = list(pipeline.process([article]))
    placed = [e.place for e in doc.events if e.place is not None and e.place.extracted_place == "Atlanta"]
    assert placed and all(p.country_code == "USA" and p.lat is not None for p in placed)


def test_resolve_place_dateline_abroad_hosts_one_state_talks(pipeline: Any) -> None:
    text = "KUWAIT CITY, May 6 (Wire) -- Bangladesh's ambassador held talks with the assistant undersecretary."
    line = Dateline(place="Kuwait City", date=date(2024, 5, 6), start=0, end=28)
    (event,) = resolved(pipeline, text, [("CONSULT", "held", ["BGD"])], dateline=line)
    assert event.place is not None and event.place.country_code == "KWT"
    assert event.recipient_codes == ["KWT"]


def test_resolve_rules_clause_walk_on_the_tree_matches_the_token_walk(pipeline: Any, monkeypatch: Any) -> None:
    """The clause walk on the document's index tree gives the tokens, in the same order, of the walk
    on the tokens' own ``children`` (the path taken for stand-ins of spaCy tokens)."""
    from parley.resolve import _parse

    doc = pipeline.nlp(
        "Police said they arrested two men who had thrown stones at officers in the capital, "
        "and the minister, speaking on Monday, promised an inquiry into tear gas and water cannon use."
    )

    def walks() -> list[tuple[list[int], list[int], set[int], list[int]]]:
        out = []
        for tok in doc:
            for keep in (None, doc[len(doc) // 2]):
                walked = [t.i for t in _parse.in_clause(tok, keep)]
                nested = [t.i for t in _parse.nested_clauses(tok, keep)]
                preps = [t.i for t in _parse.clause_preps(tok, keep)]
                out.append((walked, nested, _parse.clause_members(tok, keep), preps))
        return out

    on_tree = walks()
    monkeypatch.setattr(_parse, "_is_token", lambda tok: False)
    assert on_tree == walks()
    assert any(nested for _, nested, _, _ in on_tree)  # the sentence does nest clauses
    assert any(preps for *_, preps in on_tree)  # and holds place phrases ("in the capital")
