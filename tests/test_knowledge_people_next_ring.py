"""The next ring of office holders who speak in international news: UN ambassadors, foreign-ministry
spokespeople, deputy foreign ministers and trade ministers (stop 44), each on the dates of the term."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_people_next_ring_un_ambassadors_hold_office_on_their_dates() -> None:
    assert offices("Kenzo Oshima", date(2006, 1, 1)) == {("JPN", "UN Ambassador")}
    assert ("IRN", "UN Ambassador") in offices("Mohammad Javad Zarif", date(2005, 1, 1))
    assert ("IRN", "UN Ambassador") not in offices("Mohammad Javad Zarif", date(2015, 1, 1))  # foreign minister then
    assert offices("Abdallah Al-Mouallimi", date(2015, 1, 1)) == {("SAU", "UN Ambassador")}
    assert offices("Dumisani Kumalo", date(2007, 1, 1)) == {("ZAF", "UN Ambassador")}


def test_knowledge_people_next_ring_spokespeople_and_deputy_foreign_ministers_hold_office_on_their_dates() -> None:
    assert offices("Liu Weimin", date(2012, 6, 1)) == {("CHN", "Foreign Ministry Spokesperson")}
    assert offices("Gennady Gatilov", date(2014, 1, 1)) == {("RUS", "Deputy Foreign Minister")}
    assert offices("Strobe Talbott", date(1998, 1, 1)) == {("USA", "Deputy Secretary of State")}
    assert offices("Faisal Mekdad", date(2012, 1, 1)) == {("SYR", "Deputy Foreign Minister")}
    assert not offices("Gennady Gatilov", date(2019, 1, 1))  # in Geneva by then
    assert offices("Vijay Gokhale", date(2019, 1, 1)) == {("IND", "Foreign Secretary")}
    assert offices("Wendy Sherman", date(2013, 1, 1)) == {("USA", "Under Secretary of State for Political Affairs")}


def test_knowledge_people_next_ring_trade_ministers_hold_office_on_their_dates() -> None:
    assert offices("Wilbur Ross", date(2018, 1, 1)) == {("USA", "Commerce Secretary")}
    assert offices("Hiroshige Seko", date(2018, 1, 1)) == {("JPN", "Economy Trade and Industry Minister")}
    assert offices("Denis Manturov", date(2020, 1, 1)) == {("RUS", "Industry and Trade Minister")}
    assert offices("Sigmar Gabriel", date(2015, 1, 1)) == {("DEU", "Economy Minister")}
    assert offices("Sigmar Gabriel", date(2017, 6, 1)) == {("DEU", "Foreign Minister")}
