"""tools/_gazetteer_names.py reads the build's hand lists from a TSV a user can extend, and names a bad row."""

from __future__ import annotations

import importlib.util
import types
from pathlib import Path

import pytest

_TOOL = Path(__file__).resolve().parents[1] / "tools" / "_gazetteer_names.py"


def _tool() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("_gazetteer_names_under_test", _TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tools_gazetteer_hand_lists_read_every_list(tmp_path: Path) -> None:
    path = tmp_path / "lists.tsv"
    path.write_text(
        "# a comment line\nlist\tgeonames_id\tnames\tnote\n"
        "not_name\t11\tWhen\t\npreferred\t22\tOld Town|Oldtown\tits old names\nextra\t33\t\ta village\n",
        encoding="utf-8",
    )
    lists = _tool().read_hand_lists(path)
    assert lists["not_name"] == {11: ["When"]}
    assert lists["preferred"] == {22: ["Old Town", "Oldtown"]}
    assert list(lists["extra"]) == [33] and lists["shadowing"] == {}


def test_tools_gazetteer_hand_lists_bundled_rows_feed_the_build() -> None:
    tool = _tool()
    assert len(tool.EXTRA_IDS) == len(set(tool.EXTRA_IDS)) > 5
    assert all(names for names in tool.PREFERRED.values())
    assert all(isinstance(gid, int) for gid in [*tool.NOT_NAMES, *tool.SHADOWING])


@pytest.mark.parametrize("row", ["wrong_list\t11\tWhen\t", "not_name\televen\tWhen\t"])
def test_tools_gazetteer_hand_lists_reject_a_bad_row(tmp_path: Path, row: str) -> None:
    path = tmp_path / "lists.tsv"
    path.write_text(f"list\tgeonames_id\tnames\tnote\nextra\t5\t\t\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="data row 2"):
        _tool().read_hand_lists(path)
