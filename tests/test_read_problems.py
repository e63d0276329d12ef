"""Bad inputs: each is one clear problem (file, line or record, reason), and the rest is still read."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from parley.document import Article
from parley.read import ReadReport, iter_articles
from parley.settings import Settings

GOOD = "Norway and Iceland met in Oslo on Sunday."


def _read(paths: list[str | Path], meta: Path | None = None, **settings: int) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(iter_articles(paths, Settings(**settings), meta=meta, report=report))  # type: ignore[arg-type]
    return articles, report


def test_read_truncated_gzip_jsonl_keeps_the_lines_before_the_damage(tmp_path: Path) -> None:
    rows = "".join(json.dumps({"id": f"r{n}", "text": f"{GOOD} Round {n} of many talks."}) + "\n" for n in range(2000))
    path = tmp_path / "feed.jsonl.gz"
    data = gzip.compress(rows.encode())
    path.write_bytes(data[: len(data) // 2])
    articles, report = _read([path])
    assert 0 < len(articles) < 2000 and articles[0].id == "r0"
    assert report.failed == {"truncated gzip": 1} and str(path) in str(report.problems[0])


def test_read_gzip_that_inflates_past_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a " * 100_000))
    articles, report = _read([path], max_bytes=10_000)
    assert articles == [] and report.failed == {"too large": 1}


def test_read_junk_in_a_folder_is_reported_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "README").write_text("notes", encoding="utf-8")
    (tmp_path / "nul.html").write_bytes(b"<html>\x00\x00</html>")
    (tmp_path / "crawl.warc").write_bytes(b"WARC/1.0\r\nthis is not a warc")
    (tmp_path / "data.json").write_text("42", encoding="utf-8")
    articles, report = _read([tmp_path])
    assert [a.id for a in articles] == ["good"]
    assert report.failed == {"unknown type": 2, "binary": 1, "damaged warc": 1, "not a json object": 1}
    assert len(report.problems) == 5
    assert all(p.source.startswith(str(tmp_path)) for p in report.problems)


def test_read_jsonl_bad_rows_name_their_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Iceland recalled its envoy.", encoding="utf-8")
    lines = [
        json.dumps({"id": "ok", "text": GOOD}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "n", "text": 12}),
        json.dumps({"path": "missing.txt"}),
        json.dumps({"path": "other.jsonl"}),
        json.dumps({"html": "<html><body><nav>Home</nav></body></html>"}),
        json.dumps({"path": "a.txt", "published": "2011-02-30"}),
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, report = _read([path])
    assert [(a.id, a.published) for a in articles] == [("ok", None), ("a", None)]
    assert [(p.line, p.code) for p in report.problems] == [
        (2, "E112"),
        (3, "E114"),
        (4, "E113"),
        (5, "E113"),
        (6, "E117"),
        (7, "E115"),
    ]
    assert "'missing.txt'" in str(report.problems[2])
    assert report.failed == {"not a json object": 1, "no text": 1, "bad path": 2, "no article text": 1}


def test_read_missing_meta_and_bad_meta_lines_do_not_stop_reading(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    articles, report = _read([tmp_path / "a.txt"], meta=tmp_path / "nope.jsonl")
    assert [a.id for a in articles] == ["a"] and report.failed == {"missing": 1}
    (tmp_path / "meta.jsonl").write_text('{"path": "a.txt", "id": "x"}\n{oops\n', encoding="utf-8")
    articles, report = _read([tmp_path])
    assert [a.id for a in articles] == ["x"]
    assert [(p.source, p.line) for p in report.problems] == [(str(tmp_path / "meta.jsonl"), 2)]


def test_read_size_limit_is_checked_per_file_not_per_jsonl_dump(tmp_path: Path) -> None:
    (tmp_path / "big.html").write_text("<p>" + "word " * 5000 + "</p>", encoding="utf-8")
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps({"text": f"{GOOD} {n}"}) for n in range(500)), encoding="utf-8")
    articles, report = _read([tmp_path], max_bytes=8000)
    assert len(articles) == 500
    assert report.failed == {"too large": 1} and "big.html" in str(report.problems[0])


def test_read_never_raises_and_counts_everything(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    sources: list[str | Path] = [tmp_path / "a.txt", tmp_path / "gone", str(tmp_path / "*.nothing"), tmp_path / "a.txt"]
    articles, report = _read(sources)
    assert len(articles) == 1
    assert report.summary() == "read 1, skipped 1 (duplicate: 1), failed 2 (missing: 2)"
