"""An act promised and held over an "unless" clause is a threat, whatever the act ("would not take part
in the vote unless the roll was revised", "will park across the crossings unless Washington delays the
rule"): the promise is made to move the other side, which is what PLOVER calls THREATEN. Training gold
codes 20 of the 24 sentences with a will/would verb over an "unless" clause THREATEN; of the other 4,
two have no party as their subject ("Neither step will mean much unless ...") and two are verbs the
lexicon reads already ("will extend the strike", "would not sit at the table"), which keep their row.

Both coders call this for the sentence's words that made no event of their own, so a verb that is
already a row stays one event."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS, VERB_POS
from ._candidate_checks import is_alleged_act
from ._candidates import Candidate, build_candidate
from ._habitual import is_habitual
from ._lexicon import Trigger
from ._modality import is_unreal
from ._parse import is_committed

if TYPE_CHECKING:
    from ._roles import RoleFinder
    from ._typing import TriggerMatcher
    from ._words import EventWords

__all__ = ["holds_over_unless", "unless_threat_candidate", "unless_threat_verbs"]


def unless_threat_verbs(sent: Any, words: EventWords, text: str | None = None) -> list[Any]:
    """The verbs of the sentence that hold a promised act over an "unless" clause, in order. ``text``:
    the sentence's text when the caller has it (``sent.text`` joins the sentence's tokens anew, a
    spaCy Token built for each)."""
    text = (sent.text if text is None else text).lower()  # each character lowered alone: a word's lower form is in it
    if not any(mark in text for mark in words.held_threat_mark):
        return []  # most sentences: no token walk (each token read builds a spaCy Token)
    verbs = {
        tok.head.head.i: tok.head.head
        for tok in sent
        if tok.dep_ == "mark" and tok.lower_ in words.held_threat_mark and holds_over_unless(tok.head.head, words)
    }
    return [verbs[i] for i in sorted(verbs)]


def holds_over_unless(verb: Any, words: EventWords) -> bool:
    """ "would oppose the request unless the teachers were freed": a full verb promised with will, would
    or shall, with an adverbial clause opened by "unless" that has a subject of its own (not the
    boilerplate "unless otherwise stated"). A past or bare verb over "unless" reports, not promises."""
    if verb.pos_ != "VERB" or not is_committed(verb, words):
        return False
    return any(c.dep_ == "advcl" and _is_unless_clause(c, words) for c in children_of(verb))


def _is_unless_clause(clause: Any, words: EventWords) -> bool:
    marked = any(c.dep_ == "mark" and c.lower_ in words.held_threat_mark for c in children_of(clause))
    return marked and any(c.dep_ in SUBJECT_DEPS for c in children_of(clause))


def unless_threat_candidate(verb: Any, matcher: TriggerMatcher, roles: RoleFinder) -> Candidate | None:
    """The threat a verb held over an "unless" clause makes: its subject threatens, the clause's subject
    (when another party) is threatened. None when nobody acts or the act is not told as promised."""
    words = matcher.words
    if _told_by_threat_verb(verb, matcher):
        return None  # "warned that it would close the border unless ...": the warning is the threat, read there
    if is_unreal(verb, words) or is_habitual(verb, words) or is_alleged_act(verb, matcher):
        return None  # "would have closed the road unless": did not happen; "accused of ...": alleged
    cameo = matcher.lexicon.types["THREATEN"].cameo
    trig = Trigger(verb.lemma_.lower(), "VERB", "THREATEN", None, cameo, "", "")
    return build_candidate(trig, verb, roles, future=True, threat=True)


def _told_by_threat_verb(verb: Any, matcher: TriggerMatcher) -> bool:
    """The promise is the content of a verb the lexicon reads as a threat ("warned", "threatened to"),
    which makes the event (or, "economists warned that ...", rightly none)."""
    head = verb.head
    if verb.dep_ not in {"ccomp", "xcomp"} or head.i == verb.i or head.pos_ not in VERB_POS:
        return False
    row = matcher.match(head)
    return row is not None and row.type == "THREATEN"
