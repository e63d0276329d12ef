"""Bad inputs from the generator (tools/bad_inputs.py) and random input (Hypothesis): every bad input is
one clear line, every good article of the same run is read and stored, and offsets stay true."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from parley import Pipeline, Settings
from parley.clean import clean_text
from parley.document import Article
from parley.read import ReadReport, iter_articles

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from bad_inputs import GOOD_TEXTS, write_bad_inputs  # noqa: E402

MAX_BYTES = 1_000_000
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(paths: list[Path], **options: object) -> tuple[list[Article], ReadReport]:
    report = ReadReport()
    articles = list(iter_articles(paths, Settings(max_bytes=MAX_BYTES, **options), report=report))  # type: ignore[arg-type]
    return articles, report


def test_robust_fuzz_generated_bad_inputs_are_one_line_each_and_the_good_ones_read(tmp_path: Path) -> None:
    expected = write_bad_inputs(tmp_path / "in", max_bytes=MAX_BYTES)
    articles, report = _read([tmp_path / "in"])
    failures = [p for p in report.problems if p.code not in ("E109", "E118")]
    found: dict[str, list[str]] = {}
    for problem in failures:
        name = Path(problem.source.split("#")[0]).name
        found.setdefault(name, []).append(problem.code)
        assert "\n" not in str(problem) and len(str(problem)) < 400
    assert {n: ",".join(c) for n, c in found.items()} == {n: c for n, c in expected.items() if c}
    read = {Path(a.origin.split(":")[0].split("#")[0]).name for a in articles}
    assert {n for n, c in expected.items() if c is None} <= read
    assert sorted(a.origin.rsplit(":", 1)[1] for a in articles if ".jsonl:" in a.origin) == ["1", "6", "7"]


def test_robust_fuzz_generated_bad_inputs_cost_no_good_article_in_an_ingest(tmp_path: Path) -> None:
    from parley.cli import app
    from parley.store import Store

    write_bad_inputs(tmp_path / "in", max_bytes=MAX_BYTES)
    report = ReadReport()  # what the command reads: with its limits (20 MB a file)
    good = list(iter_articles([tmp_path / "in"], Settings(), report=report))
    assert len(good) >= 10
    db = tmp_path / "events.duckdb"
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "in"), "--db", str(db), "--workers", "1"])
    assert result.exit_code == 0, result.output
    problem_lines = [line for line in result.stderr.splitlines() if re.match(r"parley: E\d{3} \S", line)]
    assert len(problem_lines) == len(report.problems)
    with Store.open(db) as store:
        stored = {r["id"] for r in store.query("SELECT id FROM articles WHERE status <> 'failed'")}
    assert stored == {a.id for a in good}


@given(st.binary(max_size=3000))
@FUZZ
def test_robust_fuzz_random_bytes_file_is_read_or_one_problem(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    for name in ("x.txt", "x.html", "x.jsonl", "x.json", "x.warc", "x.txt.gz"):
        (folder / name).write_bytes(data)
    articles, report = _read([folder])  # never raises
    for name in ("x.txt", "x.html", "x.json", "x.txt.gz"):
        mine = [a for a in articles if Path(a.origin.split("#")[0]).name == name]
        failed = [p for p in report.problems if Path(p.source.split("#")[0]).name == name and p.code not in ("E109",)]
        if name != "x.json":
            assert len(mine) + len(failed) >= 1, name
    assert all("\n" not in str(p) for p in report.problems)


_ROW = st.one_of(
    st.fixed_dictionaries({"text": st.text(max_size=80)}),
    st.fixed_dictionaries({"id": st.text(max_size=8), "text": st.sampled_from(GOOD_TEXTS)}),
    st.fixed_dictionaries({"html": st.text(max_size=80)}),
    st.fixed_dictionaries({"path": st.text(max_size=20)}),
    st.fixed_dictionaries(
        {"text": st.sampled_from(GOOD_TEXTS), "published": st.text(max_size=12), "source_country": st.text(max_size=6)}
    ),
    st.lists(st.integers(), max_size=3),
    st.recursive(st.none() | st.booleans() | st.integers(), lambda c: st.lists(c, max_size=3), max_leaves=20),
)


@given(st.lists(st.one_of(_ROW.map(json.dumps), st.text(max_size=40)), max_size=12))
@FUZZ
def test_robust_fuzz_random_jsonl_lines_each_give_an_article_or_a_problem(
    tmp_path_factory: pytest.TempPathFactory, lines: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("jsonl")
    path = folder / "feed.jsonl"
    path.write_text("\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines) + "\n", encoding="utf-8")
    articles, report = _read([path])
    assert all("\n" not in str(p) for p in report.problems)
    assert len(articles) <= len(lines)


_JUNK = st.sampled_from(
    ["\u00a0", "\u200b", "\t", "  ", "\n", "\n\n\n", "\r\n", "&amp;", "\u2019", "\ufeff", "\u00ad", "\x0c", "ﬁ"]
    + ["e\u0301", "<b>", "A" * 50]
)
_PIECE = st.one_of(st.sampled_from(GOOD_TEXTS), _JUNK, st.text(max_size=12))


@given(st.lists(_PIECE, max_size=30), st.none() | st.text(max_size=30))
@FUZZ
def test_robust_fuzz_cleaner_never_fails(pieces: list[str], title: str | None) -> None:
    text, cleaned_title = clean_text("".join(pieces), title, Settings())
    assert isinstance(text, str) and (cleaned_title is None or isinstance(cleaned_title, str))


@given(st.lists(_PIECE, min_size=1, max_size=16))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_robust_fuzz_event_offsets_point_at_their_text_after_cleaning(pipeline: Pipeline, pieces: list[str]) -> None:
    doc = next(pipeline.process([Article(id="fuzz", text=" ".join(pieces) or "x")]))
    for event in doc.events:
        assert doc.text[event.start : event.end] == event.text
        for mention in event.mentions:
            assert doc.text[mention.start : mention.end] == mention.text
