"""A name given to an object that the parser folded into it: in "took a journalist hostage" the
person and what they were made are read as one noun ("a journalist hostage"), the name as its head
and the person as a compound before it. And a hyphenated verb the tokenizer split ("frog" "-"
"marched"), whose last part alone names another act."""

from __future__ import annotations

from typing import Any

from .._columns import children_of

__all__ = ["ends_hyphenated_word", "named_in_compound"]


def named_in_compound(verb: Any, values: frozenset[str]) -> bool:
    """The verb's object is one of ``values`` with a noun compounded before it ("took a journalist
    hostage"); a bare object ("took the hostage to hospital") names no one made so."""
    for obj in children_of(verb):
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in values:
            continue
        if any(c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"} and c.i < obj.i for c in children_of(obj)):
            return True
    return False


def ends_hyphenated_word(token: Any) -> bool:
    """The token is the last part of a hyphenated word the tokenizer split ("frog" "-" "marched"): the
    whole word names another act than its last part does alone."""
    if token.i < 2:
        return False
    dash, first = token.doc[token.i - 1], token.doc[token.i - 2]
    return dash.text == "-" and not dash.whitespace_ and not first.whitespace_ and first.is_alpha
