"""A bare office title as a clause's subject ("The minister praised ...", "the labour minister warned
..."): news names the office holder once ("Lesotho's home affairs minister", "Foreign Minister
Siddique") and then calls them by the title alone, so the title stands for the latest earlier mention
that holds an office of the same title words; with none, for the story's own state when the story is
the outlet's own country's (as an unnamed ruler is)."""

from __future__ import annotations

from typing import Any

from ..document import ActorMention
from ._context import DocumentContext

__all__ = ["counterparts_states", "is_bare_title", "title_words", "titled_before"]

#: How a state's name or a person's title words hang from the noun they name ("Italy's minister",
#: "Foreign Minister Siddique").
_TITLE_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: Mention kinds that can hold a state office.
_HOLDER_KINDS = frozenset({"name", "alias", "demonym", "person"})
#: How a verb's object hangs from it, directly or through a preposition ("met with his counterpart").
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})


def is_bare_title(head: Any, titles: frozenset[str], determiners: frozenset[str]) -> bool:
    """A singular title word as the subject of its clause, with a definite article ("The minister",
    "The Prime Minister", "the Minister of Information"); not one whose owner is said ("the party's
    president"; a place before it is read as the group's place)."""
    if head.lower_ not in titles or head.tag_ not in {"NN", "NNP"} or head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if any(c.dep_ == "poss" for c in head.children if c.i < head.i):
        return False
    first = head.doc[head.left_edge.i]
    return first.i < head.i and first.lower_ in determiners


def title_words(head: Any, determiners: frozenset[str]) -> list[str]:
    """The title's own words, without its article: "labour minister" of "The labour minister"."""
    return [t.lower_ for t in head.doc[head.left_edge.i : head.i + 1] if t.lower_ not in determiners]


def titled_before(head: Any, words: list[str], ctx: DocumentContext) -> ActorMention | None:
    """The latest mention before ``head`` of a state or person whose phrase has all the title's words
    ("Lesotho's home affairs minister" for "the minister", not the defence minister for "the foreign
    minister")."""
    for mention in reversed(ctx.doc.actor_mentions):
        if mention.token_end > head.left_edge.i or mention.kind not in _HOLDER_KINDS:
            continue
        last = ctx.sdoc[mention.token_end - 1]
        named = last.head if last.dep_ in _TITLE_DEPS else last
        phrase = {t.lower_ for t in ctx.sdoc[named.left_edge.i : named.i + 1]}
        if all(w in phrase for w in words):
            return mention
    return None


def counterparts_states(head: Any, nouns: frozenset[str], ctx: DocumentContext) -> set[str]:
    """The states named beside a counterpart noun among the objects of the subject's verb ("The
    foreign minister invited his Maldivian counterpart"): the subject holds the office of another state."""
    verb = head.head
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    objects += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    found: set[str] = set()
    for obj in objects:
        if obj.lemma_.lower() not in nouns:
            continue
        for c in obj.children:
            mention = ctx.mention_at.get(c.i) if c.dep_ in _TITLE_DEPS else None
            if mention is not None:
                found.add(mention.entity.code)
    return found
