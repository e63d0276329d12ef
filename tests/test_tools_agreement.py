"""tools/agreement.py and parley.evaluate.agreement: one annotator's gold scored as predictions against
the other's, both ways, on the articles both folders have; a missing, empty or malformed folder is an error
with a code, and the tool says so without a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from parley.errors import EvaluationError
from parley.evaluate import agreement
from parley.evaluate._agreement import sentence_of

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "Tokyo, 3 May. Japan protested to China on Monday over the drills. "
    'Beijing rejected the protest. "We will not bow," a spokesman said.\n'
)


def _event(type_: str, actor: str, recipient: str, evidence: str, **extra: Any) -> dict[str, Any]:
    return {"type": type_, "actors": [actor], "recipients": [recipient], "evidence": evidence, **extra}


def _folder(root: Path, name: str, events: list[dict[str, Any]], doc_id: str = "a1") -> Path:
    """A set folder of one article: ``<name>/corpus/<id>.txt`` and ``<name>/gold/<id>.json``."""
    (root / name / "corpus").mkdir(parents=True)
    (root / name / "gold").mkdir()
    (root / name / "corpus" / f"{doc_id}.txt").write_text(TEXT, encoding="utf-8")
    gold = {"id": doc_id, "doc": f"corpus/{doc_id}.txt", "published": "2020-05-03", "events": events}
    (root / name / "gold" / f"{doc_id}.json").write_text(json.dumps(gold), encoding="utf-8")
    return root / name / "gold"


@pytest.fixture
def two_golds(tmp_path: Path) -> tuple[Path, Path]:
    protest = _event("PROTEST", "JPN", "CHN", "Japan protested to China", date="2020-05-01", place="Tokyo")
    a = [protest, _event("REJECT", "CHN", "JPN", "Beijing rejected the protest")]
    # B agrees on the protest but dates it to the month only and gives no place; its second event differs
    b = [
        {**protest, "date": "2020-05", "place": None},
        _event("THREATEN", "CHN", "JPN", "rejected the protest", required=False),
    ]
    return _folder(tmp_path, "a", a), _folder(tmp_path, "b", b)


def _row(rows: list[Any], start: str) -> Any:
    return next(r.result for r in rows if r.name.startswith(start))


def test_tools_agreement_scores_each_annotator_against_the_other(two_golds: tuple[Path, Path]) -> None:
    rows = agreement(*two_golds)
    b_vs_a = _row(rows, "B as coder vs A gold (all")
    # B's protest matches A's, its optional THREATEN does not: P 1/2; A has two required events: R 1/2
    assert (b_vs_a.overall.predicted, b_vs_a.overall.matched_predictions) == (2, 1)
    assert (b_vs_a.overall.gold, b_vs_a.overall.matched_required) == (2, 1)
    # B's month-precise date does not satisfy A's day; B gives no place where A has one
    assert (b_vs_a.overall.dates_scored, b_vs_a.overall.dates_right) == (1, 0)
    assert (b_vs_a.overall.places_scored, b_vs_a.overall.places_right) == (1, 0)
    a_vs_b = _row(rows, "A as coder vs B gold (all")
    # against B only the protest is required: A's REJECT is a false positive, the protest is found
    assert (a_vs_b.overall.precision, a_vs_b.overall.recall) == (0.5, 1.0)
    # A's day-precise date satisfies B's month; B gave no place, so none is scored
    assert (a_vs_b.overall.places_scored, a_vs_b.overall.places_right) == (0, 0)
    assert (a_vs_b.overall.dates_scored, a_vs_b.overall.dates_right) == (1, 1)
    b_req = _row(rows, "B as coder vs A gold (required")
    assert (b_req.overall.predicted, b_req.overall.precision, b_req.overall.recall) == (1, 1.0, 0.5)
    # B quotes less of the sentence than A; its record carries the whole sentence, so the type-only
    # breakdown pairs its THREATEN with A's REJECT
    assert b_vs_a.breakdown is not None
    assert b_vs_a.breakdown.confusion.get(("REJECT", "THREATEN")) == 1


def test_tools_agreement_sentence_of_takes_the_whole_sentence() -> None:
    assert sentence_of(TEXT, "Japan protested to China") == "Japan protested to China on Monday over the drills."
    assert sentence_of(TEXT, "We will not bow") == '"We will not bow," a spokesman said.'
    assert sentence_of(TEXT, "not in the text") == "not in the text"


def test_tools_agreement_needs_an_article_in_common(tmp_path: Path) -> None:
    a = _folder(tmp_path, "a", [], doc_id="a1")
    b = _folder(tmp_path, "b", [], doc_id="b1")
    with pytest.raises(EvaluationError) as caught:
        agreement(a, b)
    assert caught.value.code == "E505"


def test_tools_agreement_reports_a_missing_empty_or_malformed_folder(tmp_path: Path) -> None:
    good = _folder(tmp_path, "a", [])
    with pytest.raises(EvaluationError) as caught:
        agreement(good, tmp_path / "nowhere")
    assert caught.value.code == "E501"
    empty = tmp_path / "empty" / "gold"
    empty.mkdir(parents=True)
    with pytest.raises(EvaluationError) as caught:
        agreement(good, empty)
    assert caught.value.code == "E502"
    bad = _folder(tmp_path, "b", [])
    (bad / "a1.json").write_text('{"id": "a1"}', encoding="utf-8")  # no "doc"
    with pytest.raises(EvaluationError) as caught:
        agreement(good, bad)
    assert caught.value.code == "E503"
    run = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "agreement.py"), str(good), str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT / "src")},
        check=False,
    )
    assert run.returncode == 2
    assert "not a directory of gold files [E501]" in run.stderr
    assert "Traceback" not in run.stderr
