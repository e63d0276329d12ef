"""A phrase the parser hangs on a subject as an apposition past the subject's own verb is the next act of
a list, not a second name of the subject."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_stray_appos_body_leaders_keep_their_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "JOHANNESBURG, Mar 14 - Soldiers in Lesotho seized the prime minister on March 2. On March 6, leaders of "
        "the Southern African Development Community met in Gaborone, closed borders with Lesotho, and froze its "
        "accounts."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "CONSULT")] == [["IGO"]]


def test_stray_appos_true_apposition_still_names(parse) -> None:  # type: ignore[no-untyped-def]
    from parley.events._stray_appos import stray_apposition

    leader = parse("Kenya's president, William Ruto, met the envoy.", "president")
    appos = next(c for c in leader.children if c.dep_ == "appos")
    assert not stray_apposition(leader, appos)
