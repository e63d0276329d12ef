"""Shared by the tool tests: a tool's ``main`` refuses a report-only set before it reads anything."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import ModuleType

import pytest

__all__ = ["assert_refuses_report_only"]


def assert_refuses_report_only(
    monkeypatch: pytest.MonkeyPatch, tool: ModuleType, readers: Iterable[str], runs: Iterable[Sequence[str]]
) -> None:
    """Each argument list of ``runs`` given to ``tool.main`` stops with argparse's usage error (exit 2,
    the shared develop-on refusal), and none of the tool's ``readers`` (names of its functions that would
    read or score the set) is reached."""

    def never(*_args: object) -> None:
        raise AssertionError("a report-only set was read")

    for name in readers:
        monkeypatch.setattr(tool, name, never)
    for argv in runs:
        with pytest.raises(SystemExit) as info:
            tool.main(list(argv))
        assert info.value.code == 2
