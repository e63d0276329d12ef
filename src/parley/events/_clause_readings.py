"""Readings of a trigger's clause that its row conditions ask: its doers and their words, infinitive
clauses and their marks, the names a naming verb gives, the hedges and degrees of its verb.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import ACTED_ON_DEPS, SUBJECT_DEPS, VERB_POS
from ._misplaced_names import names_after_object, names_run_on
from ._object_words import MODIFIER_DEPS, object_words
from ._parse import agent_objects, is_passive, prep_objects, under_speech
from ._words import EventWords, has_definite_article, word_in

__all__ = [
    "complement_acts_on",
    "denies_degree",
    "doers",
    "has_joint_subject",
    "is_reported_hedge",
    "is_subject_infinitive",
    "marks_infinitive",
    "names_given",
    "names_two_parties",
    "of_time",
    "plain_subjects",
    "sends_home",
    "stops_between",
    "subject_words",
    "verb_through_preps",
]


def marks_infinitive(token: Any, values: frozenset[str]) -> bool:
    """ "called for the soldiers to be tried": before an infinitive with its own subject the parser reads
    the preposition as the mark of that clause, not as the trigger's own preposition."""
    return any(
        is_subject_infinitive(c) and any(m.dep_ == "mark" and m.lower_ in values for m in children_of(c))
        for c in children_of(token)
    )


def is_subject_infinitive(token: Any) -> bool:
    """ "(called) for the fishermen to be freed": an infinitive clause with its own subject, marked by a
    preposition; like a complement, it says what is asked or wanted, not what was done."""
    return (
        token.dep_ in {"advcl", "ccomp"}
        and any(m.dep_ == "mark" for m in children_of(token))
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(token))
    )


def of_time(prep: Any) -> bool:
    """ "called on Monday" is no "called on X to ...": a preposition whose objects are all times."""
    objects = [o for o in children_of(prep) if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in {"DATE", "TIME"} for o in objects)


def verb_through_preps(token: Any) -> Any | None:
    """The verb of the clause a word hangs in, through its prepositions ("was in contact with"), at most
    three steps up; unlike :func:`._parse.clause_verb`, None when no verb is that near."""
    tok = token
    for _ in range(3):
        if tok.pos_ in VERB_POS:
            return tok
        if tok.head.i == tok.i or tok.dep_ not in {"pobj", "prep", "attr", "dobj"}:
            return None
        tok = tok.head
    return tok if tok.pos_ in VERB_POS else None


def doers(verb: Any) -> list[Any]:
    """Who does what the verb tells: its subject, or in a passive clause the object of its "by" agent
    ("a trader was seized by gunmen", "fishermen seized by pirates"), which a subject condition reads
    the same way."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if subjects or not is_passive(verb):
        return subjects
    return agent_objects(verb)


def subject_words(subject: Any) -> set[str]:
    """The words naming a subject: its head, and what a head like "team" or "group" is "of"
    ("a team of doctors")."""
    named = [subject] + [
        o for p in children_of(subject) if p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"
    ]
    return {w for t in named for w in (t.lemma_.lower(), t.lower_)}


def plain_subjects(verb: Any) -> list[Any]:
    """The verb's subjects, or those of the verb it is joined to ("met in Lomé and decided to ..."),
    read from heads and children only (the learned coder's token views have no more)."""
    for _ in range(3):
        subjects = [c for c in children_of(verb) if c.dep_ in SUBJECT_DEPS]
        if subjects or verb.dep_ not in {"conj", "xcomp"} or verb.head.i == verb.i:
            return subjects
        verb = verb.head
    return []


def complement_acts_on(verb: Any, values: frozenset[str]) -> bool:
    """ "agreed to halt a month of shelling", "agreed to freeze naval exercises": the infinitive
    complement's object (or what a measure of it counts) is one of the values."""
    objects = [o for x in children_of(verb) if x.dep_ == "xcomp" for o in children_of(x) if o.dep_ == "dobj"]
    named = object_words(objects + prep_objects(objects, {"of"}))
    return any(word_in(w, values) for w in named)


def _phrase(token: Any) -> list[Any]:
    """The token and every word that hangs from it (spaCy's subtree, from children only)."""
    words, todo = [], [token]
    while todo:
        word = todo.pop()
        words.append(word)
        todo.extend(children_of(word))
    return words


def names_two_parties(subject: Any, words: EventWords) -> bool:
    """The subject names two or more parties: names joined ("Kenya and Ethiopia"), a pair counted in
    its phrase ("the two ministers", "officials from both countries") or the pair's own word ("the leaders")."""
    if any(c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} for c in children_of(subject)):
        return True
    if subject.tag_ in {"NNS", "NNPS"} and subject.lower_ in words.pair_head:
        return has_definite_article(subject, words)
    return subject.pos_ == "NOUN" and any(t.lower_ in words.pair_word for t in _phrase(subject))


def has_joint_subject(verb: Any, words: EventWords) -> bool:
    """One of the verb's plain subjects names two or more parties ("Kenya and Ethiopia decided ...")."""
    return any(names_two_parties(s, words) for s in plain_subjects(verb))


def sends_home(token: Any, values: frozenset[str]) -> bool:
    """ "called its ambassador home", "has been called home", "ordered its consul general home": whom the
    verb sends home is one of the values; the parser reads "home" as an adverb, a complement, or the
    object itself (then whom it sends is the word modifying it)."""
    homes = [c for c in children_of(token) if c.lower_ == "home" and c.dep_ in {"advmod", "npadvmod", "oprd", "dobj"}]
    if not homes:
        return False
    sent = [c for c in children_of(token) if c.dep_ in ACTED_ON_DEPS and c.lower_ != "home"]
    sent += [m for h in homes for m in children_of(h) if m.dep_ in MODIFIER_DEPS]
    # "Ambassador Ricardo Zelaya has been called home": the title may stand several names before the head
    named = list(sent)
    for word in named:
        named += [m for m in children_of(word) if m.i < word.i]
    return any(word_in(w, values) for w in named)


def names_given(token: Any, words: EventWords) -> list[Any]:
    """The words of what a naming verb calls its object ("called the vote a farce", "described the
    raid as a violation"), with their own modifiers ("a flagrant violation", "an act of war")."""
    dobjs = [c for c in children_of(token) if c.dep_ == "dobj"]
    preds = [c for c in children_of(token) if c.dep_ in {"oprd", "ccomp"}] + dobjs[1:]
    # the parser may hang the name on the object: "called the vote rigged" (acl), "called the
    # remarks 'an affront'" (appos); an adjective after its noun is no attribute but the name given
    # ("called the manoeuvres 'unsafe'"); "described the remarks as 'provocative'" ("as" on the object)
    for d in dobjs[:1]:
        preds += [a for a in children_of(d) if a.dep_ in {"acl", "appos"} or (a.dep_ == "amod" and a.i > d.i)]
    as_preps = [c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "as"]
    as_preps += [c for d in dobjs[:1] for c in children_of(d) if c.dep_ == "prep" and c.lower_ == "as"]
    preds += [o for c in as_preps for o in children_of(c)]
    preds += names_run_on(token)  # "declared a counsellor at the embassy persona non grata" ("persona" a conj)
    near = preds + [c for p in preds for c in children_of(p) if c.dep_ != "prep"]  # "a flagrant violation"
    # "an act of war" names its kind; other prepositions name whom it concerns ("unacceptable for a trade
    # partner", "cooperation between neighbours"), no name given
    near += [
        o
        for p in preds
        for c in children_of(p)
        if c.dep_ == "prep" and c.lower_ in words.kind_prep
        for o in children_of(c)
    ]
    return near + [w for d in dobjs[:1] for w in names_after_object(d)]


def stops_between(a: Any, b: Any) -> bool:
    """A ';' or ':' between two tokens: what stands beyond it is a statement of its own."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text in {";", ":"} for t in a.doc[lo + 1 : hi])


def denies_degree(adverb: Any) -> bool:
    """ "no longer", "not any more": an adverb of degree that carries the clause's negation."""
    return adverb.dep_ == "advmod" and any(c.dep_ == "neg" for c in children_of(adverb))


def is_reported_hedge(verb: Any, words: EventWords) -> bool:
    """ "said it could review its participation", "said it might take measures": a reaction the actor
    is reported to hold in reserve is a threat still, though hedged (a bare "could review" is a guess)."""
    for c in children_of(verb):  # a loop, not ``any`` over a generator: every candidate's verb is asked
        if c.dep_ == "aux" and c.lower_ in words.hypothetical_aux:
            return under_speech(verb, words)
    return False
