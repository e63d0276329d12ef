"""Entity spans of the parse: trimmed where a wire dateline ends (parley.parse._ents)."""

from __future__ import annotations

from datetime import date

from parley.document import Article
from parley.parse import doc_ents, timestamp_ends, trim_ents_at

TEXT = "SANAA, Sept 9 - Yemen has expelled the Saudi ambassador."


def test_parse_ents_entity_across_the_dateline_end_is_cut_there(pipeline) -> None:  # type: ignore[no-untyped-def]
    sdoc = pipeline.nlp(TEXT)
    end = TEXT.index("-") + 1
    doc_ents(sdoc)  # an index built before the cut must not survive it
    trim_ents_at(sdoc, end)
    assert all(not (e.start_char < end < e.end_char) for e in doc_ents(sdoc))
    yemen = next(t for t in sdoc if t.text == "Yemen")
    assert yemen.ent_type_ != "DATE"
    untouched = pipeline.nlp("Yemen has expelled the Saudi ambassador.")
    before = [(e.text, e.label_) for e in untouched.ents]
    trim_ents_at(untouched, 0)
    assert [(e.text, e.label_) for e in untouched.ents] == before


def test_parse_ents_dateline_with_an_abbreviated_month_keeps_its_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="sanaa", text=TEXT + "\n\nThe move followed talks.", published=date(2009, 9, 9))
    doc = next(pipeline.process([article]))
    assert [(e.event, [a.code for a in e.actors]) for e in doc.events][:1] == [("SANCTION", ["YEM"])]


def test_parse_ents_live_blog_clock_time_ends_at_its_dash(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "13:00 — Soldiers at a checkpoint seized 140 head of cattle. Talks went on at 14:00 in Tegucigalpa."
    sdoc = pipeline.nlp(text)
    assert timestamp_ends(sdoc) == [text.index("—") + 1]  # the later "14:00" opens no entry


def test_parse_ents_live_blog_entry_keeps_its_actor(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Honduras closes border with Nicaragua.\n\n13:00 — Soldiers at a checkpoint near Las Manos seized 140 "
        "head of cattle and detained six drivers this morning, the army said."
    )
    doc = next(pipeline.process([Article(id="blog", text=text, published=date(2020, 11, 9))]))
    seized = [e for e in doc.events if e.event == "COERCE" and "Soldiers" in e.text]
    assert seized and all(e.actor_codes == ["HND"] for e in seized)


def test_parse_ents_entry_clock_only_opens_its_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    from parley.parse._ents import is_entry_clock

    sdoc = pipeline.nlp("08:30 \u2014 Singapore has dispatched two ships. Talks began at 09:00 \u2014 late.")
    clocks = [t for t in sdoc if t.text in {"08:30", "09:00"}]
    assert [is_entry_clock(t) for t in clocks] == [True, False]  # the second is inside its sentence
    assert not is_entry_clock(sdoc[-1])  # the last word: no clock, nothing after it
