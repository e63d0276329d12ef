"""The candidate words of a parsed sentence (every verb and common noun, and every word of the
trigger lexicon whatever its tag), the lexicon rows the model sees of a word, the head of a trigger
phrase, and a candidate's neighbours in the parse."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..events._lexicon import Lexicon

__all__ = ["CONTEXT_HEADS", "candidates", "context_heads", "span_head"]

#: The neighbours whose word vectors ``[features] context`` may add (see :func:`context_heads`).
CONTEXT_HEADS = ("obj", "subj", "pobj", "gov")
_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_SUBJECT_DEPS = ("nsubj", "csubj")
_CANDIDATE_POS = {"VERB", "NOUN"}
_TRIGGER_POS = {"VERB": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ", "AUX": "VERB"}


def _in_lexicon(token: Any, lexicon: Lexicon) -> list[str]:
    pos = _TRIGGER_POS.get(token.pos_)
    if pos is None:
        return []
    rows = lexicon.rows_of(token, pos)
    return [f"{r.type}|{r.cond.partition('=')[0]}" for r in rows if not r.rules_only]


def candidates(sent: Any, lexicon: Lexicon) -> list[Any]:
    """Tokens of the sentence that may name an act, in order (``sent`` may be a list of
    :class:`~._view.TokenView`, which are then returned)."""
    out = []
    for token in sent:
        if token.is_punct or token.like_num or len(token.text) < 2:
            continue
        if token.pos_ in _CANDIDATE_POS or _in_lexicon(token, lexicon):
            out.append(token)
    return out


def span_head(sent: Any, start: int, end: int) -> Any | None:
    """The token of the characters ``start:end`` (sentence offsets) whose head lies outside them,
    preferring a candidate word: the head of the trigger phrase ("poured" of "poured troops into")."""
    inside = [t for t in sent if t.idx - sent.start_char < end and t.idx + len(t) - sent.start_char > start]
    if not inside:
        return None
    ids = {t.i for t in inside}
    roots = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    content = [t for t in roots if t.pos_ in _CANDIDATE_POS | {"ADJ", "PROPN"}]
    pool = content or roots or inside
    return pool[0]


def _child(token: Any, deps: tuple[str, ...]) -> Any | None:
    """The first child of ``token`` by the first of ``deps`` that it has (deps in order of preference)."""
    for dep in deps:
        for child in token.children:
            if child.dep_ == dep:
                return child
    return None


def _pobj(token: Any, preps: tuple[str, ...] = ("prep", "agent", "dative")) -> Any | None:
    """The object of the candidate's first preposition ("at troops", "by gunfire")."""
    for child in token.children:
        if child.dep_ in preps:
            inner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if inner is not None:
                return inner
    return None


def context_heads(token: Any) -> dict[str, Any | None]:
    """The candidate's neighbours in the parse: its object (not its particle), its subject (or the
    object of its ``by`` agent), the object of its first preposition, and the word it depends on."""
    subject = _child(token, _SUBJECT_DEPS) or _pobj(token, ("agent",))
    return {
        "obj": _child(token, _OBJECT_DEPS),
        "subj": subject,
        "pobj": _pobj(token),
        "gov": token.head if token.head.i != token.i else None,
    }
