"""Whose unnamed groups ("police", "the army") are: the story's home from its dateline or its outlet,
even when the text names another state more often (parley.mentions._home, parley.events._context).

Measured on the training corpus: letting the most-named state win over the dateline broke three
events for each it fixed; letting it win over a local outlet's own country, also."""

from __future__ import annotations

from _events_setup import read_context


def test_events_group_home_dateline_wins_over_the_state_named_most(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a border town's story: the neighbour is named at every turn, the dateline's state never again
    text = (
        "GOMA, March 3 - Traders kept the crossing into Rwanda closed for a third day. Rwanda raised "
        "its fees last week, and Rwandan officials in Gisenyi said Rwanda would not lower them. "
        "Police dispersed the traders with tear gas."
    )
    ctx = read_context(pipeline, text)
    assert ctx.home == "COD"
    assert ctx.home_from_dateline


def test_events_group_home_local_outlet_keeps_its_own_police(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a Nepalese paper on a fee India charges: its police, ministry and protesters are Nepal's
    text = (
        "Traders at Birgunj protested against a new fee India has imposed at the Raxaul checkpoint. "
        "India said the fee was lawful, and Indian officials said India would keep it. Nepal's "
        "commerce ministry said it would raise the matter. Police detained 17 traders at the gate."
    )
    ctx = read_context(pipeline, text, outlet="NPL")
    assert ctx.group_home == "NPL"
