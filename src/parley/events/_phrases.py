"""Small readings of phrases for the role finder (:mod:`._roles`): objects shared by joined verbs,
the authorities acting at home, the words a phrase stands for, and whether a noun is what a verb
is about or only when it happened."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._earlier_people import earlier_people_country
from ._parse import in_prep_phrase
from ._type_sets import AUTHORITIES, DOMESTIC_ACTS, HOME_CRITICS, VERBAL
from ._verb_subjects import own_subjects
from ._words import EventWords

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = [
    "authority", "critics_at_home", "in_time_phrase", "is_topic", "people_home", "shared_objects", "stand_in",
    "standing_for", "with_conjuncts",
]  # fmt: skip


def shared_objects(verb: Any) -> list[Any]:
    """The objects of the verb it is joined to by "and", when the two share one subject: "rounded up
    and deported 4,000 Albanian migrants" rounded up the migrants too."""
    joined = [c for c in children_of(verb) if c.dep_ == "conj" and c.pos_ == "VERB" and not own_subjects(c)]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not own_subjects(verb):
        joined.append(verb.head)
    return [o for v in joined[:1] for o in children_of(v) if o.dep_ == "dobj"]


def authority(actors: list[Entity], type_: str) -> str | None:
    """The state whose authorities act on people at home (arrest, release, pardon, convict, refuse),
    if one state's officials, forces or courts are the actors."""
    codes = {a.code for a in actors}
    if type_ not in DOMESTIC_ACTS or len(codes) != 1 or not all(a.sector in AUTHORITIES for a in actors):
        return None
    return next(iter(codes))


def people_home(head: Any, own: str | None, ctx: DocumentContext) -> str | None:
    """Whose the unnamed people are that a state's authorities act on at home (or the "government" its
    critics name): ``own``, the acting state, unless an earlier sentence gave the same kind of people
    another nationality ("21 Indian fishermen" ... "Colombo released 12 fishermen"): a guess of home
    does not undo what the story told."""
    if own is None:
        return own
    told = ctx.told_country(head) if head.pos_ == "NOUN" else None
    return told or earlier_people_country(head, ctx) or own  # "... the men were arrested", "the two"


def joint_authorities(actors: list[Entity], type_: str) -> list[str]:
    """The states whose authorities act together on people at home ("police in Serbia and Bosnia and
    Herzegovina arrested 14 people"), if two or more states' officials, forces or courts are the actors."""
    codes = list(dict.fromkeys(a.code for a in actors))
    if type_ not in DOMESTIC_ACTS or len(codes) < 2 or not all(a.sector in AUTHORITIES for a in actors):
        return []
    return codes


def critics_at_home(actors: list[Entity], type_: str) -> str | None:
    """The state whose people, opposition or legislators speak out, if one state's are the actors:
    "the government" they accuse or call on, named no further, is their own ("Georgian opposition
    parties accused the government of being too soft on Moscow")."""
    codes = {a.code for a in actors}
    if type_ not in VERBAL or len(codes) != 1 or not all(a.sector in HOME_CRITICS for a in actors):
        return None
    return next(iter(codes))


def stand_in(entities: list[Entity], head: Any) -> list[Entity]:
    """The entities a phrase of the sentence ("the two sides", "the four countries") stands for."""
    phrase = head.doc[head.left_edge.i : head.i + 1].text
    return [e for one in entities for e in standing_for([one], phrase, one.entity_text or one.code, "the story so far")]


def standing_for(entities: list[Entity], words: str, antecedent: str, how: str) -> list[Entity]:
    """The entities, each saying which words of the sentence stand for it and how (kept if it says so already)."""
    said = f'"{words}" stands for "{antecedent}" ({how})'
    return [replace(e, resolved_by=e.resolved_by or said) for e in entities]


def with_conjuncts(tok: Any) -> list[Any]:
    """The token and the words joined to it by "and"/"or" ("Ugandan and Congolese")."""
    out = [tok]
    for child in children_of(tok):
        if child.dep_ == "conj":
            out += with_conjuncts(child)
    return out


def is_topic(noun: Any, verb: Any, words: EventWords) -> bool:
    """The noun is what the verb is about ("condemned the attack", "blamed X for the attack"),
    not where or when it was said ("at the rally, demonstrators denounced ...")."""
    tok = noun
    for _ in range(6):
        head = tok.head
        if head.i == verb.i:
            return tok.dep_ in {"dobj", "attr", "oprd"} or (tok.dep_ == "prep" and tok.lower_ in words.topic_prep)
        if head.i == tok.i:
            return False
        tok = head
    return False


def in_time_phrase(noun: Any, verb: Any, words: EventWords) -> bool:
    """ "landed after weeks of killing": the noun only times the verb; the verb's subject did not do it."""
    return in_prep_phrase(noun, verb, words.time_prep)
