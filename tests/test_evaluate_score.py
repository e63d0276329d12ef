from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.errors import EvaluationError
from parley.evaluate import load_gold, score


def _pred(
    type_: str,
    actors: Sequence[str],
    recipients: Sequence[str] = (),
    date: str | None = None,
    place: str | None = None,
    precision: str = "day",
) -> dict[str, object]:
    return {
        "event": [type_],
        "actor": [{"code": c} for c in actors],
        "recipient": [{"code": c} for c in recipients],
        "date": date,
        "date_precision": precision,
        "event_loc": {"extracted_place": place, "resolved_place": place} if place else None,
    }


def _gold_dir(tmp_path: Path, events: Sequence[Mapping[str, object]]) -> Path:
    gold = tmp_path / "shared" / "gold" / "dev"
    gold.mkdir(parents=True)
    (tmp_path / "shared" / "corpus").mkdir()
    (tmp_path / "shared" / "corpus" / "a.txt").write_text("Russia and Korea met in Moscow.", encoding="utf-8")
    doc = {"doc": "corpus/a.txt", "id": "a", "published": "2021-10-28", "source_country": "KOR", "events": events}
    (gold / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    return gold


EVENTS: list[dict[str, object]] = [
    {"id": "g1", "type": "CONSULT", "actors": ["KOR"], "recipients": ["RUS"], "symmetric": True,
     "date": "2021-10-27", "place": "Moscow", "required": True},
    {"id": "g2", "type": "SUPPORT", "actors": ["KOR"], "recipients": ["RUS"], "date": "2021-10", "place": None,
     "required": True, "alt": [{"type": "AGREE", "actors": ["KOR"], "recipients": ["RUS"]}]},
    {"id": "g3", "type": "REQUEST", "actors": ["KOR"], "recipients": ["RUS"], "date": None, "place": None,
     "required": False},
    {"id": "g4", "type": "ACCUSE", "actors": ["USA", "GBR"], "recipients": ["RUS"], "date": "2021", "place": None,
     "required": True},
]  # fmt: skip


def test_evaluate_score_rules(tmp_path: Path) -> None:
    gold = load_gold(_gold_dir(tmp_path, EVENTS))
    preds = [
        _pred(
            "CONSULT", ["RUS"], ["KOR"], "2021-10-27", "moscow"
        ),  # symmetric: direction ignored, place case-insensitive
        _pred("CONSULT", ["RUS", "KOR"], [], "2021-10-27"),  # the same meeting twice: a false positive
        _pred("AGREE", ["KOR"], ["RUS"], "2021-10", precision="month"),  # alt reading, month date at month precision
        _pred("REQUEST", ["KOR"], ["RUS"]),  # optional: neither a hit nor a false positive
        _pred("ACCUSE", ["GBR"], ["RUS"], "2021-03-01", precision="month"),  # one shared actor code is enough
        _pred("ACCUSE", ["RUS"], ["GBR"]),  # wrong direction of a non-symmetric event
    ]
    result = score(gold, {"a": preds})
    o = result.overall
    assert (o.predicted, o.matched_predictions, o.gold, o.matched_required) == (6, 4, 3, 3)
    assert o.precision == pytest.approx(4 / 6) and o.recall == 1.0
    assert (o.dates_scored, o.dates_right) == (3, 3)
    assert (o.places_scored, o.places_right) == (1, 1)
    assert len(result.false_positives) == 2 and not result.misses


def test_evaluate_score_day_gold_rejects_month_prediction(tmp_path: Path) -> None:
    gold = load_gold(_gold_dir(tmp_path, EVENTS[:1]))
    result = score(gold, {"a": [_pred("CONSULT", ["KOR", "RUS"], [], "2021-10-01", precision="month")]})
    assert result.overall.dates_scored == 1 and result.overall.dates_right == 0


def test_evaluate_score_symmetric_needs_every_participant(tmp_path: Path) -> None:
    gold = load_gold(_gold_dir(tmp_path, EVENTS[:1]))
    result = score(gold, {"a": [_pred("CONSULT", ["KOR"], [])]})
    assert result.overall.matched_required == 0 and len(result.misses) == 1


def test_evaluate_score_required_preferred_over_optional(tmp_path: Path) -> None:
    events: list[dict[str, object]] = [
        {
            "id": "o",
            "type": "REQUEST",
            "actors": ["KOR"],
            "recipients": [],
            "date": None,
            "place": None,
            "required": False,
        },
        {"id": "r", "type": "REQUEST", "actors": ["KOR"], "recipients": ["RUS"], "date": None, "place": None},
    ]
    result = score(load_gold(_gold_dir(tmp_path, events)), {"a": [_pred("REQUEST", ["KOR"], ["RUS"])]})
    assert result.overall.recall == 1.0


def test_evaluate_malformed_gold_is_a_clear_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold" / "dev"
    gold.mkdir(parents=True)
    (gold / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(EvaluationError, match="bad.json"):
        load_gold(gold)
    with pytest.raises(EvaluationError, match="not a directory"):
        load_gold(tmp_path / "missing")


def test_evaluate_cli_prints_figures(tmp_path: Path) -> None:
    from parley.cli import app

    gold = _gold_dir(tmp_path, EVENTS)
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(app, ["eval", str(gold), "--verbose", "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "precision" in result.stdout and "CONSULT" in result.stdout
    figures = json.loads(out.read_text())
    assert set(figures["overall"]) >= {"precision", "recall", "f1", "date_accuracy", "place_accuracy"}


def test_evaluate_type_matches_pair_by_type_and_judge_roles(tmp_path: Path) -> None:
    from parley.evaluate import type_matches

    (doc,) = load_gold(_gold_dir(tmp_path, EVENTS))
    preds = [_pred("ACCUSE", ["GBR"], ("CHN",)), _pred("CONSULT", ["RUS", "KOR"]), _pred("ASSAULT", ["RUS"])]
    pairs = list(type_matches(doc, preds))
    accuse, consult, assault = (match for _, match in pairs)
    assert accuse is not None and (accuse.index, accuse.actor_ok, accuse.recipient_ok) == (3, True, False)
    assert consult is not None and (consult.actor_ok, consult.recipient_ok) == (True, True)  # symmetric
    assert assault is None  # no gold event of its type
