"""The subjects of a verb: its own, or those of the verb it joins, reports or is caused by, through the
small parser's misreadings (relative clauses, datelines, names read as modifiers).

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ..knowledge import resolve_words
from ..parse import SUBJECT_DEPS, VERB_POS
from ._dateline_subjects import name_for_date, name_joined_to_date, past_clock, past_dateline, subject_after_date
from ._operative_body import operative_body
from ._reported_state import joins_reporting_verb
from ._words import EventWords

__all__ = ["addressed_from", "own_subjects", "subject_before_clause", "subjects_of"]

#: Entity types of places (no person is one).
_PLACE_TYPES = {"GPE", "LOC", "FAC"}


def subjects_of(verb: Any, words: EventWords) -> list[Any]:
    seen = 0
    while seen < 5:
        subs = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}]
        subs = [s for s in subs if s.dep_ != "expl"]
        if subs and verb.dep_ == "relcl" and all(s.lower_ in resolve_words("relative_pronoun") for s in subs):
            return [_described(verb, subs, words)]  # "President Lula, who agreed to meet Milei": the relative is Lula
        if subs:
            return past_dateline([name_for_date(past_clock(s)) for s in subs])
        if name_joined_to_date(verb):
            return []  # "on Friday and Bolivia massed": not the first verb's subject (see name_joined_to_date)
        misparsed = _misparsed_subject(verb) or subject_after_date(verb)
        if misparsed is not None:
            return [misparsed]
        if _past_after_report(verb) or joins_reporting_verb(verb, words):
            verb = verb.head.head  # "X said the market would reopen and apologised": X apologised
            seen += 1
            continue
        caused = _caused_subject(verb, words)
        if caused is not None:
            return [caused]  # "the row led Ashgabat to recall its ambassador": Ashgabat recalled it
        if verb.dep_ in {"xcomp", "conj", "advcl", "acomp"} and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        if verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
            verb = verb.head.head  # "answered by throwing out": the subject of "answered"
            seen += 1
            continue
        addressed = addressed_from(verb)
        if addressed is not None:
            verb = addressed
            seen += 1
            continue
        closed = subject_before_clause(verb)
        if closed is not None:
            return [closed]
        if verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
            return [verb.head]
        body = operative_body(verb)
        return [body] if body is not None else []  # "1. Strongly condemns ...": the body the list opens with
    return []


def subject_before_clause(verb: Any) -> Any | None:
    """The subject left of a relative clause or apposition set off by commas: in "The Kazakh president,
    who chaired the closing session, called on ..." the small parser hangs "called" from "session" as its
    modifier and leaves the sentence without a main verb. A verb right after the clause's closing comma,
    in a sentence whose root is the noun the clause describes, is that noun's main verb."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    root = sentence_of(verb).root
    if root.pos_ not in {"NOUN", "PROPN"} or root.i > verb.i:
        return None
    tok = verb.head
    while tok.i != root.i:
        if tok.dep_ in {"relcl", "appos"}:
            return root
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _caused_subject(verb: Any, words: EventWords) -> Any | None:
    """The object of a causative verb whose "to" clause ``verb`` is: the one made to act."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lemma_.lower() not in words.causative_verb:
        return None
    if not _done(head):
        return None  # "will force Baku to recall": a forecast of what the one made to act may do
    return next((c for c in children_of(head) if c.dep_ == "dobj"), None)


def _done(verb: Any) -> bool:
    """A simple past or a perfect with no modal: what the verb tells happened."""
    auxes = [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes))


def addressed_from(participle: Any) -> Any | None:
    """The verb whose subject does what a participle says when the parser hangs it on the one addressed:
    in "has written to his Greek counterpart proposing a scheme" the writer proposes, not the
    counterpart; a participle after "to X" goes with the verb that addressed X."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG":
        return None
    addressee = participle.head
    prep = addressee.head
    if addressee.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    return prep.head


def _described(relcl: Any, subs: list[Any], words: EventWords) -> Any:
    """The noun a relative clause describes. A "who" speaks of a person, never of a place: in "Ethiopia's
    ambassador to Djibouti, who met port officials" the parser hangs the clause from the place; the
    person is the noun the place's phrase belongs to."""
    head = relcl.head
    of_person = any(s.lower_ in words.person_relative for s in subs)
    if of_person and head.ent_type_ in _PLACE_TYPES and head.dep_ == "pobj" and head.head.dep_ == "prep":
        owner = head.head.head
        if owner.pos_ in {"NOUN", "PROPN"} and owner.ent_type_ not in _PLACE_TYPES:
            return owner
    if of_person and _placed_people(head, words):
        return head.head.head  # "customs officials in Raxaul, who": the tagger took the town for a person
    return head


def _placed_people(name: Any, words: EventWords) -> bool:
    """A name placing a plural noun of people by a preposition of place ("officials in Raxaul", "traders
    at Birgunj"): a "who" after it speaks of the people, whatever entity type the name was tagged with."""
    prep = name.head
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or prep.dep_ != "prep" or prep.lower_ not in words.locative_prep:
        return False
    owner = prep.head
    return owner.pos_ == "NOUN" and owner.tag_ == "NNS"


def _misparsed_subject(verb: Any) -> Any | None:
    """A name the small parser read as a modifier of a finite verb that has no subject: in
    "Trump, facing criticism at home, warned Iran" "Trump" comes out an adjective (advcl) of
    "warned". The capitalised word left of the verb, set off by a comma, is the subject."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    for child in verb.lefts:
        if (
            child.dep_ in {"advcl", "amod", "npadvmod", "dep", "nmod"}
            and child.pos_ in {"ADJ", "PROPN", "NOUN"}
            and child.is_title
            and child.left_edge.i == child.i  # one word: "Last Thursday," is a time, not a name
            and child.ent_type_ not in {"DATE", "TIME"}
            and child.i + 1 < len(child.doc)
            and child.doc[child.i + 1].text == ","
        ):
            return child
    return None


def _past_after_report(verb: Any) -> bool:
    """A verb in the past joined by "and" to the verb of a reported clause whose tense is not past: in
    "X said the market would reopen and apologised" the small parser hangs "apologised" from "reopen",
    but a past verb cannot share "would" (nor a present tense), so it goes with the reporting verb."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp" or head.head.pos_ not in VERB_POS:
        return False
    auxes = [c.tag_ for c in children_of(head) if c.dep_ in {"aux", "auxpass"}]
    if "MD" not in auxes and _perfect(head):
        # "Paraguay has shut the crossings and put its police on alert, the minister said": the past
        # form of most verbs is their participle, and shares the "has" (11 of 13 such training sentences)
        return False
    return "MD" in auxes or bool({"VBZ", "VBP"} & {head.tag_, *auxes})


def _perfect(verb: Any) -> bool:
    """A present perfect: "has shut", "have detained"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in children_of(verb)
    )


def own_subjects(verb: Any) -> list[Any]:
    return [past_clock(c) for c in children_of(verb) if c.dep_ in SUBJECT_DEPS]
