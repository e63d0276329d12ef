"""The conditions of a trigger row (``obj=``, ``prep=``, ``pred=`` ...), read at a token of the parse.

A row of ``data/triggers.tsv`` matches a token when every condition it names holds there; the readings
of objects, particles and complements they need are here too.
"""

from __future__ import annotations

from typing import Any

from ..parse import ACTED_ON_DEPS, SUBJECT_DEPS, VERB_POS
from ._answered_demand import names_demand_met
from ._call_means import CALL_MEANS, means_of_party_act
from ._compound_pred import ends_hyphenated_word, named_in_compound
from ._condition_party import is_threat_condition
from ._denied_predicate import is_denied_predicate
from ._late_infinitive import infinitive_complements
from ._lexicon import Trigger
from ._misplaced_names import names_after_object
from ._misread_objects import deprived_of, noun_read_as_bare_verb
from ._naming_statement import statement_heads
from ._pact_participle import described_pact
from ._parse import agent_objects, is_committed, is_passive, particle_read_as_adverb, prep_objects, under_speech
from ._relcl_gap import told_gap_object
from ._reported_charge import is_reported_deed
from ._standing_role import is_bare_present
from ._words import EventWords, word_in

__all__ = [
    "condition_holds",
    "denies_degree",
    "described_as",
    "is_armed_force",
    "is_reported_hedge",
    "is_subject_infinitive",
    "misread_participle",
    "modifiers_of",
    "misplaced_doer",
    "names_own_doer",
    "object_words",
    "read_objects",
    "relative_object",
]

#: Dependencies of the words that modify a noun ("naval vessels", "border guards").
MODIFIER_DEPS = {"amod", "compound", "nmod"}


def described_as(noun: Any, values: frozenset[str]) -> bool:
    """ "two men wanted in Bamako", "suspected smugglers", "convicted pirates": what a participle or
    adjective says the object is; it tells a handover of suspects from a release of captives. Before a
    number and a name ("set free 31 Lao nationals") the parser hangs the adjective on the number."""
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    described = [c for n in [noun, *counts] for c in n.children if c.dep_ in {"acl", "amod"}]
    return any(word_in(c, values) for c in described)


def misread_participle(verb: Any, values: frozenset[str]) -> bool:
    """ "handed over to Malawi two suspects wanted over a robbery": the parser reads the object and its
    participle as a clause of their own ("suspects wanted ..."); the clause's subject is the object."""
    return any(
        c.dep_ in {"ccomp", "advcl", "conj"}
        and c.tag_ in {"VBN", "VBD"}
        and c.lemma_.lower() in values
        and any(s.dep_ == "nsubj" for s in c.children)
        for c in verb.children
    )


def _marks_infinitive(token: Any, values: frozenset[str]) -> bool:
    """ "called for the soldiers to be tried": before an infinitive with its own subject the parser reads
    the preposition as the mark of that clause, not as the trigger's own preposition."""
    return any(
        is_subject_infinitive(c) and any(m.dep_ == "mark" and m.lower_ in values for m in c.children)
        for c in token.children
    )


def is_subject_infinitive(token: Any) -> bool:
    """ "(called) for the fishermen to be freed": an infinitive clause with its own subject, marked by a
    preposition; like a complement, it says what is asked or wanted, not what was done."""
    return (
        token.dep_ in {"advcl", "ccomp"}
        and any(m.dep_ == "mark" for m in token.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)
    )


def _of_time(prep: Any) -> bool:
    """ "called on Monday" is no "called on X to ...": a preposition whose objects are all times."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)


def _clause_verb(token: Any) -> Any | None:
    """The verb of the clause a word hangs in, through its prepositions ("was in contact with")."""
    tok = token
    for _ in range(3):
        if tok.pos_ in VERB_POS:
            return tok
        if tok.head.i == tok.i or tok.dep_ not in {"pobj", "prep", "attr", "dobj"}:
            return None
        tok = tok.head
    return tok if tok.pos_ in VERB_POS else None


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
        return any(not values.isdisjoint(_subject_words(s)) for s in _doers(token))
    if name == "notsubj":
        # "markets rallied", "prices rallied": what rises in trade, not a crowd that gathers
        subjects = _doers(token)
        if token.dep_ == "relcl" and any(s.tag_ in {"WP", "WDT"} for s in subjects):
            subjects.append(token.head)  # "the attackers, who arrived in a speedboat": the noun it describes
        return not any(word_in(s, values) for s in subjects)
    if name == "objmod":
        return any(described_as(o, values) for o in objects) or (not objects and misread_participle(token, values))
    if name == "notobj":
        # "released a video", "the footage released by the army": not every object makes the act
        if token.dep_ == "acl" and token.tag_ == "VBN":
            objects.append(token.head)
        return values.isdisjoint(_named_forms(objects))
    if name == "adv":
        # "patrolled the canal together", "train jointly": done with a partner, not alone; the first word
        # of a hyphened verb hangs as an npadvmod ("test-fired a missile": a test, not an attack)
        return any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in values for c in token.children)
    if name == "prep":
        own = any(c.dep_ in {"prep", "prt"} and c.lower_ in values and not _of_time(c) for c in token.children)
        return own or particle_read_as_adverb(token, values) is not None or _marks_infinitive(token, values)
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
        return _sends_home(token, values)
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
        clause = _clause_verb(token)
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
        return any(_names_two_parties(s, words) for s in _plain_subjects(token))
    if name == "notjointsubj":
        # "the two governments agreed to raise trade": what both sides give each other is agreed, not
        # conceded; but both sides' climb-down is a concession still ("agreed to end the fighting")
        joint = any(_names_two_parties(s, words) for s in _plain_subjects(token))
        return not joint or bool(values and _complement_acts_on(token, values))
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
        return any(is_armed_force(s, words) for s in _doers(token))
    if name == "ccomp":
        # "wants Minsk to explain": a clause of content; not a noun misread as one ("wants Tajik
        # aluminium"), nor a statement beyond a ';' or ':' the parser joined ("Vilnius wants a treaty;
        # Moscow wants a corridor")
        return any(c.dep_ == "ccomp" and c.pos_ in VERB_POS and not _stops_between(c, token) for c in token.children)
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
        bare = [c for c in clauses if not any(a.dep_ in {"aux", "auxpass", "mark"} for a in c.children)]
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
        near = _names_given(token, words)
        return any(word_in(t, values) for t in near)
    return True


def _doers(verb: Any) -> list[Any]:
    """Who does what the verb tells: its subject, or in a passive clause the object of its "by" agent
    ("a trader was seized by gunmen", "fishermen seized by pirates"), which a subject condition reads
    the same way."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects or not is_passive(verb):
        return subjects
    return agent_objects(verb)


def _subject_words(subject: Any) -> set[str]:
    """The words naming a subject: its head, and what a head like "team" or "group" is "of"
    ("a team of doctors")."""
    named = [subject] + [o for p in subject.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return {w for t in named for w in (t.lemma_.lower(), t.lower_)}


def _plain_subjects(verb: Any) -> list[Any]:
    """The verb's subjects, or those of the verb it is joined to ("met in Lomé and decided to ..."),
    read from heads and children only (the learned coder's token views have no more)."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
            return subjects
        verb = verb.head
    return []


def _complement_acts_on(verb: Any, values: frozenset[str]) -> bool:
    """ "agreed to end six weeks of fighting", "agreed to freeze naval exercises": the infinitive
    complement's object (or what a measure of it counts) is one of the values."""
    objects = [o for x in verb.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "dobj"]
    named = object_words(objects + prep_objects(objects, {"of"}))
    return any(word_in(w, values) for w in named)


def _phrase(token: Any) -> list[Any]:
    """The token and every word that hangs from it (spaCy's subtree, from children only)."""
    words, todo = [], [token]
    while todo:
        word = todo.pop()
        words.append(word)
        todo.extend(word.children)
    return words


def _names_two_parties(subject: Any, words: EventWords) -> bool:
    """The subject names two or more parties: names joined ("Kenya and Ethiopia"), a pair counted in
    its phrase ("the two ministers", "officials from both countries") or the pair's own word ("the leaders")."""
    if any(c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} for c in subject.children):
        return True
    if subject.tag_ in {"NNS", "NNPS"} and subject.lower_ in words.pair_head:
        return any(c.lower_ == "the" for c in subject.children)
    return subject.pos_ == "NOUN" and any(t.lower_ in words.pair_word for t in _phrase(subject))


def _sends_home(token: Any, values: frozenset[str]) -> bool:
    """ "called its ambassador home", "has been called home", "ordered its consul general home": whom the
    verb sends home is one of the values; the parser reads "home" as an adverb, a complement, or the
    object itself (then whom it sends is the word modifying it)."""
    homes = [c for c in token.children if c.lower_ == "home" and c.dep_ in {"advmod", "npadvmod", "oprd", "dobj"}]
    if not homes:
        return False
    sent = [c for c in token.children if c.dep_ in ACTED_ON_DEPS and c.lower_ != "home"]
    sent += [m for h in homes for m in h.children if m.dep_ in MODIFIER_DEPS]
    # "Ambassador Ricardo Zelaya has been called home": the title may stand several names before the head
    named = list(sent)
    for word in named:
        named += [m for m in word.children if m.i < word.i]
    return any(word_in(w, values) for w in named)


def _names_given(token: Any, words: EventWords) -> list[Any]:
    """The words of what a naming verb calls its object ("called the vote a farce", "described the
    raid as a violation"), with their own modifiers ("a flagrant violation", "an act of war")."""
    dobjs = [c for c in token.children if c.dep_ == "dobj"]
    preds = [c for c in token.children if c.dep_ in {"oprd", "ccomp"}] + dobjs[1:]
    # the parser may hang the name on the object: "called the vote rigged" (acl), "called the
    # remarks 'an affront'" (appos); an adjective after its noun is no attribute but the name given
    # ("called the manoeuvres 'unsafe'"); "described the remarks as 'provocative'" ("as" on the object)
    for d in dobjs[:1]:
        preds += [a for a in d.children if a.dep_ in {"acl", "appos"} or (a.dep_ == "amod" and a.i > d.i)]
    as_preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"]
    as_preps += [c for d in dobjs[:1] for c in d.children if c.dep_ == "prep" and c.lower_ == "as"]
    preds += [o for c in as_preps for o in c.children]
    near = preds + [c for p in preds for c in p.children if c.dep_ != "prep"]  # "a flagrant violation"
    # "an act of war" names its kind; other prepositions name whom it concerns ("unacceptable for a trade
    # partner", "cooperation between neighbours"), no name given
    near += [
        o for p in preds for c in p.children if c.dep_ == "prep" and c.lower_ in words.kind_prep for o in c.children
    ]
    return near + [w for d in dobjs[:1] for w in names_after_object(d)]


def _stops_between(a: Any, b: Any) -> bool:
    """A ';' or ':' between two tokens: what stands beyond it is a statement of its own."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text in {";", ":"} for t in a.doc[lo + 1 : hi])


def denies_degree(adverb: Any) -> bool:
    """ "no longer", "not any more": an adverb of degree that carries the clause's negation."""
    return adverb.dep_ == "advmod" and any(c.dep_ == "neg" for c in adverb.children)


def is_reported_hedge(verb: Any, words: EventWords) -> bool:
    """ "said it could review its participation", "said it might take measures": a reaction the actor
    is reported to hold in reserve is a threat still, though hedged (a bare "could review" is a guess)."""
    hedged = any(c.dep_ == "aux" and c.lower_ in words.hypothetical_aux for c in verb.children)
    return hedged and under_speech(verb, words)


def read_objects(verb: Any, objects: list[Any], words: EventWords) -> list[Any]:
    """What else names a verb's object: "raised the alert level" (a degree is named by what it is a
    degree of, here its modifier), "gave the mission seven days to retract it" (after an indirect
    object the parser reads the direct one as an adverbial noun), "sent a message of solidarity" (a
    message is named by what it carries)."""
    degrees = [o for o in objects if o.lemma_.lower() in words.degree_noun]
    named = [m for o in degrees for m in o.children if m.dep_ in MODIFIER_DEPS]
    named += prep_objects([o for o in objects if o.lemma_.lower() in words.message_noun], {"of"})
    if any(c.dep_ == "dative" for c in verb.children) and not any(c.dep_ == "dobj" for c in verb.children):
        named += [c for c in verb.children if c.dep_ == "npadvmod"]
    return named


def relative_object(verb: Any, objects: list[Any]) -> list[Any]:
    """ "an offer Ashgabat declined", "the request that was refused": the verb of a relative clause
    whose object is left out, or is only a relative pronoun, acts on the noun the clause describes
    (not in "the delegation that received ...", where the pronoun is the subject)."""
    relative = {"WDT", "WP"}
    if verb.dep_ != "relcl" or any(o.tag_ not in relative for o in objects):
        return []
    if any(c.dep_ == "nsubj" and c.tag_ in relative for c in verb.children):
        return []
    return [verb.head]


def object_words(objects: list[Any]) -> list[Any]:
    """ "sent a helicopter and forty firefighters", "dispatched relief ships": the words that name what
    a verb acts on are each object's coordinated nouns and the nouns compounded to its head."""
    heads = list(objects)
    for head in heads:  # grows as it goes: "tents, blankets and food" chains one conjunct to the next
        heads += [c for c in head.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    return heads + [m for h in heads for m in h.children if m.dep_ == "compound"]


def _named_forms(objects: list[Any]) -> set[str]:
    """The lemmas and forms of the objects, and each with the nouns compounded to it ("a price war"):
    the compound names another thing than its head alone."""
    forms = {f for o in objects for f in (o.lemma_.lower(), o.lower_)}
    compounds = [(c, o) for o in objects for c in o.children if c.dep_ == "compound"]
    return forms | {f"{c.lower_} {head}" for c, o in compounds for head in (o.lemma_.lower(), o.lower_)}


def hyphenated_forms(noun: Any) -> list[str]:
    """ "lifted their sit-in": the parser splits a hyphenated noun into a compound, a hyphen and a head
    ("sit" "-" "in"); the whole word is what a row names."""
    children = list(noun.children)
    if not any(c.dep_ == "punct" and c.lower_ == "-" for c in children):
        return []
    heads = {noun.lower_, noun.lemma_.lower()}
    return [f"{c.lower_}-{head}" for c in children if c.dep_ == "compound" for head in heads]


def modifiers_of(noun: Any) -> list[Any]:
    """ "a joint search-and-rescue exercise", "joint coast guard inspections": the noun's modifiers, and
    those of the nouns before it, on which the parser often hangs the first adjective."""
    mods = [c for c in noun.children if c.dep_ in MODIFIER_DEPS]
    return mods + [g for m in mods if m.dep_ in {"compound", "nmod"} for g in m.children if g.dep_ in MODIFIER_DEPS]


def is_armed_force(noun: Any, words: EventWords) -> bool:
    """ "troops", "two infantry companies", "navy patrol vessels", "a company of soldiers", "armoured
    vehicles": a noun phrase of armed units or their weapons (by its head, a modifier or what it counts)."""
    force = words.military_force
    if word_in(noun, force):
        return True
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    if any(word_in(m, force) for m in modifiers):
        return True
    counts = word_in(noun, words.quantity_word)
    counted = prep_objects([noun], {"of"}) if counts else []
    return any(is_armed_force(c, words) for c in counted)


def names_own_doer(noun: Any, words: EventWords) -> bool:
    """ "the detention of nine fishermen by a navy patrol": a noun whose doer its own "by" phrase names
    tells an act of its own (on the noun, or misparsed elsewhere: ``misplaced_doer``)."""
    own = any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in noun.children)
    return own or bool(misplaced_doer(noun, words))


def misplaced_doer(noun: Any, words: EventWords) -> list[Any]:
    """The "by" phrase naming the doer of a noun's act that the parser hung on the noun's "of" object
    ("the arrest of three traders by Ghanaian police") or on the active verb the noun's preposition hangs
    from ("apologised for the detention of nine fishermen by a navy patrol": an active verb takes no
    agent). Away from the noun it names the doer only if it names a force or a state, not whoever made
    the object or how the verb was done ("by phone"). The "by" tokens."""
    bys = [b for o in prep_objects([noun], {"of"}) for b in o.children if b.dep_ in {"prep", "agent"}]
    verb = noun.head.head if noun.dep_ == "pobj" else noun
    if verb.pos_ in VERB_POS and verb.i != noun.i and not is_passive(verb):
        bys += [b for b in verb.children if b.dep_ in {"prep", "agent"} and b.i > noun.i]
    named = [(b, [d for d in b.children if d.dep_ == "pobj"]) for b in bys if b.lower_ == "by"]
    return [b for b, objs in named if any(is_armed_force(d, words) or d.ent_type_ == "GPE" for d in objs)]
