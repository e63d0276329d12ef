"""People told earlier by another word: "twelve Haitian migrants landed on the island ... The men were
arrested in Bimini", "two Indonesian fishermen ... The two were arrested by PNG police". A definite word
for people with no country of its own ("the men", "the two", "both", "most", the ``told_back_people``
words of ``data/event_words.tsv``), acted on, stands for the latest group of people the story gave a
nationality before its sentence (an ``earlier_people`` noun a state's word modified: "Haitian
migrants"), not for the acting state's own people.

Why: the events stage otherwise guesses such people as the acting authorities' own, or finds no one.
Training gold (932 documents, rules coder): of the events whose recipient the reading changes, 5 now
match the gold ("Most were intercepted by police in northern Malawi" of Ethiopian migrants, "the men
were arrested in Bimini" of Colombians, "the men are being released", "the men had been beaten",
"killing six" Nigerian traders), 1 takes another state than the gold's ("the men" were two Turkish
drivers, the latest group told the Afghan migrants they smuggled); none was right before.

A personal pronoun held or punished ("Thai police arrested them", "he was jailed"; COERCE and SANCTION only)
that no named person or party answers names no kind of people at all, so it takes the latest noun of its
number any state's word modified (not a place of custody, goods, vehicles or money). Training gold: 28
COERCE/SANCTION recipients are such pronouns, 24 of them of another state than the actor's; a dispersal
("police dispersed them", ASSAULT) is left out: read back, it took a crowd at home abroad in training."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._words import has_definite_left_determiner, word_in

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["earlier_people_country"]

#: Parts of speech of a told-back word that stands alone ("the two", "both", "most", "those detained").
_STANDALONE = {"NUM", "DET", "PRON", "ADJ"}
#: Dependencies of a word before the head that say who the people are ("their men", "three men", "Cuban men").
_OWN_MARK_DEPS = {"poss", "nummod", "amod", "compound"}
#: The tag of a personal pronoun ("them", "he"), as against "those", "most", "both".
_PERSONAL = "PRP"


def earlier_people_country(head: Any, ctx: DocumentContext, pronoun: bool = False) -> str | None:
    """The country of the latest group of people told before ``head``'s sentence, when ``head`` names
    people only by a told-back word (a personal pronoun only with ``pronoun``); else None."""
    words = ctx.words
    if not word_in(head, words.told_back_people) or not _points_back(head, ctx):
        return None
    if head.tag_ == _PERSONAL:
        # "Five Laotian loggers crossed the river. Police held them": a personal pronoun names no kind of
        # people, so any noun of its number a state's word modified may be what it stands for
        return ctx.latest_told_noun_before(head, _stood_for_by(head, ctx)) if pronoun else None
    return ctx.latest_told_before(head, words.earlier_people)


def _stood_for_by(pronoun: Any, ctx: DocumentContext) -> Callable[[Any], bool]:
    """Which told nouns a pronoun acted on may stand for: one of its number ("them" for "loggers", "him"
    for "logger"), not a place of custody ("Laotian jails"), goods, vehicles or money, which are not the
    people held."""
    words = ctx.words
    plural = "Plur" in pronoun.morph.get("Number")
    things = words.custody_word | words.seized_goods | words.crewed_vehicle | words.not_actor

    def keep(noun: Any) -> bool:
        return ("Plur" in noun.morph.get("Number")) == plural and noun.lemma_.lower() not in things

    return keep


def _points_back(head: Any, ctx: DocumentContext) -> bool:
    """The phrase names no one itself: a definite noun ("the men", "these migrants") or a word standing
    alone ("the two", "both", "most"), with no state, owner, number or "of" phrase of its own."""
    words = ctx.words
    lefts = list(head.lefts)
    if any(t.i in ctx.mention_at or t.dep_ in _OWN_MARK_DEPS for t in lefts):
        return False
    if any(c.dep_ == "prep" and c.lower_ in words.belonging_prep for c in head.rights):
        return False  # "most of the Cuban migrants", "the men from the village" say who they are
    if head.pos_ in _STANDALONE:
        return True
    return has_definite_left_determiner(head, words)
