"""Office holders added at stop 42 (acting heads of Thailand's government in 2025, Lebanon's acting
foreign minister of 2021, Pentagon spokespeople) hold office on their dates and only then."""

from __future__ import annotations

from datetime import date

from _knowledge_setup import offices


def test_knowledge_holders_acting_heads_hold_office_on_their_dates() -> None:
    assert offices("Phumtham Wechayachai", date(2025, 8, 1)) == {
        ("THA", "Acting Prime Minister"),
        ("THA", "Interior Minister"),
    }
    assert offices("Phumtham Wechayachai", date(2025, 1, 1)) == {("THA", "Defence Minister")}
    assert offices("Suriya Juangroongruangkit", date(2025, 7, 2)) == {("THA", "Acting Prime Minister")}
    assert offices("Zeina Akar", date(2021, 7, 1)) == {("LBN", "Defence Minister"), ("LBN", "Acting Foreign Minister")}
    assert offices("Zeina Akar", date(2021, 1, 1)) == {("LBN", "Defence Minister")}


def test_knowledge_holders_pentagon_spokespeople_hold_office_on_their_dates() -> None:
    assert offices("Geoff Morrell", date(2009, 1, 1)) == {("USA", "Pentagon Press Secretary")}
    assert offices("John Kirby", date(2014, 6, 1)) == {("USA", "Pentagon Press Secretary")}
    assert offices("Jonathan Hoffman", date(2020, 6, 1)) == {("USA", "Pentagon Spokesman")}
    assert not offices("Jonathan Hoffman", date(2022, 1, 1))


def test_knowledge_holders_cuban_interior_minister_since_2020() -> None:
    assert offices("Lazaro Alberto Alvarez Casas", date(2023, 1, 1)) == {("CUB", "Interior Minister")}
    assert not offices("Lazaro Alberto Alvarez Casas", date(2019, 1, 1))
