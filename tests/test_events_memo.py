"""Token verdicts kept per document (parley.events._memo)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from parley.events._memo import per_token


class _Reader:
    def __init__(self) -> None:
        self.ctx = SimpleNamespace(parse_memo={})
        self.asked: list[int] = []

    @per_token
    def _is_long(self, token: Any) -> bool | None:
        self.asked.append(token.i)
        return None if token.i == 2 else len(token.text) > 4

    @per_token
    def _first_letter(self, token: Any) -> str:
        return str(token.text[0])


def test_memo_per_token_asks_each_token_once() -> None:
    reader = _Reader()
    army, it = SimpleNamespace(i=0, text="army"), SimpleNamespace(i=2, text="it")
    assert [reader._is_long(army), reader._is_long(army), reader._is_long(it), reader._is_long(it)] == [
        False,
        False,
        None,
        None,
    ]
    assert reader.asked == [0, 2]  # a None answer is kept too


def test_memo_per_token_keeps_methods_apart_and_goes_with_the_context() -> None:
    reader = _Reader()
    police = SimpleNamespace(i=1, text="police")
    assert reader._is_long(police) is True and reader._first_letter(police) == "p"
    reader.ctx = SimpleNamespace(parse_memo={})  # the next document
    assert reader._is_long(SimpleNamespace(i=1, text="UN")) is False
