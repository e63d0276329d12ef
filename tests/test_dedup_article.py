from parley.dedup import ArticleDedup, same_event
from parley.document import Article, Document, Entity, Event, Mention


def _event(type_: str, actors: list[str], recipients: list[str], date: str | None, source: str, **kw: str) -> Event:
    return Event(
        doc_id="d",
        event=type_,
        actors=[Entity(code=c, sector="GOV") for c in actors],
        recipients=[Entity(code=c, sector="GOV") for c in recipients],
        date=date,
        date_precision="day" if date else None,
        date_source=source,
        trigger=kw.get("trigger", "meet"),
        mode=kw.get("mode"),
        quad_code=int(kw["quad"]) if "quad" in kw else None,
        mentions=[Mention(doc_id="d", sequence=0, start=0, end=1, text="x")],
    )


def test_dedup_article_merges_same_meeting_reworded() -> None:
    a = _event("CONSULT", ["KOR"], ["RUS"], "2021-10-27", "explicit")
    b = _event("CONSULT", ["RUS", "KOR"], [], "2021-10-27", "discourse", trigger="meeting")
    doc = ArticleDedup()(Document(article=Article(id="d"), events=[a, b]))
    assert len(doc.events) == 1
    assert len(doc.events[0].mentions) == 2
    assert doc.events[0].id == "d:e1"


def test_dedup_article_keeps_explicitly_different_days_apart() -> None:
    a = _event("CONSULT", ["PRK"], ["RUS"], "2002-05-21", "explicit")
    b = _event("CONSULT", ["PRK"], ["RUS"], "2002-05-20", "explicit")
    assert not same_event(a, b)


def test_dedup_article_historical_mention_stays_separate() -> None:
    a = _event("CONSULT", ["RUS"], ["PRK"], "2002-05-21", "explicit")
    b = _event("CONSULT", ["RUS"], ["PRK"], None, "historical", trigger="visit")
    assert not same_event(a, b)


def test_dedup_article_different_statements_same_day_stay_apart() -> None:
    a = _event("AGREE", ["RUS"], ["PRK"], "2002-05-21", "discourse", trigger="invite")
    b = _event("AGREE", ["RUS", "PRK"], [], "2002-05-21", "discourse", trigger="ready")
    assert not same_event(a, b)


def test_dedup_article_different_type_never_merges() -> None:
    a = _event("SANCTION", ["USA"], ["RUS"], "2018-03-26", "explicit")
    b = _event("ACCUSE", ["USA"], ["RUS"], "2018-03-26", "explicit")
    assert not same_event(a, b)


def test_dedup_article_third_party_call_is_another_meeting() -> None:
    talks = _event("CONSULT", ["ARM", "AZE"], [], "2019-03-06", "explicit", trigger="talks")
    call = _event("CONSULT", ["FRA"], ["ARM", "AZE"], None, "discourse", trigger="spoke")
    assert not same_event(talks, call)
    # the later mention that names a side of the first one more fully is still the same meeting
    fuller = _event("CONSULT", ["ARM", "GEO"], ["AZE"], None, "discourse", trigger="meeting")
    assert same_event(talks, fuller)


def test_dedup_article_two_accusations_of_one_mode_stay_apart() -> None:
    blamed = _event("ACCUSE", ["IND"], ["PAK"], "2019-02-27", "published", trigger="blame", mode="allege", quad="3")
    summoned = _event("ACCUSE", ["IND"], ["PAK"], "2019-02-27", "explicit", trigger="summon", mode="allege", quad="3")
    assert not same_event(blamed, summoned)


def test_dedup_article_material_act_retold_in_other_words_merges() -> None:
    bombed = _event("ASSAULT", ["RUS"], ["SYR"], "2015-11-24", "explicit", trigger="bomb", mode="aerial", quad="4")
    strikes = _event("ASSAULT", ["RUS"], ["SYR"], None, "discourse", trigger="strike", mode="aerial", quad="4")
    assert same_event(bombed, strikes)


def test_dedup_article_two_mobilisations_kept_apart_in_one_sentence_stay_two() -> None:
    called = _event("MOBILIZE", ["TJK"], [], "2010-08-17", "explicit", trigger="call", mode="troops", quad="4")
    sent = _event("MOBILIZE", ["TJK"], [], "2010-08-17", "explicit", trigger="send", mode="troops", quad="4")
    assert not same_event(called, sent)
    # told again in a later sentence, the deployment is the one act
    sent.sequence = 3
    sent.mentions[0].sequence = 3
    assert same_event(called, sent)


def test_dedup_article_one_sides_undertaking_after_joint_agreement_stays_apart() -> None:
    # "The two leaders agreed to reopen the border ... Lima, for its part, agreed to drop the tariff"
    joint = _event("AGREE", ["CHL", "PER"], [], "2021-04-10", "discourse", trigger="agree")
    lima = _event("AGREE", ["PER"], ["CHL"], "2021-04-10", "discourse", trigger="agree")
    doc = ArticleDedup()(Document(article=Article(id="d"), events=[joint, lima]))
    assert [(e.actor_codes, e.recipient_codes) for e in doc.events] == [(["CHL", "PER"], []), (["PER"], ["CHL"])]
    # a headline read one-sided, then the joint agreement told in full, is still one act
    assert same_event(lima, joint)
