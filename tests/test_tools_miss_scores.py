"""tools/miss_scores.py: what the learned coder's model gave a missed event's type in its sentence."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import miss_scores  # noqa: E402

from _tools_setup import assert_refuses_report_only  # noqa: E402
from parley.coder._model import LABELS  # noqa: E402

SENT = "Harbour police in Valdivia began towing the stranded barges out to sea on Monday."


def _probs(**by_type: float) -> list[float]:
    row = [0.0] * len(LABELS)
    for name, p in by_type.items():
        row[LABELS.index(name)] = p
    row[0] = 1.0 - sum(by_type.values())
    return row


@pytest.fixture(autouse=True)
def _empty() -> Iterator[None]:
    miss_scores._SCORED.clear()
    yield
    miss_scores._SCORED.clear()


def test_tools_miss_scores_reading_takes_the_best_word_for_the_type() -> None:
    miss_scores._SCORED.extend(
        [(SENT, "began", _probs(COERCE=0.35)), (SENT, "towing", _probs(COERCE=0.12, RETREAT=0.6))]
    )
    group, p, word, best = miss_scores.reading("COERCE", "began towing the stranded barges")
    assert (group, word, best) == ("near", "began", "NONE")  # no event beat it there
    assert p == pytest.approx(0.35)


def test_tools_miss_scores_reading_groups_by_probability() -> None:
    miss_scores._SCORED.append((SENT, "towing", _probs(COERCE=0.12, RETREAT=0.6)))
    assert miss_scores.reading("COERCE", "towing the stranded")[0] == "weak"
    assert miss_scores.reading("AID", "towing the stranded")[:1] == ("no",)
    assert miss_scores.reading("RETREAT", "towing the stranded")[3] == "RETREAT"


def test_tools_miss_scores_reading_without_a_candidate_in_the_sentence() -> None:
    miss_scores._SCORED.append(("Another sentence about fishing quotas.", "quotas", _probs(SANCTION=0.5)))
    assert miss_scores.reading("SANCTION", "towing the stranded") == ("no-candidate", 0.0, "", "")


def test_tools_miss_scores_refuses_a_report_only_set_as_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = ([str(tmp_path / "evaluation" / "validation3" / "gold")], [str(tmp_path), "--coder", "rules"])
    # the shared develop-on refusal (argparse's usage error), not a ValueError
    assert_refuses_report_only(monkeypatch, miss_scores, ("staged_misses", "_record_scores"), runs)
