from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from parley.cli import app

runner = CliRunner()


def _events(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def _find(events: list[dict[str, Any]], type_: str, codes: set[str]) -> dict[str, Any]:
    for e in events:
        sides = {a["code"] for a in e["actor"]} | {r["code"] for r in e["recipient"]}
        if e["event"] == [type_] and codes <= sides:
            return e
    raise AssertionError(f"no {type_} between {codes}")


def test_extract_cli_seed_meetings_with_evidence(shared: Path) -> None:
    seeds = shared / "corpus" / "seeds"
    result = runner.invoke(app, ["extract", str(seeds), "--meta", str(seeds / "meta.jsonl")])
    assert result.exit_code == 0, result.output
    events = _events(result.stdout)
    assert all(e["doc_id"] for e in events)
    moscow_2002 = _find([e for e in events if e["doc_id"].startswith("xinhua")], "CONSULT", {"PRK", "RUS"})
    assert moscow_2002["date"] == "2002-05-21" and moscow_2002["event_loc"]["resolved_place"] == "Moscow"
    moscow_2021 = _find([e for e in events if e["doc_id"].startswith("joongang")], "CONSULT", {"KOR", "RUS"})
    assert moscow_2021["date"] == "2021-10-27" and moscow_2021["event_loc"]["resolved_place"] == "Moscow"
    assert moscow_2021["event_loc"]["geonameid"] == 524901


def test_extract_cli_offsets_point_into_cleaned_text(tmp_path: Path) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(
        "Ministers meet in Oslo\n\nOSLO, June 3 (Wire) -- Norway's foreign minister met his Swedish counterpart "
        "Anna Berg in Oslo on Monday.\n\nSweden later accused Russia of violating its airspace.",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(article), "--published", "2024-06-04"])
    assert result.exit_code == 0, result.output
    from parley.clean import clean_document
    from parley.document import Article, Document
    from parley.settings import Settings

    cleaned = clean_document(Document(article=Article(id="talks", text=article.read_text())), Settings()).text
    events = _events(result.stdout)
    assert events
    for e in events:
        info = e["text_info"]
        assert cleaned[info["start"] : info["end"]] == e["text"]
        assert e["event_text"].split(",")[0] in e["text"]
    accuse = _find(events, "ACCUSE", {"SWE", "RUS"})
    assert accuse["actor"][0]["code"] == "SWE" and accuse["quad_code"] == 3


def test_extract_cli_table_and_csv_formats(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("France expelled two Iranian diplomats on Monday.", encoding="utf-8")
    table = runner.invoke(app, ["extract", str(article), "--format", "table", "--published", "2024-01-10"])
    assert table.exit_code == 0 and "SANCTION" in table.stdout
    out = tmp_path / "e.csv"
    csv = runner.invoke(app, ["extract", str(article), "--format", "csv", "-o", str(out), "--published", "2024-01-10"])
    assert csv.exit_code == 0
    lines = out.read_text().splitlines()
    assert lines[0].startswith("id,doc_id,date") and "FRA" in lines[1] and "IRN" in lines[1]


def test_extract_cli_bad_inputs_reported_and_rest_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Germany praised Poland on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "latin1.txt").write_bytes("Peña met Macri.".encode("latin-1"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "feed.jsonl").write_text('{"id": "j1", "text": "Chile thanked Peru."}\n{oops\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "2024-01-10"])
    assert result.exit_code == 0
    problems = [line for line in result.stderr.splitlines() if re.match(r"parley: E\d{3} \S", line)]
    assert len(problems) == 5
    assert any("feed.jsonl:2" in p for p in problems)
    assert {e["doc_id"] for e in _events(result.stdout)} >= {"good", "j1"}


def test_extract_cli_nothing_readable_exits_nonzero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    assert "empty" in result.stderr


def test_extract_cli_missing_model_says_what_to_install(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("France praised Spain.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "--model", "no_such_model_xyz"])
    assert result.exit_code == 2
    assert "E202" in result.stderr and "install" in result.stderr
