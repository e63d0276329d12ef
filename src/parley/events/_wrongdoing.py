"""A statement that tells another state's wrongdoing is an accusation: "Kampala said the Kenyan
officers had violated Ugandan waters", "Pristina claimed Serbian agents had smuggled weapons across".
The speaking verb is no trigger of the lexicon (most statements accuse nobody); the allegation is read
from what its content clause says the other side did (``wrongdoing_verb`` of data/event_words.tsv)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..parse import VERB_POS, lemma_positions
from ._candidate import Candidate
from ._lexicon import Trigger
from ._modality import is_hypothetical, is_negated
from ._parse import first_conjunct
from ._unnamed_doers import unnamed_doers
from ._verb_subjects import subjects_of

if TYPE_CHECKING:
    from ._roles import RoleFinder

__all__ = ["alleged_wrongdoing", "alleging_tokens"]

#: The reading of such a statement: PLOVER ACCUSE, mode allege, CAMEO 112 (accuse).
_ALLEGATION = ("ACCUSE", "allege", "112")


def alleging_tokens(sdoc: Any, words: Any) -> list[int]:
    """The indices, in order, of the document's words that :func:`alleged_wrongdoing` can read as an
    allegation (a verb whose lemma is an alleging verb): read from one array of the parse, so that
    the other words of the article are never made into spaCy tokens to be turned down one by one."""
    return lemma_positions(sdoc, "VERB", words.alleging_verb)


def alleged_wrongdoing(token: Any, roles: RoleFinder) -> Candidate | None:
    """The accusation a speaking verb makes by telling another state's wrongdoing, or None: its
    content clause's verb is one of violation, done (not denied) by a state or its people other
    than the speaker's."""
    words = roles.words
    if token.pos_ != "VERB" or token.lemma_.lower() not in words.alleging_verb:
        return None
    if is_negated(token, words) or is_hypothetical(token, words):
        return None
    # "gunmen abducted two engineers, the ministry said": a report told first and sourced after is news
    # the speaker passes on; an allegation is said first ("Accra said Togolese gendarmes had harassed")
    deeds = [(deed, verb) for deed, verb in _told_deeds(token, words) if deed.i > token.i]
    if not deeds:
        return None
    speakers = roles.np_entities_many(subjects_of(token, words))
    speaking = {e.code for e in speakers}
    for deed, verb in deeds:
        heads = _active_subjects(verb, words)
        doers = [e for e in roles.np_entities_many(heads) if e.code not in speaking]
        if speakers and not doers:
            doers = unnamed_doers(deed, heads, speakers, roles)
        if speakers and doers:
            kind, mode, cameo = _ALLEGATION
            trig = Trigger(token.lemma_.lower(), "VERB", kind, mode, cameo, "", "default")
            return Candidate(trigger=trig, token=token, actors=speakers, recipients=doers, type=kind)
    return None


def _told_deeds(token: Any, words: Any) -> list[tuple[Any, Any]]:
    """(deed, verb whose subject did it) for each wrongdoing the content clause tells as done: "had
    crossed the line", or tried ("had tried to recruit an official": the deed is the infinitive, its
    doer the subject of "tried")."""
    out = []
    for verb in _content_verbs(token):
        if _unreal(verb, words):
            continue
        lemma = verb.lemma_.lower()
        if lemma in words.wrongdoing_verb:
            out.append((verb, verb))
        elif lemma in words.attempt_verb:
            tried = (c for c in children_of(verb) if c.dep_ == "xcomp" and c.lemma_.lower() in words.wrongdoing_verb)
            out += [(deed, verb) for deed in tried]
    return out


def _content_verbs(token: Any) -> list[Any]:
    """The verbs of what is said: the content clause and the verbs joined to it ("had crossed the
    line and shelled two posts")."""
    out = []
    for clause in (c for c in children_of(token) if c.dep_ == "ccomp"):
        out.append(clause)
        out += [c for c in children_of(clause) if c.dep_ == "conj" and c.pos_ in VERB_POS]
    return out


def _active_subjects(verb: Any, words: Any) -> list[Any]:
    """Who the clause says did it: an active subject ("the Kenyan officers had violated"), not one a
    passive says it was done to; a joined verb with no subject of its own has its partner's ("had
    crossed the river and poached elephants")."""
    subjects = subjects_of(verb, words) or subjects_of(first_conjunct(verb), words)
    return [s for s in subjects if s.dep_ != "nsubjpass"]


def _unreal(verb: Any, words: Any) -> bool:
    """The clause denies or only supposes the deed: "had not violated", "workers could enter"."""
    return is_negated(verb, words) or is_hypothetical(verb, words)
