"""A threat that falls on the actor's own people: "the rebels said they would storm Port Arlen", "the
cabinet answered that the exiled senator would be detained on landing", "the militia vowed to resume raids
on Veldan police posts". The party the threatened deed is done to shares the actor's code, so the rule
that an act is never aimed at its actors (or at their own forces, the means of a threat) would drop it,
and a guess from the story (the other state, the latest counterpart) would take its place; but a threat
to do something to one's own country's people, places or forces is aimed at that country (training gold:
37 of 441 THREATEN events code the actor's own state as recipient).

Only a party named in the sentence as the one the deed is done to counts (the object or passive subject
of the threat's verb or of the deed clause it tells), by a proper name or a nationality word in the
phrase's own name (not a possessor, not a phrase hung on it, not a common noun such as "any aircraft"
guessed to be of a state), and not one named as the actor itself (a speaker who "warned that he could
extend martial law" threatens with his own deed). Run over the training corpus, the reading fires twice
(rules coder): once where gold codes the named party's state as recipient, once where gold has no threat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._parse import prep_objects
from ._type_sets import CONTENT_DEPS, STATELESS

if TYPE_CHECKING:
    from ..document import Entity
    from ._candidate import Candidate
    from ._words import EventWords

__all__ = ["own_side_threatened"]

#: Dependencies naming whom a verb's deed is done to.
_PATIENT_DEPS = {"dobj", "dative", "nsubjpass"}


def _patients(verb: Any, words: EventWords) -> list[Any]:
    """The heads of the phrases a verb's deed is done to: its objects, its passive subject, and the
    objects of its recipient prepositions ("raids on the border posts")."""
    objects = [c for c in verb.children if c.dep_ in _PATIENT_DEPS]
    return objects + prep_objects([*objects, verb], words.recipient_prep)


def _threatened_heads(token: Any, words: EventWords) -> list[Any]:
    """Whom the threat's verb, and the deed clauses it tells (two levels down: "said it would seek to
    try him"), are done to; not the clauses that set its condition."""
    heads = _patients(token, words)
    level = [token]
    for _ in range(2):
        level = [c for t in level for c in t.children if c.dep_ in CONTENT_DEPS]
        heads += [h for t in level for h in _patients(t, words)]
    return heads


#: Dependencies of the words that belong to a phrase's own name ("Afghan government forces", "the rebel
#: leader Tomas Ekel"); not its possessor ("London's reply"), nor phrases hung on it ("a violation of its
#: airspace by foreign jets", whose parties are not the ones the deed is done to).
_NAME_DEPS = {"amod", "compound", "det", "nummod", "appos", "flat"}


def _phrase_tokens(head: Any) -> list[Any]:
    """The head and the words of its own name, in order."""
    kept = {head.i} | {t.i for c in head.children if c.dep_ in _NAME_DEPS for t in c.subtree}
    return [t for t in head.subtree if t.i in kept]


def _named_in(entity: Entity, heads: list[Any]) -> bool:
    """The entity's own words name one of the phrases, by a proper name or a nationality word ("Zelaya",
    "Afghan"): a common noun ("the troops", "any aircraft") is only guessed to be of a state."""
    wanted = entity.entity_text.lower().split()
    for head in heads:
        tokens = _phrase_tokens(head)
        for k in range(len(tokens) - len(wanted) + 1):
            span = tokens[k : k + len(wanted)]
            if [t.lower_ for t in span] == wanted and any(t.pos_ == "PROPN" or t.ent_type_ for t in span):
                return True
    return False


def own_side_threatened(cand: Candidate, words: EventWords) -> list[Entity]:
    """The first recipient of the actor's own state that the threatened deed is done to (see the
    module's note), when no recipient of another state is named; nothing otherwise."""
    codes = {a.code for a in cand.actors}
    if cand.type != "THREATEN" or len(codes) != 1 or codes & STATELESS:
        return []
    if not cand.recipients or any(r.code not in codes for r in cand.recipients):
        return []
    actor_words = {a.entity_text.lower() for a in cand.actors if a.entity_text}
    named = [r for r in cand.recipients if r.entity_text and r.entity_text.lower() not in actor_words]
    if not named:
        return []
    heads = _threatened_heads(cand.token, words)
    return [r for r in named if _named_in(r, heads)][:1]
