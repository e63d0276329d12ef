"""Foreign ministers and heads of government of the 1990s-2000s office gaps hold office on their dates."""

from __future__ import annotations

from datetime import date

from parley.knowledge import load_knowledge


def _offices(name: str, day: date) -> set[tuple[str, str | None]]:
    return {(a.code, a.office) for a in load_knowledge().actors if a.phrase == name and a.valid_on(day)}


def test_knowledge_office_gap_holders_foreign_ministers_hold_office_on_their_dates() -> None:
    assert _offices("Muhamed Sacirbey", date(1995, 11, 1)) == {("BIH", "Foreign Minister")}
    assert _offices("Irfan Ljubijankic", date(1994, 6, 1)) == {("BIH", "Foreign Minister")}
    assert _offices("Guido de Marco", date(1993, 1, 1)) == {("MLT", "Foreign Minister")}
    assert _offices("Prasong Soonsiri", date(1993, 6, 1)) == {("THA", "Foreign Minister")}
    assert _offices("Thaksin Shinawatra", date(1995, 1, 1)) == {("THA", "Foreign Minister")}
    assert not _offices("Thaksin Shinawatra", date(1998, 1, 1))  # out of office until his premiership
    assert _offices("Ung Huot", date(1996, 1, 1)) == {("KHM", "Foreign Minister")}
    assert _offices("Ung Huot", date(1998, 1, 1)) == {("KHM", "Foreign Minister"), ("KHM", "First Prime Minister")}
    assert _offices("Jerome Bicamumpaka", date(1994, 5, 1)) == {("RWA", "Foreign Minister")}
    assert _offices("Roza Otunbayeva", date(1995, 6, 1)) == {("KGZ", "Foreign Minister")}
    assert _offices("Sukhbaataryn Batbold", date(2009, 1, 1)) == {("MNG", "Foreign Minister")}
    assert _offices("Sukhbaataryn Batbold", date(2011, 1, 1)) == {("MNG", "Prime Minister")}
    assert _offices("Francisco Tudela", date(1997, 1, 1)) == {("PER", "Foreign Minister")}
    assert _offices("Clement Rohee", date(1995, 1, 1)) == {("GUY", "Foreign Minister")}
    assert _offices("Ferdinand Oyono", date(1995, 1, 1)) == {("CMR", "Foreign Minister")}


def test_knowledge_office_gap_holders_heads_of_government_hold_office_on_their_dates() -> None:
    assert _offices("Petr Pithart", date(1991, 1, 1)) == {("CZE", "Prime Minister")}
    assert _offices("Jan Carnogursky", date(1992, 1, 1)) == {("SVK", "Prime Minister")}
    assert _offices("Vladimir Meciar", date(1990, 10, 1)) == {("SVK", "Prime Minister")}
    assert not _offices("Vladimir Meciar", date(1991, 10, 1))  # Carnogursky's term, between his own
    assert _offices("Radoman Bozovic", date(1992, 6, 1)) == {("SRB", "Prime Minister")}
    assert _offices("Nikola Sainovic", date(1993, 6, 1)) == {("SRB", "Prime Minister")}
    assert _offices("Luis Solari", date(2003, 1, 1)) == {("PER", "Prime Minister")}
    assert _offices("Pedro Pablo Kuczynski", date(2006, 1, 1)) == {("PER", "Prime Minister")}
    assert not _offices("Pedro Pablo Kuczynski", date(2010, 1, 1))  # between his premiership and presidency
    assert _offices("Pedro Pires", date(1985, 1, 1)) == {("CPV", "Prime Minister")}
