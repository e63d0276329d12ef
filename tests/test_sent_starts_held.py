"""The sentence of a token or span of the held document (``parley._sent_starts``) is the one spaCy gives."""

from __future__ import annotations

from typing import Any

from parley._columns import columns_changed, held_value, holding_columns
from parley._sent_starts import sentence_of, sentence_start, span_sentence, span_sentence_start

_TEXT = (
    "The harbour council of Tarvenna closed two piers on Monday. Fishermen marched to its hall. "
    "A spokeswoman for the guild said the boats would stay tied up until the rules change."
)


def test_sent_starts_held_equal_to_spacy(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    with holding_columns(sdoc):
        for token in sdoc:
            assert sentence_of(token) == token.sent
            assert sentence_start(token) == token.sent.start
        for ent in sdoc.ents:
            assert span_sentence(ent) == ent.sent
            assert span_sentence_start(ent) == ent.sent.start
    assert len({token.sent.start for token in sdoc}) == 3


def test_sent_starts_held_outside_holding_reads_spacy(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    last = sdoc[len(sdoc) - 1]
    assert sentence_of(last) == last.sent
    assert sentence_start(last) == last.sent.start
    assert held_value(sdoc, "sentence_starts", lambda d: [0]) is None  # not held: nothing kept


def test_sent_starts_held_value_dropped_when_parse_changes(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    reads: list[int] = []

    def read(doc: Any) -> list[int]:
        reads.append(1)
        return [len(doc)]

    with holding_columns(sdoc):
        assert held_value(sdoc, "probe", read) == [len(sdoc)]
        held_value(sdoc, "probe", read)
        assert len(reads) == 1  # read once while held
        columns_changed(sdoc)
        held_value(sdoc, "probe", read)
        assert len(reads) == 2  # read again after the parse changed
