"""Definite descriptions of groups ("the group", "the soldiers") that stand for an earlier phrase
with the same head noun and a country word ("a group of Syrian smugglers ... the group retreated",
"Turkish soldiers ... the soldiers").

The head nouns are the ``group_head`` words of ``data/resolve_words.tsv``. Only the nearest earlier
phrase with the same head counts: when it has no country word ("some soldiers"), the description
stays unresolved rather than reaching further back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import ActorMention, Entity
from ..knowledge import resolve_words
from ..parse import lemma_positions

if TYPE_CHECKING:
    from ..knowledge import Knowledge

__all__ = ["GroupDescriptions"]

#: Mention kinds that give a group its country ("Syrian", "Syria", "Damascus").
_COUNTRY_KINDS = {"name", "alias", "demonym", "capital"}
#: Left dependents that make a description something other than the whole group named before ("the
#: two soldiers", "their men", "the Syrian soldiers").
_BLOCKING_DEPS = {"nummod", "poss", "quantmod"}
#: Places of a description acted on or owned ("the guard has been charged", "charged the officer", "the
#: guards' work"): there the group is most often the actor's own people, whom the events stage already
#: gives the actor's state; a country word there would be dropped as the actor itself.
_ACTED_ON = {"dobj", "nsubjpass", "poss"}


class GroupDescriptions:
    """Finds the group descriptions of a parsed article and the code each one stands for."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.sectors = {entry.phrase: entry.sector for entry in knowledge.sectors}

    def __call__(
        self, sdoc: Any, mentions: list[ActorMention], described: list[ActorMention], covered: set[int]
    ) -> list[ActorMention]:
        """The group descriptions resolved, in reading order (``mentions``: the article's named
        mentions; ``described``: the descriptions resolved already; ``covered``: the token indices
        inside ``mentions``)."""
        covered = covered | {i for m in described for i in range(m.token_start, m.token_end)}
        heads = resolve_words("group_head")
        country_at = {i: m for m in mentions if m.kind in _COUNTRY_KINDS for i in range(m.token_start, m.token_end)}
        last: dict[str, ActorMention | None] = {}
        out: list[ActorMention] = []
        # the head nouns' places from the parse's columns: no spaCy Token built for the other words
        for i in lemma_positions(sdoc, "NOUN", heads):
            tok = sdoc[i]
            lemma = tok.lemma_.lower()
            if tok.i in covered or tok.dep_ == "compound":
                continue
            country = _country_of(tok, country_at)
            if country is not None:
                last[lemma] = country
                continue
            antecedent = last.get(lemma)
            det = _definite_start(tok, covered)
            if det is not None and antecedent is not None and tok.dep_ in _ACTED_ON:
                continue  # the same group, left to the events stage here
            if det is None or antecedent is None:
                last[lemma] = None  # an uncoded group with this head: the nearest one, no longer the coded one
                continue
            group = self._described(sdoc[det : tok.i + 1], antecedent)
            out.append(group)
            last[lemma] = group
        return out

    def _described(self, span: Any, antecedent: ActorMention) -> ActorMention:
        evidence = f'"{span.text}" stands for the earlier "{antecedent.text}" ({antecedent.entity.code})'
        entity = Entity(
            code=antecedent.entity.code,
            sector=self.sectors.get(span[-1].lower_) or antecedent.entity.sector,
            entity_text=span.text,
            resolved_by=evidence,
        )
        return ActorMention(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            entity=entity,
            kind="description",
            token_start=span.start,
            token_end=span.end,
            evidence=evidence,
        )


def _country_of(tok: Any, country_at: dict[int, ActorMention]) -> ActorMention | None:
    """The country mention that modifies ``tok`` ("Syrian smugglers", "troops from Chad", "a group of
    Syrian smugglers"), or None."""
    for child in children_of(tok):
        if child.i < tok.i and child.i in country_at and child.dep_ in {"amod", "compound", "nmod", "poss"}:
            return country_at[child.i]
        if child.dep_ == "prep" and child.lower_ in resolve_words("origin_prep"):
            for obj in children_of(child):
                if obj.dep_ != "pobj":
                    continue
                if obj.i in country_at:
                    return country_at[obj.i]
                found = next((c for c in children_of(obj) if c.i < obj.i and c.i in country_at), None)
                if found is not None and child.lower_ == "of":
                    return country_at[found.i]
    return None


def _definite_start(tok: Any, covered: set[int]) -> int | None:
    """The index of the determiner of a definite description headed by ``tok`` ("the armed men"), or
    None when the phrase is not one (no "the", a number, a possessive, a name inside it)."""
    lefts = list(tok.lefts)
    if not lefts or lefts[0].lower_ not in resolve_words("group_determiner") or lefts[0].dep_ != "det":
        return None
    if any(t.dep_ in _BLOCKING_DEPS or t.i in covered for t in lefts):
        return None
    if any(t.i in covered or t.like_num for t in tok.doc[lefts[0].i : tok.i]):
        return None
    if any(c.dep_ == "prep" and c.lower_ in resolve_words("origin_prep") for c in tok.rights):
        return None  # "the men from the village": the phrase says who they are itself
    return lefts[0].i
