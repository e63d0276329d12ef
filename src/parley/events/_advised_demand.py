"""A deed one state's speaker says another must or should do: "Latvia must hand back the ferry, the
Estonian minister said", "the premier said Minsk should free the pilots at once". The deed is only
asked for (``._modality.is_advice`` drops it); what happened is a demand, a REQUEST by the speaker's
side of the side named to act.

Training gold (``training/batches``, stop 62 count): 78 sentences hold "must" or "should" (57 "should",
21 "must"; none holds "ought", which this reading does not read: the parser makes "ought" the clause's head,
with the deed an infinitive under it); 7 of them code a REQUEST on the advised clause itself, 42 code nothing
(opinions, hypotheses). The shape read here (a verb of saying, said now, reports a "must"/"should" clause,
neither negated nor perfect, of a material act by a party of another side than the speaker's) fires, run
through the pipeline, on 2 of the 78, both coded as the speaker's REQUEST of the doers, and on none of the
42: a speaker of the doer's own side ("farm unions said Oslo should scrap the levy"), advice nobody is said
to give ("Riga should accept the offer") and a commentator's view are opinions, so they are left out. So are
a clause the speaker did not say or has yet to say ("did not say", "denied saying", "will say", "is expected
to say"), one only passed on or checked ("radio reported", "confirmed"), a condition put before its subject
("should Riga seize ..."), a guess ("must be moving"), and a passive that names no doer; the guards take
neither of the 2 away."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..parse import SUBJECT_DEPS
from ._candidate import Candidate
from ._lexicon import Trigger, is_future_head
from ._parse import clause_verb, has_agent, is_negator, is_passive
from ._words import EventWords, word_in

if TYPE_CHECKING:
    from ._roles import RoleFinder

__all__ = ["advised_demand", "demand_speakers"]

#: The CAMEO code of the demand read from the advice (that of the plain REQUEST rows).
_REQUEST_CAMEO = "100"


def _plain_advice(clause: Any, words: EventWords) -> bool:
    """ "must free", "should leave": advice given now, not regret ("should have freed") nor a ban
    ("must not cross", which the writers code, if at all, otherwise)."""
    aux = [c for c in children_of(clause) if c.dep_ in {"aux", "auxpass"}]
    advice = [c for c in aux if c.lower_ in words.advice_aux]
    if not advice or any(c.lower_ in words.perfect_aux for c in aux):
        return False
    if any(is_negator(c) for c in children_of(clause)):
        return False
    subjects = [c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS]
    if subjects and advice[0].i < subjects[0].i:
        return False  # "that should Lima seize a boat, ...": the auxiliary before its subject opens a condition
    if clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in aux):
        return False  # "must be massing troops": a guess at what goes on, asked of nobody
    return _names_its_doer(clause)


def _names_its_doer(clause: Any) -> bool:
    """ "troops must be sent to the border": a passive with no "by" phrase names nobody who is to act, so
    nobody is asked (the side it finds elsewhere in the clause is a guess); "must be freed by Lima" is."""
    return not is_passive(clause) or has_agent(clause)


def _said_now(speech: Any, words: EventWords) -> bool:
    """The verb of saying tells words said: not denied ("did not say", "denied saying") nor still to come
    or only supposed ("will say", "is expected to say", "could say", "if the envoy says")."""
    unsaid = words.future_aux | words.hypothetical_aux | words.conditional_aux
    for c in children_of(speech):
        if is_negator(c):
            return False
        if c.dep_ == "aux" and c.lower_ in unsaid:
            return False
        if c.dep_ == "mark" and c.lower_ in words.condition_mark:
            return False
    head = speech.head
    if speech.dep_ == "xcomp" and head.i != speech.i and is_future_head(head, words):
        return False  # "is expected to say", "plans to say": still to come ("went on to say" is said)
    denied = head.lemma_.lower() in words.denial_verb or head.lemma_.lower() in words.negating_head
    return not (speech.dep_ in {"xcomp", "ccomp"} and head.i != speech.i and denied)


def _trailing_speech(clause: Any, words: EventWords) -> Any | None:
    """ "Peru must free the pilots, the premier said": the verb of saying after a comma that the parser
    sometimes hangs from the advised main clause (as a joined verb) instead of above it, else None."""
    if clause.dep_ != "ROOT":
        return None
    for c in children_of(clause):
        if c.i <= clause.i or c.dep_ not in {"conj", "parataxis"} or c.lemma_.lower() not in words.demand_speech_verb:
            continue
        if any(p.lower_ == "," and p.i < c.i for p in children_of(c)) or c.doc[c.left_edge.i - 1].lower_ == ",":
            return c  # set off by a comma, as an attribution is ("and the premier said" is a second clause)
    return None


def demand_speakers(token: Any, roles: RoleFinder) -> list[Any]:
    """The speakers of the verb of saying that reports the advised clause of ``token`` ("the minister
    said Riga must ...", "insisting that Riga must ...": the subject of the verb the participle hangs
    from), else none: a clause no verb of saying reports, or one only a commentator reports, is an
    opinion; one passed on ("radio reported that Riga must ...") or checked ("confirmed that Riga must
    ...") tells no demand (``demand_speech_verb``), nor does one not said, or not said yet."""
    words = roles.words
    clause = clause_verb(token)
    if not _plain_advice(clause, words):
        return []
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.i == clause.i or speech.lemma_.lower() not in words.demand_speech_verb:
        speech = _trailing_speech(clause, words)
        if speech is None:
            return []
    if not _said_now(speech, words):
        return []
    speakers = roles.verb_subjects(speech)
    if any(word_in(s, words.commentator_noun) for s in speakers):
        return []
    return speakers


def advised_demand(deed: Candidate, speakers: list[Any], roles: RoleFinder) -> Candidate | None:
    """The REQUEST the speakers make of the doers of ``deed`` (a deed they say the doers must do), or
    None when the speakers are of no side or of the doers' own side (advice at home is an opinion)."""
    asking = roles.np_entities_many(speakers)
    asked_codes = {a.code for a in deed.actors}
    if not asking or not asked_codes or {a.code for a in asking} & asked_codes:
        return None
    trig = deed.trigger
    request = Trigger(trig.lemma, trig.pos, "REQUEST", None, _REQUEST_CAMEO, "", "")
    return Candidate(trigger=request, token=deed.token, actors=asking, recipients=list(deed.actors), type="REQUEST")
