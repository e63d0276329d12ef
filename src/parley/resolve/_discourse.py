"""What the neighbouring sentence says about an event its own sentence leaves undated or unplaced.

A careful coder reads on: a quote's attribution often follows it ('"We will not wait forever,"
she told a radio station on Friday'; '... she told reporters in Tbilisi'), and a sentence that
only tells more of the story ("The gunfire started early on Thursday close to the hamlet
of X"; "Police said the gunmen slipped over the frontier at X late on Friday") gives the
time and place of the act the sentence before it mentioned in passing. A pronoun subject
("He met the envoys on Monday night") carries on where the sentence before it was set.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ..document import Document
from ..knowledge import resolve_words as words
from ..parse import SUBJECT_DEPS, VERB_POS
from ._parse import clause_head

__all__ = [
    "FollowingSentences",
    "attribution_head",
    "carries_on",
    "elaboration_head",
    "next_sentence",
    "previous_sentence",
]


def next_sentence(sent: Any) -> Any | None:
    doc = sent.doc
    return sentence_of(doc[sent.end]) if sent.end < len(doc) else None


class FollowingSentences:
    """:func:`next_sentence` of a token's sentence, from the document's sentences listed once
    (``Token.sent`` walks to the sentence's edges and builds a Span on every access)."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._sents: list[Any] | None = None

    def after(self, token: Any) -> Any | None:
        if self._sents is None:
            self._sents = list(self._doc.spacy.sents)
        n = self._doc.sentence_index()[0][token.i] + 1
        return self._sents[n] if n < len(self._sents) else None


def previous_sentence(sent: Any) -> Any | None:
    return sentence_of(sent.doc[sent.start - 1]) if sent.start > 0 else None


def _subject(verb: Any) -> Any | None:
    return next((c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS), None)


def _going_on_pronouns() -> frozenset[str]:
    """Pronoun subjects that go on with the previous sentence's actor: people's, a body's, a side's."""
    return words("carry_on_pronoun") | words("body_pronoun")


def carries_on(token: Any) -> bool:
    """The trigger's clause has a personal pronoun for its subject ("He met ...")."""
    subject = _subject(clause_head(token))
    return subject is not None and subject.lower_ in words("carry_on_pronoun")


def attribution_head(sent: Any) -> Any | None:
    """The verb of saying of ``sent`` when the sentence attributes what came before to a
    speaker already named ('"...," she told a radio station on Friday'), else None."""
    root = sent.root
    if root.pos_ not in VERB_POS or root.lemma_.lower() not in words("speech"):
        return None
    subject = _subject(root)
    return root if subject is not None and subject.lower_ in _going_on_pronouns() else None


def elaboration_head(sent: Any) -> Any | None:
    """The clause that tells more about something already mentioned: its subject is definite
    ("The gunfire started ...", "police said the gunmen slipped ..."), else None."""
    verb = sent.root
    if verb.pos_ not in VERB_POS:
        return None
    if verb.lemma_.lower() in words("speech"):
        said = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.pos_ in VERB_POS), None)
        if said is None:
            return None
        verb = said
    subject = _subject(verb)
    if subject is None or subject.pos_ not in {"NOUN", "PRON"}:
        return None
    if subject.pos_ == "PRON":
        return verb if subject.lower_ in words("anaphor") else None
    definite = any(c.dep_ == "det" and c.lower_ in words("definite_determiner") for c in children_of(subject))
    return verb if definite else None
