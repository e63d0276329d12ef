"""A message, a video or a statement known by who made it: "a message attributed to the gang warned",
"a video released by the militants shows", "the statement, signed by the commander, said". The text
speaks for its author, so the one it is attributed to, posted, released or signed by is the actor
of what it says.

Reads only a token's head and children (the learned coder's token views have no more).
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of

__all__ = ["text_authors"]

#: The preposition that names the author of an attributed text ("attributed to the gang"): the
#: authoring verbs otherwise name him as their passive agent ("posted by", "signed by").
_ATTRIBUTING = {"attribute": "to", "ascribe": "to", "credit": "to"}


def text_authors(head: Any, text_nouns: frozenset[str], authoring_verbs: frozenset[str]) -> list[Any]:
    """The heads of the phrases naming who made the text ``head`` is ("a message attributed to the
    gang": "gang"); none when ``head`` is no text noun or its author is not named beside it."""
    if head.lemma_.lower() not in text_nouns:
        return []
    authors: list[Any] = []
    for verb in _authoring_participles(head, authoring_verbs):
        naming = _ATTRIBUTING.get(verb.lemma_.lower())
        for child in children_of(verb):
            by_agent = child.dep_ == "agent"
            by_prep = child.dep_ == "prep" and naming is not None and child.lower_ == naming
            if by_agent or by_prep:
                authors += [o for o in children_of(child) if o.dep_ == "pobj"]
    return authors


def _authoring_participles(head: Any, authoring_verbs: frozenset[str]) -> list[Any]:
    """The participles describing the text that say who made it, with those joined to them ("attributed
    to the gang and circulated on social media")."""
    found: list[Any] = []
    for child in children_of(head):
        if child.dep_ not in {"acl", "relcl"}:
            continue
        for verb in [child, *(c for c in children_of(child) if c.dep_ == "conj")]:
            if verb.lemma_.lower() in authoring_verbs:
                found.append(verb)
    return found
