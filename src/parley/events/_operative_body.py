"""The body that speaks the numbered paragraphs of a communiqué or resolution: "The Peace and Security
Council of the African Union, at its 1278th meeting ...:" opens a list whose paragraphs have no subject of
their own ("1. Strongly condemns the shelling ...", "3. Welcomes the decision ... and urges reciprocal
measures;"). Each paragraph's verb is an act of the body the opening line names.

Why: the small parser leaves these verbs without a subject, so their events were lost for want of an actor
(both coders). Training gold (all 932 documents): the one communiqué written this way codes 6 of its 7
numbered paragraphs, each act of a paragraph's own verb (8 events) with the opening line's body as its
actor; the seventh ("Decides to remain actively seized of the matter") has none. Read here, 7 of the 8 come
out for each coder (training misses: rules 2,393 -> 2,386, learned 2,023 -> 2,016; no extra); "Demands" is
tagged a noun and stays missed.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ..parse import SUBJECT_DEPS

__all__ = ["operative_body"]

#: How many numbered paragraphs may stand between a paragraph and the line that opens the list.
_PARAGRAPH_REACH = 30


def operative_body(verb: Any) -> Any | None:
    """The noun naming the body that opens the list ``verb``'s paragraph stands in, when ``verb`` is the
    subjectless main verb of a numbered paragraph ("5. Reiterates its full support ..."); else None."""
    sent = sentence_of(verb)
    if verb.i != sent.root.i or any(c.dep_ in SUBJECT_DEPS for c in children_of(verb)):
        return None
    if not _after_number(sent):
        return None  # the common case, told without listing the document's sentences
    sents = list(verb.doc.sents)
    at = next((k for k, s in enumerate(sents) if s.start == sent.start), None)
    if at is None or not _in_list(sents, at):
        return None
    for k in range(at - 1, max(-1, at - _PARAGRAPH_REACH), -1):
        if [t.text for t in _words(sents[k])[-1:]] == [":"]:
            return _opening_body(sents[k])
        if not _in_list(sents, k):
            return None
    return None


def _after_number(sent: Any) -> bool:
    """The sentence opens with a paragraph number or follows one (the first of the words before it)."""
    start = sent.start
    before = [t for t in sent.doc[max(0, start - 4) : start] if not t.is_space][-2:]
    return _is_number(_words(sent)) or _is_number(before)


def _words(sent: Any) -> list[Any]:
    return [t for t in sent if not t.is_space]


def _is_number(words: list[Any]) -> bool:
    """Words opening with a paragraph number: "2." or "2)"."""
    return len(words) >= 2 and words[0].text.isdigit() and words[1].text in {".", ")"}


def _in_list(sents: list[Any], k: int) -> bool:
    """The ``k``-th sentence is a numbered paragraph, its number alone, or the text after a number the parser
    split off as a sentence of its own ("1." then "Strongly condemns ...")."""
    words = _words(sents[k])
    return _is_number(words) or (k > 0 and len(_words(sents[k - 1])) == 2 and _is_number(_words(sents[k - 1])))


def _opening_body(sent: Any) -> Any | None:
    """The body a list's opening line names: a line ending with a colon whose main word is a noun (no
    verb: "The Peace and Security Council ..., at its meeting held on 13 May 2025, on the situation ...:")."""
    root = sent.root
    return root if root.pos_ in {"NOUN", "PROPN"} else None
