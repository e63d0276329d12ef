"""International judges, bank heads, UN envoys and mission heads, party and exile leaders (stop 48) hold office."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices
from _mentions_setup import person_codes
from parley.pipeline import Pipeline


def test_knowledge_tribunal_envoy_exile_holders_court_presidents_hold_office_on_their_dates() -> None:
    assert offices("Philippe Kirsch", date(2006, 6, 1)) == {("IGO", "ICC President")}
    assert offices("Piotr Hofmanski", date(2023, 3, 17)) == {("IGO", "ICC President")}
    assert offices("Tomoko Akane", date(2025, 1, 1)) == {("IGO", "ICC President")}
    assert offices("Rosalyn Higgins", date(2007, 2, 26)) == {("UNO", "ICJ President")}
    assert offices("Ronny Abraham", date(2016, 1, 1)) == {("UNO", "ICJ President")}
    assert not offices("Rosalyn Higgins", date(2010, 1, 1))  # Hisashi Owada's term by then


def test_knowledge_tribunal_envoy_exile_holders_un_envoys_and_mission_heads_hold_office() -> None:
    assert offices("Christopher Ross", date(2012, 10, 28)) == {("UNO", "UN Personal Envoy for Western Sahara")}
    assert offices("Razali Ismail", date(2002, 5, 6)) == {("UNO", "UN Special Envoy on Myanmar")}
    assert offices("Nicholas Kay", date(2014, 6, 1)) == {("UNO", "UN Special Representative for Somalia")}
    assert offices("Mankeur Ndiaye", date(2020, 1, 1)) == {("UNO", "Head of MINUSCA")}
    assert offices("Mankeur Ndiaye", date(2015, 1, 1)) == {("SEN", "Foreign Minister")}
    assert offices("Edmond Mulet", date(2007, 1, 1)) == {("UNO", "Head of MINUSTAH")}
    assert offices("Cyrus Vance", date(1992, 6, 1)) == {("UNO", "UN Special Envoy for Yugoslavia")}
    assert offices("Richard Butler", date(1998, 12, 16)) == {("UNO", "UNSCOM Executive Chairman")}


def test_knowledge_tribunal_envoy_exile_holders_assembly_presidents_serve_one_session() -> None:
    assert offices("Vuk Jeremic", date(2012, 11, 29)) == {("UNO", "UN General Assembly President")}
    assert offices("Vuk Jeremic", date(2010, 1, 1)) == {("SRB", "Foreign Minister")}
    assert offices("Ali Treki", date(2009, 9, 23)) == {("UNO", "UN General Assembly President")}
    assert not offices("Ali Treki", date(2010, 12, 1))  # Joseph Deiss presided by then


def test_knowledge_tribunal_envoy_exile_holders_group_party_and_exile_leaders_hold_office() -> None:
    assert offices("Jean-Marie Runiga", date(2012, 12, 1)) == {("COD", "M23 President")}
    assert offices("Mono Jojoy", date(2008, 5, 1)) == {("COL", "FARC Commander")}
    assert offices("Isaac Herzog", date(2016, 3, 1)) == {("ISR", "Opposition Leader")}
    assert offices("Isaac Herzog", date(2022, 1, 1)) == {("ISR", "President")}
    assert offices("Gebran Bassil", date(2023, 3, 1)) == {("LBN", "Free Patriotic Movement Leader")}
    assert offices("Lien Chan", date(2005, 4, 29)) == {("TWN", "Kuomintang Chairman")}
    assert offices("Koo Chen-fu", date(1993, 4, 28)) == {("TWN", "Straits Exchange Foundation Chairman")}
    assert offices("Wang Daohan", date(1993, 4, 28)) == {("CHN", "ARATS President")}
    assert offices("Lobsang Sangay", date(2015, 6, 1)) == {("CHN", "Sikyong of the Central Tibetan Administration")}


def test_knowledge_tribunal_envoy_exile_holders_development_bank_and_ifad_heads_hold_office() -> None:
    assert offices("Akinwumi Adesina", date(2020, 6, 1)) == {("IGO", "African Development Bank President")}
    assert offices("Takehiko Nakao", date(2015, 1, 1)) == {("IGO", "Asian Development Bank President")}
    assert offices("Ilan Goldfajn", date(2024, 1, 1)) == {("IGO", "Inter-American Development Bank President")}
    assert offices("Ilan Goldfajn", date(2018, 1, 1)) == {("BRA", "Central Bank Governor")}
    assert offices("Gilbert Houngbo", date(2020, 1, 1)) == {("UNO", "IFAD President")}
    assert offices("Gilbert Houngbo", date(2023, 1, 1)) == {("UNO", "ILO Director-General")}


def test_knowledge_tribunal_envoy_exile_holders_left_out_surnames_stay_out() -> None:
    assert offices("Tony Blair", date(2010, 1, 1)) == set()  # 'Blair' was Dennis Blair's too
    assert offices("Naim Qassem", date(2000, 1, 1)) == set()  # 'Qassem' is Hamas' Hazem Qassem's
    assert offices("Yasushi Akashi", date(1994, 6, 1)) == set()  # Akashi is a Japanese city
    assert offices("Angela Kane", date(2013, 1, 1)) == set()  # 'Kane' is Niger's foreign minister's too, and a place


def test_knowledge_tribunal_envoy_exile_holders_bare_surnames_resolve_in_an_article(rules_pipeline: Pipeline) -> None:
    text = "Koo Chen-fu met Wang Daohan in Singapore on Tuesday. Koo said the talks had gone well."
    assert person_codes(rules_pipeline, text, date(1993, 4, 28)) == {
        "Koo Chen-fu": "TWN",
        "Wang Daohan": "CHN",
        "Koo": "TWN",
    }
    text = "Lobsang Sangay urged Beijing to resume talks. Sangay spoke in Dharamsala."
    assert person_codes(rules_pipeline, text, date(2015, 6, 1)) == {"Lobsang Sangay": "CHN", "Sangay": "CHN"}
