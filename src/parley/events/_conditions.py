"""The conditions of a trigger row (``obj=``, ``prep=``, ``pred=`` ...), read at a token of the parse.

A row of ``data/triggers.tsv`` matches a token when every condition it names holds there. What the
conditions read of the objects is in :mod:`._object_words`, of the clause in :mod:`._clause_readings`.
"""

from __future__ import annotations

from typing import Any

from ..parse import ACTED_ON_DEPS, CLAUSE_MARKER_DEPS, SUBJECT_DEPS, VERB_POS
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
from ._late_infinitive import infinitive_complements
from ._lexicon import Trigger
from ._misread_objects import deprived_of, noun_read_as_bare_verb
from ._naming_statement import statement_heads
from ._object_words import (
    described_as,
    hyphenated_forms,
    is_armed_force,
    misread_participle,
    modifiers_of,
    named_forms,
    names_own_doer,
    object_words,
    read_objects,
    relative_object,
)
from ._pact_participle import described_pact
from ._parse import is_committed, is_passive, particle_read_as_adverb, prep_objects
from ._relcl_gap import told_gap_object
from ._reported_charge import is_reported_deed
from ._standing_role import is_bare_present
from ._words import EventWords, word_in

__all__ = [
    "condition_holds",
]


def condition_holds(trig: Trigger, token: Any, words: EventWords) -> bool:
    """Every condition of the row holds at the token."""
    return all(_holds(name, values, token, words) for name, values in trig.conditions())


#: The conditions that read the verb's objects (:func:`_counted_objects`).
_OBJECT_CONDITIONS = frozenset({"obj", "noobj", "objmod", "notobj", "promised", "force"})


class _ObjectReading:
    """What the object conditions read of one token (its counted objects, the words naming them), kept
    for the next condition asked of the same token: a word is tried against each of its trigger rows in
    turn (a dozen "hold" rows), and each row's ``obj=`` would otherwise walk the same objects again. The
    readings use the parse and the fixed word lists only, so they stay true while the token's Doc lives."""

    __slots__ = ("doc", "i", "words", "counted", "_forms")

    def __init__(self, token: Any, words: EventWords) -> None:
        self.doc, self.i, self.words = token.doc, token.i, words
        self.counted = tuple(_counted_objects(token, words))
        self._forms: frozenset[str] | None = None

    def is_of(self, token: Any, words: EventWords) -> bool:
        return token.i == self.i and token.doc is self.doc and words is self.words

    def forms(self, token: Any) -> frozenset[str]:
        """The lemmas and forms of the words naming the objects (see ``obj=`` in :func:`_holds`)."""
        if self._forms is None:
            objects = list(self.counted)
            objects += read_objects(token, objects, self.words) + relative_object(token, objects)
            objects += told_gap_object(token, objects, self.words)
            objects += noun_read_as_bare_verb(token) if not objects else []
            objects += described_pact(token, objects, self.words)
            named = object_words(objects)
            forms = {o.lemma_.lower() for o in named} | {o.lower_ for o in named}
            self._forms = frozenset(forms | {h for o in named for h in hyphenated_forms(o)})
        return self._forms


#: The last token's object reading (one entry: the rows of a word are tried one after another; read
#: and replaced in one step each, so threads sharing it at worst read again).
_last_reading: dict[int, _ObjectReading] = {}


def _object_reading(token: Any, words: EventWords) -> _ObjectReading:
    last = _last_reading.get(0)
    if last is not None and last.is_of(token, words):
        return last
    reading = _last_reading[0] = _ObjectReading(token, words)
    return reading


def _counted_objects(token: Any, words: EventWords) -> list[Any]:
    """The token's direct (or passive subject) objects, with what a quantity word among them counts."""
    objects = [c for c in token.children if c.dep_ in ACTED_ON_DEPS]
    # "closed all of its road crossings": the object is what the quantity word counts, through a
    # count of a count too ("hosts hundreds of thousands of refugees")
    counted = objects
    for _ in range(2):
        # a number counts as a quantity word ("impounded nineteen of the trawlers", "1,500 of its troops")
        counts = [o for o in counted if word_in(o, words.quantity_word) or o.like_num]
        counted = prep_objects(counts, {"of"})
        objects += counted
    return objects


def _holds(name: str, values: frozenset[str], token: Any, words: EventWords) -> bool:
    if not name:
        return True
    # only the conditions on objects read them: the others skip the walk
    reading = _object_reading(token, words) if name in _OBJECT_CONDITIONS else None
    objects = list(reading.counted) if reading is not None else []
    if name in {"obj", "force"}:  # "the soldiers it stationed": what a relative clause acts on
        objects += told_gap_object(token, objects, words)
    if name == "obj" and reading is not None:
        return bool(objects) if not values else not values.isdisjoint(reading.forms(token))
    if name == "noobj":
        return not objects
    if name == "active":
        # "The summit was attended by the presidents", "a ceremony attended by officials": who came is a
        # detail of the gathering told, not a meeting of its own
        return not is_passive(token)
    if name == "notpresent":
        # "Djibouti hosts a major port", "the capital hosts a book fair": a bare simple present tells a
        # standing role, not the visit the story reports ("is hosting", "hosted", "will host" still do)
        return not is_bare_present(token)
    if name == "subj":
        # "a team of 40 Cuban doctors arrived", "lorries carrying maize arrived": who or what comes
        # tells an aid delivery, not a visit
        return any(not values.isdisjoint(subject_words(s)) for s in doers(token))
    if name == "notsubj":
        # "markets rallied", "prices rallied": what rises in trade, not a crowd that gathers
        subjects = doers(token)
        if token.dep_ == "relcl" and any(s.tag_ in {"WP", "WDT"} for s in subjects):
            subjects.append(token.head)  # "the attackers, who arrived in a speedboat": the noun it describes
        return not any(word_in(s, values) for s in subjects)
    if name == "objmod":
        return any(described_as(o, values) for o in objects) or (not objects and misread_participle(token, values))
    if name == "notobj":
        # "released a video", "the footage released by the army": not every object makes the act
        if token.dep_ == "acl" and token.tag_ == "VBN":
            objects.append(token.head)
        return values.isdisjoint(named_forms(objects))
    if name == "adv":
        # "patrolled the canal together", "train jointly": done with a partner, not alone; the first word
        # of a hyphened verb hangs as an npadvmod ("test-fired a missile": a test, not an attack)
        return any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in values for c in token.children)
    if name == "prep":
        own = any(c.dep_ in {"prep", "prt"} and c.lower_ in values and not of_time(c) for c in token.children)
        return own or particle_read_as_adverb(token, values) is not None or marks_infinitive(token, values)
    if name == "tprep":
        # "gave Lomé until Thursday to pull back": a deadline set is a preposition of time, which "prep" passes
        # over; "until" speaks of time whatever the tagger made of its object ("until the end of the year")
        return any(c.dep_ == "prep" and c.lower_ in values for c in token.children)
    if name == "mod":
        return any(c.lower_ in values for c in modifiers_of(token))
    if name == "notmod":
        return not any(c.lower_ in values for c in modifiers_of(token))
    if name == "det":
        # "with all the means at its disposal", "by every means": what the determiner says of the noun
        return any(c.dep_ in {"det", "predet"} and c.lower_ in values for c in token.children)
    if name == "promisedverb":
        # "would keep the strait open by all means necessary", "would use all lawful means": the noun (or
        # its preposition) hangs from a verb that promises (not "smugglers used all means", told as done)
        verb = token.head if token.dep_ == "dobj" else token.head.head if token.head.dep_ in {"prep", "agent"} else None
        return verb is not None and verb.pos_ in VERB_POS and _holds("promised", frozenset(), verb, words)
    if name == "promised":
        # "will respond", "would retaliate", "vowed to respond": a reaction still to come is a threat;
        # one that happened ("responded to the criticism") is told by its own act
        auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
        vowed = token.dep_ == "xcomp" and (
            token.head.lemma_ in words.future_head
            # "will have to pay a dear price": an obligation the speaker commits to is promised too
            or (token.head.lemma_ in words.obligation_head and is_committed(token.head, words))
        )
        # with values, what is promised must be named: "would take all necessary measures"
        named = not values or any(word_in(o, values) for o in objects)
        return (bool(auxes & words.commitment_aux) or vowed or is_reported_hedge(token, words)) and named
    if name == "litotes":
        # "would not hesitate to strike", "will not tolerate", "will not go unanswered": a promise
        # denied in words that deny only restraint (what it must be, if named, is among the values)
        negated = any(c.dep_ == "neg" or c.lower_ == "never" or denies_degree(c) for c in token.children)
        auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
        states = [c for c in token.children if c.dep_ in {"acomp", "oprd"}]
        named = not values or any(word_in(c, values) for c in states)
        return negated and bool(auxes & words.commitment_aux) and named
    if name == "reported":
        return is_reported_deed(token, words)  # "said the trawlers had been fishing in its waters"
    if name == "denied":
        return is_denied_predicate(token)  # "said the concessions were not enough"
    if name == "stance":
        # "Croatia does not accept ultimatums": a standing refusal told in the present, of a thing named
        # (not "does not accept that the rock has waters", an opinion; nor a past "did not accept")
        negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)
        present = any(c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in {"VBZ", "VBP"} for c in token.children)
        named = any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN", "PRON"} for c in token.children)
        return negated and present and named
    if name == "home":
        return sends_home(token, values)
    if name == "notprepof":
        # "recalled its ambassador for consultations": the consultations are what the recall is for,
        # no meeting held; "waited for financing assurances": a gerund after "for" is what is awaited
        return not (token.dep_ in {"pobj", "pcomp"} and token.head.lower_ in values)
    if name == CALL_MEANS:
        # "thanked his counterpart by telephone": the call is the means of an act done to a party
        return means_of_party_act(token, values, words)
    if name == "notevidence":
        # "files showed that Quito had been in contact with the rebels": a contact that evidence is said to
        # show is a charge laid, not a meeting the parties told
        clause = verb_through_preps(token)
        return not (clause is not None and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in values)
    if name == "doer":
        # "the detention of nine fishermen by a navy patrol": no doer named, no act ("the arrest of suspects")
        return names_own_doer(token, words)
    if name == "force":
        # "moved three divisions to", "rushed two infantry companies", "poured troops into": what is moved
        return any(is_armed_force(o, words) for o in objects)
    if name == "jointsubj":
        # "the two sides decided to freeze the survey", "Kenya and Ethiopia decided to mount patrols": a
        # decision taken together is an agreement; "the government decided to ..." is one side's own
        return has_joint_subject(token, words)
    if name == "notjointsubj":
        # "the two governments agreed to raise trade": what both sides give each other is agreed, not
        # conceded; but both sides' climb-down is a concession still ("agreed to end the fighting")
        return not has_joint_subject(token, words) or bool(values and complement_acts_on(token, values))
    if name == "mark":
        # "called off the strike after the ministry agreed to halve the fee": the clause the trigger heads
        # opens with one of these words
        return any(c.dep_ == "mark" and c.lower_ in values for c in token.children)
    if name == "notparticiple":
        # "shelved the rise, ending a nine-day strike": the end told is the result of the subject's other
        # act, not something the subject itself called off
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        return not (token.tag_ == "VBG" and token.dep_ == "advcl" and not subjects)
    if name == "forcesubj":
        # "two gunboats sailed up the river", "troops crossed into Lesotho": the force moves itself
        return any(is_armed_force(s, words) for s in doers(token))
    if name == "ccomp":
        # "wants Minsk to explain": a clause of content; not a noun misread as one ("wants Tajik
        # aluminium"), nor a statement beyond a ';' or ':' the parser joined ("Vilnius wants a treaty;
        # Moscow wants a corridor")
        return any(c.dep_ == "ccomp" and c.pos_ in VERB_POS and not stops_between(c, token) for c in token.children)
    if name == "xcomp":
        xcomps = infinitive_complements(token)  # "offered on Thursday to raise": read as a clause of purpose
        return bool(xcomps) and (not values or any(x.lemma_.lower() in values for x in xcomps))
    if name == "answers":
        return names_demand_met(token, values)  # "agreed to keep the post open, a long-standing demand"
    if name == "noxcomp":
        # "called on the governor" pays a visit; "called on the governor to resign" asks an act of him
        return not any(c.dep_ == "xcomp" for c in token.children)
    if name == "toclause":
        # "gave the attaché 48 hours to leave": the "to" clause may hang on the verb or on the time it gives;
        # one with its own subject is parsed as a clause of content ("allowed twenty lorries to cross")
        heads = [token, *(c for c in token.children if c.pos_ == "NOUN")]
        clauses = [c for h in heads for c in h.children if c.dep_ in {"xcomp", "advcl", "relcl", "acl", "ccomp"}]
        return any(c.tag_ == "VB" and c.lemma_.lower() in values for c in clauses)
    if name == "bareinf":
        # "let one convoy a day cross", "let them go": an infinitive without "to", which the tagger may
        # read as a present-tense clause of content
        clauses = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.tag_ in {"VB", "VBP"}]
        bare = [c for c in clauses if not any(a.dep_ in CLAUSE_MARKER_DEPS for a in c.children)]
        return any(c.lemma_.lower() in values for c in bare)
    if name == "threat":
        # "would cut deliveries by half unless Bishkek paid", "said it might review freight if ...": an act
        # promised (or hedged in reported speech) and held over another's conduct is a threat
        committed = is_committed(token, words)
        conditions = [c for c in token.children if c.dep_ == "advcl"]
        held = any(is_threat_condition(c, words) for c in conditions)
        return held and (committed or is_reported_hedge(token, words))
    if name == "notnoun":
        # "illegal fishing", "illegal entry": an adjective that names a kind of offence, not a charge laid
        noun = token.head
        return not (token.dep_ == "amod" and word_in(noun, values))
    if name == "notask":
        # "asked whether Hanoi would send vessels", "asked about the row": a question put, not a request
        clauses = [c for c in token.children if c.dep_ in {"ccomp", "advcl", "xcomp"}]
        opened = any(min([c, *c.children], key=lambda t: t.i).lower_ in values for c in clauses)
        return not opened and not any(c.dep_ == "prep" and c.lower_ in values for c in token.children)
    if name == "notxcomp":
        # "declined to sign" refuses an act; "declined to comment" only keeps silent
        xcomps = [c for c in token.children if c.dep_ == "xcomp"]
        return bool(xcomps) and not any(x.lemma_.lower() in values for x in xcomps)
    if name == "pobj":
        # "withdrew from the treaty", "pulled out of the talks", "took to the streets"
        preps = [c for c in token.children if c.dep_ in {"prep", "prt"}]
        # "spoke by phone": an active verb's "by" parsed as an agent is a plain preposition
        if not is_passive(token):
            preps += [c for c in token.children if c.dep_ == "agent"]
        preps += [g for p in preps for g in p.children if g.dep_ == "prep"]
        pobjs = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        # "placed on a state of high alert": a degree is named by what it is a degree of
        pobjs += prep_objects([o for o in pobjs if o.lemma_.lower() in words.degree_noun], {"of"})
        return any(word_in(o, values) for o in pobjs)
    if name == "ofobj":
        return deprived_of(token, values)  # "stripped two priests of their citizenship"
    if name == "pcomp":
        # "barred from entering the country": the preposition takes a gerund, which the parser
        # hangs as its clause (pcomp), not as its object
        preps = [c for c in token.children if c.dep_ == "prep"]
        gerunds = [g for p in preps for g in p.children if g.dep_ == "pcomp"]
        return any(word_in(g, values) for g in gerunds)
    if name == "rulesonly":
        return True  # not a condition: it keeps the row out of the learned coder's lexicon features
    if name == "notpobj":
        # "dug in its heels": the preposition's object makes it an idiom, not forces taking up positions
        return not _holds("pobj", values, token, words)
    if name == "notprep":
        # "stormed out of the talks", "backed out of the deal": the particle turns the act into a leaving
        return not _holds("prep", values, token, words)
    if name == "nothyphen":
        return not ends_hyphenated_word(token)  # "frog-marched" is no march
    if name == "compoundpred":
        return named_in_compound(token, values)  # "took a journalist hostage", read as one noun
    if name == "pred":
        # "called the vote a farce", "described the raid as a violation": what the object is called;
        # "rejected the award, calling it void" says it in the same statement, not a second one
        heads = statement_heads(token)
        statements = words.speech_verb | words.statement_verb
        if token.dep_ in {"advcl", "xcomp", "conj", "relcl"} and any(h.lemma_ in statements for h in heads):
            return False
        near = names_given(token, words)
        return any(word_in(t, values) for t in near)
    return True
