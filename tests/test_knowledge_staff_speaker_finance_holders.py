"""Chiefs of staff, speakers, finance ministers and advisers of the stop 43 block hold office on
their dates, and only then."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_staff_speaker_finance_holders_finance_ministers_hold_office_on_their_dates() -> None:
    assert offices("Yuval Steinitz", date(2011, 1, 1)) == {("ISR", "Finance Minister")}
    assert offices("Sadakazu Tanigaki", date(2005, 1, 1)) == {("JPN", "Finance Minister")}
    assert offices("Liu Kun", date(2020, 6, 1)) == {("CHN", "Finance Minister")}
    assert offices("Ishaq Dar", date(2023, 1, 1)) == {("PAK", "Finance Minister")}
    assert not offices("Liu Kun", date(2024, 1, 1))  # Lan Fo'an's term


def test_knowledge_staff_speaker_finance_holders_chiefs_and_speakers_hold_office_on_their_dates() -> None:
    assert offices("Serhiy Shaptala", date(2022, 3, 1)) == {("UKR", "Chief of the General Staff")}
    assert offices("Ali Abdullah Ayyoub", date(2015, 1, 1)) == {("SYR", "Chief of Staff")}
    assert offices("Fathi Sorour", date(2005, 1, 1)) == {("EGY", "Speaker of Parliament")}
    assert offices("Valentina Matviyenko", date(2020, 1, 1)) == {("RUS", "Chairman of the Federation Council")}
    assert ("IRQ", "National Security Adviser") in offices("Falih al-Fayyadh", date(2016, 1, 1))
    assert not offices("Ali Abdullah Ayyoub", date(2010, 1, 1))


def test_knowledge_staff_speaker_finance_holders_advisers_and_governors_hold_office_on_their_dates() -> None:
    assert offices("Yaakov Amidror", date(2012, 6, 1)) == {("ISR", "National Security Adviser")}
    assert offices("Mark Sedwill", date(2018, 6, 1)) == {("GBR", "National Security Adviser")}
    assert offices("Zhou Xiaochuan", date(2010, 1, 1)) == {("CHN", "Central Bank Governor")}
    assert offices("Edouard Guillaud", date(2012, 1, 1)) == {("FRA", "Chief of the Defence Staff")}
    assert not offices("Mark Sedwill", date(2021, 1, 1))
