"""Walking spaCy's dependency tree: governing verbs, prepositional objects, passives, clauses.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily. A verb's subjects are
read in ``_verb_subjects``.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import VERB_POS
from ._clause_ids import CLAUSE_DEPS, clause_ids_on_tree, is_spacy_token
from ._lexicon import Trigger
from ._words import EventWords

__all__ = [
    "agent_objects",
    "clause_token_ids",
    "clause_verb",
    "conjunct_path",
    "contains",
    "first_conjunct",
    "governing_verb",
    "has_agent",
    "in_prep_phrase",
    "is_committed",
    "is_doerless_passive",
    "is_negator",
    "is_passive",
    "is_perfect",
    "particle_read_as_adverb",
    "prep_objects",
    "semicolon_between",
    "under_speech",
    "verb_above",
    "verb_preps",
]


def governing_verb(noun: Any) -> Any:
    tok = noun
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        if head.pos_ in VERB_POS:
            return head
        tok = head
    return None


def clause_verb(token: Any) -> Any:
    """The verb of the token's clause: the token itself when it is a verb, else the verb governing it
    (the token again when none does)."""
    return token if token.pos_ in VERB_POS else (governing_verb(token) or token)


def first_conjunct(verb: Any) -> Any:
    """ "demanded that Tehran free the crew and return the boat": a verb joined by "and" to another
    stands where the first of them stands (here, inside what is demanded)."""
    while verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and verb.head.i != verb.i:
        head = verb.head
        if _tensed_after_nonfinite(verb) and head.head.i != head.i:
            verb = head.head  # "denies firing across the border and accuses Kampala": joined to "denies"
            continue
        verb = head
    return verb


def conjunct_path(first: Any, second: Any) -> list[Any]:
    """The tokens from ``second`` up to ``first`` (both included) when ``second`` hangs from ``first``
    through a chain of conjuncts ("seized the boats, searched them and arrested the crews": "arrested",
    "searched", "seized"); empty when it does not."""
    path = [second]
    token = second
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
        path.append(token)
        if token.i == first.i:
            return path
    return []


def _tensed_after_nonfinite(verb: Any) -> bool:
    """A tensed verb the parser joined to a gerund or an infinitive: "Khartoum denies firing across the
    border and accuses Kampala of arming rebels". A tensed verb and a gerund are no pair; the tensed
    one joins the verb the gerund hangs from, so it is not inside what that verb denies or promises."""
    head = verb.head
    if verb.tag_ not in {"VBZ", "VBD", "VBP"} or head.dep_ not in {"xcomp", "pcomp"}:
        return False
    return head.tag_ == "VBG" or (head.tag_ == "VB" and any(c.lower_ == "to" for c in children_of(head)))


def is_committed(verb: Any, words: EventWords) -> bool:
    """ "will strike", "would hit": the verb carries an auxiliary of commitment."""
    for c in children_of(verb):  # noqa: SIM110 (a loop: ``any`` over a generator is slower, and this is asked often)
        if c.dep_ == "aux" and c.lower_ in words.commitment_aux:
            return True
    return False


def in_prep_phrase(token: Any, top: Any, preps: frozenset[str]) -> bool:
    """The token hangs, somewhere between itself and ``top``, under one of the prepositions ("after
    weeks of killing", "after a night of talks")."""
    tok = token
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in preps:
            return True
        tok = tok.head
    return False


def particle_read_as_adverb(verb: Any, values: set[str] | frozenset[str]) -> Any | None:
    """ "were handed back to Armenia": a particle right after the verb that the parser hung as an adverb
    (its "to" phrase under it) is still the verb's particle; the adverb token, or None."""
    return next((c for c in children_of(verb) if c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in values), None)


def verb_preps(verb: Any, allowed: set[str] | frozenset[str], trig: Trigger) -> list[Any]:
    """The verb's prepositions (and particles) of the allowed words, with those hanging under the row's
    particle the parser read as an adverb ("handed back to Armenia": "to" under "back")."""
    heads = [verb]
    if (particle := particle_read_as_adverb(verb, trig.prep_particles())) is not None:
        heads.append(particle)
    return [c for h in heads for c in children_of(h) if c.dep_ in {"prep", "prt", "dative"} and c.lower_ in allowed]


def prep_objects(heads: list[Any], preps: set[str] | frozenset[str]) -> list[Any]:
    """Objects of the given prepositions attached to any of the heads."""
    return [
        p
        for head in heads
        for prep in children_of(head)
        if prep.dep_ in {"prep", "prt", "dative"} and prep.lower_ in preps
        for p in children_of(prep)
        if p.dep_ == "pobj"
    ]


def contains(tok: Any, target: Any) -> bool:
    return bool(tok.left_edge.i <= target.i <= tok.right_edge.i)


def is_passive(verb: Any) -> bool:
    """ "were detained", "had been killed" (and its conjunct "... and 3,000 people detained"). A "by"
    parsed as an agent of a verb with an active subject ("the ministers spoke by phone") is a plain
    preposition: the verb is active."""
    deps = {t.dep_ for t in children_of(verb)}
    return bool(deps & {"nsubjpass", "auxpass"}) or ("agent" in deps and "nsubj" not in deps)


def has_agent(verb: Any) -> bool:
    """The verb has a "by" phrase parsed as its agent ("was seized by the police")."""
    for c in children_of(verb):  # noqa: SIM110 (a loop: ``any`` over a generator is slower, and this is asked often)
        if c.dep_ == "agent":
            return True
    return False


def is_doerless_passive(verb: Any) -> bool:
    """A passive with a subject and no "by" phrase ("the talks were held", "the men were handed over"):
    what was done is told, not who did it."""
    return any(c.dep_ == "nsubjpass" for c in children_of(verb)) and not has_agent(verb)


def is_negator(child: Any) -> bool:
    """A child that denies its verb: a "not" or "n't" parsed as ``neg``, or "never"."""
    return child.dep_ == "neg" or child.lower_ == "never"


def is_perfect(verb: Any) -> bool:
    """A past participle under a form of "have" ("has fabricated", "had been sent"), any tense."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(verb))


def agent_objects(verb: Any) -> list[Any]:
    """The heads of the verb's agent phrases ("by the police": "police"), in document order."""
    return [p for a in children_of(verb) if a.dep_ == "agent" for p in children_of(a) if p.dep_ == "pobj"]


def semicolon_between(a: Any, b: Any) -> bool:
    """ "Peru blamed Chile; Santiago denied the charge": two statements the parser joined."""
    lo, hi = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[lo + 1 : hi])


def under_speech(token: Any, words: EventWords) -> bool:
    head = token.head
    return token.dep_ == "ccomp" and head.lemma_ in words.speech_verb


def verb_above(prep: Any, max_nouns: int = 2) -> Any:
    """The verb a place phrase hangs from, through at most ``max_nouns`` nouns, else None."""
    tok, nouns = prep.head, 0
    while tok.pos_ not in VERB_POS:
        if tok.pos_ in {"NOUN", "PROPN", "PRON", "NUM"}:
            nouns += 1
        if nouns > max_nouns or tok.head.i == tok.i:
            return None
        tok = tok.head
    return tok


def clause_token_ids(token: Any, participles: bool = False) -> set[int]:
    """Token indices of the trigger's own clause (and, for a noun, its governing verb's).

    With ``participles``, reduced clauses of the clause's nouns count too: the small model often hangs
    "on Saturday" from "trucks bringing grain ... on Saturday" instead of from the main verb.
    """
    root = token
    if token.pos_ not in VERB_POS:
        root = governing_verb(token) or token
    if is_spacy_token(token):
        return clause_ids_on_tree(token, root, participles)  # the same walk, on index lists
    out: set[int] = set()
    stack = [root]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in children_of(tok):
            participle = participles and child.dep_ == "acl" and child.tag_ == "VBG"  # not "elected last month"
            if child.dep_ in CLAUSE_DEPS and child.i != token.i and not contains(child, token) and not participle:
                continue
            if child.dep_ == "conj" and child.pos_ in VERB_POS and not contains(child, token):
                continue
            stack.append(child)
    return out
