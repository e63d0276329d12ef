"""A message, a video or a statement named with its author speaks for that author."""

from __future__ import annotations

from _events_setup import roles_of_type as _events


def test_events_authored_texts_message_attributed_to_a_group_is_the_group(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "attributed to the Sudanese army": the message's threat is the army's
    text = (
        "A message attributed to the Sudanese army and shared online threatened Chad with new raids "
        "on its border towns."
    )
    assert [actors for actors, _ in _events(pipeline, text, "THREATEN", outlet="GBR")] == [["SDN"]]


def test_events_authored_texts_video_released_by_militants_is_theirs(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "released by the militants": the passive agent of the participle is the video's author
    text = "A video released by Malian militants on Sunday threatened Niger with new raids."
    assert [actors for actors, _ in _events(pipeline, text, "THREATEN", outlet="GBR")] == [["MLI"]]


def test_events_authored_texts_unnamed_author_is_no_guess(pipeline) -> None:  # type: ignore[no-untyped-def]
    # "the gang" says no country of its own: the message stays unread, not the story's country
    text = (
        "Gunmen attacked a police post in Huaquillas. "
        "A message attributed to the gang threatened Peru with more attacks."
    )
    assert _events(pipeline, text, "THREATEN", outlet="GBR") == []


def test_events_authored_texts_reads_only_heads_and_children(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the author is found from the text noun's participles (joined ones too) and their prepositions
    from parley.events._authored_texts import text_authors

    sdoc = pipeline.nlp("A message posted online and attributed to the rebels warned the army.")
    message = next(t for t in sdoc if t.lower_ == "message")
    nouns, verbs = frozenset({"message"}), frozenset({"attribute", "post"})
    assert [t.lower_ for t in text_authors(message, nouns, verbs)] == ["rebels"]
    assert text_authors(message, frozenset({"video"}), verbs) == []
