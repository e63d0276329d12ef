"""``parley.evaluate.gold_article``: the public reader of a gold file's article, which the tools use
instead of a private name of ``parley.evaluate._run``; no tool imports a private evaluate module. The
articles are made up."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

import parley.evaluate
from parley.errors import EvaluationError
from parley.evaluate import GoldDoc, gold_article


def test_evaluate_gold_article_reads_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Envoys met in Valdoria on Monday.\n", encoding="utf-8")
    gold = GoldDoc(id="a", doc=page, published=date(2020, 5, 1), source="Wire", source_country="FRA")
    article = gold_article(gold)
    assert "gold_article" in parley.evaluate.__all__
    assert article.id == "a" and article.title is None and article.text == "Envoys met in Valdoria on Monday.\n"
    assert (article.published, article.source, article.source_country) == (date(2020, 5, 1), "Wire", "FRA")
    assert article.origin == str(page)


def test_evaluate_gold_article_unreadable_file_stops_with_e504(tmp_path: Path) -> None:
    gold = GoldDoc(id="b", doc=tmp_path / "missing.txt", published=None, source=None, source_country=None)
    with pytest.raises(EvaluationError) as info:
        gold_article(gold)
    assert info.value.code == "E504"


def test_evaluate_gold_article_tools_import_no_private_evaluate_module() -> None:
    """No tool reaches into ``parley.evaluate._run``, ``._score``, ``._gold``, ``._breakdown`` ... : what
    the tools need is public in ``parley.evaluate.__all__``."""
    tools = Path(__file__).resolve().parents[1] / "tools"
    private = re.compile(r"parley\.evaluate\._\w+|from\s+parley\.evaluate\s+import\s+[^\n]*\b_\w+")
    found = [p.name for p in sorted(tools.glob("*.py")) if private.search(p.read_text("utf-8"))]
    assert found == []
    # nor a copy of it: a tool reading a gold file's article itself (story_homes had one, without the source)
    copies = [p.name for p in sorted(tools.glob("*.py")) if re.search(r"\.doc\.read_text\(", p.read_text("utf-8"))]
    assert copies == []
