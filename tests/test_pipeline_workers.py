"""Worker processes: the same Documents in input order, streamed with a bounded read-ahead."""

from __future__ import annotations

from collections.abc import Iterator

from parley import Pipeline, Settings
from parley.document import Article
from parley.pipeline import IN_FLIGHT

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
