"""Defence and interior ministers and army chiefs of the office gaps hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_defence_interior_holders_defence_ministers_hold_office_on_their_dates() -> None:
    assert offices("Edmundo Novillo", date(2024, 8, 6)) == {("BOL", "Defence Minister")}
    assert not offices("Edmundo Novillo", date(2026, 1, 1))  # Arce's government ended in November 2025
    assert offices("Fernando Nogueira", date(1993, 1, 1)) == {("PRT", "Defence Minister")}
    assert offices("Jose Veiga Simao", date(1998, 6, 1)) == {("PRT", "Defence Minister")}
    assert offices("Bipin Chandra Joshi", date(1994, 1, 1)) == {("IND", "Chief of Army Staff")}


def test_knowledge_defence_interior_holders_interior_ministers_hold_office_on_their_dates() -> None:
    assert offices("Peter Bunting", date(2013, 7, 30)) == {("JAM", "National Security Minister")}
    assert offices("Azmi Khalid", date(2005, 1, 1)) == {("MYS", "Home Minister")}
    assert offices("Taj Mohammad Wardak", date(2002, 9, 1)) == {("AFG", "Interior Minister")}
    assert not offices("Taj Mohammad Wardak", date(2003, 6, 1))  # Jalali's term
