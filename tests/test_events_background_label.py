"""History a live blog labels as background ("Background:", "Reminder:") is no event
(``events/_background_label.py``), for either coder; an unlabelled line is read as before."""

from __future__ import annotations

import pytest

from _events_setup import coded_types

_CODERS = ["rules_pipeline", "learned_pipeline"]
_RULING = "the UN's International Court of Justice ruled in 2018 that the coast of the island belongs to Costa Rica."


@pytest.mark.parametrize("coder", _CODERS)
def test_background_label_drops_a_labelled_ruling(coder: str, request: pytest.FixtureRequest) -> None:
    labelled = f"09:30 — Background: {_RULING}"
    assert coded_types(request.getfixturevalue(coder), labelled) == []


@pytest.mark.parametrize("coder", _CODERS)
def test_background_label_keeps_an_unlabelled_ruling(coder: str, request: pytest.FixtureRequest) -> None:
    unlabelled = f"09:30 — In The Hague, {_RULING}"
    assert "ACCUSE" in coded_types(request.getfixturevalue(coder), unlabelled)


@pytest.mark.parametrize("coder", _CODERS)
def test_background_label_reads_only_a_label_opening_the_line(coder: str, request: pytest.FixtureRequest) -> None:
    later = "09:30 — Nicaragua accused Costa Rica of trespass, citing the background: a ruling of 2018."
    assert "ACCUSE" in coded_types(request.getfixturevalue(coder), later)


def test_background_label_read_once_per_line(parse, words) -> None:  # type: ignore[no-untyped-def]
    """Every word of a line asks for the line's label: it is read once and kept with the document, and
    only the words after the label's colon are labelled."""
    from parley.events._background_label import _LABELS, is_labelled_background

    ruled = parse(f"09:30 — Background: {_RULING}", "ruled")
    doc = ruled.doc
    assert is_labelled_background(ruled, words)
    assert [is_labelled_background(t, words) for t in doc[:4]] == [False] * 4  # the label and what leads it
    assert len(doc.user_data[_LABELS]) == 1
