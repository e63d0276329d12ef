"""Reading text that is not (only) UTF-8: what is read, what is refused, and what is said."""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

import pytest

from parley.read import ReadReport, iter_articles
from parley.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures" / "read"


def _read(*paths: Path) -> tuple[list[str], ReadReport]:
    report = ReadReport()
    texts = [a.text for a in iter_articles(list(paths), Settings(), report=report)]
    return texts, report


def test_read_cp1252_file_is_read_with_one_warning() -> None:
    texts, report = _read(FIXTURES / "legacy-cp1252.txt")
    assert len(texts) == 1
    assert "Bogotá" in texts[0] and "Friday – the" in texts[0] and "“useful”" in texts[0] and "€ 40" in texts[0]
    assert [p.code for p in report.problems] == ["E109"]
    assert not report.failed and report.read == 1


def test_read_mixed_encoding_file_decodes_each_line_on_its_own(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Peña met Müller in Zürich.\n".encode() + "Peña met Müller in Zürich again.\n".encode("cp1252"))
    texts, report = _read(path)
    assert texts == ["Peña met Müller in Zürich.\nPeña met Müller in Zürich again.\n"]
    assert "1 line(s) read as Windows-1252" in str(report.problems[0])


def test_read_other_single_byte_scripts_are_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "greek.txt"
    path.write_bytes("Οι υπουργοί συναντήθηκαν στην Αθήνα.".encode("cp1253"))
    texts, report = _read(path)
    assert texts == []
    assert report.failed == {"not utf-8": 1}
    assert "iconv" in str(report.problems[0]) and "greek.txt" in str(report.problems[0])


def test_read_utf8_bom_and_utf16_bom_files(tmp_path: Path) -> None:
    (tmp_path / "bom8.txt").write_bytes(codecs.BOM_UTF8 + b"Peru and Chile met.")
    (tmp_path / "bom16.txt").write_bytes("Chile and Bolivia met in La Paz.".encode("utf-16"))
    texts, report = _read(tmp_path)
    assert texts == ["Chile and Bolivia met in La Paz.", "Peru and Chile met."]  # sorted: bom16, bom8
    assert not report.problems


def test_read_report_summary_and_warning_log(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile and Peru met in Lima.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Chile and Peru met in Lima.", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_bytes("Народ".encode("koi8-r") * 5)
    with caplog.at_level(logging.WARNING, logger="parley.read"):
        _, report = _read(tmp_path)
    assert report.summary() == "read 1, skipped 1 (duplicate: 1), failed 2 (empty: 1, not utf-8: 1)"
    assert [r.levelno for r in caplog.records] == [logging.WARNING, logging.WARNING]
    assert "c.txt: empty" in caplog.records[0].getMessage()
