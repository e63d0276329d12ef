"""The words of a given part of speech and lowered lemma, read from the parse's columns, are those a
walk over every Token finds."""

from __future__ import annotations

from parley.parse import lemma_positions
from parley.pipeline import Pipeline

_TEXT = (
    "Syrian soldiers crossed the border. The soldiers said Turkey accused them of smuggling. "
    "Troops accused of abuses were withdrawn, and the Soldiers' union accuses the army."
)


def test_lemma_positions_match_token_walk(pipeline: Pipeline) -> None:
    sdoc = pipeline.nlp(_TEXT)
    for pos, lemmas in (("NOUN", {"soldier", "troop"}), ("VERB", {"accuse"}), ("NOUN", set())):
        walked = [t.i for t in sdoc if t.pos_ == pos and t.lemma_.lower() in lemmas]
        assert lemma_positions(sdoc, pos, lemmas) == walked
    assert len(lemma_positions(sdoc, "VERB", {"accuse"})) >= 2


def test_lemma_positions_other_part_of_speech_left_out(pipeline: Pipeline) -> None:
    sdoc = pipeline.nlp("The soldiers crossed. They will soldier on.")
    nouns = lemma_positions(sdoc, "NOUN", {"soldier"})
    assert [sdoc[i].text for i in nouns] == ["soldiers"]
    assert lemma_positions(pipeline.nlp(""), "NOUN", {"soldier"}) == []
