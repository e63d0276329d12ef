"""The call replayer's pieces: its target specs, a base revision's module loaded beside the worktree's."""

from __future__ import annotations

import sys

import pytest

from _bench_setup import load_bench


def test_bench_replay_calls_target_reads_module_function_and_drain_flag() -> None:
    replay = load_bench("replay_calls")
    plain = replay.Target.parse("parley.events._parse:governing_verb")
    drained = replay.Target.parse("parley.coder._sparse:_up:list")
    assert (plain.module, plain.function, plain.drained) == ("parley.events._parse", "governing_verb", False)
    assert drained.drained is True
    with pytest.raises(ValueError):
        replay.Target.parse("parley.events._parse")
    with pytest.raises(ValueError):
        replay.Target.parse("parley.coder._sparse:_up:tuple")


def test_bench_replay_calls_base_module_imports_relative_to_the_worktree_package() -> None:
    replay = load_bench("replay_calls")
    source = "from ._parse import VERB_POS\n\ndef verbal(pos):\n    return pos in VERB_POS\n"
    base = replay.module_from_source("parley.events._invented_probe", source, "invented.py")
    try:
        assert base.__name__ == "parley.events._invented_probe_base"
        assert base.verbal("VERB") is True
        assert base.verbal("NOUN") is False
    finally:
        sys.modules.pop(base.__name__, None)
