"""The ingest progress bar's quick count of the inputs (for its ETA)."""

from __future__ import annotations

import gzip
from pathlib import Path

from parley.cli._progress import count_inputs


def test_cli_progress_counts_files_and_jsonl_lines_without_parsing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Two.</p>", encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text('{"id": "a"}\n', encoding="utf-8")  # metadata, not input
    (tmp_path / ".hidden.txt").write_text("no", encoding="utf-8")
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "c.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    with gzip.open(sub / "d.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write('{"text": "z"}\n')
    (sub / "notes.csv").write_text("not an input", encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 2 + 2 + 1
    assert count_inputs([str(tmp_path / "*.txt"), str(sub / "c.jsonl")]) == 1 + 2
    assert count_inputs([str(tmp_path / "missing.txt")]) == 0


def test_cli_progress_cannot_count_stdin_json_or_warc(tmp_path: Path) -> None:
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    assert count_inputs(["-"]) is None
    assert count_inputs([str(tmp_path)]) is None
    (tmp_path / "crawl.warc.gz").write_bytes(b"")
    assert count_inputs([str(tmp_path / "crawl.warc.gz")]) is None
