"""A parsed document's token columns, read from spaCy once while the extraction stages run.

The stages after the parse read columns of the whole document through ``Doc.to_array`` about 20
times an article, many of them the same columns (ORTH, LEMMA, POS four or five times each). While
:func:`holding_columns` holds a document, :func:`doc_columns` answers from one wide array of every
column they read, taken at the first request; the answer is the array ``Doc.to_array`` gives (same
shape, same values, a fresh copy the caller may change). A stage that changes a held document
says so: new entities (``parse.replace_ents``) call :func:`entities_changed`, which reads that
column again; a new parse of some sentences (the second look of ``parse.HeadlineVerbs``, which
rewrites their POS, TAG, DEP, LEMMA and HEAD) calls :func:`columns_changed`, which drops the wide
array so that the next request reads it anew. Any other document, and any column not in the wide
array, is read from spaCy as before.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Final, TypeVar

import numpy as np

__all__ = ["children_of", "columns_changed", "doc_columns", "entities_changed", "held_value", "holding_columns"]

#: Every column the stages read, in the wide array's order (spaCy's names: spaCy is imported when a
#: document is first held, not with this module).
_WIDE_NAMES = (
    "ORTH",
    "LOWER",
    "LEMMA",
    "TAG",
    "DEP",
    "ENT_TYPE",
    "POS",
    "IS_PUNCT",
    "LIKE_NUM",
    "HEAD",
    "IS_TITLE",
    "IS_ALPHA",
    "IS_LOWER",
    "IS_SPACE",
    "SENT_START",
)
#: The wide array's attribute ids, and each one's column, filled by :func:`_layout`.
_WIDE: list[int] = []
_AT: dict[int, int] = {}


class _Plan(enum.Enum):
    """The plan of a request the wide array cannot answer (a named marker: mypy narrows on it)."""

    NOT_HELD = "not held"


#: A request with an attribute the wide array lacks: read from spaCy.
_NOT_HELD: Final = _Plan.NOT_HELD
#: What :func:`doc_columns` takes from the wide array for each request met: a column (one attribute),
#: a list of columns, or :data:`_NOT_HELD`.
_PLANS: dict[Any, int | list[int] | _Plan] = {}


class _Held(threading.local):
    """The held document and its wide array (None until first read), one per thread: a thread that
    extracts another article meanwhile neither sees nor drops this one's."""

    doc: Any = None
    array: np.ndarray | None = None
    #: the held document and each of its spaCy tokens' children as ``Token.children`` gave them, by index
    #: (:func:`children_of`; one attribute, read once a call)
    children: tuple[Any, dict[int, tuple[Any, ...]]] = (None, {})
    #: the held document and the values read of its parse by :func:`held_value`, by name
    values: tuple[Any, dict[str, Any]] = (None, {})


_HELD = _Held()
_T = TypeVar("_T")
#: What :func:`held_value` finds under a name not read yet (a read may give None, which is kept).
_UNREAD: Final = object()


@contextmanager
def holding_columns(sdoc: Any) -> Iterator[None]:
    """Answer :func:`doc_columns` of ``sdoc`` from one read while the block runs (a stage that
    changes a token attribute meanwhile must call :func:`entities_changed` or :func:`columns_changed`)."""
    if not _WIDE:
        _layout()
    before = _HELD.doc, _HELD.array, _HELD.children, _HELD.values
    _HELD.doc, _HELD.array, _HELD.children, _HELD.values = sdoc, None, (sdoc, {}), (sdoc, {})
    try:
        yield
    finally:
        _HELD.doc, _HELD.array, _HELD.children, _HELD.values = before


def doc_columns(sdoc: Any, attrs: int | str | Sequence[int | str]) -> np.ndarray:
    """``sdoc.to_array(attrs)``: a 1-D array for one attribute, a 2-D one for a list."""
    if sdoc is not _HELD.doc:
        return sdoc.to_array(attrs)
    key = attrs if isinstance(attrs, (int, str)) else tuple(attrs)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _PLANS[key] = _plan(attrs)
    if plan is _NOT_HELD:
        return sdoc.to_array(attrs)
    array = _HELD.array
    if array is None:
        array = _HELD.array = sdoc.to_array(_WIDE)
    if isinstance(plan, int):
        return array[:, plan].copy()
    # a new array in spaCy's (row-major) layout: a column pick alone would be column-major
    return np.ascontiguousarray(array[:, plan])


def children_of(token: Any) -> Iterable[Any]:
    """``token.children``: for a spaCy token of the held document, the tuple of them read at the first
    request, kept until the parse changes (:func:`columns_changed`); the roles and checks walk the same
    verb's and noun's children for every trigger and row that reaches them, and each walk of
    ``.children`` builds a new ``Token`` per child. Anything else (another document, a stand-in with its
    own ``children``) answers as its ``children`` do."""
    doc, known = _HELD.children
    if type(token) is not _TOKEN[0] or token.doc is not doc:
        return token.children
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = tuple(token.children)
    return found


def held_value(sdoc: Any, name: str, read: Callable[[Any], _T]) -> _T | None:
    """``read(sdoc)`` for the held document, read at the first request under ``name`` and kept until the
    parse changes (:func:`columns_changed`), a None that ``read`` gives included (it is not read again);
    None for any other document (the caller reads spaCy itself)."""
    doc, values = _HELD.values
    if sdoc is not doc:
        return None
    found: _T | None = values.get(name, _UNREAD)
    if found is _UNREAD:  # a kept None is a value too: only the marker means "not read yet"
        found = values[name] = read(sdoc)
    return found


#: spaCy's ``Token`` class (set by :func:`_layout`, when a document is first held).
_TOKEN: list[Any] = [None]


def _plan(attrs: int | str | Sequence[int | str]) -> int | list[int] | _Plan:
    ids = [_id(attrs)] if isinstance(attrs, (int, str)) else [_id(a) for a in attrs]
    if not all(i in _AT for i in ids):
        return _NOT_HELD
    # spaCy gives one attribute, alone or in a list of one, as a 1-D array
    return _AT[ids[0]] if len(ids) == 1 else [_AT[i] for i in ids]


def entities_changed(sdoc: Any) -> None:
    """The entities of ``sdoc`` were set anew: a held wide array reads their column again."""
    if sdoc is _HELD.doc and _HELD.array is not None:
        _HELD.array[:, _WIDE_NAMES.index("ENT_TYPE")] = sdoc.to_array("ENT_TYPE")


def columns_changed(sdoc: Any) -> None:
    """Token attributes of ``sdoc`` other than its entities were set anew (a sentence parsed again):
    a held wide array is dropped, and read again at the next request."""
    if sdoc is _HELD.doc:
        _HELD.array = None
        _HELD.children = (sdoc, {})
        _HELD.values = (sdoc, {})


def _id(attr: int | str) -> int:
    from spacy.attrs import IDS

    return IDS.get(attr, -1) if isinstance(attr, str) else int(attr)


def _layout() -> None:
    from spacy.attrs import IDS
    from spacy.tokens import Token

    _TOKEN[0] = Token

    # _AT first, _WIDE last: another thread that finds _WIDE filled (and so skips this) must find
    # _AT whole, or it would cache a column it holds as one read from spaCy
    wide = [IDS[name] for name in _WIDE_NAMES]
    _AT.update((attr, k) for k, attr in enumerate(wide))
    _WIDE[:] = wide
