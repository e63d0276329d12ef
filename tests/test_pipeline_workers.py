"""Worker processes: the same Documents in input order, streamed with a bounded read-ahead."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator

import pytest

from parley import Pipeline, Settings
from parley.document import Article
from parley.pipeline import IN_FLIGHT, set_aside_loaded

SENTENCES = [
    "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday.",
    "Protesters rallied outside the French embassy in Ankara on Sunday.",
    "North Korea accused the United States of hostile policy on Monday.",
    "Japan pledged $10 million in aid to Sudan on Friday.",
]


def _articles(count: int | None, read: list[int]) -> Iterator[Article]:
    n = 0
    while count is None or n < count:
        read.append(n)
        yield Article(id=f"a{n}", text=SENTENCES[n % len(SENTENCES)])
        n += 1


def test_pipeline_workers_give_the_documents_of_one_process_in_order() -> None:
    one = list(Pipeline(Settings(workers=1)).process(_articles(12, [])))
    two = list(Pipeline(Settings(workers=2, batch_size=2)).process(_articles(12, [])))
    assert [d.id for d in two] == [f"a{n}" for n in range(12)]
    assert [(d.id, d.text, [e.to_plover() for e in d.events]) for d in two] == [
        (d.id, d.text, [e.to_plover() for e in d.events]) for d in one
    ]
    assert all(d.spacy is None for d in two)
    assert sum(len(d.events) for d in two) > 0


def test_pipeline_workers_read_a_bounded_number_of_articles_ahead() -> None:
    read: list[int] = []
    stream = Pipeline(Settings(workers=2, batch_size=2)).process(_articles(None, read))  # endless input
    first = [next(stream).id for _ in range(3)]
    stream.close()  # stops the workers
    assert first == ["a0", "a1", "a2"]
    # at most IN_FLIGHT batches per worker are handed out ahead of what was taken
    assert len(read) <= (2 * IN_FLIGHT + 2) * 2


@pytest.mark.parametrize("workers", [1, 2])
def test_pipeline_workers_a_stop_ends_the_stream_and_the_reading(workers: int) -> None:
    read: list[int] = []
    taken: list[str] = []
    stream = Pipeline(Settings(workers=workers, batch_size=2)).process(
        _articles(None, read), stop=lambda: len(taken) >= 3
    )  # endless input: only the stop ends it
    for doc in stream:
        taken.append(doc.id)
        assert len(taken) <= 4, "the stream went on after the stop"
    assert taken[:3] == ["a0", "a1", "a2"]
    assert len(read) <= (2 * IN_FLIGHT + 2) * 2


def test_pipeline_workers_a_stop_before_the_start_starts_no_worker() -> None:
    pipeline = Pipeline(Settings(workers=2))
    assert list(pipeline.process(_articles(4, []), stop=lambda: True)) == []
    assert multiprocessing.active_children() == []


def test_pipeline_set_aside_loaded_freezes_only_while_the_stream_runs() -> None:
    kept = [object()]  # alive when the stream starts: set aside while it runs
    stream = set_aside_loaded(iter(["first", "second"]))
    assert next(stream) == "first"
    assert gc.get_freeze_count() > 0
    stream.close()  # a closed stream puts everything back: nothing it froze outlives it
    assert gc.get_freeze_count() == 0
    assert kept
