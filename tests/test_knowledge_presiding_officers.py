"""Presiding officers of parliaments, chiefs of defence and intelligence heads are office holders."""

from __future__ import annotations

from datetime import date

import pytest

from parley.knowledge import Knowledge, load_knowledge


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return load_knowledge()


def _holders(kb: Knowledge, name: str, on: date) -> list[tuple[str, str | None, str | None]]:
    return [(e.code, e.sector, e.office) for e in kb.actor_lookup(name, on)]


def test_knowledge_presiding_officers_speakers_are_their_parliaments_holders(kb: Knowledge) -> None:
    assert _holders(kb, "Yuli Edelstein", date(2015, 3, 1)) == [("ISR", "LEG", "Knesset Speaker")]
    assert _holders(kb, "Julia Klöckner", date(2025, 6, 1)) == [("DEU", "LEG", "Bundestag President")]
    assert _holders(kb, "Yaël Braun-Pivet", date(2024, 6, 1)) == [("FRA", "LEG", "National Assembly President")]
    assert _holders(kb, "Lindsay Hoyle", date(2023, 1, 1)) == [("GBR", "LEG", "Speaker of the House of Commons")]
    assert _holders(kb, "John Thune", date(2025, 6, 1)) == [("USA", "LEG", "Senate Majority Leader")]
    assert kb.actor_lookup("Yuli Edelstein", date(2005, 1, 1)) == []


def test_knowledge_presiding_officers_chiefs_of_defence_and_intelligence(kb: Knowledge) -> None:
    assert _holders(kb, "Thierry Burkhard", date(2023, 1, 1)) == [("FRA", "MIL", "Chief of the Defence Staff")]
    assert _holders(kb, "Carsten Breuer", date(2024, 1, 1)) == [("DEU", "MIL", "Inspector General of the Bundeswehr")]
    assert _holders(kb, "Ken McCallum", date(2022, 1, 1)) == [("GBR", "SPY", "MI5 Director General")]
