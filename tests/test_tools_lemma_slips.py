"""tools/lemma_slips.py: training forms whose parser lemma hides a row of parley's word tables."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from lemma_slips import main, stems, table_words  # noqa: E402


def test_lemma_slips_stems_undo_regular_endings() -> None:
    assert {"stag", "stage"} <= stems("staged")
    assert "plan" in stems("planned")
    assert "ally" in stems("allies")
    assert stems("bus") == set()  # too short a stem


def test_lemma_slips_table_words_name_their_tables() -> None:
    words = table_words()
    assert "triggers" in words["stage"]
    assert "resolve_words" in words["base"]


def test_lemma_slips_main_lists_a_slip_and_skips_a_fixed_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    row = {
        "doc": "t1-x-01-001",
        "n": 0,
        "style": "wire",
        "published": "2020-01-02",
        "source_country": "KEN",
        "text": "The court fined the owners, and the two armies left their bases near the border sites.",
        "events": [],
        "negative": "no-event",
    }
    (tmp_path / "t1-x-01.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["lemma_slips.py", "--batches", str(tmp_path)])
    main()
    listed = [line.split(" | ")[0] for line in capsys.readouterr().out.splitlines()]
    # "fined" and "bases": lemma_fixes.tsv mends them; "sites" is listed (a right lemma, for a look)
    # ("sit" is in event_words.tsv's restraint verbs since stop 51: "will not sit idle")
    assert listed == ["1 sites NNS site {'sit': ['event_words', 'triggers']}"]
