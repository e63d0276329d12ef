"""A told person's name swallowed into a date is cut out of it (parley.parse._named_in_dates)."""

from __future__ import annotations

from datetime import date

from parley.document import Article
from parley.parse import doc_ents, free_names_from_dates

MORALES = (
    "President Evo Morales spoke to reporters on Monday. In mid-May Morales flew to Madrid to meet the Spanish king."
)
CHAVEZ = (
    "President Hugo Chavez spoke to reporters on Monday. In early June Chavez travelled to Geneva to meet the UN chief."
)


def test_parse_named_in_dates_told_surname_leaves_the_date(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp(MORALES)
    free_names_from_dates(sdoc)
    name = [t for t in sdoc if t.text == "Morales"][-1]
    assert name.ent_type_ == "PERSON"
    assert ("mid-May", "DATE") in [(e.text, e.label_) for e in doc_ents(sdoc)]  # the time words stay a date


def test_parse_named_in_dates_untold_name_stays(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp("Officials spoke to reporters on Monday. In mid-May Morales flew to Madrid to meet the king.")
    before = [(e.text, e.label_) for e in sdoc.ents]
    free_names_from_dates(sdoc)  # nobody of that name was told in full: the parse stays as it was
    assert [(e.text, e.label_) for e in sdoc.ents] == before


def test_parse_named_in_dates_surname_after_a_time_word_keeps_its_actor(rules_pipeline) -> None:  # type: ignore[no-untyped-def]
    arts = [
        Article(id="bol", text=MORALES, published=date(2008, 6, 20)),
        Article(id="ven", text=CHAVEZ, published=date(2007, 6, 20)),
    ]
    docs = list(rules_pipeline.process(arts))
    trips = [{tuple(e.actor_codes) for e in doc.events if " to meet " in e.text} for doc in docs]
    assert trips == [{("BOL",)}, {("VEN",)}]  # with the name read as a date, no trip had an actor
