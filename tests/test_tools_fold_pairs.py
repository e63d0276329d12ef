"""tools/fold_pairs.py: the shape of two triggers of one sentence that a fold of same-sides events joins."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parley.parse import load_model
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from fold_pairs import pair_shape  # noqa: E402


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model(Settings().model)


def _shape(nlp: Any, text: str, first: str, second: str) -> str:
    doc = nlp(text)
    a = next(t for t in doc if t.text == first)
    b = [t for t in doc if t.text == second][-1]  # the later one, when the word is repeated
    return pair_shape(a, b)


def test_fold_pairs_conjoined_verbs(nlp: Any) -> None:
    assert _shape(nlp, "The envoy arrived in Lome and sat down with Togolese officials.", "arrived", "sat") == "conj"


def test_fold_pairs_verb_and_noun(nlp: Any) -> None:
    assert _shape(nlp, "Ghana extended an invitation to the President of Togo.", "extended", "invitation") == "noun"


def test_fold_pairs_repeated_word(nlp: Any) -> None:
    assert _shape(nlp, "Kenya met Uganda on Monday and met Tanzania on Tuesday.", "met", "met") == "repeat"
