"""tools/recipient_causes.py reads both error files: actor_dev.py's (with the recipients' words and the
gold trigger) and role_errors.py's (with the gold evidence, and without the words in older files)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from recipient_causes import cause_of, describe, keeps  # noqa: E402


def _role_errors_row(**extra: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc": "d1",
        "type": "ACCUSE",
        "text": "Lisbon condemned the seizure.",
        "gold": [["PRT"], ["ESP"]],
        "pred": [["PRT"], ["PRT"]],
        "evidence": "Lisbon condemned the seizure of the trawler.",
        "actor_ok": True,
        "recipient_ok": False,
    }
    row.update(extra)
    return row


def test_tools_recipient_causes_reads_a_role_errors_row_without_words() -> None:
    row = _role_errors_row()
    assert cause_of(row) == "own state as recipient (unknown)"
    assert "Lisbon condemned the seizure of the trawler." in describe(row)


def test_tools_recipient_causes_reads_a_role_errors_row_with_words() -> None:
    assert cause_of(_role_errors_row(recipient_words=[""])) == "own state as recipient (guessed)"
    assert cause_of(_role_errors_row(recipient_words=["Portugal"])) == "own state as recipient (named)"


def test_tools_recipient_causes_reads_an_actor_dev_row() -> None:
    row = _role_errors_row(recipient_words=[""], trigger="condemned")
    del row["evidence"]
    assert cause_of(row) == "own state as recipient (guessed)"
    assert "[condemned]" in describe(row)


def test_tools_recipient_causes_keeps_only_same_sentence_pairs_when_asked() -> None:
    elsewhere = _role_errors_row(same_sentence=False)
    here = _role_errors_row(same_sentence=True)
    unsaid = _role_errors_row()
    assert keeps(elsewhere, same_sentence=False)
    assert not keeps(elsewhere, same_sentence=True)
    assert keeps(here, same_sentence=True)
    assert keeps(unsaid, same_sentence=True)
