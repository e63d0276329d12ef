"""``lemma_fixes.tsv``, ``dateline_labels.txt`` and ``boilerplate.txt`` carry the ``# parley-data <table> v<N>``
line the other tables carry, read through the same version check: an unknown newer version stops with E305."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from parley.clean._dateline import _read_labels
from parley.errors import KnowledgeError
from parley.events._data_rows import load_lemma_fixes


def test_data_versions_bundled_files_name_their_table() -> None:
    data = resources.files("parley") / "data"
    assert (data / "lemma_fixes.tsv").read_text("utf-8").split("\n", 1)[0] == "# parley-data lemma_fixes v1"
    assert (data / "dateline_labels.txt").read_text("utf-8").split("\n", 1)[0] == "# parley-data dateline_labels v1"


def test_data_versions_lemma_fixes_newer_version_stops_with_e305(tmp_path: Path) -> None:
    (tmp_path / "lemma_fixes.tsv").write_text(
        "# parley-data lemma_fixes v9\nform\tpos\tlemma\nsaid\tVERB\tutter\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeError) as info:
        load_lemma_fixes((tmp_path,))
    assert info.value.code == "E305"


def test_data_versions_lemma_fixes_user_file_v1_or_none_reads(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "lemma_fixes.tsv").write_text(
        "# parley-data lemma_fixes v1\nform\tpos\tlemma\nsaid\tVERB\tutter\n"
    )
    (tmp_path / "b" / "lemma_fixes.tsv").write_text("form\tpos\tlemma\nwent\tVERB\twander\n")
    fixes = load_lemma_fixes((tmp_path / "a", tmp_path / "b"))
    assert fixes[("said", "VERB")] == "utter" and fixes[("went", "VERB")] == "wander"
    assert fixes[("staged", "VERB")] == "stage"  # the bundled rows still read


def test_data_versions_lemma_fixes_other_table_stops_with_e302(tmp_path: Path) -> None:
    (tmp_path / "lemma_fixes.tsv").write_text("# parley-data triggers v1\nform\tpos\tlemma\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        load_lemma_fixes((tmp_path,))
    assert info.value.code == "E302"


def test_data_versions_dateline_labels_version_check() -> None:
    assert _read_labels("# parley-data dateline_labels v1\nUpdate\n# a note\nBreaking News\n", "t") == {
        "update",
        "breaking news",
    }
    for text, code in (
        ("# parley-data dateline_labels v2\nupdate\n", "E305"),
        ("# parley-data boilerplate v1\nupdate\n", "E302"),
        ("update\n", "E301"),
    ):
        with pytest.raises(KnowledgeError) as info:
            _read_labels(text, "t")
        assert info.value.code == code


def test_data_versions_lemma_fixes_old_header_wording_still_reads(tmp_path: Path) -> None:
    # the bundled file's first line was "# parley-data lemma fixes v1" before stop 68: a user file that
    # copied it is a plain comment, not another table
    (tmp_path / "lemma_fixes.tsv").write_text(
        "# parley-data lemma fixes v1\nform\tpos\tlemma\nsaid\tVERB\tutter\n", encoding="utf-8"
    )
    assert load_lemma_fixes((tmp_path,))[("said", "VERB")] == "utter"


def test_data_versions_events_tables_user_file_checked_above_the_header_only(tmp_path: Path) -> None:
    from parley.events._data_rows import data_rows

    (tmp_path / "triggers.tsv").write_text("# parley-data plover v1\nlemma\ttype\nraid\tASSAULT\n", encoding="utf-8")
    with pytest.raises(KnowledgeError) as info:
        list(data_rows("triggers.tsv", (tmp_path,)))
    assert info.value.code == "E302"
    # a version-like comment below the header is a row's note, not the file's version
    (tmp_path / "contexts.tsv").write_text(
        "keyword\tcontext\n# parley-data contexts v9\nblockade\tnaval\n", encoding="utf-8"
    )
    rows = [r for p, _, r in data_rows("contexts.tsv", (tmp_path,)) if p == str(tmp_path / "contexts.tsv")]
    assert rows == [{"keyword": "blockade", "context": "naval"}]


def test_data_versions_boilerplate_first_line_checked_as_a_version_line(tmp_path: Path) -> None:
    from parley.clean._boilerplate import _patterns

    for first, code in (
        ("# parley-data boilerplate v2", "E305"),
        ("# parley-data dateline_labels v1", "E302"),
        ("^share this$", "E301"),
    ):
        folder = tmp_path / code
        folder.mkdir()
        (folder / "boilerplate.txt").write_text(f"{first}\n^print this page$\n", encoding="utf-8")
        with pytest.raises(KnowledgeError) as info:
            _patterns((folder,))
        assert info.value.code == code
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "boilerplate.txt").write_text("# parley-data boilerplate v1\n^print this page$\n")
    line, _ = _patterns((tmp_path / "ok",))
    assert line("Print this page")
