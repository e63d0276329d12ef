"""The events stage: triggers in the parse, their actors and recipients, and modality.

Reads ``doc.spacy`` and ``doc.actor_mentions``; writes ``doc.events`` (one per
event mention, before de-duplication) with type, mode, CAMEO code, actors,
recipients, evidence offsets, and the date and place written in the event's
own clause (``resolve`` fills what the clause does not say).

The stage's parts, in reading order:

* ``_words``: the word sets of ``data/event_words.tsv`` (plus the user's ``--knowledge`` files);
* ``_lexicon``: the trigger lexicon and PLOVER tables;
* ``_parse``: walking the dependency tree (``_verb_subjects`` a verb's subjects, ``_dateline_subjects`` those
  misread beside a date, ``_finite_participles``, ``_ethnic_words``);
* ``_typing``: which trigger a token is and which type its event gets (the row conditions it tries are in
  ``_conditions``, the sets of types and sectors in ``_type_sets``);
* ``_modality``: negated, hypothetical and future mentions (``_habitual`` historical and customary ones);
* ``_context``: the per-document state, and the date and place of an event's clause;
* ``_roles``: actors and recipients (``_role_objects`` whom a verb acts on past its object, ``_role_passive``
  the roles of passive triggers);
* ``_candidates``: from a trigger token to a candidate event, and how a sentence's events join (``_recipients``
  whom an event with no target named is aimed at; ``_recip_filters`` whom it never is).
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..document import ActorMention, Document, Entity, Event, Mention
from ..mentions import MentionFinder
from ._answers import answer_sentence_proposals
from ._candidates import BuiltOnce, Candidate, confidence, find_candidate
from ._context import DocumentContext
from ._detentions import held_lemmas
from ._entities import unique_by_code
from ._handover_object import object_names_act
from ._learned import learned_candidate, relabel_roles
from ._lexicon import Lexicon, load_lexicon
from ._merging import (
    fold_protest_aims,
    fold_release_handovers,
    joins_sentence_event,
    orient_joint_act,
    orient_meeting_host,
)
from ._roles import RoleFinder
from ._separate_acts import act_object
from ._type_sets import DETENTIONS, GIVEN_BACK
from ._typing import shared_matcher
from ._unless_threat import unless_threat_candidate, unless_threat_verbs
from ._words import EventWords, load_event_words
from ._wrongdoing import alleged_wrongdoing, alleging_tokens

if TYPE_CHECKING:
    from ..knowledge import Knowledge
    from ._prediction import LearnedReader, Prediction

__all__ = ["EventFinder", "EventWords", "Lexicon", "load_event_words", "load_lexicon"]

logger = logging.getLogger(__name__)


class EventFinder:
    """Pipeline component: event mentions from the trigger lexicon and the dependency parse."""

    reads = ("spacy", "actor_mentions", "home_country", "published", "source_country")
    writes = ("events",)

    def __init__(
        self,
        knowledge: Knowledge,
        lexicon: Lexicon,
        mentions: MentionFinder,
        coder: LearnedReader | None = None,
        *,
        keep_unresolved: bool = False,
    ) -> None:
        self.knowledge = knowledge
        self.lexicon = lexicon
        self.mentions = mentions
        self.coder = coder  # None: the lexicon and the rules decide; else the learned coder does
        self.keep_unresolved = keep_unresolved
        self.words: EventWords = lexicon.words
        self.matcher = shared_matcher(lexicon)  # the learned features' matcher too

    def context(self, doc: Document) -> DocumentContext:
        """The document context the stage reads ``doc`` by (its parse, its actor mentions but a
        dateline's): one place that builds it, so the tests' role finder reads as the stage does."""
        mention_at: dict[int, ActorMention] = {}
        for m in doc.actor_mentions:
            if _in_dateline(m, doc):
                continue  # "PHNOM PENH, March 3 (AKP) --" says where and by whom the story was filed: no actor
            for i in range(m.token_start, m.token_end):
                mention_at[i] = m
        knowledge = self.knowledge
        return DocumentContext(doc, doc.spacy, mention_at, knowledge.gazetteer, self.lexicon, knowledge.region_country)

    def __call__(self, doc: Document) -> Document:
        sdoc = doc.spacy
        ctx = self.context(doc)
        roles = RoleFinder(ctx, self.matcher, self.mentions)
        roles.keep_unresolved = self.keep_unresolved
        events: list[Event] = []
        title_end = len(doc.title) if doc.title and doc.text.startswith(doc.title) else 0
        # no other token can be a trigger of the lexicon; the learned coder finds its own candidates
        possible = sorted(self.matcher.possible_triggers(sdoc)) if self.coder is None else []
        # the learned coder scores the whole document at once; only the candidates that can make an
        # event come back (the others were skipped below anyway)
        sents = list(sdoc.sents)  # spaCy walks the document for every ``sdoc.sents``: listed once, read twice
        predicted = self.coder.read_document(sdoc, relevant=True, sents=sents) if self.coder is not None else []
        speaking = alleging_tokens(sdoc, self.words)
        for seq, sent in enumerate(sents):
            in_sentence: list[Event] = []
            objects: dict[int, int | None] = {}  # what each event's trigger acts on, by the event's id
            tokens: dict[int, Any] = {}  # each event's trigger token, by the event's id
            ctx.pending = in_sentence
            found = self._candidates(sent, possible, speaking, roles, predicted[seq] if predicted else [], title_end)
            for token, cand in found:
                if token.idx < title_end:
                    continue  # the headline restates the story; its events are coded from the body
                if cand is None:
                    continue
                event = self._to_event(cand, seq, sent, ctx)
                if event is not None:
                    objects[id(event)] = act_object(cand.token)
                    tokens[id(event)] = cand.token
                if event is not None and not joins_sentence_event(event, in_sentence, objects, ctx.words, tokens):
                    in_sentence.append(event)
                    if (cand.type, cand.trigger.mode) in DETENTIONS | GIVEN_BACK:
                        # who let people go held them: "Sudan released 31 fishermen" ... "their boats were returned"
                        ctx.note_taken(event, held_lemmas(cand.token))
            in_sentence[:] = fold_protest_aims(in_sentence, tokens)
            in_sentence[:] = fold_release_handovers(in_sentence, tokens, self.words)
            ctx.target_from_sentence(in_sentence)
            answer_sentence_proposals(in_sentence)
            for event in in_sentence:
                events.append(event)
                ctx.remember(event)
        for event in events:
            orient_joint_act(event)
            orient_meeting_host(event)
        doc.events = events
        return doc

    def _candidates(
        self,
        sent: Any,
        possible: list[int],
        speaking: list[int],
        roles: RoleFinder,
        predicted: list[Prediction],
        title_end: int = 0,
    ) -> Iterator[tuple[Any, Candidate | None]]:
        """Each candidate token of the sentence with the event it reports (None: no event), then the
        verbs that hold a promised act over an "unless" clause and made no event of their own: a
        threat, found by the grammar whatever the verb (both coders). A word of the headline (its
        characters before ``title_end``) is given no reading: the caller drops it whatever it reads."""
        made: set[int] = set()
        for token, cand in self._word_candidates(sent, possible, speaking, roles, predicted, title_end):
            if cand is not None:
                made.add(token.i)
            yield token, cand
        text = roles.ctx.doc.text[sent.start_char : sent.end_char]  # the parsed text is the cleaned one
        for verb in unless_threat_verbs(sent, self.words, text):
            if verb.i not in made and verb.idx >= title_end:
                yield verb, unless_threat_candidate(verb, self.matcher, roles)

    def _word_candidates(
        self,
        sent: Any,
        possible: list[int],
        speaking: list[int],
        roles: RoleFinder,
        predicted: list[Prediction],
        title_end: int = 0,
    ) -> Iterator[tuple[Any, Candidate | None]]:
        """Each candidate token of the sentence with the event it reports (None: no event).

        With the learned coder, the model has scored every candidate word (``predicted``: those of
        the sentence that can make an event): a word the rules read as an event stays one unless the
        model is sure it is none (``veto``, the bar of the rules' type in ``veto_by_type``, or ``weak_bar``
        for a weak row of the lexicon); any
        other word becomes an event when the model's best type is likelier than no event and above
        its threshold (``overrule`` for a trigger word of the lexicon that the rules turned down)."""
        if self.coder is None:
            # ``possible`` is sorted: the sentence's candidates by binary search, not a scan of the article
            for i in possible[bisect_left(possible, sent.start) : bisect_left(possible, sent.end)]:
                token = sent.doc[i]
                if token.idx >= title_end:  # the headline restates the story: its words are not read
                    yield token, find_candidate(token, self.matcher, roles)
            yield from _allegations(sent, speaking, roles)
            return
        for pred in predicted:
            if pred.token.idx < title_end:
                continue  # the headline restates the story: the rules and the model's reading are not built
            verdict = pred.rules  # the rules' reading, computed once for the model's features
            known = (verdict.trigger if verdict is not None else self.matcher.match(pred.token)) is not None
            once = BuiltOnce()  # the token's participants, read once for the rules' reading and the model's
            ruled = find_candidate(pred.token, self.matcher, roles, verdict, once) if known else None
            cand = None
            if (
                ruled is not None
                and pred.is_event
                and pred.type != ruled.type
                and (pred.probability >= self.coder.retype or promised_threat(pred.type, ruled))
                and not object_names_act(pred.type, pred.token, ruled.trigger, self.words.handover_verb)
            ):
                # the model is sure the lexicon's word names another act here ("would defend itself if ...")
                cand = learned_candidate(pred, self.matcher, roles, once) or ruled
            elif ruled is not None and pred.none_probability < self.coder.veto_bar(
                ruled.type, pred.token.lemma_.lower()
            ):
                cand = ruled
            elif ruled is None and pred.is_event and (not known or pred.probability >= self.coder.overrule):
                # a trigger word the rules turned down (a forecast, "agreed to withdraw") needs a surer model
                cand = learned_candidate(pred, self.matcher, roles, once)
            if cand is not None and self.coder.roles is not None:
                in_sentence = roles.ctx.mentions_from.get(sent.start, [])
                text = roles.ctx.doc.text[sent.start_char : sent.end_char]  # the parsed text is the cleaned one
                relabel_roles(cand, sent, in_sentence, self.coder.roles, self.coder.role_mode, text, roles)
            yield pred.token, cand
        yield from _allegations(sent, speaking, roles)

    def _to_event(self, cand: Candidate, seq: int, sent: Any, ctx: DocumentContext) -> Event | None:
        trig = cand.trigger
        mode = trig.mode if cand.type == trig.type else None
        cameo = trig.cameo if cand.type == trig.type else self.lexicon.types[cand.type].cameo
        date, precision, date_source = ctx.clause_date(cand.token, future=cand.modality == "future")
        place = ctx.clause_place(cand.token)
        if (
            place is not None
            and not cand.recipients
            and cand.type in {"CONSULT", "AID"}
            and cand.token.lemma_ in self.words.visit_word
            and place.country_code
            and place.country_code not in {a.code for a in cand.actors}
        ):
            cand.recipients = [Entity(code=place.country_code, sector="GOV", entity_text=place.extracted_place)]
        start, end = evidence_span(sent, ctx.doc)
        text = ctx.doc.text[start:end]
        event = Event(
            doc_id=ctx.doc.id,
            event=cand.type,
            actors=unique_by_code(cand.actors),
            recipients=unique_by_code(cand.recipients),
            mode=mode,
            cameo=cameo,
            date=date,
            date_precision=precision,
            date_source=date_source,
            place=place,
            event_text=cand.token.text,
            trigger=cand.trigger.lemma,
            text=text,
            sequence=seq,
            start=start,
            end=end,
            modality=cand.modality,
            confidence=confidence(cand, date_source),
        )
        event.mentions = [
            Mention(
                doc_id=ctx.doc.id,
                sequence=seq,
                start=start,
                end=end,
                text=text,
                event_text=cand.token.text,
                source=ctx.doc.article.source,
                url=ctx.doc.article.url,
            )
        ]
        return event


def _allegations(sent: Any, speaking: list[int], roles: RoleFinder) -> Iterator[tuple[Any, Candidate]]:
    """The statements of the sentence that accuse another state by telling its wrongdoing (no
    trigger of the lexicon, so read apart from the coder's candidates). ``speaking``: the sorted
    indices of the article's alleging verbs (:func:`alleging_tokens`), the only words that can."""
    for i in speaking[bisect_left(speaking, sent.start) : bisect_left(speaking, sent.end)]:
        token = sent.doc[i]
        cand = alleged_wrongdoing(token, roles)
        if cand is not None:
            yield token, cand


def _in_dateline(mention: ActorMention, doc: Document) -> bool:
    line = doc.dateline
    return line is not None and line.start <= mention.start and mention.end <= line.end


def promised_threat(predicted: str, ruled: Candidate) -> bool:
    """The model's best reading is a threat where the rules read a promise ("would guard its coast
    if the raids went on"): the rules' future reading only says something is promised, not that it
    is friendly, so the model's threat wins without needing to be sure."""
    return predicted == "THREATEN" and ruled.modality == "future"


def evidence_span(sent: Any, doc: Document) -> tuple[int, int]:
    """The sentence's offsets in the cleaned text, without a wire dateline in front or whitespace behind."""
    # the cleaned text is the parsed one: sliced, where ``sent.text`` would join the tokens anew
    start, end = sent.start_char, sent.start_char + len(doc.text[sent.start_char : sent.end_char].rstrip())
    line = doc.dateline
    if line is not None and line.place and start < line.end < end:
        start = line.end
        while start < end and doc.text[start].isspace():
            start += 1
    return start, end
