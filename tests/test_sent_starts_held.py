"""The sentence of a token or span of the held document (``parley._sent_starts``) is the one spaCy gives."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from parley._columns import held_value, holding_columns
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


_TWO = "The orchard growers of Pellin sold their pears early. Buyers from the coast paid in cash."


def test_sent_starts_held_crossing_span_takes_first_sentence(nlp: Any) -> None:
    sdoc = nlp(_TWO)
    first = next(iter(sdoc.sents))
    crossing = Span(sdoc, first.end - 2, first.end + 2)  # over the full stop into the next sentence
    empty = Span(sdoc, first.end, first.end)  # no words, at the second sentence's first token
    with holding_columns(sdoc):
        assert span_sentence(crossing) == crossing.sent == first  # spaCy gives the first sentence only
        assert span_sentence_start(crossing) == crossing.sent.start
        assert span_sentence(empty) == empty.sent
        assert span_sentence_start(empty) == empty.sent.start == first.end


def test_sent_starts_held_user_hooks_decide(nlp: Any) -> None:
    sdoc = nlp(_TWO)
    sdoc.user_hooks["sents"] = lambda doc: iter([doc[0 : len(doc)]])  # one sentence for the whole text
    last = sdoc[len(sdoc) - 1]
    with holding_columns(sdoc):
        assert sentence_of(last) == last.sent == sdoc[0 : len(sdoc)]
        assert sentence_start(last) == 0
    other = nlp(_TWO)
    other.user_token_hooks["sent"] = lambda token: token.doc[token.i : token.i + 1]  # each word alone
    word = other[3]
    with holding_columns(other):
        assert sentence_of(word) == word.sent == other[3:4]
        assert sentence_start(word) == 3
