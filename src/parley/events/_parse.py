"""Walking spaCy's dependency tree: subjects, governing verbs, prepositional objects, clauses.

Tokens are spaCy ``Token`` objects, typed ``Any`` because spaCy is loaded lazily.
"""

from __future__ import annotations

from typing import Any

import numpy

from ..parse import SUBJECT_DEPS, VERB_POS, is_entry_clock
from ._clause_ids import CLAUSE_DEPS, clause_ids_on_tree, is_spacy_token
from ._lexicon import Trigger
from ._reported_state import joins_reporting_verb
from ._words import EventWords

__all__ = [
    "addressed_from",
    "clause_token_ids",
    "clause_verb",
    "contains",
    "ethnic_heads",
    "first_conjunct",
    "agent_objects",
    "governing_verb",
    "has_agent",
    "in_prep_phrase",
    "is_committed",
    "is_ethnic",
    "is_doerless_passive",
    "is_passive",
    "is_perfect",
    "past_read_as_participle",
    "own_subjects",
    "particle_read_as_adverb",
    "prep_objects",
    "semicolon_between",
    "subjects_of",
    "under_speech",
    "verb_preps",
    "verb_above",
]

#: Entity types of places (no person is one).
_PLACE_TYPES = {"GPE", "LOC", "FAC"}
#: The dashes that close a wire dateline ("Niamey, 30 May 2005 - ...").
_DATELINE_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
#: How an ethnic word, or the word it qualifies, hangs on a people's name (see ``is_ethnic``).
_ETHNIC_MODIFIER = frozenset({"amod", "compound", "advmod"})
#: How the parser hangs the real subject on a live-blog clock time it took for the subject.
_CLOCK_SUBJECT_DEPS = frozenset({"appos", "nsubj", "dep"})


def subjects_of(verb: Any, words: EventWords) -> list[Any]:
    seen = 0
    while seen < 5:
        subs = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "csubj", "expl"}]
        subs = [s for s in subs if s.dep_ != "expl"]
        if subs and verb.dep_ == "relcl" and all(s.lower_ in words.relative_pronoun for s in subs):
            return [_described(verb, subs, words)]  # "President Trump, who agreed to meet Kim": the relative is Trump
        if subs:
            return _past_dateline([_name_for_date(_past_clock(s)) for s in subs])
        if _name_joined_to_date(verb):
            return []  # "on Monday and Venezuela moved": not the first verb's subject (see _name_joined_to_date)
        misparsed = _misparsed_subject(verb) or _subject_after_date(verb)
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
        closed = _subject_before_clause(verb)
        if closed is not None:
            return [closed]
        if verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
            return [verb.head]
        return []
    return []


def _subject_before_clause(verb: Any) -> Any | None:
    """The subject left of a relative clause or apposition set off by commas: in "The Kazakh president,
    who chaired the closing session, called on ..." the small parser hangs "called" from "session" as its
    modifier and leaves the sentence without a main verb. A verb right after the clause's closing comma,
    in a sentence whose root is the noun the clause describes, is that noun's main verb."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBD", "VBN"} or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    root = verb.sent.root
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
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def _done(verb: Any) -> bool:
    """A simple past or a perfect with no modal: what the verb tells happened."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
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
    auxes = [c.tag_ for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if "MD" not in auxes and _perfect(head):
        # "Paraguay has shut the crossings and put its police on alert, the minister said": the past
        # form of most verbs is their participle, and shares the "has" (11 of 13 such training sentences)
        return False
    return "MD" in auxes or bool({"VBZ", "VBP"} & {head.tag_, *auxes})


def _perfect(verb: Any) -> bool:
    """A present perfect: "has shut", "have detained"."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )


def _subject_after_date(verb: Any) -> Any | None:
    """A name right after an opening date with no comma: in "On Thursday Bishkek warned" the small
    parser reads "Bishkek" as the object of "On" and "Thursday" as its modifier. A date does not
    modify a name, so the name is the subject of the finite verb that has none."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    for prep in verb.lefts:
        if prep.dep_ != "prep":
            continue
        for name in prep.children:
            dated = any(c.dep_ == "compound" and c.ent_type_ in {"DATE", "TIME"} for c in name.children)
            if name.dep_ == "pobj" and name.pos_ == "PROPN" and name.ent_type_ not in {"DATE", "TIME"} and dated:
                return name
    return None


def _name_for_date(subject: Any) -> Any:
    """The name the small parser set beside a dateline's date: in "NAIROBI, Sept 22 - Kenya on Monday
    extradited" it reads the date "Sept" as the subject and "Kenya" as its apposition. A date does
    not act, so the name in apposition to it is the subject: the last one ("Nov 29 (APP): Pakistan"
    names the agency that filed the story first)."""
    if subject.ent_type_ not in {"DATE", "TIME"}:
        return subject
    dated = {"DATE", "TIME"}
    names = [c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in dated]
    return names[-1] if names else subject


def _past_dateline(subjects: list[Any]) -> list[Any]:
    """The subjects with a dateline the parser took for one read past: in "Nairobi, 27 May 1996 - The
    Coalition condemns" or "Niamey, 30 May 2005 - On 27 May, an armed group attacked" the place the
    story was filed from opens the sentence with its date and a dash; a dateline does not act. The
    name the parser set in apposition to it is the subject, or the verb's other subject; with
    neither, the sentence names no subject."""
    out = []
    for subject in subjects:
        if not _is_dateline(subject):
            out.append(subject)
            continue
        dated = {"DATE", "TIME"}
        names = [c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ not in dated]
        out += names[-1:] or _group_after_dash(subject)
    return out


def _group_after_dash(place: Any) -> list[Any]:
    """A plain noun set in apposition to a dateline with its date and dash hung inside it: in "TRIPOLI,
    March 12 - Armed men abducted" the parser makes "March 12 -" part of "Armed men"; the group after
    the dash is the subject."""
    nouns = [c for c in place.rights if c.dep_ == "appos" and c.pos_ == "NOUN"]
    for noun in nouns[-1:]:
        dash = [t for t in noun.subtree if t.text in _DATELINE_DASHES and t.i < noun.i]
        if dash and any(t.ent_type_ == "DATE" and t.i < dash[0].i for t in noun.subtree):
            return [noun]
    return []


def _is_dateline(subject: Any) -> bool:
    """A name opening its sentence with a date and a dash after it ("Nairobi, 27 May 1996 -")."""
    # the sentence's first word by its own mark (``Token.sent`` walks to the sentence's edges and
    # builds a Span): the Doc's first word opens a sentence whatever its mark says
    if subject.pos_ != "PROPN" or (subject.i != 0 and not subject.is_sent_start):
        return False
    kids = list(subject.rights)
    dated = any(c.ent_type_ == "DATE" or any(g.ent_type_ == "DATE" for g in c.children) for c in kids)
    return (dated and any(c.dep_ == "punct" and c.text in _DATELINE_DASHES for c in kids)) or bool(
        _group_after_dash(subject)
    )


def _name_joined_to_date(verb: Any) -> bool:
    """A finite verb right after a name the small parser joined to a date: in "Ecuador broke off relations
    on Monday and Venezuela moved tanks" it reads "on Monday and Venezuela" as two dates and "moved" as a
    second verb of Ecuador. A date is not joined to a name by "and", so the verb is not the first
    verb's; its own subject, the name, hangs from the date in the parse, with nothing of its clause to
    read roles from, so the verb is left with no subject rather than given the wrong one."""
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or verb.i == 0:
        return False
    name = verb.doc[verb.i - 1]
    date = name.head
    if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ in {"DATE", "TIME"}:
        return False
    return date.ent_type_ in {"DATE", "TIME"} and date.dep_ == "pobj"


def past_read_as_participle(verb: Any) -> bool:
    """A finite past verb the small parser read as a participle describing the sentence's only noun: in
    "South Africa, which chairs the bloc, offered to mediate." or "The commanders conferred aboard a
    vessel." the sentence has no verb of its own, which a sentence of prose (ending with a full stop)
    always has; so does a participle with a finite auxiliary ("Algeria has called its ambassador
    home"), and so is a relative clause with no "that" (see ``_contact_relative``), wherever it stands.
    A headline ("Two border guards jailed in Osh") has no full stop, a participle set off by a comma
    right after its noun ("The catch, estimated at 12 tonnes, was seized") describes it, and a "by"
    phrase is passive."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or head.i > verb.i or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"agent", "auxpass", "nsubjpass"} for c in verb.children):
        return False
    if _contact_relative(verb) or _subject_before_clause(verb) is not None:
        return True
    if head.dep_ != "ROOT":
        return False
    if any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP", "VBD"} for c in verb.children):
        return True
    if verb.doc[verb.i - 1].text == "," and head.i == verb.i - 2:
        return False  # "The catch, estimated at 12 tonnes, ...": a participle set off right after its noun
    words = [t for t in verb.sent if not t.is_quote and not t.is_space]
    return bool(words) and words[-1].text in {".", "!"}


def _contact_relative(verb: Any) -> bool:
    """A relative clause with no "that": in "an agreement the two ministries signed in Samarkand" the
    noun phrase right after another noun, opening with a determiner, is the subject of the verb after
    it, and the noun before is what it did (the verb has no object of its own)."""
    head = verb.head
    start = head.left_edge.i
    if start == 0 or head.doc[start].tag_ != "DT" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return bool(head.doc[start - 1].pos_ in {"NOUN", "PROPN"} and verb.left_edge.i == head.i + 1)


def own_subjects(verb: Any) -> list[Any]:
    return [_past_clock(c) for c in verb.children if c.dep_ in SUBJECT_DEPS]


def _past_clock(subject: Any) -> Any:
    """The subject behind a live-blog entry's clock time: in "08:30 — Singapore has dispatched ..." the
    parser may make the time the subject and the name its apposition; a time does not act, the name does."""
    if not is_entry_clock(subject):
        return subject
    apposed = [c for c in subject.children if c.dep_ in _CLOCK_SUBJECT_DEPS and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    return apposed[0] if apposed else subject


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


def _tensed_after_nonfinite(verb: Any) -> bool:
    """A tensed verb the parser joined to a gerund or an infinitive: "Khartoum denies firing across the
    border and accuses Kampala of arming rebels". A tensed verb and a gerund are no pair; the tensed
    one joins the verb the gerund hangs from, so it is not inside what that verb denies or promises."""
    head = verb.head
    if verb.tag_ not in {"VBZ", "VBD", "VBP"} or head.dep_ not in {"xcomp", "pcomp"}:
        return False
    return head.tag_ == "VBG" or (head.tag_ == "VB" and any(c.lower_ == "to" for c in head.children))


def is_committed(verb: Any, words: EventWords) -> bool:
    """ "will strike", "would hit": the verb carries an auxiliary of commitment."""
    return any(c.dep_ == "aux" and c.lower_ in words.commitment_aux for c in verb.children)


def in_prep_phrase(token: Any, top: Any, preps: frozenset[str]) -> bool:
    """The token hangs, somewhere between itself and ``top``, under one of the prepositions ("after
    weeks of killing", "after six hours of talks")."""
    tok = token
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ in preps:
            return True
        tok = tok.head
    return False


def particle_read_as_adverb(verb: Any, values: set[str] | frozenset[str]) -> Any | None:
    """ "were handed back to Armenia": a particle right after the verb that the parser hung as an adverb
    (its "to" phrase under it) is still the verb's particle; the adverb token, or None."""
    return next((c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1 and c.lower_ in values), None)


def verb_preps(verb: Any, allowed: set[str] | frozenset[str], trig: Trigger) -> list[Any]:
    """The verb's prepositions (and particles) of the allowed words, with those hanging under the row's
    particle the parser read as an adverb ("handed back to Armenia": "to" under "back")."""
    heads = [verb]
    particles = frozenset(v for name, values in trig.conditions() if name == "prep" for v in values)
    if (particle := particle_read_as_adverb(verb, particles)) is not None:
        heads.append(particle)
    return [c for h in heads for c in h.children if c.dep_ in {"prep", "prt", "dative"} and c.lower_ in allowed]


def prep_objects(heads: list[Any], preps: set[str] | frozenset[str]) -> list[Any]:
    """Objects of the given prepositions attached to any of the heads."""
    return [
        p
        for head in heads
        for prep in head.children
        if prep.dep_ in {"prep", "prt", "dative"} and prep.lower_ in preps
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def contains(tok: Any, target: Any) -> bool:
    return bool(tok.left_edge.i <= target.i <= tok.right_edge.i)


def is_ethnic(head: Any, words: EventWords) -> bool:
    """ "ethnic Albanians", "ethnic Hungarian students": the demonym names a people, not a state."""
    modifiers = [c for c in head.children if c.dep_ in _ETHNIC_MODIFIER]
    ethnic = words.ethnic_word
    return any(c.lower_ in ethnic or any(g.lower_ in ethnic for g in c.children) for c in modifiers)


def ethnic_heads(sdoc: Any, words: EventWords) -> frozenset[int]:
    """The indices of the words :func:`is_ethnic` holds for, found from the document's few ethnic words
    upwards (their head, or their head's head) instead of from every noun's modifiers down."""
    ids = [sdoc.vocab.strings[w] for w in words.ethnic_word]
    lowers = sdoc.to_array("LOWER")  # one array of the whole parse: no Token object per word
    found: set[int] = set()
    for i in numpy.flatnonzero(numpy.isin(lowers, ids)):
        word = sdoc[int(i)]
        if word.dep_ in _ETHNIC_MODIFIER:  # "ethnic Albanians": the modifier itself
            found.add(word.head.i)
        modifier = word.head  # "ethnic Hungarian students": the word hangs on the modifier
        if modifier.i != word.i and modifier.dep_ in _ETHNIC_MODIFIER:
            found.add(modifier.head.i)
    return frozenset(found)


def is_passive(verb: Any) -> bool:
    """ "were detained", "had been killed" (and its conjunct "... and 3,000 people detained"). A "by"
    parsed as an agent of a verb with an active subject ("the ministers spoke by phone") is a plain
    preposition: the verb is active."""
    deps = {t.dep_ for t in verb.children}
    return bool(deps & {"nsubjpass", "auxpass"}) or ("agent" in deps and "nsubj" not in deps)


def has_agent(verb: Any) -> bool:
    """The verb has a "by" phrase parsed as its agent ("was seized by the police")."""
    return any(c.dep_ == "agent" for c in verb.children)


def is_doerless_passive(verb: Any) -> bool:
    """A passive with a subject and no "by" phrase ("the talks were held", "the men were handed over"):
    what was done is told, not who did it."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) and not has_agent(verb)


def is_perfect(verb: Any) -> bool:
    """A past participle under a form of "have" ("has fabricated", "had been sent"), any tense."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def agent_objects(verb: Any) -> list[Any]:
    """The heads of the verb's agent phrases ("by the police": "police"), in document order."""
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def semicolon_between(a: Any, b: Any) -> bool:
    """ "India blamed Pakistan; Islamabad rejected the accusation": two statements the parser joined."""
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
    "on Saturday" from "boats carrying fuel ... on Saturday" instead of from the main verb.
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
        for child in tok.children:
            participle = participles and child.dep_ == "acl" and child.tag_ == "VBG"  # not "elected last month"
            if child.dep_ in CLAUSE_DEPS and child.i != token.i and not contains(child, token) and not participle:
                continue
            if child.dep_ == "conj" and child.pos_ in VERB_POS and not contains(child, token):
                continue
            stack.append(child)
    return out
