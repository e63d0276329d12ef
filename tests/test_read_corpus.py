"""The shared development corpus reads completely and its HTML gives clean main text."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.read import ReadReport, iter_articles
from parley.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
JUNK = ("cookie", "Subscribe", "Sign in", "All rights reserved", "©", "Reproduction prohibited", "By Staff")


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not (CORPUS / "dev" / "meta.jsonl").is_file():
        pytest.skip("../shared/corpus is not beside the project")
    return CORPUS


def test_read_dev_and_seed_corpus_completely(corpus: Path) -> None:
    report = ReadReport()
    folders = [corpus / "dev", corpus / "seeds"]
    articles = list(iter_articles(folders, Settings(), report=report))
    expected = sum(1 for f in folders for p in f.iterdir() if p.name != "meta.jsonl")
    assert report.read == len(articles) == expected and not report.problems
    for article in articles:
        assert article.published is not None and article.source_country and article.source
        assert article.origin.endswith(article.id + Path(article.origin).suffix)
        assert len(article.text.split()) > 150


def test_read_dev_html_is_clean_main_text(corpus: Path) -> None:
    pages = sorted((corpus / "dev").glob("*.html"))
    report = ReadReport()
    articles = list(iter_articles(pages, Settings(), report=report))
    assert len(articles) == len(pages) > 0 and not report.problems
    for article in articles:
        assert article.html is None and article.title
        assert not [junk for junk in JUNK if junk in article.text], article.id
        last = article.text.splitlines()[-1]
        assert last.endswith((".", '"', "”")), article.id  # the story's last paragraph, not a footer
