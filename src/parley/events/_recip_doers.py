"""The doers an act answers when the sentence names them only by their deed: of the act a statement
judges ("condemned the attack"), or the men hunted ("hunt down those responsible").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ..document import Entity
from ..parse import VERB_POS
from ._told_acts import is_bare_definite
from ._type_sets import JUDGEMENTS, STATELESS_GROUP
from ._words import has_definite_determiner, word_in

if TYPE_CHECKING:
    from ._candidate import Candidate
    from ._roles import RoleFinder

__all__ = ["hunted_doers", "judged_act_doers", "judged_deed_doers"]

#: How far from the trigger a hunted noun may be: its objects, and those of the verbs it governs ("vowed to
#: hunt down those responsible", "dispatched a unit to the area to search for the kidnappers").
_HUNT_PATH = {"dobj", "xcomp", "advcl", "conj", "prep", "pobj", "pcomp", "prt"}


def judged_act_doers(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """The doers of the act a statement's object points back to ("the attack", "the seizure"): the
    latest event of that act's type the story has told."""
    if cand.token.pos_ not in VERB_POS:
        return []
    words = roles.words
    for obj in (c for c in children_of(cand.token) if c.dep_ == "dobj"):
        judged = roles.matcher.match(obj)
        if judged is not None and judged.pos == "NOUN" and is_bare_definite(obj, words):
            return roles.ctx.doers_of(judged.type, cand.actors)
    return []


def judged_deed_doers(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "condemned the closure as a provocation", "called the accord a betrayal": a definite thing, named by no
    event word, judged by what it is called points back at the latest deed the story told and answers
    its doers, whatever word the story used for that deed."""
    if cand.token.pos_ not in VERB_POS:
        return []
    verb_as = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in children_of(cand.token))
    for obj in (c for c in children_of(cand.token) if c.dep_ == "dobj"):
        noun_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in children_of(obj))
        if (verb_as or noun_as) and _names_one_deed_only_by_pointing(obj, roles):
            # another judgement is no deed to be called names ("accused Rome ... called the vote a sham"),
            # and a noun that names no deed reaches back only to the sentence before
            return roles.ctx.latest_doers(cand.actors, JUDGEMENTS, _sentence_before(cand.token).start_char)
    return []


def _names_one_deed_only_by_pointing(noun: Any, roles: RoleFinder) -> bool:
    """ "the move", "the accord": a singular definite noun with no party of its own and no event word."""
    if noun.tag_ != "NN":
        return False  # a plural ("the expulsions") gathers deeds of several doers: the counterpart reading
    # an event noun ("the seizure") or a verb's -ing noun ("the sinking") is left to the readings by type
    if roles.matcher.lexicon.rows_of(noun, "NOUN") or noun.lower_.endswith("ing"):
        return False
    named = any(t.i in roles.ctx.mention_at for t in noun.subtree)
    owned = any(c.dep_ == "poss" for c in children_of(noun))
    return has_definite_determiner(noun, roles.words) and not (named or owned)


def _sentence_before(token: Any) -> Any:
    """The sentence before the token's (its own, for the document's first)."""
    sent = sentence_of(token)
    return sent if sent.start == 0 else sentence_of(sent.doc[sent.start - 1])


def hunted_doers(cand: Candidate, roles: RoleFinder) -> list[Entity]:
    """ "vowed to hunt down those responsible", "pursued the attackers to the border": men named only by
    a deed are whoever did the latest attack the story told, or else an armed group of no state named
    (not the story's other state)."""
    if not any(_is_deed_doer(t, roles) for t in _hunt_targets(cand.token)):
        return []
    doers = roles.ctx.doers_of("ASSAULT", cand.actors)
    return doers or [Entity(code=STATELESS_GROUP, sector=None, entity_text="")]


def _hunt_targets(token: Any) -> list[Any]:
    """The objects of the trigger and of the verbs and phrases it governs, a few steps down."""
    found: list[Any] = []
    frontier = [token]
    for _ in range(4):
        frontier = [c for t in frontier for c in children_of(t) if c.dep_ in _HUNT_PATH]
        found += [t for t in frontier if t.dep_ in {"dobj", "pobj"}]
    return found


def _is_deed_doer(noun: Any, roles: RoleFinder) -> bool:
    """ "the attackers", "those responsible", "the terrorists": a definite noun of a deed's doers or of
    armed men of no state, no party named in it."""
    words = roles.words
    doers = words.deed_doer | words.stateless_armed  # "hunt down the terrorists": no state named either
    doer = word_in(noun, doers)
    if noun.lower_ == "those":
        doer = any(c.lower_ in words.deed_doer for c in children_of(noun) if c.dep_ == "amod")
        definite = True
    else:
        definite = has_definite_determiner(noun, words)
    named = any(t.i in roles.ctx.mention_at for t in noun.subtree)
    return doer and definite and not named
