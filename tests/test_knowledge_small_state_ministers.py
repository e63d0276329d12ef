"""Foreign and defence ministers of small states' office gaps (stop 47) hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_small_state_ministers_foreign_ministers_hold_office_on_their_dates() -> None:
    assert offices("Eisenhower Mkaka", date(2021, 6, 1)) == {("MWI", "Foreign Minister")}
    assert offices("Nancy Tembo", date(2023, 6, 1)) == {("MWI", "Foreign Minister")}
    assert offices("Peter Mutharika", date(2012, 1, 1)) == {("MWI", "Foreign Minister")}
    assert offices("Peter Mutharika", date(2016, 1, 1)) == {("MWI", "President")}
    assert offices("Claude Joseph", date(2020, 6, 1)) == {("HTI", "Foreign Minister")}
    assert offices("Claude Joseph", date(2021, 5, 1)) == {("HTI", "Foreign Minister"), ("HTI", "Prime Minister")}
    assert offices("Winston Lackin", date(2012, 1, 1)) == {("SUR", "Foreign Minister")}
    assert offices("Aurelia Frick", date(2015, 1, 1)) == {("LIE", "Foreign Minister")}
    assert offices("Luca Beccari", date(2024, 1, 1)) == {("SMR", "Foreign Minister")}
    assert offices("Jeremiah Manele", date(2022, 1, 1)) == {("SLB", "Foreign Minister")}
    assert offices("Jeremiah Manele", date(2025, 1, 1)) == {("SLB", "Prime Minister")}
    assert offices("Ralph Regenvanu", date(2018, 1, 1)) == {("VUT", "Foreign Minister")}
    assert offices("Naomi Mataafa", date(2023, 1, 1)) == {("WSM", "Prime Minister"), ("WSM", "Foreign Minister")}
    assert not offices("Ernesto Leal", date(1998, 1, 1))  # Aleman's government named its own


def test_knowledge_small_state_ministers_defence_ministers_hold_office_on_their_dates() -> None:
    assert offices("Jean-Marie Halsdorf", date(2011, 1, 1)) == {("LUX", "Defence Minister")}
    assert offices("Mihai Fifor", date(2018, 6, 1)) == {("ROU", "Defence Minister")}
    assert offices("Boro Vucinic", date(2010, 1, 1)) == {("MNE", "Defence Minister")}
    assert offices("Chol Thon Balok", date(2024, 1, 1)) == {("SSD", "Defence Minister")}
    assert offices("Gela Bezhuashvili", date(2004, 4, 1)) == {("GEO", "Defence Minister")}
    assert offices("Gela Bezhuashvili", date(2006, 1, 1)) == {("GEO", "Foreign Minister")}


def test_knowledge_small_state_ministers_left_out_surnames_stay_out() -> None:
    assert not offices("Gabriel Les", date(2017, 3, 1))  # 'Les' is the French article
    assert not offices("Nicola Renzi", date(2018, 1, 1))  # a bare 'Renzi' is Matteo Renzi
