"""Which trigger a token is, and which PLOVER type an event gets.

The sets of types and sectors it reasons with are in :mod:`._type_sets`, the readings that change a type
in :mod:`._act_kinds`, those of acts told rather than done in :mod:`._told_acts`. English words are in
``data/event_words.tsv`` (:class:`._words.EventWords`).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .._columns import children_of, doc_columns
from ..document import Entity
from ..parse import VERB_POS
from ._act_kinds import (
    carries_load,
    in_street,
    is_courtesy_visit,
    is_joint_exercise,
    is_lethal_act,
    is_officer_visit,
)
from ._adjunct_acts import is_adjunct_meeting, names_own_sayer
from ._asked import grants_named_request, names_its_asker
from ._call_means import CALL_MEANS
from ._conditions import condition_holds
from ._in_protest import done_in_protest, protest_as_manner
from ._invited_forces import moved_on_consent
from ._joint_deed import is_joint_act_in_deed
from ._judged_doer import judged_with_doer
from ._lexicon import Lexicon, Trigger
from ._misplaced_names import names_run_on
from ._object_words import names_own_doer
from ._participles import reads_as_adjective
from ._relief import sends_relief
from ._told_acts import demands_of_another, is_bare_definite
from ._type_sets import ABDUCT_MODE, ARMED, CIVILIAN, COOP_TYPES, MATERIAL, PROTESTING, RIOT_MODE
from ._words import EventWords, has_definite_determiner, word_in

__all__ = [
    "TriggerMatcher",
    "is_aim_of_protest",
    "is_meeting_of_outcome",
    "is_time_boundary",
    "reclassified_type",
    "shared_matcher",
    "target_preps",
]

#: spaCy's part of speech -> the lexicon's; adverbs of judgement ("illegally") are read as adjectives.
TRIGGER_POS = {"VERB": "VERB", "AUX": "VERB", "NOUN": "NOUN", "PROPN": "NOUN", "ADJ": "ADJ", "ADV": "ADJ"}
NOMINAL_DEPS = {"pobj", "dobj", "nsubj", "nsubjpass", "attr"}


def phrase_rows(lexicon: Lexicon) -> dict[str, list[tuple[tuple[str, ...], Trigger]]]:
    """The rows of several words ("or face"), by their last word, with the words before it. They
    are kept apart from the single-word rows the learned coder's features read, so a phrase adds
    no feature to every use of its last word."""
    out: dict[str, list[tuple[tuple[str, ...], Trigger]]] = {}
    for (lemma, _), rows in lexicon.triggers.items():
        *before, last = lemma.split()
        if before:
            out.setdefault(last, []).extend((tuple(before), row) for row in rows)
    return out


class TriggerMatcher:
    """The trigger rows of the lexicon a token matches (one matcher per pipeline: it caches word look-ups)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.words: EventWords = lexicon.words
        self._trigger_words: frozenset[str] | None = None
        self._word_is_trigger: dict[int, bool] = {}
        self._phrases = phrase_rows(lexicon)
        # the last document's answers by token index (see match); one tuple, swapped whole, so a
        # thread reading another document never writes into this one's answers
        self._asked: tuple[Any, dict[int, Trigger | None]] = (None, {})

    def possible_triggers(self, sdoc: Any) -> list[int]:
        """Indices of the tokens whose lemma or form is a trigger word (what :meth:`match` looks up)."""
        from spacy.attrs import LEMMA, LOWER

        words = self._trigger_words
        if words is None:
            # a phrase row ("or face") is looked for at its last word
            words = frozenset(lemma.split()[-1] for lemma, _ in self.lexicon.triggers)
            # a form the parser mislemmatises ("staged" read "stag") is found by its form
            fixed = {form for (form, _), lemma in self.lexicon.lemma_fixes.items() if lemma in words}
            words = self._trigger_words = words | fixed
        known = self._word_is_trigger  # by string hash: the same in every document
        if len(known) > 500_000:
            known.clear()
        strings = sdoc.vocab.strings
        array = doc_columns(sdoc, [LEMMA, LOWER])
        # each distinct word is looked up once; the tokens holding a hit are then found in the array
        hits = []
        for h in np.unique(array).tolist():
            hit = known.get(h)
            if hit is None:
                hit = known[h] = strings[h].lower() in words
            if hit:
                hits.append(h)
        if not hits:
            return []
        return np.flatnonzero(np.isin(array, np.array(hits, dtype=array.dtype)).any(axis=1)).tolist()

    def match(self, token: Any) -> Trigger | None:
        """The first row of the token's word whose conditions hold there (or its phrase row), None for none.
        The answer reads the parse and the fixed lexicon only, so it is kept for the rest of the document
        by token index: the learned features read every possible trigger, and the checks and the roles
        ask again of the heads they walk (a spaCy ``Token`` or its ``TokenView``, the same answer)."""
        asked = self._asked
        if asked[0] is not token.doc:
            asked = self._asked = (token.doc, {})
        known = asked[1]
        if token.i in known:
            return known[token.i]
        found = known[token.i] = self._match(token)
        return found

    def _match(self, token: Any) -> Trigger | None:
        # only tokens found by possible_triggers get here: look up no other key than lemma and form
        pos = TRIGGER_POS.get(token.pos_)
        if pos == "VERB" and token.dep_ in NOMINAL_DEPS:
            pos = "NOUN"  # a noun the tagger took for a verb ("defence drills")
        elif pos == "NOUN" and token.tag_ == "NNS" and any(c.dep_ == "dobj" for c in children_of(token)):
            pos = "VERB"  # "and thanks the Sultanate": a verb the tagger took for a plural; nouns take no object
        if pos is None:
            return None
        rows = self.lexicon.rows_of(token, pos)
        if not rows and pos == "VERB" and reads_as_adjective(token):
            rows = self.lexicon.triggers.get((token.lower_, "ADJ")) or []  # "the vote was rigged"
        for row in rows:
            if condition_holds(row, token, self.words):
                return row
        return self._phrase_match(token)

    def _phrase_match(self, token: Any) -> Trigger | None:
        """The phrase row ending at the token whose words stand before it ("or face seizure"),
        whatever the tagger made of its last word: the phrase settles what it is (but a word read as a
        noun's modifier, "or risk suspension", has no clause to find the parties in)."""
        if token.dep_ == "compound":
            return None
        for before, row in self._phrases.get(token.lemma_.lower(), ()):
            start = token.i - len(before)
            if start < 0 or any(token.doc[start + k].lower_ != word for k, word in enumerate(before)):
                continue
            if condition_holds(row, token, self.words):
                return row
        return None

    def completes_verb_event(self, token: Any, trig: Trigger) -> bool:
        """A clause completing a verb the lexicon reads as the same act ("declared two diplomats
        persona non grata", where the parser takes "persona" for the clause's verb) is that act's
        wording, not a second event with the clause's subject as its actor."""
        head = token.head
        if head.i == token.i:
            return False
        # "declared a counsellor at the embassy persona non grata" may hang "persona" as a run-on conjunct
        run_on = token.dep_ == "conj" and token in names_run_on(head)
        if token.dep_ not in {"ccomp", "xcomp", "oprd"} and not run_on:
            return False
        outer = self.match(head) if head.pos_ in VERB_POS else None
        return outer is not None and outer.type == trig.type

    def is_other_act(self, token: Any, trig: Trigger) -> bool:
        """``token`` is a trigger of another type than ``trig`` ("apologised" for a call's CONSULT)."""
        outer = self.match(token) if token.pos_ in {"VERB", "AUX", "ADJ"} else None
        return outer is not None and outer.type != trig.type

    def covered_by_verb(self, noun: Any, trig: Trigger) -> bool:
        """A noun inside a verb trigger's clause ("held talks", "intend to organize a visit") is that event."""
        if trig.type == "REQUEST" and grants_named_request(noun, self.words):
            return False  # "deployed police at the request of Monrovia": the request was made before the deployment
        tok = noun
        for _ in range(5):
            if tok.head.i == tok.i:
                return False
            if tok.dep_ == "prep" and (tok.lower_ in self.words.time_prep or is_time_boundary(tok, self.words)):
                return False  # "reached a deal at the end of a visit": the visit is an event of its own
            if is_occasion_of_act(tok, noun, trig, self.words) and self.is_other_act(tok.head, trig):
                return False  # "thanked him in a phone call": the call was held, an event of its own
            if trig.condition()[0] == CALL_MEANS and self.is_other_act(tok.head, trig):
                return False  # "thanked him by telephone": the call was held, an event of its own
            if is_meeting_of_outcome(tok, noun, self.words) or is_adjunct_meeting(tok, noun, self.words):
                return False  # "the deal was struck at a meeting of the two ministers": the meeting was held
            tok = tok.head
            outer = self.match(tok) if tok.pos_ in {"VERB", "AUX", "ADJ"} else None
            if outer is not None:
                if outer.type == "REJECT" and trig.type == "REQUEST" and noun.dep_ == "dobj" and tok.i == noun.head.i:
                    # "declined a request from Sudan": the request was made, then turned down; "rejected the
                    # demand", "dismissed calls for a survey": the refusal alone is told
                    return word_in(noun, self.words.pressed_ask)
                asker = names_own_doer(noun, self.words) or names_its_asker(noun, self.words)
                if outer.type != trig.type == "REQUEST" and noun.dep_ == "dobj" and asker:
                    return False  # "threw out a request by the embassy": the embassy asked, another answers
                if outer.type != trig.type and noun.dep_ == "dobj" and names_own_sayer(noun, self.words):
                    return False  # "rejected an ultimatum from the OAU": the OAU's act, then the answer
                if outer.type != trig.type and trig.type == "COERCE" and names_own_doer(noun, self.words):
                    return False  # "protested against the seizure of its boats by French patrols": two acts
                if trig.type in MATERIAL and judged_with_doer(noun, tok, self.words):
                    return False  # "denounced the sanctions adopted by the EU": the judged act and the judgement
                if outer.type == trig.type == "ASSAULT" and names_own_doer(noun, self.words):
                    return False  # "repelled an attack by Boko Haram on their base": the attackers' act and the troops'
                if is_joint_act_in_deed(noun, trig.type, outer.type, self.words):
                    return False  # "stepped up joint patrols", "freed in a joint operation": two acts
                if trig.type == "THREATEN" and outer.type == "AGREE" and word_in(tok, self.words.readiness_word):
                    return False  # "ready to keep the road open by every means": the threat, no offer (_ready_threats)
                return outer.type == trig.type or trig.type not in {"PROTEST", "ASSAULT"}
            if tok.pos_ in VERB_POS and tok.dep_ not in {"xcomp", "pcomp"}:
                return False
        return False


#: One matcher per lexicon of the process, by the lexicon's id (the lexicon kept with it, so an id
#: is never reused while its entry stands).
_SHARED: dict[int, tuple[Lexicon, TriggerMatcher]] = {}


def shared_matcher(lexicon: Lexicon) -> TriggerMatcher:
    """The process's matcher of ``lexicon``: the events stage and the learned coder's features ask the
    same words of the same document, so one matcher keeps the answers both read (see ``match``)."""
    entry = _SHARED.get(id(lexicon))
    if entry is None or entry[0] is not lexicon:
        if len(_SHARED) > 8:
            _SHARED.clear()
        entry = _SHARED[id(lexicon)] = (lexicon, TriggerMatcher(lexicon))
    return entry[1]


def target_preps(trig: Trigger, words: EventWords) -> frozenset[str]:
    """The prepositions that can introduce a trigger's target."""
    allowed = words.cooperation_prep if trig.type in COOP_TYPES else words.recipient_prep
    if trig.type in {"REQUEST", "AID"}:
        allowed = allowed | words.aid_request_prep  # "called for a summit of EU leaders", "a loan for Sri Lanka"
    if trig.type == "AID" and trig.lemma in words.transport_verb:
        # "flew in three planes with aid from Reunion": what is sent goes with its load, not to it
        allowed = allowed - {"with"}
    if trig.type == "MOBILIZE":
        allowed = allowed | words.mobilize_prep  # "massed troops near the Ukrainian border"
    return allowed


def reclassified_type(type_: str, trigger: Trigger, token: Any, actors: list[Entity], words: EventWords) -> str:
    """The same words mean another act in other hands."""
    sectors = {a.sector for a in actors}
    lethal = is_lethal_act(type_, token, words) or trigger.mode == ABDUCT_MODE
    if type_ in {"ASSAULT", "COERCE"} and sectors <= PROTESTING and not lethal:
        return "PROTEST"  # civilians storming a building or blocking a road protest; they do not wage war
    if type_ in {"ASSAULT", "COERCE"} and done_in_protest(token, words) and not lethal:
        return "PROTEST"  # "drivers blocked the crossing in protest at the queues": the aim makes it a protest
    if type_ == "PROTEST" and trigger.mode == "boycott" and sectors and sectors <= ARMED:
        return "ASSAULT"  # armed men who strike attack; a walkout is the workers' weapon, not theirs
    if type_ == "ASSAULT" and trigger.mode == RIOT_MODE and not (sectors and sectors <= ARMED):
        return "PROTEST"  # "youths set fire to a kiosk": a riot; armed men who set fire to a village attack it
    if (
        type_ == "PROTEST"
        and trigger.lemma == "protest"
        and sectors <= {"GOV", None}
        and not in_street(token, words)
        and not protest_as_manner(token)
    ):
        return "ACCUSE"  # a government's protest is a diplomatic complaint
    if type_ == "ACCUSE" and trigger.lemma == "protest" and sectors and sectors <= CIVILIAN:
        return "PROTEST"  # people protesting a decision or a plan voice it as a demonstration does
    if (
        type_ == "CONSULT"
        and trigger.mode == "visit"
        and sectors == {"MIL"}
        and not is_courtesy_visit(token, words)
        and not is_officer_visit(actors)
    ):
        return "AID"  # troops landing or flying in to keep the peace are help, not a visit
    if type_ == "CONSULT" and token.lemma_ in words.transport_verb and carries_load(token):
        return "AID"  # "is shipping Dutch engineers and vehicles to Chad": transport, not a visit
    if type_ == "MOBILIZE" and trigger.mode == "troops" and sends_relief(token, words):
        return "AID"  # "has sent two helicopters and a rescue unit": forces sent with relief workers help
    if moved_on_consent(type_, token, words):
        return "AID"  # "officers arrived at the invitation of the Vanuatu government": help, not force
    if type_ == "MOBILIZE" and is_joint_exercise(token, actors, words):
        return "COOPERATE"  # "Norway and Russia held their annual exercise": a joint exercise is cooperation
    return type_


def is_time_boundary(prep: Any, words: EventWords) -> bool:
    """ "at the end of a visit", "at the start of talks": a time phrase built on a noun."""
    return prep.lower_ in words.boundary_prep and any(
        p.dep_ == "pobj" and p.lemma_.lower() in words.boundary_noun for p in children_of(prep)
    )


def is_occasion_of_act(prep: Any, noun: Any, trig: Trigger, words: EventWords) -> bool:
    """ "apologised in a telephone call", "thanked him in a phone call": a call that is not definite,
    named as where another act was done, was itself held (training gold codes it as a CONSULT of its
    own: 6 of 6); "in the call" points back to one told before. So is a joint act the other was done in
    ("arrested nine suspects in a joint operation", "in coordinated raids": training gold codes the
    joint act as a COOPERATE of its own, 7 of 7)."""
    if prep.dep_ != "prep" or prep.lower_ not in words.occasion_prep:
        return False
    joint_act = trig.type == "COOPERATE" and trig.pos == "NOUN"
    if not joint_act and (trig.type != "CONSULT" or noun.lemma_.lower() not in words.occasion_noun):
        return False
    if noun.head.i != prep.i or noun.dep_ != "pobj":
        return False
    return not has_definite_determiner(noun, words)


def is_meeting_of_outcome(prep: Any, noun: Any, words: EventWords) -> bool:
    """ "the agreement was reached at a meeting in Long Xuyen", "the deal was struck at a meeting of the
    two defence ministers": a meeting named as where an outcome was settled was held (training gold codes
    it as a CONSULT of its own: 9 of 9); "reached at the meeting" points back to one told before."""
    if prep.dep_ != "prep" or prep.lower_ not in words.occasion_prep:
        return False
    if prep.head.lemma_.lower() not in words.outcome_verb:
        return False
    if noun.head.i != prep.i or noun.dep_ != "pobj" or noun.lemma_.lower() not in words.outcome_meeting:
        return False
    return not is_bare_definite(noun, words)


def is_aim_of_protest(token: Any, matcher: TriggerMatcher) -> bool:
    """ "rallied outside the office to demand protection", "blocked the highway, demanding help": a
    clause that says what a protest is for (an infinitive of purpose or a participle beside it) is
    told by the protest itself; PLOVER codes the demonstration, not the demand as well."""
    if token.dep_ not in {"advcl", "xcomp"} or token.head.i == token.i or demands_of_another(token):
        return False
    outer = matcher.match(token.head)
    return outer is not None and outer.type == "PROTEST"
