"""tools/gold_to_training.py: gold articles to training rows; the corpus reads its header line."""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from parley.coder import load_corpus
from parley.errors import EvaluationError

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from gold_to_training import convert, main, write_rows  # noqa: E402

_TEXT = "France and Chad signed a trade agreement in Paris on Monday.\n\nThe weather in the capital was mild.\n"


def _gold_set(root: Path, events: Sequence[Mapping[str, object]] | None = None, *, broken: bool = False) -> Path:
    (root / "corpus").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "corpus" / "a.txt").write_text(_TEXT, encoding="utf-8")
    gold: dict[str, object] = {
        "doc": "corpus/a.txt",
        "id": "a",
        "published": "2020-03-04",
        "source_country": "FRA",
        "events": events
        or [
            {
                "id": "e1", "type": "AGREE", "actors": ["FRA"], "recipients": ["TCD"], "symmetric": True,
                "date": None, "place": None, "required": True, "evidence": "signed a trade   agreement",
            }
        ],
    }  # fmt: skip
    if broken:
        del gold["id"]
    (root / "gold" / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    return root / "gold"


def test_tools_gold_to_training_rows_events_and_negatives(tmp_path: Path) -> None:
    rows, counts = convert(_gold_set(tmp_path / "set"), "gold-set")
    assert counts.gold_events == 1 and counts.aligned == 1 and counts.no_evidence == 0
    first, second = rows
    assert first["doc"] == "gold-set-a" and first["n"] == 0 and first["negative"] is None
    (event,) = first["events"]
    assert event["trigger"] == "signed" and event["type"] == "AGREE"
    assert [r["code"] for r in event["actors"]] == ["FRA"] and event["actors"][0]["text"] is None
    assert second["n"] == 1 and second["events"] == [] and second["negative"] == "no-event"
    out = tmp_path / "rows.jsonl"
    write_rows(rows, out, "set/gold")
    assert out.read_text(encoding="utf-8").startswith("# converted by")
    assert [s.n for s in load_corpus(out)] == [0, 1]  # the header line is skipped, the rows are valid


def test_tools_gold_to_training_unfound_evidence_leaves_its_sentence_out(tmp_path: Path) -> None:
    events = [
        {
            "id": "e1", "type": "CONSULT", "actors": ["FRA"], "recipients": ["TCD"], "date": None,
            "place": None, "required": False, "evidence": "the weather in the capital stayed mild",
        }
    ]  # fmt: skip
    rows, counts = convert(_gold_set(tmp_path / "set", events), "gold-set")
    assert counts.no_evidence == 1
    # the first sentence has no gold event and is a negative; the second may hold the unfound one
    assert [r["negative"] for r in rows] == ["no-event"]


def test_tools_gold_to_training_malformed_gold_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = _gold_set(tmp_path / "set", broken=True)
    with pytest.raises(EvaluationError, match="malformed gold file"):
        convert(gold, "gold-set")
    assert main([str(gold), "--out", str(tmp_path / "x.jsonl")]) == 2
    assert "malformed gold file" in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists()


def test_tools_gold_to_training_empty_or_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "set" / "gold"
    empty.mkdir(parents=True)
    with pytest.raises(EvaluationError) as caught:
        convert(empty, "gold-set")
    assert caught.value.code == "E502"
    assert main([str(tmp_path / "nowhere"), "--out", str(tmp_path / "x.jsonl")]) == 2
    assert "not a directory of gold files" in capsys.readouterr().err
    assert not (tmp_path / "x.jsonl").exists()
