"""Where articles come from: folders, globs, metadata, JSON, stdin, WARC, and their origins."""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from parley.document import Article
from parley.read import ReadReport, iter_articles, read_html
from parley.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "read"
PAGE = (FIXTURES / "harbour-talks.html").read_text(encoding="utf-8")


def _read(paths: list[str | Path], meta: Path | None = None, **settings: int) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(iter_articles(paths, Settings(**settings), meta=meta, report=report))  # type: ignore[arg-type]
    return articles, report


def _jsonl(path: Path, rows: Sequence[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_read_html_keeps_the_story_and_drops_the_furniture() -> None:
    text, title, published = read_html(PAGE)
    assert title == "Harbour talks end without a deal"
    assert published == date(2011, 3, 14)  # from the byline, through htmldate
    assert text.count("\n") == 3  # headline and the three paragraphs
    for junk in ("cookie", "Subscribe", "Weather", "Related", "Copyright", "staff reporter"):
        assert junk not in text


def test_read_html_gives_the_same_text_every_time() -> None:
    # trafilatura's `deduplicate` cache is global: with it, reprinted paragraphs vanish after a few pages
    texts = {read_html(PAGE)[0] for _ in range(5)}
    assert len(texts) == 1 and "mackerel" in next(iter(texts))


def test_read_html_page_without_a_date_has_none() -> None:
    page = PAGE.replace("14 March 2011", "").replace("Copyright 2011", "")
    assert read_html(page)[2] is None


def test_read_html_file_takes_meta_over_the_page(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text(PAGE, encoding="utf-8")
    meta = _jsonl(tmp_path / "meta.jsonl", [{"path": "story.html", "published": "2011-03-13", "title": "Talks fail"}])
    articles, report = _read([tmp_path])
    assert len(articles) == 1 and not report.problems
    article = articles[0]
    assert (article.id, article.title, article.published, article.html) == (
        "story",
        "Talks fail",
        date(2011, 3, 13),
        None,
    )
    assert article.origin == str(tmp_path / "story.html")
    assert meta.exists()


def test_read_meta_with_a_bad_date_warns_once_and_reads_the_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Norway and Iceland met in Oslo.", encoding="utf-8")
    _jsonl(tmp_path / "meta.jsonl", [{"path": "a.txt", "id": "n-1", "published": "14/03/2011", "source": "Gazette"}])
    articles, report = _read([tmp_path])
    assert [(a.id, a.published, a.source) for a in articles] == [("n-1", None, "Gazette")]
    assert len(report.problems) == 1 and report.problems[0].line == 1
    assert "14/03/2011" in str(report.problems[0]) and not report.failed


def test_read_explicit_meta_wins_and_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Norway and Iceland met in Oslo.", encoding="utf-8")
    _jsonl(tmp_path / "meta.jsonl", [{"path": "a.txt", "source_country": "NOR"}])
    extra = _jsonl(tmp_path / "extra.jsonl", [{"path": "a.txt", "source_country": "ISL", "id": "x"}])
    articles, report = _read([tmp_path / "a.txt", tmp_path / "extra.jsonl"], meta=extra)
    assert [(a.id, a.source_country) for a in articles] == [("x", "ISL")]
    assert report.summary() == "read 1"


def test_read_directory_is_walked_sorted_with_each_folders_meta(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "z.txt").write_text("Text z about a summit in Oslo.", encoding="utf-8")
    (tmp_path / "b" / "y.txt.gz").write_bytes(gzip.compress(b"Text y about talks in Reykjavik."))
    (tmp_path / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".notes.txt").write_text("hidden", encoding="utf-8")
    _jsonl(tmp_path / "b" / "meta.jsonl", [{"path": "y.txt.gz", "language": "en"}])
    articles, report = _read([tmp_path])
    assert [(a.id, a.language) for a in articles] == [("z", None), ("y", "en")]
    assert not report.problems


def test_read_glob_uses_the_folder_meta_and_skips_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Norway and Iceland met in Oslo.", encoding="utf-8")
    _jsonl(tmp_path / "meta.jsonl", [{"path": "a.txt", "id": "oslo", "published": "2011-03-12"}])
    articles, report = _read([str(tmp_path / "*")])
    assert [(a.id, a.published) for a in articles] == [("oslo", date(2011, 3, 12))]
    assert report.summary() == "read 1"


def test_read_jsonl_rows_inline_and_by_path_with_origins(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "harbour.html").write_text(PAGE, encoding="utf-8")
    rows = [
        {"text": "Chile and Peru met in Lima.", "source_country": "PER"},
        {"path": "pages/harbour.html", "url": "https://gazette.example/harbour"},
        {"id": "both", "text": "Inline text wins over inline html.", "html": PAGE},
    ]
    feed = _jsonl(tmp_path / "feed.jsonl", rows)
    articles, report = _read([feed])
    assert [a.origin for a in articles] == [f"{feed}:1", f"{feed}:2", f"{feed}:3"]
    assert len(articles[0].id) == 16 and articles[0].source_country == "PER"
    assert articles[1].id == "harbour" and articles[1].published == date(2011, 3, 14)
    assert articles[2].text == "Inline text wins over inline html."
    assert not report.problems


def test_read_inline_ids_are_content_hashes_blind_to_whitespace(tmp_path: Path) -> None:
    one = _jsonl(tmp_path / "one.jsonl", [{"text": "Chile and Peru met."}])
    two = _jsonl(tmp_path / "two.jsonl", [{"text": "Chile  and\nPeru met."}])
    first, _ = _read([one])
    again, report = _read([one, two])
    assert [a.id for a in again] == [first[0].id]
    assert report.skipped["duplicate"] == 1


def test_read_json_document_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"id": "o", "text": "Peru met Chile."}, indent=2), encoding="utf-8")
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "text": "Peru met Bolivia."}, 7]), encoding="utf-8")
    articles, report = _read([tmp_path / "one.json", tmp_path / "many.json"])
    assert [(a.id, a.origin) for a in articles] == [
        ("o", str(tmp_path / "one.json")),
        ("m1", f"{tmp_path}/many.json#1"),
    ]
    assert [p.source for p in report.problems] == [f"{tmp_path}/many.json#2"]


def test_read_stdin_jsonl_when_every_line_is_an_object(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "Peru met Chile."}\n\n{"id": "s2", "text": "Chile met Peru."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, _ = _read(["-"])
    assert [(a.id, a.origin) for a in articles] == [("s1", "<stdin>:1"), ("s2", "<stdin>:3")]


def test_read_stdin_text_with_a_brace_line_is_text(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"note": 1}\nNorway and Iceland met in Oslo.\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    articles, _ = _read(["-"])
    assert len(articles) == 1 and articles[0].origin == "<stdin>" and "Oslo" in articles[0].text


def _warc(path: Path, records: list[tuple[str, str, bytes, str]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=path.suffix == ".gz")
        for url, ctype, body, status in records:
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2011-03-20T08:00:00Z"},
            )
            writer.write_record(record)
    return path


def test_read_warc_dates_origins_and_skipped_records(tmp_path: Path) -> None:
    undated = PAGE.replace("14 March 2011", "").replace("Copyright 2011", "").replace("mackerel", "herring")
    path = _warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://gazette.example/a", "text/html; charset=utf-8", PAGE.encode(), "200 OK"),
            ("https://gazette.example/logo.png", "image/png", b"\x89PNG\r\n", "200 OK"),
            ("https://gazette.example/b", "text/html", undated.encode(), "200 OK"),
            ("https://gazette.example/old", "text/html", b"<html>moved</html>", "301 Moved Permanently"),
        ],
    )
    articles, report = _read([path])
    assert [(a.url, a.published, a.origin) for a in articles] == [
        ("https://gazette.example/a", date(2011, 3, 14), f"{path}#1"),  # the page's own date wins
        ("https://gazette.example/b", date(2011, 3, 20), f"{path}#3"),  # else WARC-Date
    ]
    assert report.skipped == {"non-HTML record": 1, "non-2xx response": 1}
    assert [p.code for p in report.problems] == ["E118"] and "image/png: 1" in str(report.problems[0])
    assert not report.failed


def test_read_meta_named_alone_is_a_jsonl_of_paths(tmp_path: Path) -> None:
    (tmp_path / "n.txt").write_text("Norway and Iceland met in Oslo.", encoding="utf-8")
    meta = _jsonl(tmp_path / "meta.jsonl", [{"path": "n.txt", "id": "oslo", "source": "Gazette"}])
    articles, report = _read([meta])
    assert [(a.id, a.source, a.origin) for a in articles] == [("oslo", "Gazette", f"{meta}:1")]
    articles, report = _read([str(tmp_path / "*")])  # meta.jsonl sorts before n.txt: still metadata
    assert [(a.id, a.origin) for a in articles] == [("oslo", str(tmp_path / "n.txt"))]
    assert report.summary() == "read 1"
