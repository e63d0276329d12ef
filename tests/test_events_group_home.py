"""Whose unnamed groups ("police", "the army") are: the story's home from its dateline or its outlet,
even when the text names another state more often (parley.mentions._home, parley.events._context).

Measured on the training corpus: letting the most-named state win over the dateline broke three
events for each it fixed; letting it win over a local outlet's own country, also."""

from __future__ import annotations

from _events_setup import coded_events, read_context, roles_of_type
from parley.mentions import is_proper_place


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


def test_events_group_home_outlet_towns_name_its_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a local paper names the foreign donor often and its own country never, but its towns often:
    # the strikers of its own town are its own
    text = (
        "Turkish engineers have rebuilt the bridge at Zenica. Turkey paid for the work, and the Turkish "
        "ambassador said Turkey would fund a school next year. In Tuzla, miners went on strike on Monday "
        "over unpaid wages. Workers in Zenica said they would join them."
    )
    ctx = read_context(pipeline, text, outlet="BIH")
    assert ctx.group_home == "BIH"


def test_events_group_home_common_noun_is_no_place() -> None:
    class Word:
        def __init__(self, text: str) -> None:
            self.text = text

    # "in the canton" names no town, whatever the tagger labels it; "Tuzla" does
    assert not is_proper_place([Word("canton")])
    assert is_proper_place([Word("Tuzla")])


def test_events_group_home_unnamed_force_is_the_force_told_just_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the story names Lesotho most, but the riot police are the Zambian police of the sentence before
    text = (
        "Lesotho protested to Zambia on Monday, Lesotho's foreign minister said, after Zambian police "
        "raided the Lesotho consulate in Lusaka. Riot police climbed the fence and detained two "
        "Basotho traders."
    )
    events = coded_events(pipeline, text)
    assert any(e[0] == "COERCE" and e[1] == ["ZMB"] for e in events)
    assert not any(e[0] == "COERCE" and e[1] == ["LSO"] for e in events)


def test_events_group_home_bare_army_is_the_storys_not_the_outlets(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an Indian paper's story of Nepal: its bare "police" stay the outlet's own, but "the army" is the
    # army of the state the story is about
    text = (
        "Nepal's prime minister will visit India next month, Nepalese officials said. India has offered "
        "Nepal a loan for roads, and Indian engineers are surveying routes in Nepal. Nepal has not yet "
        "accepted the offer. The army accused the rebels of attacking a convoy near Dhangadhi. Police "
        "detained 12 traders at the gate."
    )
    assert [actors for actors, _ in roles_of_type(pipeline, text, "ACCUSE", outlet="IND")] == [["NPL"]]
    assert [actors for actors, _ in roles_of_type(pipeline, text, "COERCE", outlet="IND")] == [["IND"]]
