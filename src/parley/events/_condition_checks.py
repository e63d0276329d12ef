"""The conditions of a trigger row that read the token and its clause, not the verb's objects, one
small check each (:data:`CHECKS`, asked by :func:`._conditions.condition_holds`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._columns import children_of
from ..parse import CLAUSE_MARKER_DEPS, SUBJECT_DEPS, VERB_POS
from ._answered_demand import names_demand_met
from ._call_means import CALL_MEANS, means_of_party_act
from ._clause_readings import (
    complement_acts_on,
    denies_degree,
    doers,
    has_joint_subject,
    is_reported_hedge,
    marks_infinitive,
    names_given,
    of_time,
    sends_home,
    stops_between,
    subject_words,
    verb_through_preps,
)
from ._compound_pred import ends_hyphenated_word, named_in_compound
from ._condition_party import is_threat_condition
from ._denied_predicate import is_denied_predicate
from ._greeted_guest import met_by_host
from ._late_infinitive import infinitive_complements
from ._misread_objects import deprived_of
from ._naming_statement import statement_heads
from ._object_words import (
    is_armed_force,
    modifiers_of,
    names_own_doer,
)
from ._parse import is_committed, is_negator, is_passive, particle_read_as_adverb, prep_objects
from ._reported_charge import is_reported_deed
from ._standing_role import is_bare_present
from ._words import EventWords, word_in

__all__ = ["CHECKS", "Check"]

#: A condition's check: its values, the token, the event word lists.
Check = Callable[[frozenset[str], Any, EventWords], bool]


def _active(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "The summit was attended by the presidents", "a ceremony attended by officials": who came is a
    # detail of the gathering told, not a meeting of its own
    return not is_passive(token)


def _notpresent(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "Djibouti hosts a major port", "the capital hosts a book fair": a bare simple present tells a
    # standing role, not the visit the story reports ("is hosting", "hosted", "will host" still do)
    return not is_bare_present(token)


def _subj(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "a team of 40 Cuban doctors arrived", "lorries carrying maize arrived": who or what comes
    # tells an aid delivery, not a visit
    return any(not values.isdisjoint(subject_words(s)) for s in doers(token))


def _notsubj(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "markets rallied", "prices rallied": what rises in trade, not a crowd that gathers
    subjects = doers(token)
    if token.dep_ == "relcl" and any(s.tag_ in {"WP", "WDT"} for s in subjects):
        subjects.append(token.head)  # "the attackers, who arrived in a speedboat": the noun it describes
    return not any(word_in(s, values) for s in subjects)


def _adv(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "patrolled the canal together", "train jointly": done with a partner, not alone; the first word
    # of a hyphened verb hangs as an npadvmod ("test-fired a missile": a test, not an attack)
    return any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in values for c in children_of(token))


def _prep(values: frozenset[str], token: Any, words: EventWords) -> bool:
    own = any(c.dep_ in {"prep", "prt"} and c.lower_ in values and not of_time(c) for c in children_of(token))
    if own or particle_read_as_adverb(token, values) is not None or marks_infinitive(token, values):
        return True
    return _prep_read_as_modifier(token, values)


def _prep_read_as_modifier(token: Any, values: frozenset[str]) -> bool:
    """ "gathered outside parliament": before a bare noun the parser may read the preposition right
    after the verb as the adjective of a direct object."""
    return any(
        c.dep_ == "dobj" and any(m.dep_ == "amod" and m.i == token.i + 1 and m.lower_ in values for m in children_of(c))
        for c in children_of(token)
    )


def _tprep(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "gave Lomé until Thursday to pull back": a deadline set is a preposition of time, which "prep" passes
    # over; "until" speaks of time whatever the tagger made of its object ("until the end of the year")
    return any(c.dep_ == "prep" and c.lower_ in values for c in children_of(token))


def _verb(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "worked side by side", "are training side by side": a phrase row read at its last word (the
    # object of its preposition) tells the manner of the verb it hangs from, which says whether
    # anything was done together ("the posts stand side by side" is no joint work)
    head = token.head.head if token.dep_ == "pobj" and token.head.dep_ in {"prep", "agent"} else token.head
    return head is not token and head.pos_ in VERB_POS and head.lemma_.lower() in values


def _mod(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return any(c.lower_ in values for c in modifiers_of(token))


def _notmod(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return not any(c.lower_ in values for c in modifiers_of(token))


def _det(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "with all the means at its disposal", "by every means": what the determiner says of the noun
    return any(c.dep_ in {"det", "predet"} and c.lower_ in values for c in children_of(token))


def _litotes(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "would not hesitate to strike", "will not tolerate", "will not go unanswered": a promise
    # denied in words that deny only restraint (what it must be, if named, is among the values)
    negated = any(is_negator(c) or denies_degree(c) for c in children_of(token))
    auxes = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
    states = [c for c in children_of(token) if c.dep_ in {"acomp", "oprd"}]
    named = not values or any(word_in(c, values) for c in states)
    return negated and bool(auxes & words.commitment_aux) and named


def _reported(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return is_reported_deed(token, words)  # "said the trawlers had been fishing in its waters"


def _denied(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return is_denied_predicate(token)  # "said the concessions were not enough"


def _stance(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "Croatia does not accept ultimatums": a standing refusal told in the present, of a thing named
    # (not "does not accept that the rock has waters", an opinion; nor a past "did not accept")
    negated = any(is_negator(c) for c in children_of(token))
    present = any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in {"VBZ", "VBP"} for c in children_of(token))
    named = any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in children_of(token))
    return negated and present and named


def _home(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return sends_home(token, values)


def _notprepof(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "recalled its ambassador for consultations": the consultations are what the recall is for,
    # no meeting held; "waited for financing assurances": a gerund after "for" is what is awaited
    return not (token.dep_ in {"pobj", "pcomp"} and token.head.lower_ in values)


def _notobjof(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "told a rally in the capital that ...": the crowd is the speaker's audience, and the speaker
    # holds no rally of his own (training: the one "told a rally" sentence is not coded a protest)
    return not (token.dep_ in {"dobj", "dative"} and token.head.lemma_.lower() in values)


def _call_means(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "thanked his counterpart by telephone": the call is the means of an act done to a party
    return means_of_party_act(token, values, words)


def _notevidence(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "phone records showed that Lome had kept in contact with the smugglers": a contact that evidence is said to
    # show is a charge laid, not a meeting the parties told
    clause = verb_through_preps(token)
    return not (clause is not None and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in values)


def _hostagent(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "was received by the Belarusian prime minister": a guest met on arrival by its host
    return met_by_host(values or words.host_word, token)


def _doer(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "the detention of nine fishermen by a navy patrol": no doer named, no act ("the arrest of suspects")
    return names_own_doer(token, words)


def _jointsubj(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "the two sides decided to freeze the survey", "Kenya and Ethiopia decided to mount patrols": a
    # decision taken together is an agreement; "the government decided to ..." is one side's own
    return has_joint_subject(token, words)


def _notjointsubj(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "the two governments agreed to raise trade": what both sides give each other is agreed, not
    # conceded; but both sides' climb-down is a concession still ("agreed to end the fighting")
    return not has_joint_subject(token, words) or bool(values and complement_acts_on(token, values))


def _mark(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "called off the strike after the ministry agreed to halve the fee": the clause the trigger heads
    # opens with one of these words
    return any(c.dep_ == "mark" and c.lower_ in values for c in children_of(token))


def _notparticiple(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "shelved the rise, ending a nine-day strike": the end told is the result of the subject's other
    # act, not something the subject itself called off
    subjects = [c for c in children_of(token) if c.dep_ in SUBJECT_DEPS]
    return not (token.tag_ == "VBG" and token.dep_ == "advcl" and not subjects)


def _forcesubj(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "two gunboats sailed up the river", "troops crossed into Lesotho": the force moves itself
    return any(is_armed_force(s, words) for s in doers(token))


def _ccomp(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "wants Minsk to explain": a clause of content; not a noun misread as one ("wants Tajik
    # aluminium"), nor a statement beyond a ';' or ':' the parser joined ("Vilnius wants a treaty;
    # Moscow wants a corridor")
    return any(c.dep_ == "ccomp" and c.pos_ in VERB_POS and not stops_between(c, token) for c in children_of(token))


def _xcomp(values: frozenset[str], token: Any, words: EventWords) -> bool:
    xcomps = infinitive_complements(token)  # "offered on Thursday to raise": read as a clause of purpose
    return bool(xcomps) and (not values or any(x.lemma_.lower() in values for x in xcomps))


def _answers(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return names_demand_met(token, values, words)  # "agreed to keep the post open, a long-standing demand"


def _noxcomp(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "called on the governor" pays a visit; "called on the governor to resign" asks an act of him
    return not any(c.dep_ == "xcomp" for c in children_of(token))


def _toclause(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "gave the attaché 48 hours to leave": the "to" clause may hang on the verb or on the time it gives;
    # one with its own subject is parsed as a clause of content ("allowed twenty lorries to cross")
    heads = [token, *(c for c in children_of(token) if c.pos_ == "NOUN")]
    clauses = [c for h in heads for c in children_of(h) if c.dep_ in {"xcomp", "advcl", "relcl", "acl", "ccomp"}]
    return any(c.tag_ == "VB" and c.lemma_.lower() in values for c in clauses)


def _bareinf(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "let one convoy a day cross", "let them go": an infinitive without "to", which the tagger may
    # read as a present-tense clause of content
    clauses = [c for c in children_of(token) if c.dep_ in {"xcomp", "ccomp"} and c.tag_ in {"VB", "VBP"}]
    bare = [c for c in clauses if not any(a.dep_ in CLAUSE_MARKER_DEPS for a in children_of(c))]
    return any(c.lemma_.lower() in values for c in bare)


def _threat(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "would cut deliveries by half unless Bishkek paid", "said it might review freight if ...": an act
    # promised (or hedged in reported speech) and held over another's conduct is a threat
    committed = is_committed(token, words)
    conditions = [c for c in children_of(token) if c.dep_ == "advcl"]
    held = any(is_threat_condition(c, words) for c in conditions)
    return held and (committed or is_reported_hedge(token, words))


def _notnoun(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "illegal fishing", "illegal entry": an adjective that names a kind of offence, not a charge laid
    noun = token.head
    return not (token.dep_ == "amod" and word_in(noun, values))


def _notask(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "asked whether Hanoi would send vessels", "asked about the row": a question put, not a request
    clauses = [c for c in children_of(token) if c.dep_ in {"ccomp", "advcl", "xcomp"}]
    opened = any(min([c, *children_of(c)], key=lambda t: t.i).lower_ in values for c in clauses)
    return not opened and not any(c.dep_ == "prep" and c.lower_ in values for c in children_of(token))


def _notxcomp(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "declined to sign" refuses an act; "declined to comment" only keeps silent
    xcomps = [c for c in children_of(token) if c.dep_ == "xcomp"]
    return bool(xcomps) and not any(x.lemma_.lower() in values for x in xcomps)


def _pobj(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "withdrew from the treaty", "pulled out of the talks", "took to the streets"
    preps = [c for c in children_of(token) if c.dep_ in {"prep", "prt"}]
    # "spoke by phone": an active verb's "by" parsed as an agent is a plain preposition
    if not is_passive(token):
        preps += [c for c in children_of(token) if c.dep_ == "agent"]
    preps += [g for p in preps for g in children_of(p) if g.dep_ == "prep"]
    pobjs = [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    # "placed on a state of high alert": a degree is named by what it is a degree of
    pobjs += prep_objects([o for o in pobjs if o.lemma_.lower() in words.degree_noun], {"of"})
    return any(word_in(o, values) for o in pobjs)


def _frompobj(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "withdrew from the treaty", "pulled out of the talks": what the act leaves; in "withdrew from the islet
    # after talks" and "pulled back under the deal" the talks and the deal only say when or why it left
    preps = [c for c in children_of(token) if c.dep_ in {"prep", "prt"} and c.lower_ in words.source_prep]
    preps += [g for p in preps for g in children_of(p) if g.dep_ == "prep" and g.lower_ in words.source_prep]
    return any(word_in(o, values) for p in preps for o in children_of(p) if o.dep_ == "pobj")


def _ofobj(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return deprived_of(token, values)  # "stripped two priests of their citizenship"


def _pcomp(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "barred from entering the country": the preposition takes a gerund, which the parser
    # hangs as its clause (pcomp), not as its object
    preps = [c for c in children_of(token) if c.dep_ == "prep"]
    gerunds = [g for p in preps for g in children_of(p) if g.dep_ == "pcomp"]
    return any(word_in(g, values) for g in gerunds)


def _rulesonly(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return True  # not a condition: it keeps the row out of the learned coder's lexicon features


def _notpobj(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "dug in its heels": the preposition's object makes it an idiom, not forces taking up positions
    return not _pobj(values, token, words)


def _notprep(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "stormed out of the talks", "backed out of the deal": the particle turns the act into a leaving
    return not _prep(values, token, words)


def _nothyphen(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return not ends_hyphenated_word(token)  # "frog-marched" is no march


def _compoundpred(values: frozenset[str], token: Any, words: EventWords) -> bool:
    return named_in_compound(token, values)  # "took a journalist hostage", read as one noun


def _pred(values: frozenset[str], token: Any, words: EventWords) -> bool:
    # "called the vote a farce", "described the raid as a violation": what the object is called;
    # "dismissed the verdict, calling it unfair" says it in the same statement, not a second one
    heads = statement_heads(token)
    statements = words.speech_verb | words.statement_verb
    if token.dep_ in {"advcl", "xcomp", "conj", "relcl"} and any(h.lemma_ in statements for h in heads):
        return False
    near = names_given(token, words)
    return any(word_in(t, values) for t in near)


#: The check of each condition that does not read the verb's objects, by its name in ``triggers.tsv``.
CHECKS: dict[str, Check] = {
    "active": _active,
    "notpresent": _notpresent,
    "subj": _subj,
    "notsubj": _notsubj,
    "adv": _adv,
    "prep": _prep,
    "tprep": _tprep,
    "verb": _verb,
    "mod": _mod,
    "notmod": _notmod,
    "det": _det,
    "litotes": _litotes,
    "reported": _reported,
    "denied": _denied,
    "stance": _stance,
    "home": _home,
    "notprepof": _notprepof,
    "notobjof": _notobjof,
    CALL_MEANS: _call_means,
    "notevidence": _notevidence,
    "doer": _doer,
    "hostagent": _hostagent,
    "jointsubj": _jointsubj,
    "notjointsubj": _notjointsubj,
    "mark": _mark,
    "notparticiple": _notparticiple,
    "forcesubj": _forcesubj,
    "ccomp": _ccomp,
    "xcomp": _xcomp,
    "answers": _answers,
    "noxcomp": _noxcomp,
    "toclause": _toclause,
    "bareinf": _bareinf,
    "threat": _threat,
    "notnoun": _notnoun,
    "notask": _notask,
    "notxcomp": _notxcomp,
    "pobj": _pobj,
    "frompobj": _frompobj,
    "ofobj": _ofobj,
    "pcomp": _pcomp,
    "rulesonly": _rulesonly,
    "notpobj": _notpobj,
    "notprep": _notprep,
    "nothyphen": _nothyphen,
    "compoundpred": _compoundpred,
    "pred": _pred,
}
