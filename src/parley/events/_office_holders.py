"""A bare office title as a clause's subject ("The minister praised ...", "the labour minister warned
..."): news names the office holder once ("Lesotho's home affairs minister", "Foreign Minister
Siddique") and then calls them by the title alone, so the title stands for the latest earlier mention
that holds an office of the same title words; with none, for the story's own state when the story is
the outlet's own country's (as an unnamed ruler is)."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..document import ActorMention
from ._context import DocumentContext
from ._pronoun_agents import names_doer

__all__ = ["counterpart_codes", "is_bare_title", "owned_title_since", "title_words", "titled_before"]

#: How a state's name or a person's title words hang from the noun they name ("Italy's minister",
#: "Foreign Minister Siddique").
_TITLE_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: Mention kinds that can hold a state office.
_HOLDER_KINDS = frozenset({"name", "alias", "demonym", "person"})


def is_bare_title(head: Any, titles: frozenset[str], determiners: frozenset[str]) -> bool:
    """A singular title word as the subject of its clause, or as the doer a passive names ("was later
    pardoned by the president"), with a definite article ("The minister", "The Prime Minister", "the
    Minister of Information"); not one whose owner is said ("the party's president"; a place before it
    is read as the group's place)."""
    if head.lower_ not in titles or head.tag_ not in {"NN", "NNP"} or not names_doer(head):
        return False
    if any(c.dep_ == "poss" for c in children_of(head) if c.i < head.i):
        return False
    first = head.doc[head.left_edge.i]
    return first.i < head.i and first.lower_ in determiners


def title_words(head: Any, determiners: frozenset[str]) -> list[str]:
    """The title's own words, without its article: "labour minister" of "The labour minister"."""
    return [t.lower_ for t in head.doc[head.left_edge.i : head.i + 1] if t.lower_ not in determiners]


def titled_before(
    head: Any, words: list[str], ctx: DocumentContext, counterparts: frozenset[str] = frozenset()
) -> ActorMention | None:
    """The latest mention before ``head`` of a state or person whose phrase has all the title's words
    ("Lesotho's home affairs minister" for "the minister", not the defence minister for "the foreign
    minister"), passing over the state of the subject's counterpart in its clause ("The foreign minister
    invited his Maldivian counterpart" is not the Maldivian minister named before)."""
    for mention in reversed(ctx.doc.actor_mentions):
        if mention.token_end > head.left_edge.i or mention.kind not in _HOLDER_KINDS:
            continue
        if mention.entity.code in counterparts:
            continue
        last = ctx.sdoc[mention.token_end - 1]
        named = last.head if last.dep_ in _TITLE_DEPS else last
        phrase = {t.lower_ for t in ctx.sdoc[named.left_edge.i : named.i + 1]}
        if all(w in phrase for w in words):
            return mention
    return None


def counterpart_codes(head: Any, nouns: frozenset[str], ctx: DocumentContext) -> frozenset[str]:
    """The states of the counterparts the subject's own verb names ("his Maldivian counterpart"): a
    counterpart is of the other party, never of the subject's state."""
    verb = head.head
    objects = [c for c in children_of(verb) if c.dep_ in {"dobj", "dative"}]
    objects += [g for c in children_of(verb) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
    codes = set()
    for noun in objects:
        if noun.lemma_.lower() not in nouns:
            continue
        for c in children_of(noun):
            mention = ctx.mention_at.get(c.i)
            if c.dep_ in {"amod", "compound", "nmod"} and mention is not None:
                codes.add(mention.entity.code)
    return frozenset(codes)


def owned_title_since(
    head: Any, words: list[str], ctx: DocumentContext, since: int, possessives: frozenset[str]
) -> Any | None:
    """The latest title with the same words before ``head`` and from token ``since`` whose owner is
    said by a possessive ("Juba ordered the expulsion ..., its information minister said"): the bare
    title later is that owner's holder."""
    for i in range(head.left_edge.i - 1, since - 1, -1):
        title = ctx.sdoc[i]
        if title.lower_ != head.lower_ or not any(
            c.dep_ == "poss" and c.lower_ in possessives for c in children_of(title)
        ):
            continue
        phrase = {t.lower_ for t in ctx.sdoc[title.left_edge.i : title.i + 1]}
        if all(w in phrase for w in words):
            return title
    return None
