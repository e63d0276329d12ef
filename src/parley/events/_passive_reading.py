"""Whether a verb is told in the passive, also where the small parser missed it: a reduced relative it
tagged as a past tense ("37 Mexican lorries impounded last week at the border"), or one it made the
sentence's main verb when the true main verb follows ("Two Polish journalists detained near Grodno
were released on Saturday"). In both the people or goods named before the verb suffered the act; a
doer, if any, is named by "by"."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS
from ._finite_participles import past_read_as_participle
from ._parse import has_agent, is_passive

__all__ = ["reads_as_passive"]

#: Past forms a reduced relative takes: the participle, and the past tense the parser may tag it as.
_PAST_FORMS = {"VBN", "VBD"}
#: Children that show a verb is active: a subject or an object of its own.
_ACTIVE_DEPS = {"nsubj", "dobj", "dative", "aux"}


def reads_as_passive(verb: Any, *, state_act: bool) -> bool:
    """The verb is passive: "were detained", its conjunct "... and its catch confiscated", a reduced
    relative ("200 people detained in Lima"; but not "South Africa, which chairs the bloc, offered to
    mediate"), or a reduced relative the parser misread. A misread one is taken as passive only where
    the passive still names who acted: a "by" phrase, or an act only a state does (``state_act``: an
    arrest, a fine), whose doer is the state where it happened; an attack with no doer named ("a drone
    brought down over the gulf") would lose the attack for want of one."""
    if is_passive(verb) or (verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head) and _bare(verb)):
        return True
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return not past_read_as_participle(verb)
    if not state_act and not has_agent(verb):
        return False
    return _past_tense_relative(verb) or _relative_read_as_main(verb)


def _bare(verb: Any) -> bool:
    """A participle with no auxiliary or object of its own shares the passive it is joined to ("was seized
    and its catch confiscated"); "have been suspended, and prosecutors have opened a case" joins an
    active perfect, whose subject acts."""
    return not any(c.dep_ in {"aux", "dobj"} for c in children_of(verb))


def _past_tense_relative(verb: Any) -> bool:
    """ "released 37 Mexican lorries impounded last week": a past form hung on the noun before it, with
    no subject or object of its own, describes the noun (what was done to it)."""
    if verb.dep_ != "acl" or verb.tag_ not in _PAST_FORMS or verb.head.i > verb.i:
        return False
    return verb.head.pos_ == "NOUN" and not any(c.dep_ in _ACTIVE_DEPS for c in children_of(verb))


def _relative_read_as_main(verb: Any) -> bool:
    """ "Two journalists detained near Grodno were released": a bare past form with a subject but no
    object, followed by a passive ("were released") with no subject of its own that hangs on it: the
    later verb is the sentence's own, whose subject the first form describes."""
    if verb.dep_ != "ROOT" or verb.tag_ not in _PAST_FORMS:
        return False
    if any(c.dep_ in _ACTIVE_DEPS - {"nsubj"} for c in children_of(verb)):
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i and c.pos_ == "NOUN" for c in children_of(verb)):
        return False
    # not "The envoy landed in Oslo and was greeted by the king": two verbs joined by "and"
    joins = [c.i for c in children_of(verb) if c.dep_ == "cc"]
    return any(
        c.i > verb.i
        and c.dep_ in {"conj", "ccomp"}
        and any(a.dep_ == "auxpass" for a in children_of(c))
        and not any(s.dep_ in SUBJECT_DEPS for s in children_of(c))
        and not any(verb.i < j < c.i for j in joins)
        for c in children_of(verb)
    )
