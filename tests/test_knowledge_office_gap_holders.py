"""Foreign ministers and heads of government of the 1990s-2000s office gaps hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_office_gap_holders_foreign_ministers_hold_office_on_their_dates() -> None:
    assert offices("Muhamed Sacirbey", date(1995, 11, 1)) == {("BIH", "Foreign Minister")}
    assert offices("Irfan Ljubijankic", date(1994, 6, 1)) == {("BIH", "Foreign Minister")}
    assert offices("Guido de Marco", date(1993, 1, 1)) == {("MLT", "Foreign Minister")}
    assert offices("Prasong Soonsiri", date(1993, 6, 1)) == {("THA", "Foreign Minister")}
    assert offices("Thaksin Shinawatra", date(1995, 1, 1)) == {("THA", "Foreign Minister")}
    assert not offices("Thaksin Shinawatra", date(1998, 1, 1))  # out of office until his premiership
    assert offices("Ung Huot", date(1996, 1, 1)) == {("KHM", "Foreign Minister")}
    assert offices("Ung Huot", date(1998, 1, 1)) == {("KHM", "Foreign Minister"), ("KHM", "First Prime Minister")}
    assert offices("Jerome Bicamumpaka", date(1994, 5, 1)) == {("RWA", "Foreign Minister")}
    assert offices("Roza Otunbayeva", date(1995, 6, 1)) == {("KGZ", "Foreign Minister")}
    assert offices("Sukhbaataryn Batbold", date(2009, 1, 1)) == {("MNG", "Foreign Minister")}
    assert offices("Sukhbaataryn Batbold", date(2011, 1, 1)) == {("MNG", "Prime Minister")}
    assert offices("Francisco Tudela", date(1997, 1, 1)) == {("PER", "Foreign Minister")}
    assert offices("Clement Rohee", date(1995, 1, 1)) == {("GUY", "Foreign Minister")}
    assert offices("Ferdinand Oyono", date(1995, 1, 1)) == {("CMR", "Foreign Minister")}


def test_knowledge_office_gap_holders_heads_of_government_hold_office_on_their_dates() -> None:
    assert offices("Petr Pithart", date(1991, 1, 1)) == {("CZE", "Prime Minister")}
    assert offices("Jan Carnogursky", date(1992, 1, 1)) == {("SVK", "Prime Minister")}
    assert offices("Vladimir Meciar", date(1990, 10, 1)) == {("SVK", "Prime Minister")}
    assert not offices("Vladimir Meciar", date(1991, 10, 1))  # Carnogursky's term, between his own
    assert offices("Radoman Bozovic", date(1992, 6, 1)) == {("SRB", "Prime Minister")}
    assert offices("Nikola Sainovic", date(1993, 6, 1)) == {("SRB", "Prime Minister")}
    assert offices("Luis Solari", date(2003, 1, 1)) == {("PER", "Prime Minister")}
    assert offices("Pedro Pablo Kuczynski", date(2006, 1, 1)) == {("PER", "Prime Minister")}
    assert not offices("Pedro Pablo Kuczynski", date(2010, 1, 1))  # between his premiership and presidency
    assert offices("Pedro Pires", date(1985, 1, 1)) == {("CPV", "Prime Minister")}
