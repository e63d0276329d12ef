"""Nothing a newsroom archive holds may stop a read: each defect is one problem, the good articles stay."""

from __future__ import annotations

import errno
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from parley.document import Article
from parley.read import ReadReport, iter_articles
from parley.settings import Settings

GOOD = "Norway and Iceland met in Oslo on Sunday to discuss fishing rights."
PAGE = (
    "<html><head><title>Talks</title></head><body><article><p>"
    + " ".join(f"Norway and Iceland met in Oslo on Sunday, round {n} of talks on fishing rights." for n in range(30))
    + "</p></article></body></html>"
)


def _read(paths: list[str | Path], meta: Path | None = None, **settings: object) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(iter_articles(paths, Settings(**settings), meta=meta, report=report))  # type: ignore[arg-type]
    return articles, report


def _codes(report: ReadReport) -> list[str]:
    return [p.code for p in report.problems]


def _good_files(folder: Path, count: int = 3) -> None:
    for n in range(count):
        (folder / f"good{n}.txt").write_text(f"{GOOD} Round {n}.", encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links")
def test_read_robust_symlink_loop_beside_good_files(tmp_path: Path) -> None:
    _good_files(tmp_path, 6)
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "missing.txt")
    articles, report = _read([tmp_path])
    assert len(articles) == 6
    reasons = [str(p) for p in report.problems]
    assert len(reasons) == 3 and all(p.code == "E103" for p in report.problems)
    assert (
        sum("symbolic link loop" in r for r in reasons) == 2 and sum("broken symbolic link" in r for r in reasons) == 1
    )


def _lock(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """Listing ``locked`` fails as it does for a folder without read permission, even as root
    (the reader walks folders with ``os.walk``, which lists each one with ``os.scandir``)."""
    scandir = os.scandir

    def refusing(path: Any = ".") -> Any:
        if Path(os.fsdecode(path)).resolve() == locked.resolve():
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)


def _locked_tree(tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    _good_files(tmp_path, 2)
    locked = tmp_path / "locked"
    (locked / "deeper").mkdir(parents=True)
    (locked / "inside.txt").write_text(GOOD, encoding="utf-8")
    (locked / "deeper" / "below.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "good.txt").write_text("Chile and Peru signed a trade deal in Lima.", encoding="utf-8")
    return locked


def test_read_robust_unreadable_folder_is_reported_and_the_rest_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = _locked_tree(tmp_path)
    _lock(monkeypatch, locked)
    articles, report = _read([tmp_path])
    assert sorted(a.id for a in articles) == ["good", "good0", "good1"]
    assert _codes(report) == ["E122"] and report.failed == {"unreadable folder": 1}
    problem = report.problems[0]
    assert problem.source == str(locked) and str(problem) == (
        f"E122 {locked}: cannot read folder (Permission denied); its files are not read"
    )


def test_read_robust_unreadable_folder_is_one_line_and_ingest_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from parley.cli import app
    from parley.store import Store

    locked = _locked_tree(tmp_path / "in")
    _lock(monkeypatch, locked)
    db = tmp_path / "events.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("parley: E")]
    assert errors == [f"parley: E122 {locked}: cannot read folder (Permission denied); its files are not read"]
    with Store.open(db) as store:
        assert store.counts()["articles"] == 3


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every folder")
def test_read_robust_unreadable_folder_is_reported(tmp_path: Path) -> None:
    _good_files(tmp_path, 2)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "inside.txt").write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        articles, report = _read([tmp_path])
    finally:
        locked.chmod(0o755)
    assert len(articles) == 2
    assert _codes(report) == ["E122"] and "locked" in str(report.problems[0])
    assert "cannot read folder" in str(report.problems[0])


def test_read_robust_duplicate_ids_in_meta_are_named(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "two.txt").write_text("Chile and Peru signed a trade deal in Lima on Monday.", encoding="utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(
        json.dumps({"path": "one.txt", "id": "same"}) + "\n" + json.dumps({"path": "two.txt", "id": "same"}) + "\n",
        encoding="utf-8",
    )
    articles, report = _read([tmp_path], meta=meta)
    assert [a.id for a in articles] == ["same"]
    lines = [str(p) for p in report.problems]
    assert _codes(report) == ["E119", "E119"]
    assert "duplicate id 'same' (also on line 1)" in lines[0] and "meta.jsonl:2" in lines[0]
    assert "two.txt" in lines[1] and "first used by" in lines[1] and "one.txt" in lines[1]


def test_read_robust_same_text_twice_is_a_quiet_duplicate(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "copy.txt").write_text(GOOD + "\n", encoding="utf-8")
    articles, report = _read([tmp_path])
    assert len(articles) == 1 and report.skipped == {"duplicate": 1} and report.problems == []


@pytest.mark.parametrize("value", ["BRAZIL", "BR", "12A", "B R"])
def test_read_robust_metadata_source_country_as_strict_as_the_option(tmp_path: Path, value: str) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a", "text": GOOD, "source_country": value},
        {"id": "b", "text": GOOD + " Again.", "source_country": "bra"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    articles, report = _read([path])
    assert [(a.id, a.source_country) for a in articles] == [("a", None), ("b", "BRA")]
    assert (
        _codes(report) == ["E120"]
        and repr(value) in str(report.problems[0])
        and "feed.jsonl:1" in str(report.problems[0])
    )


def test_read_robust_jsonl_path_outside_its_folder_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Confidential: " + GOOD, encoding="utf-8")
    feed = tmp_path / "feeds"
    feed.mkdir()
    (feed / "inside.txt").write_text(GOOD, encoding="utf-8")
    rows = [{"path": str(secret)}, {"path": "../secret.txt"}, {"path": "inside.txt"}]
    (feed / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    articles, report = _read([feed / "feed.jsonl"])
    assert [a.id for a in articles] == ["inside"]
    assert _codes(report) == ["E121", "E121"] and "--allow-outside-paths" in str(report.problems[0])
    allowed, report = _read([feed / "feed.jsonl"], allow_outside_paths=True)
    assert [a.id for a in allowed] == ["secret", "inside"] and report.problems == []


def _warc_bytes(pages: list[tuple[str, str]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for url, html in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=http)
        )
    return out.getvalue()


def test_read_robust_truncated_warc_gz_is_reported_and_its_partial_page_not_stored(tmp_path: Path) -> None:
    data = _warc_bytes([("https://x.example/a", PAGE), ("https://x.example/b", PAGE.replace("Norway", "Sweden"))])
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data[:-300])
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    articles, report = _read([path, tmp_path / "good.txt"])
    assert [a.url for a in articles] == ["https://x.example/a", None]
    assert _codes(report) == ["E116"] and "truncated" in str(report.problems[0])


def test_read_robust_utf16_without_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "le.txt").write_bytes(GOOD.encode("utf-16-le"))
    (tmp_path / "be.txt").write_bytes(("Chile and Peru signed a trade deal in Lima, São Paulo.").encode("utf-16-be"))
    articles, report = _read([tmp_path / "le.txt", tmp_path / "be.txt"])
    assert [a.text for a in articles] == [GOOD, "Chile and Peru signed a trade deal in Lima, São Paulo."]
    assert report.problems == []


def test_read_robust_pdf_without_nul_bytes_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n")
    (tmp_path / "binary.txt").write_bytes(b"abc\x00\x01\x02\x03def\x00\xff")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    articles, report = _read([tmp_path])
    assert [a.id for a in articles] == ["good"]
    lines = sorted(str(p) for p in report.problems)
    assert _codes(report) == ["E107", "E107"]
    assert "NUL bytes" in lines[0] and "a PDF document" in lines[1]
