"""tools/modality_drops.py: rows the rules coder drops by a modality cue, and what the gold says of them."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from modality_drops import _DROPS, _recording_check, _recording_cue, _recording_find, verdict  # noqa: E402

TEXT = "Chad did not close the border."


def _token() -> Any:
    doc = SimpleNamespace(text=TEXT)
    sent = SimpleNamespace(text=TEXT)
    return SimpleNamespace(lemma_="close", text="close", idx=TEXT.index("close"), sent=sent, doc=doc)


def _matcher() -> Any:
    return SimpleNamespace(match=lambda token: SimpleNamespace(type="SANCTION"))


def test_modality_drops_verdict_tells_the_gold_modality_of_the_row_type() -> None:
    row = {"type": "SANCTION", "gold": [("SANCTION", "negated", "did not close")]}
    assert verdict(row) == "gold-negated"
    assert verdict({**row, "gold": [("SANCTION", "asserted", "closed"), ("SANCTION", "future", "will")]}) == (
        "gold-asserted"
    )
    assert verdict({**row, "gold": [("ACCUSE", "asserted", "accused")]}) == "no-gold"


def test_modality_drops_records_a_drop_made_by_a_cue_before_the_checks() -> None:
    _DROPS.clear()
    negated = _recording_cue("is_negated", lambda token, words: True)

    def find(token: Any, matcher: Any, roles: Any, verdict: Any = None) -> None:
        negated(token, None)
        return None

    _recording_find(find)(_token(), _matcher(), None)
    [row] = _DROPS.pop(hash(TEXT))
    assert (row["cue"], row["type"], row["lemma"]) == ("negated", "SANCTION", "close")


def test_modality_drops_leaves_out_a_drop_made_by_a_check() -> None:
    _DROPS.clear()
    hypothetical = _recording_cue("is_hypothetical", lambda token, words: True)
    check = _recording_check(lambda *args: "unreal")

    def find(token: Any, matcher: Any, roles: Any, verdict: Any = None) -> None:
        hypothetical(token, None)  # held, but a threat's condition keeps the row: a check drops it
        check(token)
        return None

    _recording_find(find)(_token(), _matcher(), None)
    assert _DROPS == {}


def test_modality_drops_leaves_out_a_kept_row() -> None:
    _DROPS.clear()
    negated = _recording_cue("is_negated", lambda token, words: True)

    def find(token: Any, matcher: Any, roles: Any, verdict: Any = None) -> str:
        negated(token, None)  # a litotes row reads its own negation and is kept
        return "candidate"

    assert _recording_find(find)(_token(), _matcher(), None) == "candidate"
    assert _DROPS == {}
