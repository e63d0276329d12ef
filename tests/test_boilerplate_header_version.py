"""``boilerplate.txt``'s first line is read through ``knowledge.check_version`` like the other tables':
no version line stops with E301, another table's name with E302, a newer version with E305."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.clean._boilerplate import strip_boilerplate
from parley.errors import KnowledgeError


def _user_file(folder: Path, first: str) -> tuple[Path, ...]:
    (folder / "boilerplate.txt").write_text(f"{first}\n# a note\n^Subscribe to our letter$\n", encoding="utf-8")
    return (folder,)


def test_boilerplate_header_v1_user_file_reads(tmp_path: Path) -> None:
    dirs = _user_file(tmp_path, "# parley-data boilerplate v1")
    body, _ = strip_boilerplate("Troops crossed the river.\nSubscribe to our letter\n", None, dirs)
    assert "Subscribe" not in body and "Troops crossed the river." in body


@pytest.mark.parametrize(
    ("first", "code"),
    [
        ("# parley-data boilerplate v2", "E305"),
        ("# parley-data dateline_labels v1", "E302"),
        ("^Skip to content$", "E301"),
        ("# boilerplate", "E301"),
    ],
)
def test_boilerplate_header_bad_first_line_stops(tmp_path: Path, first: str, code: str) -> None:
    dirs = _user_file(tmp_path, first)
    with pytest.raises(KnowledgeError) as info:
        strip_boilerplate("Troops crossed the river.\n", None, dirs)
    assert info.value.code == code


def test_boilerplate_header_check_is_the_shared_knowledge_one() -> None:
    import parley.knowledge

    assert "check_first_line" in parley.knowledge.__all__
    parley.knowledge.check_first_line(Path("x.txt"), "  # parley-data boilerplate v1  ", "boilerplate")
    with pytest.raises(KnowledgeError) as info:
        parley.knowledge.check_first_line(Path("x.txt"), "", "boilerplate")
    assert info.value.code == "E301" and "# parley-data boilerplate v<N>" in str(info.value)
    # every first-line stop names the file's line 1, as the version check's E302 and E305 do
    for first in ("", "# parley-data dateline_labels v1", "# parley-data boilerplate v9"):
        with pytest.raises(KnowledgeError) as info:
            parley.knowledge.check_first_line(Path("x.txt"), first, "boilerplate")
        assert f"{info.value.code} x.txt:1: " in str(info.value)
