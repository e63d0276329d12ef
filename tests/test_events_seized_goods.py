"""Whose goods a seizure took (parley.events._seized_goods), on invented articles."""

from __future__ import annotations

from _events_setup import roles_of_type as _events

_NORWAY_RUSSIA = (
    "Russia protested to Norway on Monday over the arrest of a Russian trawler crew. Russian officials "
    "spoke in Moscow, and Norway's foreign minister spoke in Oslo. Moscow said Oslo had no right to "
    "patrol the zone. "
)


def test_seized_goods_unowned_catch_is_the_other_sides(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the court's own people did not own the catch: in a story of two states it is the other one's
    text = _NORWAY_RUSSIA + "A Norwegian court fined the captain on Tuesday and confiscated the catch."
    assert (["NOR"], ["RUS"]) in _events(pipeline, text, "COERCE")


def test_seized_goods_owner_named_is_kept(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _NORWAY_RUSSIA + "A Norwegian court confiscated the catch of a Danish trawler on Tuesday."
    assert all(recipients != ["RUS"] for _, recipients in _events(pipeline, text, "COERCE"))


def test_seized_goods_without_a_pair_stays_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Customs officers in Oslo confiscated two trucks on Tuesday, a Norwegian official said."
    assert all(recipients != ["RUS"] for _, recipients in _events(pipeline, text, "COERCE"))


_GREEK_COURT = (
    "A Greek court on Monday sentenced two {drivers} to four years in prison for smuggling migrants. "
    "The court also fined each man and ordered the confiscation of their trucks."
)


def test_seized_goods_their_goods_are_of_the_owners_told_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no clear pair of states: "their" gives the trucks to the Turkish drivers told before
    text = _GREEK_COURT.format(drivers="Turkish truck drivers")
    assert (["GRC"], ["TUR"]) in _events(pipeline, text, "COERCE")


def test_seized_goods_their_goods_with_no_nationality_told_stay_at_home(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = _GREEK_COURT.format(drivers="truck drivers")
    assert _events(pipeline, text, "COERCE") == [(["GRC"], ["GRC"])]
