"""Presidents of the ICJ, heads of smaller UN bodies and leaders of armed groups are office holders on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_armed_opposition_igo_holders_icj_presidents_hold_office_on_their_dates() -> None:
    assert offices("Peter Tomka", date(2013, 6, 1)) == {("UNO", "ICJ President")}
    assert offices("Joan Donoghue", date(2024, 1, 26)) == {("UNO", "ICJ President")}
    assert offices("Yuji Iwasawa", date(2025, 7, 23)) == {("UNO", "ICJ President")}
    assert not offices("Peter Tomka", date(2016, 1, 1))  # Ronny Abraham's term by then


def test_knowledge_armed_opposition_igo_holders_un_body_heads_hold_office_on_their_dates() -> None:
    assert offices("Ghada Waly", date(2023, 6, 1)) == {("UNO", "UNODC Executive Director")}
    assert offices("Yury Fedotov", date(2015, 6, 1)) == {("UNO", "UNODC Executive Director")}
    assert offices("Simon Stiell", date(2024, 11, 15)) == {("UNO", "UNFCCC Executive Secretary")}
    assert offices("Lassina Zerbo", date(2017, 1, 1)) == {("IGO", "CTBTO Executive Secretary")}
    assert offices("Lassina Zerbo", date(2022, 1, 1)) == {("BFA", "Prime Minister")}


def test_knowledge_armed_opposition_igo_holders_armed_group_leaders_hold_office_on_their_dates() -> None:
    assert offices("Mullah Mohammed Omar", date(1995, 9, 5)) == {("AFG", "Taliban Leader")}
    assert offices("Mullah Mohammed Omar", date(1998, 1, 1)) == {("AFG", "Leader")}
    assert offices("Mousa Abu Marzouk", date(1995, 7, 25)) == {("PSE", "Hamas Politburo Chief")}
    assert offices("Hashem Safieddine", date(2024, 9, 30)) == {("LBN", "Hezbollah Executive Council Head")}
    assert offices("Abu Mohammad al-Adnani", date(2014, 9, 22)) == {("IRQ", "Islamic State Spokesman")}
    assert offices("Jesus Santrich", date(2020, 1, 1)) == {("COL", "FARC Dissident Commander")}
    assert offices("Paul Malong Awan", date(2019, 1, 1)) == {("SSD", "South Sudan United Front Leader")}


def test_knowledge_armed_opposition_igo_holders_palestinian_and_later_group_leaders_hold_office() -> None:
    assert offices("George Habash", date(1995, 1, 1)) == {("PSE", "PFLP Secretary-General")}
    assert offices("Ahmad Saadat", date(2006, 3, 14)) == {("PSE", "PFLP Secretary-General")}
    assert offices("Nayef Hawatmeh", date(2010, 1, 1)) == {("PSE", "DFLP Secretary-General")}
    assert offices("Jobanis de Jesus Avila Villadiego", date(2023, 1, 1)) == {("COL", "Clan del Golfo Leader")}
    assert offices("Essam al-Buwaydhani", date(2018, 4, 8)) == {("SYR", "Jaysh al-Islam Leader")}
    assert not offices("Essam al-Buwaydhani", date(2025, 6, 1))  # the factions joined the new army
