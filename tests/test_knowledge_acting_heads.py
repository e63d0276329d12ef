"""Acting heads and rival governments filled at stop 50 (persons50) hold office on their dates."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_acting_heads_regents_and_acting_presidents_hold_office_on_their_dates() -> None:
    assert offices("Prem Tinsulanonda", date(2016, 11, 1)) == {
        ("THA", "Regent"),
        ("THA", "Privy Council President"),
    }
    assert offices("Prem Tinsulanonda", date(2017, 6, 1)) == {("THA", "Privy Council President")}
    assert ("AUT", "Acting President") in offices("Doris Bures", date(2016, 10, 1))
    assert offices("Karlheinz Kopf", date(2016, 10, 1)) == {("AUT", "Acting President")}
    assert not offices("Karlheinz Kopf", date(2017, 3, 1))  # Van der Bellen took office in January 2017


def test_knowledge_acting_heads_acting_chancellors_hold_office_on_their_dates() -> None:
    assert ("AUT", "Acting Chancellor") in offices("Reinhold Mitterlehner", date(2016, 5, 12))
    assert offices("Reinhold Mitterlehner", date(2016, 6, 1)) == {
        ("AUT", "Economy Minister"),
        ("AUT", "Vice-Chancellor"),
    }
    assert ("AUT", "Acting Chancellor") in offices("Hartwig Loeger", date(2019, 5, 30))


def test_knowledge_acting_heads_rival_government_of_2010_holds_office_until_april_2011() -> None:
    assert offices("Gilbert Ake N'Gbo", date(2011, 1, 15)) == {("CIV", "Prime Minister")}
    assert offices("Alcide Djédjé", date(2011, 1, 15)) == {("CIV", "Foreign Minister")}
    assert not offices("Alcide Djedje", date(2011, 6, 1))


def test_knowledge_acting_heads_syria_caretaker_leader_replaces_the_group_row() -> None:
    assert offices("Ahmed al-Sharaa", date(2024, 12, 20)) == {("SYR", "Leader")}
    assert offices("Ahmed al-Sharaa", date(2024, 11, 1)) == {("SYR", "Hayat Tahrir al-Sham Leader")}
    assert offices("Ahmed al-Sharaa", date(2025, 3, 1)) == {("SYR", "President")}
