"""A phrase the parser hangs on a subject as an apposition past the subject's own verb is the next act of
a list, not a second name of the subject."""

from __future__ import annotations

from _events_setup import roles_of_type


def test_stray_appos_body_leaders_keep_their_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "borders" on "ministers" as an apposition; read as a modifier it made Libya the doer
    text = "Last week ministers of the Arab League met in Cairo, closed borders with Libya, and banned its flights."
    assert [actors for actors, _ in roles_of_type(pipeline, text, "CONSULT")] == [["IGO"]]


def test_stray_appos_true_apposition_still_names(parse) -> None:  # type: ignore[no-untyped-def]
    from parley.events._stray_appos import stray_apposition

    leader = parse("Kenya's president, William Ruto, met the envoy.", "president")
    appos = next(c for c in leader.children if c.dep_ == "appos")
    assert not stray_apposition(leader, appos)
