"""Officials of a local level of government ("local leaders", "regional officials", "the district
akim") govern the story's place: they act for its state, though no country is named beside them."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_phrase_entities_local_role_word_is_the_places(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "local leaders" in a Kenyan paper's story of Kenyan herders: Kenya's own local government
    text = (
        "Ugandan raiders stole 300 head of cattle from Kenyan herders near Lokiriama on Sunday. "
        "Local leaders demanded that the government deploy more police to the border."
    )
    assert [actors for actors, _ in _events(pipeline, text, "REQUEST", outlet="KEN")] == [["KEN"]]


def test_events_phrase_entities_bare_role_word_stays_unread(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "leaders" alone says what they are, not whose: no guess in a foreign outlet's story of two states
    text = (
        "Ugandan raiders stole 300 head of cattle from Kenyan herders near Lokiriama on Sunday. "
        "Leaders demanded that the government deploy more police to the border."
    )
    assert _events(pipeline, text, "REQUEST", outlet="GBR") == []


def test_events_phrase_entities_local_office_title_is_the_places(pipeline) -> None:  # type: ignore[no-untyped-def]
    # an akim heads a Kazakh or Kyrgyz district: a local office of the story's state (sectors.tsv)
    text = (
        "Farmers in Batken, Kyrgyzstan, blocked the road to the Uzbek border on Monday. "
        "The district akim met the farmers on Tuesday."
    )
    assert _events(pipeline, text, "CONSULT", outlet="KGZ") == [(["KGZ"], ["KGZ"])]


def test_events_phrase_entities_deputies_are_legislators_of_the_story(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "deputies" alone names members of a legislature (sectors.tsv, as "lawmakers"): the story's own state
    text = (
        "Guatemala sent 500 troops to its border with Mexico on Monday. "
        "Some deputies in Congress objected to the deployment."
    )
    assert [actors for actors, _ in _events(pipeline, text, "ACCUSE", outlet="GTM")] == [["GTM"]]
