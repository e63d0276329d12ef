"""tools/empty_sentence_extras.py: predictions made where the gold codes nothing in the sentence."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from empty_sentence_extras import empty_sentence_extras, main  # noqa: E402

from parley.evaluate import GoldDoc, GoldEvent  # noqa: E402
from parley.evaluate._gold import Reading  # noqa: E402

CODED = "Norland customs officers seized a cargo ship from Sudmark near the harbour mouth on Friday."
RETOLD = "That seizure of the Sudmark vessel was still the talk of the quayside cafes."
OTHER = "A Westrian freighter was inspected by Norland officers later in the week."


def _gold(evidence: str) -> GoldEvent:
    reading = Reading("COERCE", frozenset({"NRL"}), frozenset({"SDM"}), False)
    return GoldEvent("e1", (reading,), None, None, True, evidence)


def _pred(text: str, kind: str = "COERCE", actor: str = "NRL", recipient: str = "SDM") -> dict[str, Any]:
    return {"event": [kind], "actor": [{"code": actor}], "recipient": [{"code": recipient}], "text": text}


def _doc() -> GoldDoc:
    return GoldDoc(
        "d1", Path("d1.txt"), date(2021, 3, 4), None, None, [_gold("officers seized a cargo ship from Sudmark")]
    )


def test_tools_empty_sentence_extras_lists_a_retold_act_outside_the_coded_sentence() -> None:
    found = empty_sentence_extras(_doc(), [_pred(CODED), _pred(RETOLD)])
    assert [(row["kind"], row["types"]) for row in found] == [("restated", ["COERCE"])]
    assert found[0]["text"].startswith("That seizure")


def test_tools_empty_sentence_extras_tells_other_codes_and_other_types_apart() -> None:
    preds = [_pred(CODED), _pred(OTHER, actor="WST", recipient="WST"), _pred(OTHER, "AID", recipient="WST")]
    found = empty_sentence_extras(_doc(), preds)
    assert [row["kind"] for row in found] == ["same-type", "new"]


def test_tools_empty_sentence_extras_passes_an_unmatched_prediction_in_a_coded_sentence() -> None:
    # a wrong side in the gold event's own sentence is a role error, not an empty-sentence extra
    assert empty_sentence_extras(_doc(), [_pred(CODED, recipient="WST")]) == []


def test_tools_empty_sentence_extras_main_refuses_a_report_only_set(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        main([str(tmp_path / "evaluation" / "test" / "gold")])
    assert stop.value.code == 2  # argparse's usage error, before the gold folder is read
