"""Acts done "in protest" or "to protest": the aim makes a blocking or a closing a protest."""

from __future__ import annotations

from parley.events._in_protest import done_in_protest


def test_in_protest_read_on_a_purpose_clause(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert done_in_protest(parse("Farmers blocked the road to protest the new tax.", "blocked"), words)


def test_in_protest_read_where_the_parser_hangs_it_from_the_object(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert done_in_protest(parse("Some 300 drivers blocked the crossing in protest at the queues.", "blocked"), words)


def test_in_protest_absent_from_a_plain_blocking(parse, words) -> None:  # type: ignore[no-untyped-def]
    assert not done_in_protest(parse("Police blocked the crossing on Monday.", "blocked"), words)


def test_in_protest_as_manner_is_no_complaint(parse) -> None:  # type: ignore[no-untyped-def]
    from parley.events._in_protest import protest_as_manner

    assert protest_as_manner(parse("Traders shut their shops in protest at the fees.", "protest"))
    assert not protest_as_manner(parse("Hanoi lodged a protest with Beijing.", "protest"))
