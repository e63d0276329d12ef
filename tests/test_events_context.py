"""The per-document context (parley.events._context): dates and places of an event's clause, the story so far."""

from __future__ import annotations

from typing import Any

from _events_setup import read_context, role_finder, token_of
from parley.document import Entity, Event
from parley.events._context import DocumentContext, as_guess, unique_by_code
from parley.events._third_party import two_sides


def _context(pipeline: Any, text: str) -> DocumentContext:
    return read_context(pipeline, text)


def _token(ctx: DocumentContext, word: str) -> Any:
    return token_of(ctx, word)


def test_events_context_role_finder_reads_past_a_dateline_as_the_stage(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the model reads "May 7 - Ecuador" as one date; the stage cuts it at the dateline before reading, and
    # the tests' role finder did not, so "It" found no subject in the sentence before
    roles = role_finder(
        pipeline, "QUITO, May 7 - Ecuador recalled its ambassador from Lima. It accused Peru of spying."
    )
    assert [e.code for e in roles.np_entities(token_of(roles.ctx, "It"))] == ["ECU"]


def test_events_context_clause_date_on_a_weekday(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "France expelled two Iranian diplomats on Monday.")
    assert ctx.clause_date(_token(ctx, "expelled"), future=False) == ("2024-05-06", "day", "explicit")


def test_events_context_clause_date_days_later_and_years_ago(pipeline) -> None:  # type: ignore[no-untyped-def]
    later = _context(pipeline, "Iran replied three days later by expelling French diplomats.")
    assert later.clause_date(_token(later, "replied"), future=False)[2] == "later:3"
    weeks = _context(pipeline, "Iran answered two weeks later by expelling French diplomats.")
    assert weeks.clause_date(_token(weeks, "answered"), future=False)[2] == "later:14"
    ago = _context(pipeline, "Russia invaded Georgia years ago.")
    assert ago.clause_date(_token(ago, "invaded"), future=False) == (None, None, "unresolved")


def test_events_context_clause_place_and_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Police arrested 200 protesters in Almaty on Tuesday.")
    place = ctx.clause_place(_token(ctx, "arrested"))
    assert place is not None and place.resolved_place == "Almaty" and place.country_code == "KAZ"
    assert ctx.sentence_country(_token(ctx, "Police")) == "KAZ"


def test_events_context_sentence_country_reads_a_town_the_parser_mislabels(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the small parser calls Erbil an organisation and Gjirokaster a date: the gazetteer knows both towns
    erbil = _context(pipeline, "Several hundred people demonstrated outside the Turkish consulate in Erbil on Monday.")
    assert erbil.sentence_country(_token(erbil, "people")) == "IRQ"
    gjirokaster = _context(pipeline, "In Gjirokaster, several hundred people marched to the Greek consulate.")
    assert gjirokaster.sentence_country(_token(gjirokaster, "people")) == "ALB"


def test_events_context_sentence_country_never_reads_a_month_as_a_town(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Thousands of people marched in March.")
    assert ctx.sentence_country(_token(ctx, "people")) is None


def test_events_context_sentence_country_passes_over_a_seat_of_international_bodies(pipeline) -> None:  # type: ignore[no-untyped-def]
    # envoys meeting in a city that seats international bodies are not its host state's people
    seat = _context(pipeline, "Envoys struck a bargain in Geneva on the third day of talks.")
    assert seat.sentence_country(_token(seat, "Envoys")) is None
    town = _context(pipeline, "Envoys struck a bargain in Lyon on the third day of talks.")
    assert town.sentence_country(_token(town, "Envoys")) == "FRA"


def test_events_context_in_story_order_puts_the_first_named_side_first(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Laos and Vietnam signed a pact. Vietnam thanked Laos.")
    vietnam, laos, chile = Entity("VNM", None, "Vietnam"), Entity("LAO", None, "Laos"), Entity("CHL", None, "")
    assert [e.code for e in ctx.in_story_order([vietnam, chile, laos])] == ["LAO", "VNM", "CHL"]


def test_events_context_counterparts_answer_the_last_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Turkey seized a Russian tanker.")
    turkey, russia = Entity(code="TUR", sector=None, entity_text="Turkey"), Entity("RUS", None, "Russian")
    ctx.remember(Event(doc_id="t", event="ASSAULT", actors=[turkey], recipients=[russia]))
    assert [e.code for e in ctx.counterparts([russia], "ACCUSE")] == ["TUR"]  # Moscow's reaction aims at Ankara
    assert [e.code for e in ctx.pair()] == ["TUR", "RUS"]
    assert [e.code for e in unique_by_code([turkey, russia, turkey])] == ["TUR", "RUS"]


# -- the story-so-far look-ups against the whole-history scans they replace ------------------------
def _naive_wronged(ctx: DocumentContext, actors: list[Entity]) -> list[Entity]:
    codes = {a.code for a in actors}
    for event in reversed(ctx.history):
        if ctx.types[event.event].quad >= 3 and codes & set(event.actor_codes):
            targets = [r for r in event.recipients if r.code not in codes]
            if targets:
                return targets
    return []


def _naive_counterparts(ctx: DocumentContext, actors: list[Entity], type_: str | None) -> list[Entity]:
    codes = {a.code for a in actors}
    done_to = [e for e in ctx.history if codes & set(e.recipient_codes)]
    if type_ is not None and ctx.types[type_].quad >= 3:
        done_to = [e for e in done_to if ctx.types[e.event].quad >= 3] or done_to
    if done_to:
        latest = done_to[-1].event
        doers = [a for e in done_to if e.event == latest for a in e.actors if a.code not in codes]
        if doers:
            return unique_by_code(doers)
    for event in reversed(ctx.history):
        sides = event.actors + event.recipients
        if codes & {e.code for e in sides}:
            other = [e for e in sides if e.code not in codes]
            if other:
                return other
    for event in ctx.history:
        sides = [e for e in event.actors + event.recipients if e.code not in codes]
        if len(event.actors + event.recipients) >= 2 and sides:
            return sides
    return []


def _naive_pair(ctx: DocumentContext) -> list[Entity]:
    for event in reversed(ctx.history + ctx.pending):
        if sides := two_sides(event):  # two parties, or the two guests of a hosted meeting
            return sides
    return list(ctx.recent[-2:]) if len(ctx.recent) >= 2 else []


def test_events_context_story_lookups_match_the_whole_history_scan(pipeline) -> None:  # type: ignore[no-untyped-def]
    import random

    rng = random.Random(13)
    codes = ["USA", "RUS", "CHN", "UKR", "TUR", "IRN"]
    types = ["ASSAULT", "ACCUSE", "CONSULT", "AGREE", "SANCTION", "THREATEN", "SUPPORT", "REJECT"]

    def entities(k: int) -> list[Entity]:
        # a code may come twice, with another sector or text: the first one seen must be the one given back
        return [Entity(code=rng.choice(codes), sector=rng.choice([None, "GOV", "MIL"]), entity_text=str(rng.random()))
                for _ in range(k)]  # fmt: skip

    for _ in range(12):
        ctx = _context(pipeline, "Turkey seized a Russian tanker.")
        for _ in range(rng.randrange(1, 80)):
            event = Event(doc_id="t", event=rng.choice(types), actors=entities(rng.randrange(0, 3)),
                          recipients=entities(rng.randrange(0, 3)))  # fmt: skip
            ctx.pending = [Event(doc_id="t", event="AGREE", actors=entities(rng.randrange(0, 3)))]
            for _ in range(3):
                asking = entities(rng.randrange(1, 4))
                type_ = rng.choice([*types, None])
                assert ctx.wronged(asking) == _naive_wronged(ctx, asking)
                # the look-up returns the entities without their words: guesses, not mentions of this sentence
                assert ctx.counterparts(asking, type_) == [as_guess(e) for e in _naive_counterparts(ctx, asking, type_)]
                assert ctx.told(type_ or "AID") == any(e.event == (type_ or "AID") for e in ctx.history)
            assert ctx.pair() == _naive_pair(ctx)
            ctx.remember(event)


def test_events_context_town_found_once_per_sentence_then_filtered_by_keep(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = _context(pipeline, "Several hundred people demonstrated outside the Turkish consulate in Erbil on Monday.")
    people = _token(ctx, "people")
    assert ctx.sentence_country(people) == "IRQ"
    start = ctx.sent_start[people.i]
    assert [(t.text, code) for t, code in ctx._towns[start]] == [("Erbil", "IRQ")]
    # a caller's filter still decides, on the towns kept: one that refuses Erbil finds no town
    assert ctx._town_after_prep(start, keep=lambda place: place.text != "Erbil") is None
    assert ctx._town_after_prep(start, keep=None) == "IRQ"


def test_events_context_clause_ids_kept_per_trigger(pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.events._parse import clause_token_ids

    ctx = _context(pipeline, "Police arrested 200 protesters in Almaty on Tuesday.")
    arrested = _token(ctx, "arrested")
    ctx.clause_place(arrested)
    assert ctx._clause_ids[arrested.i] == clause_token_ids(arrested, participles=True)
    assert ctx._own_clause_ids(arrested) is ctx._clause_ids[arrested.i]  # the date reads the same set


def test_events_context_towns_are_found_among_the_proper_nouns(pipeline) -> None:  # type: ignore[no-untyped-def]
    ctx = read_context(pipeline, "Police in Erbil detained two men. Officials in Basra said nothing.")
    sdoc = ctx.sdoc
    assert [sdoc[i].text for i in ctx._proper_nouns] == [t.text for t in sdoc if t.pos_ == "PROPN"]
    second = ctx.sent_start[len(sdoc) - 1]
    assert [t.text for t, _ in ctx._towns_after_prep(0)] == ["Erbil"]  # each sentence its own towns only
    assert [t.text for t, _ in ctx._towns_after_prep(second)] == ["Basra"]
