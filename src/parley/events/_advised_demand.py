"""A deed one state's speaker says another must or should do: "Latvia must hand back the ferry, the
Estonian minister said", "the premier said Minsk should free the pilots at once". The deed is only
asked for (``._modality.is_advice`` drops it); what happened is a demand, a REQUEST by the speaker's
side of the side named to act.

Training gold (``training/batches``, stop 62 count): 78 sentences hold "must", "should" or "ought";
7 of them code a REQUEST on the advised clause itself, 42 code nothing (opinions, hypotheses). The shape
read here (a verb of saying reports a "must"/"should" clause, neither negated nor perfect, of a material
act by a party of another side than the speaker's) holds in 3 of the 78, all 3 coded as the speaker's
REQUEST, and in none of the 42: a speaker of the doer's own side ("farm unions said Oslo should
scrap the levy"), advice nobody is said to give ("Riga should accept the offer") and a commentator's
view are opinions, so they are left out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._candidate import Candidate
from ._lexicon import Trigger
from ._parse import clause_verb
from ._words import EventWords, word_in

if TYPE_CHECKING:
    from ._roles import RoleFinder

__all__ = ["advised_demand", "demand_speakers"]

#: The CAMEO code of the demand read from the advice (that of the plain REQUEST rows).
_REQUEST_CAMEO = "100"


def _plain_advice(clause: Any, words: EventWords) -> bool:
    """ "must free", "should leave": advice given now, not regret ("should have freed") nor a ban
    ("must not cross", which the writers code, if at all, otherwise)."""
    aux = [c for c in clause.children if c.dep_ in {"aux", "auxpass"}]
    if not any(c.lower_ in words.advice_aux for c in aux):
        return False
    if any(c.lower_ in words.perfect_aux for c in aux):
        return False
    return not any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)


def _trailing_speech(clause: Any, words: EventWords) -> Any | None:
    """ "Peru must free the pilots, the premier said": the verb of saying after a comma that the parser
    sometimes hangs from the advised main clause (as a joined verb) instead of above it, else None."""
    if clause.dep_ != "ROOT":
        return None
    for c in clause.children:
        if c.i <= clause.i or c.dep_ not in {"conj", "parataxis"} or c.lemma_.lower() not in words.speech_verb:
            continue
        if any(p.lower_ == "," and p.i < c.i for p in c.children) or c.doc[c.left_edge.i - 1].lower_ == ",":
            return c  # set off by a comma, as an attribution is ("and the premier said" is a second clause)
    return None


def demand_speakers(token: Any, roles: RoleFinder) -> list[Any]:
    """The speakers of the verb of saying that reports the advised clause of ``token`` ("the minister
    said Riga must ...", "insisting that Riga must ...": the subject of the verb the participle hangs
    from), else none: a clause no verb of saying reports, or one only a commentator reports, is an
    opinion."""
    words = roles.words
    clause = clause_verb(token)
    if not _plain_advice(clause, words):
        return []
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.i == clause.i or speech.lemma_.lower() not in words.speech_verb:
        speech = _trailing_speech(clause, words)
        if speech is None:
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
