"""Heads of government under national office names, and 1990s heads of small states, hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_national_office_holders_georgian_state_ministers_and_libyan_premiers() -> None:
    assert offices("Avtandil Jorbenadze", date(2002, 6, 1)) == {("GEO", "State Minister")}
    assert offices("Zurab Zhvania", date(2003, 12, 1)) == {("GEO", "State Minister")}
    assert offices("Zurab Zhvania", date(2004, 6, 1)) == {("GEO", "Prime Minister")}
    assert offices("Shukri Ghanem", date(2004, 1, 1)) == {("LBY", "Prime Minister")}
    assert not offices("Shukri Ghanem", date(2007, 1, 1))  # Mahmudi's term
    assert offices("Baghdadi Mahmudi", date(2009, 1, 1)) == {("LBY", "Prime Minister")}


def test_knowledge_national_office_holders_heads_of_small_states() -> None:
    assert offices("Rawhi Fattouh", date(2004, 12, 1)) == {("PSE", "Interim President")}
    assert offices("Karl Offmann", date(2003, 1, 1)) == {("MUS", "President")}
    assert offices("Kinza Clodumar", date(1997, 6, 1)) == {("NRU", "President")}
    assert offices("Robert Malval", date(1994, 1, 1)) == {("HTI", "Prime Minister")}
    assert offices("Brent Symonette", date(2010, 1, 1)) == {("BHS", "Foreign Minister")}


def test_knowledge_national_office_holders_pacific_premiers_of_the_1990s() -> None:
    assert offices("Maxime Carlot Korman", date(1993, 1, 1)) == {("VUT", "Prime Minister")}
    assert offices("Serge Vohor", date(1997, 1, 1)) == {("VUT", "Prime Minister")}
    assert not offices("Serge Vohor", date(2000, 1, 1))  # Sope's term, between his own
    assert offices("Kamuta Latasi", date(1995, 1, 1)) == {("TUV", "Prime Minister")}
    assert offices("Saufatu Sopoanga", date(2003, 1, 1)) == {("TUV", "Prime Minister")}
