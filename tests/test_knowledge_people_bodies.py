"""Heads and officials of regional bodies and UN agencies, UN envoys and opposition leaders added at stop 44
(persons44c), each on the dates of the term and not outside it."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_people_bodies_regional_heads_hold_office_on_their_dates() -> None:
    assert offices("Kaire Mbuende", date(1997, 1, 1)) == {("IGO", "SADC Executive Secretary")}
    assert offices("Francis Muthaura", date(1999, 1, 1)) == {("IGO", "EAC Secretary General")}
    assert offices("Claudio Bisogniero", date(2010, 1, 1)) == {("IGO", "NATO Deputy Secretary General")}
    assert ("IGO", "Acting NATO Secretary General") in offices("Sergio Balanzino", date(1995, 11, 1))
    assert ("IGO", "Chair of the NATO Military Committee") in offices("Petr Pavel", date(2017, 1, 1))
    assert offices("Petr Pavel", date(2024, 1, 1)) == {("CZE", "President")}


def test_knowledge_people_bodies_eu_commissioners_hold_office_on_their_dates() -> None:
    assert offices("Margrethe Vestager", date(2018, 1, 1)) == {("EUR", "EU Competition Commissioner")}
    assert offices("Chris Patten", date(2002, 1, 1)) == {("EUR", "EU External Relations Commissioner")}
    assert offices("Jeroen Dijsselbloem", date(2015, 7, 1)) == {("EUR", "Eurogroup President")}
    assert not offices("Jeroen Dijsselbloem", date(2019, 1, 1))


def test_knowledge_people_bodies_un_envoys_and_tribunals_hold_office_on_their_dates() -> None:
    assert offices("Carla Del Ponte", date(2005, 1, 1)) == {("UNO", "ICTY Prosecutor")}
    assert offices("Rolf Ekeus", date(1995, 1, 1)) == {("UNO", "UNSCOM Executive Chairman")}
    assert offices("Olli Heinonen", date(2008, 1, 1)) == {("UNO", "IAEA Deputy Director General for Safeguards")}
    assert offices("Hans von Sponeck", date(1999, 6, 1)) == {("UNO", "UN Humanitarian Coordinator for Iraq")}
    assert ("UNO", "UN Special Envoy for Afghanistan") in offices("Lakhdar Brahimi", date(1998, 6, 1))
    assert offices("Fatih Birol", date(2022, 1, 1)) == {("IGO", "IEA Executive Director")}
    assert offices("Richard Falk", date(2010, 1, 1)) == {
        ("UNO", "UN Special Rapporteur on the Occupied Palestinian Territories")
    }


def test_knowledge_people_bodies_opposition_leaders_hold_office_on_their_dates() -> None:
    assert offices("Meral Aksener", date(2020, 1, 1)) == {("TUR", "IYI Party Leader")}
    assert offices("Thanathorn Juangroongruangkit", date(2019, 6, 1)) == {("THA", "Future Forward Party Leader")}
    assert not offices("Thanathorn Juangroongruangkit", date(2021, 1, 1))
