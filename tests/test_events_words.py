"""The events stage's word sets: data/event_words.tsv, extended by the user's --knowledge folders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from parley import Pipeline, Settings
from parley.document import Article
from parley.errors import KnowledgeError
from parley.events import load_event_words, load_lexicon
from parley.events._words import SET_NAMES
from parley.knowledge import bundled_path, resolve_words


def test_events_words_bundled_file_declares_its_version_and_fills_every_set() -> None:
    first = bundled_path("event_words.tsv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert first == "# parley-data event_words v2"
    words = load_event_words()
    assert all(getattr(words, name) for name in SET_NAMES)
    assert "say" in words.speech_verb and "could" in words.hypothetical_aux
    assert words.number_word["three"] == 3 and words.later_unit["weeks"] == 7
    assert load_event_words() is words  # loaded once per folder list
    assert load_lexicon().words is words


def test_events_words_patterns_are_built_from_the_sets() -> None:
    words = load_event_words()
    later = words.later_re.search("replied three days later")
    assert later is not None and later.group(1) == "three" and later.group(2) == "days"
    assert words.past_reference_re.search("two years ago")
    assert words.past_reference_re.search("in the 1990s")
    assert not words.past_reference_re.search("on Monday")


def test_events_words_user_file_extends_a_word_set(tmp_path: Path) -> None:
    (tmp_path / "event_words.tsv").write_text(
        "# parley-data event_words v1\nset\tword\tvalue\nnegating_head\tNeglect\nnumber_word\ttwelve\t12\n",
        encoding="utf-8",
    )
    bundled = load_event_words()
    words = load_event_words((tmp_path,))
    assert "neglect" in words.negating_head  # lower-cased
    assert bundled.negating_head < words.negating_head  # the bundled words stay
    assert words.number_word["twelve"] == 12
    later = words.later_re.search("expelled them twelve days later")
    assert later is not None and later.group(1) == "twelve"
    assert "neglect" not in bundled.negating_head  # other folder lists are not touched


def test_events_words_user_file_changes_what_is_extracted(tmp_path: Path) -> None:
    text = "Japan neglected to sanction China."
    article = Article(id="t", text=text, published=date(2024, 5, 8))
    (before,) = list(Pipeline(Settings()).process([article]))
    assert [e.event for e in before.events] == ["SANCTION"]
    (tmp_path / "event_words.tsv").write_text("set\tword\nnegating_head\tneglect\n", encoding="utf-8")
    (after,) = list(Pipeline(Settings(knowledge_dirs=(tmp_path,))).process([article]))
    assert after.events == []  # "neglected to sanction" now says the sanction did not happen


def test_events_words_unknown_set_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "event_words.tsv").write_text("set\tword\nspeech_verbs\tclaim\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"event_words\.tsv:2: unknown set 'speech_verbs'"):
        load_event_words((tmp_path,))


def test_events_words_relative_pronoun_set_moved_to_resolve_words(tmp_path: Path) -> None:
    # the set is read from the bundled resolve_words.tsv since stop 65: an older user file that names it stops
    (tmp_path / "event_words.tsv").write_text("set\tword\nrelative_pronoun\twhom\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"event_words\.tsv:2: unknown set 'relative_pronoun'") as info:
        load_event_words((tmp_path,))
    assert info.value.code == "E301"


#: The sets both stages read, kept once in the bundled resolve_words.tsv since stop 66.
_SHARED_WITH_RESOLVE = ("future_aux", "length_unit", "definite_determiner", "definite_article", "indefinite_determiner")


@pytest.mark.parametrize("name", _SHARED_WITH_RESOLVE)
def test_events_words_set_kept_in_resolve_words_stops_a_user_file(tmp_path: Path, name: str) -> None:
    # an older user file that still names such a set would add words the resolve stage never sees
    (tmp_path / "event_words.tsv").write_text(f"set\tword\n{name}\tsoon\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=rf"event_words\.tsv:2: unknown set '{name}'") as info:
        load_event_words((tmp_path,))
    assert info.value.code == "E301"
    assert name not in SET_NAMES


def test_events_words_shared_sets_are_the_resolve_words_lists() -> None:
    words = load_event_words()
    for name in _SHARED_WITH_RESOLVE:
        assert getattr(words, name) is resolve_words(name)
    # the merged lists hold what either file had: the contracted "will", and units shorter than an hour
    # or longer than a year
    assert "'ll" in words.future_aux and {"minute", "decade", "century"} <= words.length_unit
    assert words.definite_article < words.definite_determiner


def test_events_words_topic_prep_is_wider_than_the_place_readings_list() -> None:
    # "blamed the rebels for the raid" is about the raid, but a place behind "for" or "of" may be the act's
    # own place, so the place reading keeps to its narrower list
    topic, placeless = load_event_words().topic_prep, resolve_words("placeless_topic_prep")
    assert placeless < topic and {"for", "of", "on", "over"}.isdisjoint(placeless)


def test_events_words_count_needs_a_number(tmp_path: Path) -> None:
    (tmp_path / "event_words.tsv").write_text("set\tword\tvalue\nnumber_word\tdozen\tmany\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match="whole number"):
        load_event_words((tmp_path,))


def test_events_words_determiner_tests_tell_the_article_from_other_determiners(pipeline: Pipeline) -> None:
    from parley.events._words import (
        has_definite_article,
        has_definite_determiner,
        has_definite_left_determiner,
        has_determiner,
        has_indefinite_determiner,
    )

    words = load_event_words()
    sdoc = pipeline.nlp("The leaders and these ministers rejected a proposal from each side.")
    leaders, ministers, proposal, side = (
        next(t for t in sdoc if t.text == w) for w in ("leaders", "ministers", "proposal", "side")
    )
    # "the" alone is the article; "these" is definite but no article
    assert has_definite_article(leaders, words) and not has_definite_article(ministers, words)
    assert has_definite_determiner(ministers, words) and has_definite_left_determiner(ministers, words)
    assert not has_definite_determiner(proposal, words) and has_indefinite_determiner(proposal, words)
    assert has_determiner(side, words.distributive_word) and not has_indefinite_determiner(side, words)


def test_events_words_commitment_aux_reads_the_future_list(tmp_path: Path) -> None:
    # commitment_aux is the future auxiliaries (kept once, in resolve_words.tsv) plus its own "would"
    words = load_event_words()
    assert resolve_words("future_aux") < words.commitment_aux
    assert words.commitment_aux - resolve_words("future_aux") == {"would"}
    # a user file still adds its own words to the set
    (tmp_path / "event_words.tsv").write_text("set\tword\ncommitment_aux\tmust\n", encoding="utf-8")
    extended = load_event_words((tmp_path,))
    assert {"must", "would", "will", "'ll"} <= extended.commitment_aux
