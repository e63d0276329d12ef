"""Modality of a trigger: negated, hypothetical, advised, forecast, conditional or future.

A negated, hypothetical or advised mention is no event; a future one is a promise (see
:data:`._type_sets.FUTURE_TYPE`). A historical or habitual one (an event of the past or a custom, not
the one reported) is read by :mod:`._habitual`.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_start
from ..parse import SUBJECT_DEPS, VERB_POS
from ._ahead_acts import is_coming
from ._asked import names_its_asker
from ._clause_readings import is_reported_hedge
from ._condition_party import is_threat_condition
from ._decided import is_decided_measure
from ._held_refusal import grants_access
from ._lasted import ended_lasted_protest
from ._lexicon import Trigger, is_future_head
from ._parse import (
    clause_verb,
    first_conjunct,
    governing_verb,
    in_prep_phrase,
    is_committed,
    is_negator,
    under_speech,
)
from ._permitted import letting_head
from ._reported_conjunct import reported_through_conjunct
from ._type_sets import COOP_TYPES, THREAT_ACTS
from ._typing import is_meeting_of_outcome
from ._words import EventWords

__all__ = [
    "denied_noun",
    "has_future_aux",
    "is_advice",
    "is_conditional_threat",
    "is_forecast",
    "is_future",
    "hedge_speech_verb",
    "is_committed",
    "is_hedged_threat",
    "is_demanded",
    "is_fled_violence",
    "is_hypothetical",
    "is_negated",
    "is_promised",
    "is_promise_on_condition",
    "is_wished",
    "is_unreal",
    "refuses_cooperation",
]


def is_negated(token: Any, words: EventWords) -> bool:
    # the coder asks this of every candidate word of a document (some 240 an article): its tags are read
    # once, the child walks are plain loops (a generator under ``any`` costs more than the walk itself)
    pos, dep = token.pos_, token.dep_
    if has_child_dep(token, "neg"):
        return True
    if pos == "NOUN" and _has_no_det(token):
        return True  # :func:`denied_noun`
    verbal = pos in VERB_POS
    if verbal and has_denied_doer(token, words):
        return True  # "no neighbour could dictate to Chile how it runs its courts": nobody does it
    head = token.head
    adjective_complement = pos == "ADJ" and dep == "acomp"
    if adjective_complement and has_denied_doer(head, words):
        return True  # "neither side was ready to offer any": the copula holds the denied subject
    if dep == "xcomp" and head.lemma_ in words.negating_head:
        return True
    if dep in _GERUND_DEPS and is_gerund_complement(token) and phrasal_lemma(head) in words.negating_head:
        return True  # "has ruled out deploying ground forces": the sending did not happen
    # the head's "not" matters only to an adjective complement or a clause under it: read it for those
    # alone (most candidate words are neither, and each child read builds a spaCy Token)
    complement = dep in _COMPLEMENT_DEPS or adjective_complement
    negated_head = complement and has_child_dep(head, "neg")
    if adjective_complement and negated_head:
        return True  # "was not ready to accept", "is not open to talks": the copula carries the "not"
    if dep in _COMPLEMENT_DEPS and negated_head and head.lemma_ not in words.speech_verb:
        # "Kyiv has offered to sell grain; Moscow has not replied": a clause before the negated verb
        # it hangs from is told of its own (training gold 3 of 3 asserted), the "not" is the later verb's
        return not (dep == "ccomp" and token.i < head.i)
    clause = token if verbal else governing_verb(token)
    if clause is not None and clause.dep_ in {"acl", "ccomp"} and denied_noun(clause.head):
        return True  # "there was no hint that Minsk had met the conditions"
    if pos == "NOUN":
        verb = clause  # a noun is no verb: its clause is its governing verb
        if verb is not None and has_child_dep(verb, "neg") and not names_its_asker(token, words):
            return True  # "did not answer a Finnish request": the Finns asked all the same
        # the object's dependency first: most nouns are no object, and their verb's phrase is then not built
        ending = (
            dep in _ENDED_DEPS
            and verb is not None
            and (verb.lemma_ in words.ending_verb or phrasal_lemma(verb) in words.ending_verb)
        )
        if ending:
            # "agreed to halt a month of shelling", "called off the strike": the fighting, the strike stops
            return stopped_object(token, verb, words) and not was_held(token, verb, words)
    return False


#: The dependencies of a noun an ending verb stops ("ended the blockade", "put an end to the shelling").
_ENDED_DEPS = frozenset({"dobj", "pobj"})
#: The dependencies of a clause that completes its head ("refused to sign", "denied that it signed").
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
#: The dependencies a bare -ing complement has (:func:`is_gerund_complement`).
_GERUND_DEPS = frozenset({"xcomp", "advcl"})


def has_child_dep(token: Any, dep: str) -> bool:
    """Whether a child of ``token`` has the dependency ``dep`` (stops at the first, as ``any`` would)."""
    for child in children_of(token):  # noqa: SIM110 (a loop: ``any`` over a generator is slower here)
        if child.dep_ == dep:
            return True
    return False


def _has_no_det(noun: Any) -> bool:
    """ "no sign": the determiner "no" among the noun's children."""
    for child in children_of(noun):  # noqa: SIM110 (as in has_child_dep)
        if child.dep_ == "det" and child.lower_ == "no":
            return True
    return False


def stopped_object(noun: Any, verb: Any, words: EventWords) -> bool:
    """ "halted six weeks of fighting": the noun is what the ending verb stops, unless a preposition of how
    or when it stopped comes between them: "the riots ended with the torching of the consulate", "halted
    the project after an attack", "ended his visit with a pledge" (also when the parser hangs the phrase on
    the object); that act took place."""
    tok = noun
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in words.ending_occasion_prep:
            return False
        tok = tok.head
    return True


def was_held(noun: Any, verb: Any, words: EventWords) -> bool:
    """ "ended a two-day visit to Burkina Faso", "ended two days of talks": a visit or talks brought to
    their close were held, and so was a protest whose length is told (ending fighting, by contrast, says
    it stops)."""
    if ended_lasted_protest(noun, verb, words):
        return True  # "ended a two-day blockade": the blockade went on two days
    return verb.lemma_ in words.completing_verb and noun.lemma_.lower() in words.talk_noun | words.visit_word


def phrasal_lemma(verb: Any) -> str:
    """ "rule out" for "ruled out": a verb's lemma with its particle, which can change its sense."""
    particles = [c.lower_ for c in children_of(verb) if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def is_gerund_complement(token: Any) -> bool:
    """ "ruled out lending ships", "avoided meeting him": a bare -ing clause that completes its head
    (the parser may read it as an adverbial clause; one with its own marker or subject is not)."""
    if token.dep_ not in _GERUND_DEPS or token.tag_ != "VBG" or token.head.i == token.i:
        return False
    return not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in children_of(token))


def has_denied_doer(verb: Any, words: EventWords) -> bool:
    """ "no UPDF unit fired into Sudanese territory", "neither navy fired a shot": a subject that no one
    fills denies the act (the verb itself carries no "not")."""
    for subject in children_of(verb):
        if subject.dep_ in SUBJECT_DEPS:
            for c in children_of(subject):
                if c.dep_ in {"det", "preconj"} and c.lower_ in words.denying_determiner:
                    return True
    return False


def denied_noun(noun: Any) -> bool:
    """ "no sign", "no evidence", "no indication": a noun that says its clause did not happen."""
    return noun.pos_ == "NOUN" and _has_no_det(noun)


def refuses_cooperation(token: Any, trig: Trigger, words: EventWords) -> bool:
    """ "would not recognise the government", "will never meet them", "would not reverse its decision": a
    refusal to cooperate or to give ground (PLOVER REJECT: refuse to yield), which is REJECT; so is
    access withheld ("will not let the convoy pass", ``._held_refusal.grants_access``).
    ("did not condemn" is no event at all: only a promise not to cooperate is a refusal.)"""
    if trig.pos != "VERB" or not (trig.type in COOP_TYPES | {"CONCEDE"} or grants_access(trig)):
        return False
    children = list(children_of(token))
    negated = any(is_negator(c) for c in children)
    return negated and any(c.dep_ == "aux" and c.lower_ in words.commitment_aux for c in children)


def is_advice(token: Any, words: EventWords) -> bool:
    """ "Uzbekistan should shut off the gas": advice, not a deed (a said "should be investigated" is
    still an accusation, so only material acts are dropped)."""
    for c in clause_verb(token).children:  # noqa: SIM110 (a loop: ``any`` over a generator is slower here)
        if c.dep_ == "aux" and c.lower_ in words.advice_aux:
            return True
    return False


def is_demanded(token: Any, words: EventWords) -> bool:
    """ "urged his counterpart in a letter to reopen the market", "gave Swaziland 48 hours to pull back",
    "insisted that Ankara withdraw": an act asked of someone is the content of a demand, not a deed. The
    parser often hangs the infinitive on a noun of the demand ("letter", "hours"), so the walk climbs
    through nouns and prepositions to the first verb."""
    clause = clause_verb(token)
    if clause.head.i == clause.i:
        return False  # a main clause is nobody's demand: its children need no walk
    has_aux = infinitive = False
    for c in children_of(clause):
        if c.dep_ == "aux":
            has_aux = True
            if c.lower_ == "to":
                infinitive = True
                break
    if not infinitive and (has_aux or clause.dep_ != "ccomp" or clause.tag_ != "VB"):
        return False  # neither "to reopen" nor a subjunctive "that Ankara withdraw"
    head = clause.head
    for _ in range(4):
        if head.pos_ in VERB_POS or head.head.i == head.i:
            break
        head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in words.directive_verb


def is_fled_violence(noun: Any, words: EventWords) -> bool:
    """ "refugees fled fighting in Somalia", "fleeing the attacks", "fighting has displaced two million":
    the violence people flee is the background of their flight, told without a date or a doer."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "from":
        noun, head = head, head.head  # "fled from the fighting"
    if _is_bare_gerund(noun):
        return head.i != noun.i and head.lemma_.lower() in words.refuge_verb
    if noun.dep_ not in {"dobj", "nsubj", "prep"} or head.i == noun.i:
        return False
    return head.lemma_.lower() in words.refuge_verb


def _is_bare_gerund(verb: Any) -> bool:
    """ "fled fighting in Somalia earlier this year": the parser may read the fled violence as a gerund
    clause of the flight (no subject, no object of its own), not as its object noun."""
    if verb.pos_ != "VERB" or verb.tag_ != "VBG" or verb.dep_ not in {"xcomp", "dobj", "advcl"}:
        return False
    return not any(c.dep_ in {"nsubj", "dobj", "aux"} for c in children_of(verb))


def is_unreal(token: Any, words: EventWords) -> bool:
    """ "Should the coast guard try to arrest a vessel, ...", "Had the vessel entered the bay, ...": a
    condition put before its subject; "the army would have moved more troops", "a trial that could have
    brought a sentence": what did not happen. Neither is an event, even in reported speech."""
    clause = clause_verb(token)
    while clause.dep_ == "xcomp" and clause.head.i != clause.i and clause.head.pos_ in VERB_POS:
        clause = clause.head  # "try to arrest": the condition is put on the verb governing the infinitive
    auxes = [c for c in children_of(clause) if c.dep_ in {"aux", "auxpass"}]
    modals = words.conditional_aux | words.hypothetical_aux
    if any(c.lower_ in modals for c in auxes) and any(c.lower_ in words.perfect_aux for c in auxes):
        return True
    return _opens_inverted_condition(clause, auxes, words)


def _opens_inverted_condition(clause: Any, auxes: list[Any], words: EventWords) -> bool:
    """The clause opens with its own auxiliary, put before its subject ("Should the rebels accept")."""
    if not any(a.lower_ in words.inverted_condition_aux for a in auxes):
        return False  # no such auxiliary (most clauses: the children are not read again)
    subjects = [c for c in children_of(clause) if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False  # no subject: nothing put before a subject (the subtree walk is skipped)
    first = min(clause.subtree, key=lambda t: t.i)
    if clause.dep_ == "conj" or (first.i > sentence_start(first) and not first.nbor(-1).is_punct):
        return False  # "... and were themselves detained": a verb joined on, not a condition opening a clause
    opens = first in auxes and first.lower_ in words.inverted_condition_aux
    return opens and bool(subjects) and first.i < subjects[0].i


def is_hypothetical(token: Any, words: EventWords) -> bool:
    clause = clause_verb(token)
    if clause.dep_ == "xcomp" and is_forecast(clause.head, words):
        return True  # "few senators are likely to support her", "envoys are set to endorse": forecasts
    for c in children_of(clause):
        if c.dep_ == "mark" and c.lower_ in words.condition_mark:
            return True
        if c.dep_ == "aux" and c.lower_ in words.hypothetical_aux:
            return True
        # "said Harare would welcome talks but would not reverse its decision": the second verb is reported too
        if c.dep_ == "aux" and c.lower_ in words.conditional_aux and not under_speech(first_conjunct(clause), words):
            return True
    for _ in range(3):
        if clause.dep_ != "conj":
            break
        clause = clause.head  # "until Caracas dropped its claim ... and recalled its ships"
    if clause.dep_ == "advcl" and any(c.lower_ in words.condition_bound for c in children_of(clause)):
        # "would hold firm until Caracas dropped its claim": a condition, not a report
        return is_committed(clause.head, words) or _is_present_tense(clause)
    return bool(clause.dep_ == "advcl" and any(c.lower_ == "if" for c in children_of(clause)))


def is_promise_on_condition(token: Any, words: EventWords) -> bool:
    """ "would pull its police back if Tiraspol stood down", "will pay half the debt if deliveries resume":
    a promise held over a condition ("if", "unless") is an offer of what may be, not a commitment made
    (training gold: 14 of 15 such promised acts hypothetical). Read on the clause and on the heads its
    infinitive hangs from ("was ready to settle the bill if the tariff was reviewed")."""
    verbs = [token, *_governing_chain(clause_verb(token), {"xcomp"}, 2)]
    conditions = [c for v in verbs for c in children_of(v) if c.dep_ == "advcl"]
    return any(m.dep_ == "mark" and m.lower_ in words.condition_mark for c in conditions for m in children_of(c))


def is_wished(token: Any, words: EventWords) -> bool:
    """ "Officials hope the World Bank will help pay for the road", "expressed the hope that the patrols
    would continue": the clause a wish word governs says what the speaker hopes for, not what anyone
    promised or did."""
    # "will help pay": the wish governs the verb the infinitive hangs from
    clause = _governing_chain(clause_verb(token), {"xcomp", "conj"}, 3)[-1]
    return clause.dep_ in {"ccomp", "acl"} and clause.head.lemma_.lower() in words.wish_word


def _governing_chain(verb: Any, deps: set[str], steps: int) -> list[Any]:
    """The verb and the heads it hangs from by ``deps``, at most ``steps`` of them ("was ready to
    settle": settle, was)."""
    chain = [verb]
    for _ in range(steps):
        last = chain[-1]
        if last.dep_ not in deps or last.head.i == last.i:
            break
        chain.append(last.head)
    return chain


def _is_present_tense(verb: Any) -> bool:
    """ "refused to discuss the debt until Kyrgyzstan signs a transit deal", "before the Fund releases the
    credit": a bound told in the present tense in a story told in the past is still to be met."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP"} for c in children_of(verb))


def is_conditional_threat(token: Any, words: EventWords) -> bool:
    """ "would hit hideouts across the border if the attacks continued", "will strike unless paid", "said
    it could suspend talks if this continues": a hostile act promised under a condition is a threat
    (PLOVER THREATEN), not a mere hypothesis; the condition itself ("if troops cross the border") stays
    no event."""
    clause = clause_verb(token)
    if clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in words.condition_mark for c in children_of(clause)
    ):
        return False
    committed = is_committed(clause, words)
    # "said it could tighten sanctions if Asmara fails to engage": a reported hostile act held over a
    # condition is a threat even when hedged; only the writer's own hedge ("could strike if") is not one
    if not (committed or is_reported_hedge(clause, words)):
        return False
    conditions = [c for c in children_of(clause) if c.dep_ == "advcl"]
    return any(is_threat_condition(c, words) for c in conditions)


def is_hedged_threat(token: Any, trig: Trigger, words: EventWords) -> bool:
    """ "said it could review consular relations", "said shared ventures could be dropped": a hostile
    act (or a threat row) told in reported speech under "could" or "might" is a threat made, not a
    hypothesis about one."""
    return trig.type in THREAT_ACTS and trig.pos == "VERB" and is_reported_hedge(token, words)


def hedge_speech_verb(token: Any, words: EventWords) -> Any | None:
    """The verb of saying a threat rests on when only its hedge makes it one ("said it could review"),
    else None: a committed "will" or "would" is a promise whoever reports it."""
    clause = clause_verb(token)
    if is_committed(clause, words):
        return None
    return clause.head if is_reported_hedge(clause, words) else None


def is_forecast(head: Any, words: EventWords) -> bool:
    """ "are expected to", "are likely to", "are due to": a forecast about the actor, not a commitment."""
    passive = head.lemma_ == "expect" and any(c.dep_ == "auxpass" for c in children_of(head))
    return passive or (head.lemma_.lower() in words.forecast_adjective and head.pos_ == "ADJ")


def is_future(token: Any, trig: Trigger, words: EventWords) -> bool:
    if trig.pos == "NOUN" and names_its_asker(token, words):
        return False  # "would oppose Kiev's request": the answer is to come, the request was made
    clause = clause_verb(token)
    if has_future_aux(clause, words):
        return True
    letting = letting_head(token, words)
    if letting is not None and has_future_aux(letting, words):
        return True  # "would let Turkish officers work alongside": the deed let is to come (see ._permitted)
    if is_decided_measure(token, trig, words):
        return False  # "the Council decided to suspend budget support": the decision takes the measure
    if token.dep_ in {"xcomp", "acl"} and is_future_head(token.head, words) and not is_participle(token):
        # "agreed to meet", "his offer to hold talks" (not "an agreement signed in May", "continues to call")
        return not goes_on(token.head, words)
    if _set_by_copula(token, words):
        return True  # "the two ministers are to meet in Paris next month": a meeting scheduled
    if token.pos_ in VERB_POS and is_pending(token, words):
        return True  # "will discuss the matter when they meet in August": the meeting is still to come
    if token.pos_ in VERB_POS and is_scheduled_trip(token, words):
        return True  # "The president flies on to Baku on Wednesday": a stop of a tour still to come
    if token.pos_ in VERB_POS and shares_a_promise(token, words):
        return True
    if trig.pos == "NOUN" and any(c.lower_ in words.future_modifier for c in children_of(token)):
        return True
    if trig.pos == "NOUN" and is_coming(token, words):
        return True  # "berthed ahead of a coordinated patrol": the patrol is still to come
    if trig.pos == "NOUN" and clause.i != token.i and not told_as_past(token, clause, words):
        if clause.dep_ == "xcomp" and is_future_head(clause.head, words):
            return True
        purpose = clause.head if clause.dep_ in {"xcomp", "advcl"} and clause.head.i != clause.i else None
        if purpose is not None and purpose.pos_ in VERB_POS and is_promised(purpose, words):
            return True  # "would dispatch a mediator to Kenya to open negotiations"
        if clause.lemma_ in words.future_head and clause.lemma_ not in words.continuing_verb and not is_phrasal(clause):
            return True
        if any(c.dep_ == "acomp" and c.lemma_ in words.future_head for c in children_of(clause)):
            return True  # "is due in Lilongwe next month for talks", "is ready for talks": talks to come
    return False


def has_future_aux(clause: Any, words: EventWords) -> bool:
    """ "will send troops", "said it would send troops": a clause told with "will", or with "would"
    under a verb of speech, announces its act for later."""
    # one walk of the children (asked of every candidate's clause): a "will" anywhere decides before a "would"
    conditional = False
    for c in children_of(clause):
        if c.dep_ == "aux":
            lower = c.lower_
            if lower in words.future_aux:
                return True
            conditional = conditional or lower in words.conditional_aux
    return conditional and (under_speech(clause, words) or reported_through_conjunct(clause, words))


def goes_on(head: Any, words: EventWords) -> bool:
    """ "WFP continues to call for the release": a continuing head tells an act going on now; only a
    promised one ("will continue to call") puts it to come."""
    return head.lemma_ in words.continuing_verb and head.pos_ in VERB_POS and not is_promised(head, words)


def is_participle(verb: Any) -> bool:
    """ "an agreement signed in May", "the invitation extended last week": a participle describing a
    noun of intent tells what was done to it, not what is intended."""
    return verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBG"}


def is_pending(verb: Any, words: EventWords) -> bool:
    """ "when they meet in August", "once a judge signs": English tells a time still to come in the
    present tense of a "when" clause; the past ("when they met") tells one that came."""
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBP", "VBZ"}:
        return False
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in words.pending_mark for c in children_of(verb))


def is_scheduled_trip(verb: Any, words: EventWords) -> bool:
    """ "flies on to Baku on Wednesday", "travels to Paris next week": news tells a trip it dates in the
    simple present only when it is on the schedule (a trip made is told in the past: "flew"; one under
    way today has no date: "lands in Baku")."""
    if verb.tag_ not in {"VBP", "VBZ"} or verb.lemma_.lower() not in words.itinerary_verb:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb)):
        return False
    times = [c for c in children_of(verb) if c.dep_ == "npadvmod"]  # "next week"
    times += [
        o for c in children_of(verb) if c.dep_ == "prep" for o in children_of(c) if o.dep_ == "pobj"
    ]  # "on Friday"
    return any(t.ent_type_ == "DATE" for t in times)


def has_to_marker(verb: Any) -> bool:
    """ "to meet": the verb is an infinitive with its "to"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def told_as_past(noun: Any, clause: Any, words: EventWords) -> bool:
    """ "After a night of talks, the officers agreed to ...": a noun in a time phrase that tells what
    came before its verb happened, though the verb promises something else. So does a meeting named as
    where a past outcome was settled ("ministers agreed at a meeting in Brussels to widen the mission",
    "the deal had been agreed at talks in December"): the promise is what is to come, the meeting was
    held (training gold: 3 of 3 such meetings asserted)."""
    if in_prep_phrase(noun, clause, words.past_time_prep):
        return True
    prep = noun.head
    return prep.head.i == clause.i and is_meeting_of_outcome(prep, noun, words) and _is_past_tense(clause)


def _is_past_tense(verb: Any) -> bool:
    """ "agreed", "had been agreed", "was agreed": a verb told in the past (not "will agree", "to agree")."""
    auxes = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" and not auxes:
        return True
    return verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in auxes) and not any(a.lower_ == "to" for a in auxes)


def shares_a_promise(verb: Any, words: EventWords) -> bool:
    """ "agreed to conduct patrols and to exchange information", "will conduct patrols and share
    information", "will begin sharing data", "will set up a room to share data": a verb joined to a
    promised clause, with no subject or auxiliary of its own, is promised with it."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux"} and c.lower_ != "to" for c in children_of(verb)):
        return False  # a clause of its own ("... and Ukraine attacked", "and had started")
    head = verb.head
    if head.i == verb.i or head.pos_ not in VERB_POS:
        return False
    purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    if verb.dep_ == "conj":
        if verb.tag_ != "VB":
            return False  # "would not talk to Ortiz and blamed Brussels": a tensed verb is a clause of its own
        vowed = head.dep_ == "xcomp" and is_future_head(head.head, words)
        return vowed or is_promised(head, words)
    # "are due to meet next week to discuss joint measures": the purpose of a planned act is planned too
    if purpose and is_planned(head, words):
        return True
    return (verb.dep_ == "xcomp" or purpose) and is_promised(head, words)


def is_planned(verb: Any, words: EventWords) -> bool:
    """ "vowed to meet", "are due to meet", "is scheduled to visit", "are to meet": the complement of a head
    of a plan or promise (not of "continued to meet", which goes on now), or of a schedule copula."""
    head = verb.head
    if _set_by_copula(verb, words):
        return True  # "are to meet later this month to discuss fishing" (training gold: 3 of 3 purposes not done)
    return verb.dep_ == "xcomp" and is_future_head(head, words) and head.lemma_ not in words.continuing_verb


def _set_by_copula(verb: Any, words: EventWords) -> bool:
    """ "are to meet next month": a to-infinitive under a schedule copula, an act set for later."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in words.schedule_copula and has_to_marker(verb)


def is_phrasal(verb: Any) -> bool:
    """ "set up a joint venture", "went ahead with the drill": with its particle the verb has another
    sense than the bare one ("is set to", "going to"), and what it governs is done, not planned."""
    return any(c.dep_ == "prt" for c in children_of(verb))


def is_promised(verb: Any, words: EventWords) -> bool:
    """A clause about the future: "will send", or "would send" in reported speech."""
    if any(c.dep_ == "aux" and c.lower_ in words.future_aux for c in children_of(verb)):
        return True
    return any(c.dep_ == "aux" and c.lower_ in words.conditional_aux for c in children_of(verb)) and under_speech(
        verb, words
    )
