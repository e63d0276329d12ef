"""The chains stage: every mention of one actor across the article, joined and resolved to one code.

Reads ``doc.spacy`` and ``doc.actor_mentions`` (the mentions stage's names, people and surnames);
writes ``doc.actor_mentions`` (plus the descriptions that stand for an actor named earlier: "the
kingdom", "the island nation", "the alliance", "the president", each with the evidence of how it was
resolved) and ``doc.chains`` (the mentions of each actor, with one code).

A description is joined only to an earlier mention it can describe (a kingdom to a monarchy, "the
president" to a person who holds that office), within a few sentences; where none fits it stays
unresolved rather than guessed. The phrases live in ``data/descriptions.tsv``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from ..document import ActorMention, Chain, Document, Entity
from ._descriptions import DescriptionIndex, find_antecedent
from ._group_descriptions import GroupDescriptions

if TYPE_CHECKING:
    from ..knowledge import DescriptionEntry, Knowledge

__all__ = ["ChainBuilder", "chain_key"]

logger = logging.getLogger(__name__)

_STATE_KINDS = {"name", "alias", "demonym", "capital"}


class ChainBuilder:
    """Pipeline component: descriptions resolved through earlier mentions, and the chains of mentions."""

    reads = ("spacy", "actor_mentions", "home_country")
    writes = ("actor_mentions", "chains")

    def __init__(self, knowledge: Knowledge) -> None:
        self.index = DescriptionIndex(knowledge.descriptions)
        self.groups = GroupDescriptions(knowledge)

    def __call__(self, doc: Document) -> Document:
        sdoc = doc.spacy
        mentions = sorted(doc.actor_mentions, key=lambda m: m.token_start)
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        sentence_of = doc.sentence_index()[0]
        resolved: list[ActorMention] = []
        links: dict[int, ActorMention] = {}  # id of a description -> the mention it stands for
        pos = 0
        for i in self.index.head_positions(sdoc):
            tok = sdoc[i]
            found = self.index.match(tok, covered)
            if found is None:
                continue
            entry, det = found
            while pos < len(mentions) and mentions[pos].token_end <= det:
                pos += 1
            before = _merge_sorted(mentions[:pos], resolved)
            antecedent = find_antecedent(entry, before, sentence_of, sentence_of[tok.i], doc.home_country)
            if antecedent is None:
                logger.debug("%s: %r stays unresolved (no earlier mention fits)", doc.id, sdoc[det : tok.i + 1].text)
                continue
            described = _described(sdoc[det : tok.i + 1], entry, antecedent, sentence_of)
            resolved.append(described)
            links[id(described)] = antecedent
        resolved += self.groups(sdoc, mentions, resolved, covered)
        doc.actor_mentions = sorted(mentions + resolved, key=lambda m: m.token_start)
        doc.chains = build_chains(doc.actor_mentions, links)
        return doc


def _merge_sorted(named: list[ActorMention], described: list[ActorMention]) -> list[ActorMention]:
    return sorted(named + described, key=lambda m: m.token_start) if described else named


def _described(span: Any, entry: DescriptionEntry, antecedent: ActorMention, sentence_of: list[int]) -> ActorMention:
    ante = antecedent.entity
    person = entry.refers == "person"
    entity = Entity(
        code=ante.code,
        sector=entry.sector or (ante.sector if person or entry.refers == "igo" else None),
        entity_text=span.text,
        office=ante.office if person else None,
    )
    sentence = sentence_of[antecedent.token_start] + 1
    evidence = f'"{span.text}" stands for "{antecedent.text}" ({ante.code}, sentence {sentence})'
    entity.resolved_by = evidence
    return ActorMention(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        entity=entity,
        kind="person" if person else "description",
        token_start=span.start,
        token_end=span.end,
        evidence=evidence,
    )


def chain_key(mention: ActorMention) -> tuple[str, ...]:
    """What two mentions of one actor share: a state's code; a person's code and office (or name)."""
    entity = mention.entity
    if mention.kind in _STATE_KINDS:
        return ("state", entity.code)
    if mention.kind == "person":
        name = entity.office or (mention.text.split()[-1] if mention.text.split() else "")
        return ("person", entity.code, name.lower())
    return (mention.kind, entity.code, mention.text.casefold())


def build_chains(mentions: list[ActorMention], links: dict[int, ActorMention] | None = None) -> list[Chain]:
    """Group the mentions (in reading order) into chains, one per actor; a description (``links``: its
    id to the mention it stands for) joins the chain of that mention."""
    links = links or {}
    chains: list[Chain] = []
    by_key: dict[tuple[str, ...], Chain] = {}
    for n, mention in enumerate(mentions):
        antecedent = links.get(id(mention))
        while antecedent is not None and id(antecedent) in links:
            antecedent = links[id(antecedent)]  # "the kingdom" ... "the country": the first name
        key = chain_key(antecedent) if antecedent is not None else chain_key(mention)
        chain = by_key.get(key)
        if chain is None:
            chain = Chain(id=len(chains), code=mention.entity.code, label=mention.text)
            chains.append(chain)
            by_key[key] = chain
        chain.mentions.append(n)
        mention.chain = chain.id
        if mention.evidence:
            chain.evidence.append(mention.evidence)
    return chains
