from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from parley.document import Article
from parley.read import ReadReport, iter_articles, read_html
from parley.settings import Settings

HTML = """<html><head><title>Envoys meet</title>
<meta property="article:published_time" content="2023-04-02T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Envoys meet</h1>
<p>The foreign ministers of Chile and Peru met in Lima on Saturday to discuss a fishing dispute that has
strained relations between the two neighbours for several months.</p>
<p>Both ministers said they would ask their coast guards to share information about foreign trawlers
operating off the coast, and agreed to meet again in Santiago in June.</p></article>
<footer>Cookie policy. All rights reserved.</footer></body></html>"""


def _read(paths: list[Path | str], **kw: object) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(iter_articles([str(p) for p in paths], Settings(**kw), report=report))  # type: ignore[arg-type]
    return articles, report


def test_read_text_file_uses_stem_as_id(tmp_path: Path) -> None:
    (tmp_path / "a1.txt").write_text("Ministers met in Lima on Saturday.", encoding="utf-8")
    articles, report = _read([tmp_path / "a1.txt"])
    assert [a.id for a in articles] == ["a1"]
    assert report.read == 1 and not report.problems


def test_read_html_extracts_body_title_and_date() -> None:
    text, title, published = read_html(HTML)
    assert "fishing dispute" in text and "Cookie policy" not in text
    assert title == "Envoys meet"
    assert published is not None and published.isoformat() == "2023-04-02"


def test_read_directory_with_meta_and_gzip(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("Chile and Peru met in Lima.", encoding="utf-8")
    (tmp_path / "two.html.gz").write_bytes(gzip.compress(HTML.encode()))
    meta = [{"path": "one.txt", "id": "x-1", "published": "2023-04-01", "source_country": "PER"}]
    (tmp_path / "meta.jsonl").write_text("\n".join(json.dumps(m) for m in meta), encoding="utf-8")
    articles, report = _read([tmp_path])
    by_id = {a.id: a for a in articles}
    assert set(by_id) == {"x-1", "two"}
    assert by_id["x-1"].source_country == "PER" and str(by_id["x-1"].published) == "2023-04-01"
    assert "fishing dispute" in by_id["two"].text
    assert not report.problems


def test_read_jsonl_inline_text_and_html(tmp_path: Path) -> None:
    rows = [{"id": "t", "text": "Peru recalled its ambassador."}, {"id": "h", "html": HTML, "published": "2023-04-03"}]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    articles, _ = _read([path])
    assert [a.id for a in articles] == ["t", "h"]
    assert str(articles[1].published) == "2023-04-03"  # metadata wins over the page


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"   \n\n", "empty"),
        ("binary.txt", b"\x00\x01\x02PNG\x00", "binary"),
        ("cyrillic.txt", "Министры встретились в Москве.".encode("koi8-r"), "not UTF-8"),
        ("notes.docx", b"PK\x03\x04", "unknown file type"),
        ("broken.txt.gz", gzip.compress(b"Chile and Peru met.")[:-8], "gzip"),
        ("nobody.html", b"<html><head><title>x</title></head><body><nav>Home</nav></body></html>", "no article text"),
    ],
)
def test_read_bad_file_is_reported_once_and_others_read(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Chile and Peru met in Lima on Saturday.", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    articles, report = _read([bad, good])
    assert [a.id for a in articles] == ["good"]
    assert len(report.problems) == 1
    problem = report.problems[0]
    assert reason in str(problem) and name in str(problem)


def test_read_malformed_jsonl_lines_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": "ok", "text": "Peru met Chile."}\n{"id": broken\n{"id": "notext"}\n', encoding="utf-8")
    articles, report = _read([path])
    assert [a.id for a in articles] == ["ok"]
    lines = sorted(p.line for p in report.problems if p.line is not None)
    assert lines == [2, 3]
    assert "no text" in str(report.problems[1])


def test_read_huge_file_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (300 * 1024))
    articles, report = _read([big], max_bytes=1024 * 1024)
    assert articles == [] and "too large" in str(report.problems[0])


def test_read_missing_path_and_empty_glob(tmp_path: Path) -> None:
    articles, report = _read([tmp_path / "nope.txt", str(tmp_path / "*.txt")])
    assert articles == []
    assert len(report.problems) == 2


def test_read_same_article_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile and Peru met in Lima.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Chile and Peru  met in Lima.", encoding="utf-8")
    articles, report = _read([tmp_path / "a.txt", tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [a.id for a in articles] == ["a"]
    assert report.skipped["duplicate"] == 2
    assert "skipped 2" in report.summary()


def test_read_warc_takes_html_responses_only(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, ctype, body in [
            ("https://news.example/a", "text/html; charset=utf-8", HTML.encode()),
            ("https://news.example/logo.png", "image/png", b"\x89PNG..."),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
    articles, report = _read([path])
    assert len(articles) == 1 and articles[0].url == "https://news.example/a"
    assert report.skipped["non-HTML record"] == 1


def test_read_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Peru and Chile met in Lima.")))
    articles, _ = _read(["-"])
    assert len(articles) == 1 and articles[0].text.startswith("Peru")


def test_read_big_jsonl_streams_with_a_per_record_limit(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = [json.dumps({"id": f"a{n}", "text": f"Chile and Peru met in Lima on day {n}."}) for n in range(300)]
    rows.insert(5, json.dumps({"id": "huge", "text": "x" * 5000}))
    rows.insert(9, "{broken")
    path.write_text("\n".join(rows), encoding="utf-8")
    articles, report = _read([path], max_bytes=4096)  # the file is bigger than the limit: it streams
    assert len(articles) == 300
    assert sorted(p.line for p in report.problems if p.line) == [6, 10]
