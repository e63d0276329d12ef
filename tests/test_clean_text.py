from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from parley.clean import clean_document, find_dateline, normalize_unicode, repair_glued_words
from parley.document import Article, Document
from parley.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def _clean(text: str, published: date | None = None, title: str | None = None) -> Document:
    return clean_document(Document(article=Article(id="t", text=text, published=published, title=title)), Settings())


def test_clean_unicode_spaces_dashes_and_zero_width() -> None:
    raw = "Seoul\u00a0and Tokyo\u200b met \u2014 again -- on a ground--breaking day.\r\n"
    assert normalize_unicode(raw) == "Seoul and Tokyo met \u2014 again \u2014 on a ground--breaking day."


@pytest.mark.parametrize(
    ("glued", "fixed"),
    [
        ("Igor Ivanovon Tuesday", "Igor Ivanov on Tuesday"),
        ("the entire range of issuesregarding trade", "the entire range of issues regarding trade"),
        ("a note toRussian leadership", "a note to Russian leadership"),
        ("a U.S.envoy arrived", "a U.S. envoy arrived"),
        ("a ground--breaking visit", "a ground-breaking visit"),
        ("favorable conditionsfor dialogue", "favorable conditions for dialogue"),
    ],
)
def test_clean_repairs_glued_words(glued: str, fixed: str) -> None:
    assert repair_glued_words(glued) == fixed


@pytest.mark.parametrize("word", ["Losyukov", "Pyongyang", "Paek", "Lavrov", "Interfax", "denuclearization"])
def test_clean_never_splits_names_or_rare_words(word: str) -> None:
    assert repair_glued_words(word) == word


def test_clean_glue_test_sets_meet_targets() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from glue_report import measure

    recall, false_split, _, _ = measure()
    assert recall >= 0.95
    assert false_split < 0.005


def test_clean_dateline_at_start_takes_year_from_publication() -> None:
    line = find_dateline("SEOUL, April 27 (Wire) -- The leaders met.", date(2018, 4, 28))
    assert line is not None and line.place == "Seoul" and line.date == date(2018, 4, 27)


def test_clean_closing_credit_gives_date_without_place() -> None:
    line = find_dateline("Ministers met.\n\n(Xinhua News Agency May 22, 2002)", None)
    assert line is not None and line.place is None and line.date == date(2002, 5, 22)


def test_clean_article_without_date_takes_the_dateline_date() -> None:
    doc = _clean("MOSCOW, March 3 2019 (Wire) -- Talks ended.\n\nMore talks are planned.")
    assert doc.dateline is not None and doc.dateline.place == "Moscow"
    assert doc.published == date(2019, 3, 3)


def test_clean_drops_boilerplate_and_repeated_captions() -> None:
    raw = (
        "Envoys meet in Moscow\n\nHome > National > Diplomacy\n\nprint dictionary print\n\nEnvoys meet in Moscow\n\n"
        "The two ministers, left, shake hands. [FOREIGN MINISTRY]\n\n"
        "The two ministers, left, shake hands. [FOREIGN MINISTRY]\n\n"
        "The foreign ministers met in Moscow on Wednesday.\n\nBY JANE DOE [jane@example.com]\n\n"
        "Log in to Twitter or Facebook account to connect\n\n댓글을 작성하려면 로그인하세요"
    )
    doc = _clean(raw)
    assert doc.title == "Envoys meet in Moscow"
    assert doc.text == "Envoys meet in Moscow\n\nThe foreign ministers met in Moscow on Wednesday."


def test_clean_is_idempotent() -> None:
    raw = "Talks resume\n\nSEOUL, May 2 (Wire) -- Officials met toRussian envoys.\n\nHome > World"
    once = _clean(raw).text
    assert _clean(once).text == once


def test_clean_seed_joongang_is_headline_and_body(shared: Path) -> None:
    path = shared / "corpus" / "seeds" / "joongang-2021-10-28-korea-russia.txt"
    doc = _clean(path.read_text(encoding="utf-8"), date(2021, 10, 28))
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Top envoys Chung, Lavrov meet twice in one year"
    assert paragraphs[1].startswith("Foreign Minister Chung Eui-yong and his Russian counterpart")
    assert paragraphs[-1].startswith("Korea won some 11.2 trillion won")
    for junk in ("Home >", "print dictionary", "[MINISTRY", "BY ESTHER", "Log in", "Standards Board", "lock icon"):
        assert junk not in doc.text
