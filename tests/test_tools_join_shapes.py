"""tools/join_shapes.py: the grammatical shape of two joined triggers of one sentence."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from parley.parse import load_model
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from join_shapes import shape_of  # noqa: E402


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model(Settings().model)


def _shape(nlp: Any, text: str, first: str, second: str) -> str:
    doc = nlp(text)
    a, b = (next(t for t in doc if t.text == w) for w in (first, second))
    obj = {t.i: next((c.i for c in t.children if c.dep_ in {"dobj", "obj"}), None) for t in (a, b)}
    return shape_of(a, b, (obj[a.i], obj[b.i]))


def test_tools_join_shapes_conjoined_verbs_with_own_objects(nlp: Any) -> None:
    assert _shape(nlp, "Guards seized two canoes and arrested the owners.", "seized", "arrested") == "diffobj"


def test_tools_join_shapes_verbs_sharing_one_object(nlp: Any) -> None:
    assert _shape(nlp, "Guards arrested and questioned four herders.", "arrested", "questioned") == "shared"


def test_tools_join_shapes_participle_is_not_conjoined(nlp: Any) -> None:
    assert _shape(nlp, "Gunmen attacked a post, killing two guards.", "attacked", "killing") == "notconj"
