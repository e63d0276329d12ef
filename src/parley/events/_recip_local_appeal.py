"""A local official's appeal to its own state: "Carchi's governor urged Quito to keep the border open",
"the Nunukan Regent asked the central government to send funds", "the Tamil Nadu chief minister demanded
that New Delhi take up the matter". The actor and the addressee share a code, so the rule that an act is
never aimed at its actors would drop the addressee and a guess from the story (the other state) would take
its place; but a governor, mayor or chief minister governs a part of the state and asks its national
government (training gold: such requests naming the own state code it as recipient 9 of 9)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ._recip_filters import not_the_actors
from ._threatened_own import own_side_threatened
from ._verb_subjects import subjects_of

if TYPE_CHECKING:
    from ..document import Entity
    from ._candidate import Candidate
    from ._words import EventWords

__all__ = ["local_appeal_home", "recipients_besides_actors"]


def _local_official(subject: Any, words: EventWords) -> bool:
    """The subject's phrase names a local office ("Carchi's governor", "Nunukan Regent Basri Abdul Hamid")."""
    phrase = f" {' '.join(t.lower_ for t in subject.subtree)} "
    return any(f" {office} " in phrase for office in words.local_office)


def _request_subjects(token: Any, words: EventWords) -> list[Any]:
    """The subjects of the request's verb, or of the verb it hangs from ("wrote to the prime minister
    demanding that ...")."""
    found = subjects_of(token, words)
    if not found and token.dep_ in {"advcl", "xcomp", "conj"} and token.head.i != token.i:
        found = subjects_of(token.head, words)
    return found


def local_appeal_home(cand: Candidate, words: EventWords) -> list[Entity]:
    """The actor's own state, named among the recipients, as the addressee of a local official's request
    (see the module's note); nothing otherwise."""
    codes = {a.code for a in cand.actors}
    if cand.type != "REQUEST" or len(codes) != 1:
        return []
    own = [r for r in cand.recipients if r.code in codes]
    if not own or not any(_local_official(s, words) for s in _request_subjects(cand.token, words)):
        return []
    return [replace(own[0], sector="GOV")]


def recipients_besides_actors(cand: Candidate, words: EventWords) -> list[Entity]:
    """The recipients that are none of the actors; when none is left, a local official's own state
    named as addressee (``local_appeal_home``) or the own people a threat falls on (``own_side_threatened``)."""
    kept = not_the_actors(cand.recipients, cand.actors)
    return kept or local_appeal_home(cand, words) or own_side_threatened(cand, words)
