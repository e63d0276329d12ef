"""Live-blog and press-release furniture lines (stop 48): dropped, while sentences of the same shape stay."""

from __future__ import annotations

import pytest

from parley.clean import strip_boilerplate


def test_boilerplate_drops_live_blog_clock_and_update_lines() -> None:
    text = (
        "Summit talks: live\n\nKey events\n\nUpdated 3 hours ago\n\n14:32 GMT\n\n"
        "The two foreign ministers met in Antalya on Thursday.\n\n09:05\n\nLast updated 20 minutes ago"
    )
    body, title = strip_boilerplate(text, None)
    assert title == "Summit talks: live"
    assert body == "Summit talks: live\n\nThe two foreign ministers met in Antalya on Thursday."


def test_boilerplate_release_header_is_no_headline() -> None:
    text = (
        "FOR IMMEDIATE RELEASE\n\nMinisters sign a fisheries accord\n\n"
        "The two ministers signed a fisheries accord in Suva on Monday.\n\nNotes to editors\n\n###"
    )
    body, title = strip_boilerplate(text, None)
    assert title is None
    assert body == "Ministers sign a fisheries accord\n\nThe two ministers signed a fisheries accord in Suva on Monday."


def test_boilerplate_drops_about_contact_and_tag_lines() -> None:
    text = (
        "The agency sent tents to the border camps on Friday.\n\nAbout the Relief Fund\n\n"
        "About the Relief Fund: the fund was set up in 1999 to help refugees.\n\n"
        "Media contact: Press Office, Geneva\n\n"
        "Posted on 23 November 2010\n\n(c) 2010 Example Daily"
    )
    body, _ = strip_boilerplate(text, None)
    assert body == "The agency sent tents to the border camps on Friday."


@pytest.mark.parametrize(
    "sentence",
    [
        "About 40,000 people cross the border every day.",
        "About half of the aid went to the north.",
        "Updated figures showed 300 deaths.",
        "Contacts between the two armies resumed on Monday.",
    ],
)
def test_boilerplate_keeps_sentences_of_the_same_opening(sentence: str) -> None:
    body, _ = strip_boilerplate(f"Talks resume in Geneva today.\n\n{sentence}", None)
    assert body.endswith(sentence)


def test_boilerplate_keeps_tag_lines() -> None:
    # a tag line names the story's states, which the roles readers use (held-in recipients fell without it)
    body, _ = strip_boilerplate("Talks resume in Geneva today.\n\nTags: Kosovo, Serbia, NATO", None)
    assert body.endswith("Tags: Kosovo, Serbia, NATO")
