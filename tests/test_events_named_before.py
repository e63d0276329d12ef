"""A definite description of a body ("The Authority") stands for the body named before with that head noun."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_named_before_description_is_the_body_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Kenya Ports Authority" named once: "The Authority" later is Kenya's, read from the name
    text = (
        "The Kenya Ports Authority opened a new berth in Mombasa on Monday. "
        "The Authority thanked Japan for its support."
    )
    assert _events(pipeline, text, "SUPPORT", outlet="GBR") == [(["KEN"], ["JPN"])]


def test_events_named_before_description_without_a_name_stays_unread(pipeline) -> None:  # type: ignore[no-untyped-def]
    # no body with the head noun named before: "The Authority" is no guess at the story's country
    text = "Kenya opened a new berth in Mombasa on Monday. The Authority thanked Japan for its support."
    assert _events(pipeline, text, "SUPPORT", outlet="GBR") == []


def test_events_named_before_description_is_the_body_placed_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a human rights association in Oujda": the body's own place names its country
    text = (
        "Police detained 40 migrants, a human rights association in Oujda said. "
        "The association thanked Spain for its help."
    )
    assert _events(pipeline, text, "SUPPORT", outlet="GBR") == [(["MAR"], ["ESP"])]


def test_events_named_before_description_with_its_own_owner_is_not_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the agency" points back; "Kenya's agency" names its owner itself, so it is no description
    from parley.events._named_before import is_body_description

    sdoc = pipeline.nlp("The agency met on Monday. Kenya's agency met on Monday.")
    heads = [t for t in sdoc if t.lower_ == "agency"]
    nouns, dets = frozenset({"agency"}), frozenset({"the"})
    assert [is_body_description(h, nouns, dets, set()) for h in heads] == [True, False]


def test_events_named_before_bureau_is_the_state_named_as_its_owner(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "Kenya's anti-graft bureau" named once: "The bureau" later is Kenya's (body_noun bureau)
    text = (
        "Uganda has handed over a former port official, Kenya's anti-graft bureau said on Monday. "
        "The bureau thanked Ugandan authorities for their cooperation."
    )
    assert _events(pipeline, text, "SUPPORT", outlet="GBR") == [(["KEN"], ["UGA"])]


def test_events_named_before_association_of_people_is_theirs(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the drivers' association" is named by the drivers it belongs to: "The association" later is theirs
    text = (
        "Mongolian truck drivers ended their strike at the border crossing on Monday. "
        "The drivers' association thanked the Mongolian consul for his help. "
        "The association warned that it would strike again if waiting times did not improve."
    )
    assert [actors for actors, _ in _events(pipeline, text, "THREATEN", outlet="MNG")] == [["MNG"]]


def test_events_named_before_same_faction_is_the_faction_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a faction of the Movement of Democratic Forces of Casamance ... the same faction": the faction named before
    text = (
        "A faction of the Movement of Democratic Forces of Casamance declared a truce in Senegal on Tuesday. "
        "Last year the same faction attacked several villages in Gambia."
    )
    assert _events(pipeline, text, "ASSAULT", outlet="GBR") == [(["SEN"], ["GMB"])]


def test_events_named_before_company_is_the_owners_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "a Brazilian-owned mining company" named once: "The company" later is Brazil's (body_noun company)
    text = (
        "Ghana suspended the licence of a Brazilian-owned mining company on Monday. "
        "The company apologised to the villagers near the mine."
    )
    assert [actors for actors, _ in _events(pipeline, text, "CONCEDE", outlet="GHA")] == [["BRA"]]


def test_events_named_before_fund_is_the_state_named_in_its_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the Kuwait Fund for Arab Economic Development" named once: "The Fund" later is Kuwait's
    text = (
        "The Kuwait Fund for Arab Economic Development opened an office in Dakar on Monday. "
        "The Fund thanked Senegal for its hospitality."
    )
    assert _events(pipeline, text, "SUPPORT", outlet="GBR") == [(["KWT"], ["SEN"])]


def test_events_named_before_coalition_is_the_state_leading_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the French-led coalition" named once: "coalition aircraft" later are France's (led_body_noun coalition)
    text = (
        "Rebels in the north rejected a truce offered by the French-led coalition on Monday. "
        "Coalition aircraft bombed rebel positions near the river on Tuesday."
    )
    assert [actors for actors, _ in _events(pipeline, text, "ASSAULT", outlet="GBR")] == [["FRA"]]


def test_events_named_before_coalition_with_two_leaders_is_unread(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the story names two led coalitions: the bare noun stands for neither
    from parley.events._led_bodies import leader_named_in_story

    sdoc = pipeline.nlp("The French-led coalition and the Italian-led coalition met. The coalition said no.")
    bare = [t for t in sdoc if t.lower_ == "coalition"][-1]
    assert leader_named_in_story(bare, {"coalition"}, {"lead"}, set()) is None


def test_events_named_before_description_named_only_later_is_that_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    # a release that says "The Authority" before naming it: the first later "Authority" with a name is it
    text = (
        "Dockworkers in Mombasa stayed off work for a third day. "
        "The Authority thanked Japan for its support. "
        "The union asked the Kenya Ports Authority to reopen talks."
    )
    assert _events(pipeline, text, "SUPPORT", outlet="GBR") == [(["KEN"], ["JPN"])]


def test_events_named_before_same_lemma_read_from_the_lemma_column(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the lemma column stands for a walk over every Token's ``lemma_.lower()``
    from parley.events._named_before import _same_lemma_at

    sdoc = pipeline.nlp("The Kenya Ports Authority met the authorities. The Authority thanked Japan.")
    assert _same_lemma_at(sdoc, "authority") == {t.i for t in sdoc if t.lemma_.lower() == "authority"}
    assert len(_same_lemma_at(sdoc, "authority")) >= 2
    assert _same_lemma_at(sdoc, "ministry") == set()
