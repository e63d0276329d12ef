"""A live blog's bold entry heading restates its entry and is dropped (stop 49, styles49)."""

from __future__ import annotations

from parley.clean import strip_boilerplate


def test_entry_headings_bold_heading_line_is_dropped() -> None:
    text = (
        "Tanker attacks: live\n\n**Pompeo blames Iran**\n\n"
        "US Secretary of State Mike Pompeo accused Iran of carrying out the attacks."
    )
    body, _ = strip_boilerplate(text, None)
    assert "Pompeo blames Iran" not in body
    assert body.endswith("Mike Pompeo accused Iran of carrying out the attacks.")


def test_entry_headings_bold_sentence_and_bold_inside_a_line_stay() -> None:
    kept = [
        "**Russia expelled ten US diplomats on Friday.**",
        "**Breaking:** Russia expelled ten US diplomats on Friday",
        "The ministry said **Russia** expelled ten US diplomats",
    ]
    for line in kept:
        body, _ = strip_boilerplate("Live updates on the expulsions\n\n" + line, None)
        assert line in body


def test_entry_headings_hostile_inputs() -> None:
    assert strip_boilerplate("", None)[0] == ""
    assert strip_boilerplate("****", None)[0] == "****"
    binary = bytes(range(1, 256)).decode("latin-1")
    assert isinstance(strip_boilerplate(binary, None)[0], str)
    huge = "**" + "a" * 100_000 + "**"
    assert strip_boilerplate(huge, None)[0] == huge  # too long for a heading
