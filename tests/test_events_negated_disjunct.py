"""A verb joined by "or" to a negated verb shares its negation ("would not attack or shell Somali
positions"): no threat, promise or act is coded for the second verb, by either coder."""

from __future__ import annotations

from typing import Any

import pytest

from _events_setup import coded_types
from parley.events._negated_disjunct import is_negated_disjunct


def test_events_negated_disjunct_reads_the_scope_of_not(parse: Any) -> None:
    assert is_negated_disjunct(parse("Kenya said it would not attack or shell Somali positions.", "shell"))
    assert is_negated_disjunct(parse("Ankara will never recognise or support the breakaway government.", "support"))
    # "and" joins an act of its own; a negation on the second verb alone leaves the first asserted
    assert not is_negated_disjunct(parse("Kenya did not attend the summit and sent a deputy instead.", "sent"))
    assert not is_negated_disjunct(parse("Kenya attacked the camp or did not shell it.", "shell"))


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_events_negated_disjunct_codes_no_second_act(coder: str, request: pytest.FixtureRequest) -> None:
    pipeline = request.getfixturevalue(coder)
    assert "THREATEN" not in coded_types(pipeline, "Kenya said it would not attack or shell Somali positions.")
    types = coded_types(pipeline, "Ankara will never recognise or support the breakaway government.")
    assert "AGREE" not in types and "SUPPORT" not in types
