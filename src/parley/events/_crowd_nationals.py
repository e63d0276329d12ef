"""A crowd named by its people's plural ("Serbs barricade roads", "several hundred young Malians had
stoned the post", "About 1,500 Georgians displaced from Abkhazia blocked the bridge"): people, not their
state, so their blocking or stoning is a protest as any civilians' is. The knowledge files code such a
word as the state it names with no sector, which reads as the state's own act (a closure, an attack).

Training gold, COERCE/ASSAULT/PROTEST doers named by a people's plural with no "the": PROTEST 6 of 6
("barricaded", "stoned" twice, "blocked", "barricade", "rallied"); with "the" ("the Ukrainians raked the
wheelhouse") the plural is one side of a war, the state's forces, and is left alone (ASSAULT 1 of 1)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._act_kinds import is_lethal_act
from ._lexicon import Trigger
from ._type_sets import ABDUCT_MODE
from ._verb_subjects import subjects_of
from ._words import has_definite_determiner

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["done_by_crowd_of_nationals"]

#: The mention kind of a people's word ("Georgian", "Serbs").
_PEOPLE_WORD = "demonym"
#: Tags of a plural noun: "Serbs", not the adjective in "Serbian police".
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _is_crowd_of_nationals(subject: Any, ctx: DocumentContext) -> bool:
    """The subject is a people's plural standing as a noun, with no definite determiner."""
    mention = ctx.mention_at.get(subject.i)
    if mention is None or mention.kind != _PEOPLE_WORD or subject.tag_ not in _PLURAL_TAGS:
        return False
    if subject.dep_ in {"amod", "compound"}:
        return False  # a people's word describing the real head
    return not has_definite_determiner(subject, ctx.words)


def done_by_crowd_of_nationals(type_: str, trigger: Trigger, token: Any, ctx: DocumentContext) -> bool:
    """A blocking or a stoning (no killing, no abduction) whose every subject is a crowd named by its
    people's plural (see the module)."""
    if type_ not in {"ASSAULT", "COERCE"} or trigger.mode == ABDUCT_MODE or token.pos_ != "VERB":
        return False
    if is_lethal_act(type_, token, ctx.words):
        return False
    subjects = subjects_of(token, ctx.words)
    return bool(subjects) and all(_is_crowd_of_nationals(s, ctx) for s in subjects)
