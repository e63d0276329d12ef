"""A phrase the parser hangs on a subject as an apposition past the subject's own verb is the next act of
a list, not a second name of the subject."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_stray_appos_body_leaders_keep_their_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "ABUJA, Aug 29 - Soldiers in Niger detained the president on July 26. On July 30, leaders of the "
        "Economic Community of West African States met in Abuja, closed borders with Niger, and froze its "
        "transactions."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "CONSULT")] == [["IGO"]]


def test_stray_appos_true_apposition_still_names(parse) -> None:  # type: ignore[no-untyped-def]
    from parley.events._stray_appos import stray_apposition

    leader = parse("Kenya's president, William Ruto, met the envoy.", "president")
    appos = next(c for c in leader.children if c.dep_ == "appos")
    assert not stray_apposition(leader, appos)
