from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from parley.errors import SettingsError
from parley.export import write_events

RECORD: dict[str, Any] = {
    "id": "d:e1", "doc_id": "d", "date": "2021-10-27", "date_precision": "day", "event": ["CONSULT"], "mode": ["visit"],
    "context": ["diplomatic"], "actor": [{"code": "KOR", "sector": "GOV", "entity_text": "Chung"}],
    "recipient": [{"code": "RUS", "sector": "GOV", "entity_text": "Lavrov"}],
    "event_loc": {"extracted_place": "Moscow", "resolved_place": "Moscow", "country_code": "RUS", "lat": 55.75,
                  "lon": 37.62, "geonameid": 524901},
    "quad_code": 1, "event_scale": 4.0, "cameo": "042", "event_text": "met", "text": "They met in Moscow.",
    "confidence": 0.8, "num_mentions": 3, "num_articles": 2, "num_sources": 2,
}  # fmt: skip


def test_export_plover_jsonl_roundtrip() -> None:
    out = io.StringIO()
    assert write_events([RECORD, RECORD], "plover", out) == 2
    assert [json.loads(line) for line in out.getvalue().splitlines()] == [RECORD, RECORD]


def test_export_csv_and_parquet_share_columns(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    write_events([RECORD], "csv", tmp_path / "e.csv")
    write_events([RECORD], "parquet", tmp_path / "e.parquet")
    header = (tmp_path / "e.csv").read_text().splitlines()[0].split(",")
    table = pq.read_table(tmp_path / "e.parquet")
    assert table.column_names == header
    assert table.to_pylist()[0]["actor_codes"] == "KOR" and table.to_pylist()[0]["geonameid"] == 524901


def test_export_gdelt_row_has_cameo_root_and_counts() -> None:
    out = io.StringIO()
    write_events([RECORD], "gdelt", out)
    header, row = (line.split("\t") for line in out.getvalue().splitlines())
    assert len(header) == len(row) == 25
    cells = dict(zip(header, row, strict=True))
    assert cells["SQLDATE"] == "20211027" and cells["EventRootCode"] == "04" and cells["EventBaseCode"] == "042"
    assert cells["Actor1CountryCode"] == "KOR" and cells["Actor2CountryCode"] == "RUS" and cells["QuadClass"] == "1"
    assert cells["NumMentions"] == "3" and cells["ActionGeo_FeatureID"] == "524901"


def test_export_table_and_unknown_format() -> None:
    out = io.StringIO()
    write_events([RECORD], "table", out)
    assert "CONSULT" in out.getvalue() and "Moscow" in out.getvalue()
    with pytest.raises(SettingsError, match="unknown format"):
        write_events([RECORD], "xml", out)


def test_export_csv_says_how_each_actor_was_resolved(tmp_path: Path) -> None:
    import csv

    how = '"He" stands for "Chung Eui-yong" (the person named last)'
    record = {**RECORD, "actor": [{**RECORD["actor"][0], "resolved_by": how}, {"code": "USA", "entity_text": "US"}]}
    write_events([record], "csv", tmp_path / "e.csv")
    with (tmp_path / "e.csv").open(encoding="utf-8", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert header[-2:] == ["actor_resolved_by", "recipient_resolved_by"]  # after the columns that were there
    cells = dict(zip(header, row, strict=True))
    assert (cells["actor_codes"], cells["actor_resolved_by"]) == ("KOR;USA", how + ";")  # the named one: ''
    assert cells["recipient_resolved_by"] == "" and cells["recipient_texts"] == "Lavrov"
    out = io.StringIO()
    write_events([record], "plover", out)
    assert json.loads(out.getvalue())["actor"][0]["resolved_by"] == how
