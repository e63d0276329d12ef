"""While a stream runs, the collector's youngest generation waits for more allocations; afterwards
the caller's thresholds are back as they were."""

from __future__ import annotations

import gc

from parley.pipeline import GC_GEN0, set_aside_loaded


def test_pipeline_gc_threshold_raised_while_the_stream_runs() -> None:
    before = gc.get_threshold()
    gc.set_threshold(700, 11, 12)
    try:
        stream = set_aside_loaded(iter(["first", "second"]))
        assert next(stream) == "first"
        assert gc.get_threshold() == (GC_GEN0, 11, 12)  # only the youngest generation's threshold moves
        stream.close()
        assert gc.get_threshold() == (700, 11, 12)
    finally:
        gc.set_threshold(*before)


def test_pipeline_gc_threshold_left_alone_when_higher_or_switched_off() -> None:
    before = gc.get_threshold()
    try:
        for threshold in (0, 2 * GC_GEN0):  # 0: the caller switched automatic collection off
            gc.set_threshold(threshold, 10, 10)
            assert list(set_aside_loaded(iter(["only"]))) == ["only"]
            stream = set_aside_loaded(iter(["first", "second"]))
            next(stream)
            assert gc.get_threshold() == (threshold, 10, 10)
            stream.close()
    finally:
        gc.set_threshold(*before)
