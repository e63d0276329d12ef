"""A threat whose deed lands on the actor's own side: Ruritanian rebels who promise to seize a Ruritanian
harbour, or a Ruritanian ministry that warns striking Ruritanian dockers they will be sacked. The party
the deed is done to shares the actor's code, so the rule that an act is never aimed at its actors (or at
their own forces, the means of a threat) would drop it, and a guess from the story (the other state, the
latest counterpart) would take its place; but a threat to do something to one's own country's people,
places or forces is aimed at that country (training gold: 37 of 441 THREATEN events code the actor's own
state as recipient).

Only a party the sentence names as the one the deed is done to counts: the object or passive subject of
the threat's verb or of a deed clause under it, named there by a proper name or a nationality word in the
phrase's own words (not a possessor, not a phrase attached to it, not a bare common noun whose state is
only guessed), and not the actor's own mention (the subject of the threat's verb or of a verb above it).
Run over the training corpus, the reading fires twice (rules coder): once where gold codes the named
party's state as recipient, once where gold has no threat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ._parse import prep_objects
from ._type_sets import CONTENT_DEPS, STATELESS

if TYPE_CHECKING:
    from ..document import Entity
    from ._candidate import Candidate
    from ._words import EventWords

__all__ = ["own_side_threatened"]

#: Dependencies naming whom a verb's deed is done to.
_PATIENT_DEPS = {"dobj", "dative", "nsubjpass"}

#: Entity labels of a phrase that only times a deed.
_TIME_LABELS = {"DATE", "TIME"}

#: Dependencies of the phrases that name who does a verb's deed (the actor's own mention).
_AGENT_DEPS = {"nsubj", "agent"}


def _patients(verb: Any, words: EventWords) -> list[Any]:
    """The heads of the phrases a verb's deed is done to: its objects, its passive subject, and the
    objects of its recipient prepositions; not a prepositional object that only times the deed (a
    date or time entity, or a unit of time such as a week), nor one of a phrase put before the word it
    hangs on (a fronted phrase sets the scene: it names no target)."""
    objects = [c for c in children_of(verb) if c.dep_ in _PATIENT_DEPS]
    placed = prep_objects([*objects, verb], words.recipient_prep)
    return objects + [p for p in placed if p.head.i > p.head.head.i and not _timing(p, words)]


def _timing(head: Any, words: EventWords) -> bool:
    """The phrase names a moment or a stretch of time, not a party."""
    return bool(head.ent_type_ in _TIME_LABELS or head.lemma_.lower() in words.length_unit)


def _threatened_heads(token: Any, words: EventWords) -> list[Any]:
    """Whom the threat's verb, and the deed clauses it tells (down to a clause inside a clause), are done
    to; not the clauses that set its condition."""
    heads = _patients(token, words)
    level = [token]
    for _ in range(2):
        level = [c for t in level for c in children_of(t) if c.dep_ in CONTENT_DEPS]
        heads += [h for t in level for h in _patients(t, words)]
    return heads


#: Dependencies of the words that belong to a phrase's own name (its adjectives, compounds, determiners,
#: numbers and appositions); not its possessor, nor prepositional phrases hung on it, whose parties are not
#: the ones the deed is done to.
_NAME_DEPS = {"amod", "compound", "det", "nummod", "appos", "flat"}


def _phrase_tokens(head: Any) -> list[Any]:
    """The head and the words of its own name, in order."""
    kept = {head.i} | {t.i for c in children_of(head) if c.dep_ in _NAME_DEPS for t in c.subtree}
    return [t for t in head.subtree if t.i in kept]


def _actor_positions(token: Any) -> set[int]:
    """Token positions of the phrases naming who does the threat's verb or a verb above it: the actor's
    own mention, which no threatened phrase may be."""
    verbs = [token, *token.ancestors]
    return {t.i for v in verbs for c in children_of(v) if c.dep_ in _AGENT_DEPS for t in c.subtree}


def _named_in(entity: Entity, heads: list[Any], actor_at: set[int]) -> bool:
    """The entity's own words name one of the phrases, outside the actor's own mention, by a proper name
    or a nationality word: a bare common noun (soldiers, ships) is only guessed to be of a state."""
    wanted = entity.entity_text.lower().split()
    for head in heads:
        tokens = _phrase_tokens(head)
        for k in range(len(tokens) - len(wanted) + 1):
            span = tokens[k : k + len(wanted)]
            if [t.lower_ for t in span] != wanted or any(t.i in actor_at for t in span):
                continue
            if any(t.pos_ == "PROPN" or t.ent_type_ for t in span):
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
    # the actor's own mention is told apart by its position, not its words: "Ruritanian rebels" may
    # threaten a "Ruritanian" harbour
    named = [r for r in cand.recipients if r.entity_text]
    heads = _threatened_heads(cand.token, words)
    actor_at = _actor_positions(cand.token)
    return [r for r in named if _named_in(r, heads, actor_at)][:1]
