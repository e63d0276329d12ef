"""Whom a pronoun or a plural phrase of a sentence stands for: the person named last, the speaker of a
quotation, the owner of "its", the nearest state that is not the doer, "the two sides"."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_of, sentence_start
from ..document import ActorMention, Entity
from ..knowledge import NON_STATE_CODES, resolve_words
from ..mentions import MentionFinder
from ..parse import SUBJECT_DEPS, VERB_POS
from ._context import DocumentContext
from ._entities import unique_by_code
from ._joint_deed import has_joint_mark
from ._memo import per_token
from ._object_words import is_armed_force
from ._parse import under_speech
from ._phrases import standing_for
from ._pronoun_agents import names_doer
from ._pronoun_binding import governing_person, titled_speaker
from ._pronoun_previous import previous_objects
from ._quotes import attribution_sentences
from ._shared_speaker import speaks_with_shared_subject
from ._third_party import two_sides
from ._trailing_speaker import quotation_before
from ._type_sets import DETENTIONS
from ._typing import TriggerMatcher
from ._unnamed_holders import holder_after
from ._verb_subjects import subjects_of
from ._words import EventWords, has_definite_article, has_determiner

__all__ = ["PronounReader"]

#: How a noun is made definite: an article or a possessive ("the two navies", "their two boats").
_DEFINITE = {"det", "predet", "poss"}

#: The sectors of a state's own services: "their navies", "their police" are the two states'.
_STATE_SECTORS = {"GOV", "LEG", "MIL", "COP", "JUD", "SPY"}

#: The entity types of numbers that count time, amounts or sizes, not people.
_MEASURES = {"DATE", "TIME", "MONEY", "QUANTITY", "PERCENT"}


class PronounReader:
    """The pronoun readings of the role finder (:class:`~._phrase_entities.PhraseReader` supplies the
    phrase reading)."""

    ctx: DocumentContext
    words: EventWords
    mentions: MentionFinder
    matcher: TriggerMatcher
    #: the pronouns whose reading is under way (a reading may lead back to the same pronoun)
    pronouns_being_read: set[int]

    def np_entities(self, head: Any, depth: int = 0, country: str | None = None) -> list[Entity]:
        raise NotImplementedError

    def np_entities_many(self, heads: list[Any]) -> list[Entity]:
        raise NotImplementedError

    def _direct_entities(self, head: Any, depth: int, guess: bool = True, home: str | None = None) -> list[Entity]:
        raise NotImplementedError

    def _pronoun(self, tok: Any) -> list[Entity]:
        reading = self.pronouns_being_read
        if tok.i in reading:
            return []  # "its spokesman said its navy ...": a pronoun met again while it is read stands for nobody
        reading.add(tok.i)
        try:
            return self._pronoun_reading(tok)
        finally:
            reading.discard(tok.i)

    def _pronoun_reading(self, tok: Any) -> list[Entity]:
        low = tok.lower_
        if tok.dep_ == "poss" and self._owns_reported_subject(tok):
            # "Rwanda's spokeswoman said her government had come in good faith", "India's envoy said his
            # government was ready": the speaker's own, even when no person is named
            speaker = self._reporter(tok.head.head)
            if speaker:
                return speaker
        if low in self.words.person_pronoun:
            person = self.ctx.last_mention("person", tok.i)
            if person is None and tok.dep_ == "nsubj" and tok.i == self.ctx.sent_start[tok.i]:
                # "Senegal's transport minister called the decision a punishment. He warned that ...": no
                # one named, the office-holder the sentence before is about
                return self._previous_subject(tok)
            opening = quotation_before(tok, self.ctx.quotes, self.ctx.sent_start) if person is None else None
            if opening is not None and tok.dep_ == "nsubj" and tok.head.lemma_ in self.words.speech_verb:
                return self._previous_subject(opening)  # "... parliament. 'We reject it,' he said.": the same
            if person is None and tok.dep_ in SUBJECT_DEPS and under_speech(tok.head, self.words):
                # "Paraguay's president says he would walk away from the talks": no one named, the
                # office-holder who says it speaks of himself
                return self._reporter(tok.head)
            if person is None:
                return []
            bound = governing_person(tok, self.ctx.mention_at)
            if bound is not None and bound is not person:
                # "Ortega conceded in a cable to Arias that he had armed ...": the subject of the verb
                # above, not the person named last
                return standing_for([bound.entity], tok.text, bound.text, "the subject of the verb above")
            if under_speech(tok.head, self.words) and titled_speaker(tok, self.words.holder_title, self.ctx.mention_at):
                speaker = self._reporter(tok.head)
                if speaker:
                    return speaker
            holder = holder_after(self.ctx, person.token_end, tok.i, self.words.holder_title)
            if holder is not None:
                # "Prime Minister Hailu met ... The Somali President commended ... He also voiced": the
                # office holder named by state and title after the last person named
                office = self.ctx.sdoc[holder.token_end - 1].head
                return standing_for(
                    [replace(holder.entity, sector="GOV")], tok.text, office.text, "the holder named last"
                )
            # the pronoun is this sentence's word for the person: a later reading of the sentence's own
            # names (the role labeller) must not take it for a guess from the story
            return standing_for([person.entity], tok.text, person.text, "the person named last")
        if low == "it" and tok.dep_ == "nsubj" and under_speech(tok.head, self.words):
            return self._speaker(tok)  # "Latvia said it will return the archive"
        if low == "it" and self._opens_sentence(tok) and self._acts(tok.head):
            return self._previous_subject(tok)  # "The Government invites the commission ... It warns that ..."
        if low == "it" and self._reports_clause_before(tok):
            return self._text_issuer(tok)  # "The statement said ... The warmongers will pay dearly, it warned."
        if low == "it" and tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" and self._tells_own_act(tok.head):
            return self._outer_subject(tok.head)  # "blacklisted firms it accused of smuggling": the blacklister
        if low == "its" and tok.dep_ == "poss" and self._opens_sentence(tok.head) and tok.i == tok.head.left_edge.i:
            # "Moscow denied it. Its foreign ministry called ...", "Its coast guard ended the patrols": the state
            # the sentence before is about (training gold: 3 of 3 such subjects coded so)
            before = self._previous_subject(tok)
            if before:
                return before
        if low == "its" and tok.dep_ == "poss" and names_doer(tok.head):
            return self._owner(tok)  # "its warplanes bombed ...", "detained by its navy" (not an object's owner)
        if low == "it" and tok.dep_ in {"dobj", "pobj"}:
            return self._nearest_other(tok)  # "froze ties with Quito, accusing it of ...": not whoever accuses
        if low == "them" and tok.dep_ in {"dobj", "pobj", "dative"}:
            return self._nearest_others(tok)  # "received the envoys of X, Y and Z and urged them to ..."
        if low in self.words.speaker_pronoun:
            speaker = self._speaker(tok)
            if not speaker and low in self.words.quote_self_pronoun:
                speaker = self._quote_speaker(tok)  # "'We will not accept this. ...,' he said."
            if speaker:
                return speaker
            named = [c for c in children_of(tok) if c.dep_ == "appos"]
            if low == "we" and named:
                return self.np_entities_many(named)  # "We, the Foreign Ministers of ASEAN Member States, met"
            if low == "we" and self._opens_sentence(tok):
                return self._story_voice(tok)  # "The Forum deplores ... We also appeal to ..."
            if low == "they":
                nearest = self._nearest_group(tok)
                if nearest:
                    return nearest  # "images of the National Guard ..., saying they were getting ready"
            if low == "they" and self._opens_sentence(tok) and self._acts(tok.head):
                before = self._previous_subject(tok)
                if before:
                    return before  # "Tanzanian police arrested twelve Kenyan fishermen. They released them"
            if low == "they" and self.ctx.recent:
                return list(self.ctx.recent[-2:])
        return []

    def _owns_reported_subject(self, poss: Any) -> bool:
        """The possessive pronoun owns the subject of a clause reported by a speech verb."""
        owned = poss.head
        return owned.dep_ in SUBJECT_DEPS and under_speech(owned.head, self.words)

    def _reporter(self, clause: Any) -> list[Entity]:
        """Who reports a clause: the subject of the speech verb it hangs from ("X quoted Y as saying
        ..." reports Y's words through Y), else the sentence's speaker."""
        subjects = [s for s in children_of(clause.head) if s.dep_ == "nsubj" and s.i < clause.i]
        found = self.np_entities_many(subjects)
        return found or self._speaker(clause)

    def _opens_sentence(self, tok: Any) -> bool:
        """The pronoun (or phrase) is the subject its sentence opens with ("It has also requested ...")."""
        return tok.dep_ == "nsubj" and tok.left_edge.i == self.ctx.sent_start[tok.i]

    def _acts(self, verb: Any) -> bool:
        """The verb tells what its subject did or says ("It also suspended", "It warns"), not one whose "it"
        stands for no one ("It is too late", "It seems that", "It follows a visit")."""
        return verb.pos_ == "VERB" and verb.lemma_.lower() not in self.words.empty_subject_verb

    def _tells_own_act(self, clause: Any) -> bool:
        """A relative clause whose "it" does an act of the story: one not in the past perfect; one whose
        noun is an armed force ("recalled two patrol boats it had sent", "withdrew a border post it had
        set up" tell a deployment still in place: training gold codes 3 of 3 such clauses MOBILIZE); or a
        taking of the people or goods the sentence gives back ("freed two farmers it had detained the
        week before", "returned a trawler it had seized": training gold codes 6 of 6 such detentions
        and seizures; "the captives it had held" and "the cases it had filed" name their noun only)."""
        if not _past_perfect(clause) or is_armed_force(clause.head, self.words):
            return True
        trig = self.matcher.match(clause)
        return trig is not None and (trig.type, trig.mode) in DETENTIONS

    def _outer_subject(self, clause: Any) -> list[Entity]:
        """Whom an "it" opening a relative clause stands for ("a network of firms it accused of smuggling",
        "the PKK, which it accuses of ..."): the state or body the enclosing sentence is about, the nearest
        subject above the clause that names one (a passive's or an unresolved subject is passed over)."""
        verb = clause.head
        for _ in range(6):
            while verb.pos_ not in VERB_POS and verb.head.i != verb.i:
                verb = verb.head
            subjects = [s for s in children_of(verb) if s.dep_ == "nsubj" and s.i < clause.i]
            found = self.np_entities_many(subjects)
            if found or verb.head.i == verb.i:
                return found
            verb = verb.head
        return []

    def _reports_clause_before(self, it: Any) -> bool:
        """ "..., it warned": "it" is the subject of a speech verb that follows the clause it reports, the
        voice of a text told before rather than any state of that clause."""
        verb = it.head
        if it.dep_ != "nsubj" or verb.lemma_.lower() not in self.words.speech_verb | self.words.statement_verb:
            return False
        return any(c.dep_ == "ccomp" and c.i < it.i for c in children_of(verb))

    def _text_issuer(self, tok: Any) -> list[Entity]:
        """Who issued the text ("statement", "communique") last named before ``tok``: the subject of the
        verb it is the object of ("a KPA spokesman issued a statement"), or said "in" it ("the ministry
        said in a statement"); nobody when no text was named or its issuer is not read."""
        words = self.words
        # "the communique" is the communique issued before, not a minister's "statement to reporters"
        # ("the statement" of a text named by other nouns stays as it was: a "commentary" said "it warned")
        noun = _plain(tok.lemma_) if tok.lemma_.lower() in words.issued_text else None
        for i in range(tok.i - 1, -1, -1):
            text = self.ctx.sdoc[i]
            if text.lemma_.lower() not in words.issued_text or text.pos_ != "NOUN":
                continue
            if noun is not None and noun != "statement" and _plain(text.lemma_) != noun:
                continue
            verb = text.head.head if text.dep_ == "pobj" and text.head.lower_ == "in" else text.head
            if text.dep_ not in {"dobj", "pobj"} or verb.pos_ not in VERB_POS:
                continue
            # "a delegation walked to the embassy to hand over a petition": the walkers hand it over
            subjects = [s for s in subjects_of(verb, self.words) if s.dep_ == "nsubj"]
            if subjects:
                return self.np_entities_many(subjects)
        return []

    def _previous_subject(self, it: Any) -> list[Entity]:
        """What an "it" opening a sentence stands for: the state or body the sentence before is about (the
        subject of its main verb), never a person."""
        start = self.ctx.sent_start[it.i]
        if start == 0:
            return []
        end = start - 1
        while end > 0 and (self.ctx.sdoc[end].is_punct or self.ctx.sdoc[end].is_space):
            end -= 1  # a closing quote or a paragraph break the parser split off as a sentence of its own
        root = sentence_of(self.ctx.sdoc[end]).root
        subjects = subjects_of(root, self.words)
        if any(
            self.ctx.mention_at.get(s.i) is not None and self.ctx.mention_at[s.i].kind == "person" for s in subjects
        ):
            return []
        return self.np_entities_many(subjects)

    def _story_voice(self, we: Any) -> list[Entity]:
        """Who a statement's "we" is when no one in its sentence speaks: the state or body that spoke last
        before it ("The Ministry strongly condemns ... We call on ..."), else the one its lead (the headline
        or the first sentence after it) is about, the one issuing the statement; never a person."""
        starts = sorted({s for s in self.ctx.sent_start if s < self.ctx.sent_start[we.i]})
        for start in reversed(starts):
            root = sentence_of(self.ctx.sdoc[start]).root
            if root.lemma_.lower() in self.words.speech_verb | self.words.statement_verb:
                found = self._body_subjects(root)
                if found:
                    return found
        for start in starts[:2]:
            found = self._body_subjects(sentence_of(self.ctx.sdoc[start]).root)
            if found:
                return found
        return []

    def _body_subjects(self, verb: Any) -> list[Entity]:
        """The states or bodies the subject of a verb names, none when it names one person (a "we" of office
        holders, "We, the Foreign Ministers of ASEAN", speaks for their body)."""
        # "The Network is gravely concerned" is read as a passive
        subjects = [s for s in children_of(verb) if s.dep_ in SUBJECT_DEPS]
        people = [s for s in subjects if (m := self.ctx.mention_at.get(s.i)) is not None and m.kind == "person"]
        if any(s.lower_ != "we" for s in people):
            return []
        return self.np_entities_many(subjects)

    def _owner(self, its: Any) -> list[Entity]:
        """Whose "its" of a subject is: under a speech verb, the speaker's ("India said its warplanes had
        bombed a camp in Pakistan"); else that of the nearest subject before it in the sentence that
        names a state or body ("Sri Lanka's government apologised after its navy fired on an Indian
        trawler"); nobody when none does."""
        owned = its.head
        if under_speech(owned.head, self.words):
            return self._speaker(owned)
        for i in range(its.i - 1, self.ctx.sent_start[its.i] - 1, -1):
            tok = self.ctx.sdoc[i]
            if tok.dep_ in SUBJECT_DEPS:
                found = self._direct_entities(tok, 0, guess=False)
                if found:
                    return found
        return []

    def _last_igo(self, tok: Any) -> list[Entity]:
        """The international organisation named last before a token."""
        igo = self.ctx.last_mention("igo", tok.i)
        return [] if igo is None else [igo.entity]

    def _nearest_group(self, tok: Any) -> list[Entity]:
        """The closest actor named before a pronoun in its own sentence, if it is a group, not a person."""
        start, end = self.ctx.sent_start[tok.i], tok.i
        if tok.head.dep_ == "relcl":
            end = tok.head.head.left_edge.i  # "peacekeepers, whom they blame": never the noun the clause is about
        for i in range(end - 1, start - 1, -1):
            mention = self.ctx.mention_at.get(i)
            if mention is not None and self._named_as_place(tok.doc[i]):
                continue  # "medics worked in Tonga in 2009, when they treated": a place does not act
            if mention is not None:
                return [] if mention.kind == "person" else self._listed_with(mention)
        return []

    def _named_as_place(self, name: Any) -> bool:
        """The name is where something happened: the object of a locative preposition ("in the Solomons")."""
        while name.dep_ in {"compound", "flat", "amod", "det"}:
            name = name.head  # "Papua New Guinea": any word of the name stands for its head
        prep = name.head if name.dep_ == "pobj" else None
        return prep is not None and prep.lower_ in self.words.locative_prep

    def _listed_with(self, mention: ActorMention) -> list[Entity]:
        """A mention with the others it is listed with ("Ukraine and Turkey have held talks ..., and in
        1997 they agreed": "they" are both, not the one named last)."""
        item = self.ctx.sdoc[mention.token_end - 1]
        while item.dep_ == "conj":
            item = item.head
        if not any(c.dep_ == "conj" for c in children_of(item)):
            return [mention.entity]
        return unique_by_code(self.np_entities(item)) or [mention.entity]

    def _nearest_other(self, tok: Any) -> list[Entity]:
        """The closest state or body named before an object pronoun in its sentence that is not the subject
        of the pronoun's verb."""
        found = self._nearest_not_doer(tok, {"dobj"})
        return [] if found is None else [found[0].entity]

    def _nearest_others(self, tok: Any) -> list[Entity]:
        """The closest actors named before an object "them" in its sentence, with the whole phrase
        they are named in ("the envoys of Canada, Italy and Japan"), not the doers
        of the pronoun's verb."""
        found = self._nearest_not_doer(tok, {"dobj", "dative"})
        if found is None and tok.dep_ in {"dobj", "dative"} and not self._named_before(tok):
            return self._previous_objects(tok)
        if found is None:
            return []
        mention, doers = found
        phrase = self.ctx.sdoc[mention.token_end - 1]
        while phrase.dep_ in {"conj", "pobj", "prep", "appos", "compound", "poss"} and phrase.head.i < tok.i:
            phrase = phrase.head
        return unique_by_code([e for e in self.np_entities(phrase) if e.code not in doers]) or [mention.entity]

    def _named_before(self, tok: Any) -> bool:
        """Some actor is named before ``tok`` in its sentence (its doer among them)."""
        return any(self.ctx.mention_at.get(i) is not None for i in range(self.ctx.sent_start[tok.i], tok.i))

    def _previous_objects(self, tok: Any) -> list[Entity]:
        """The states or bodies the sentence before takes as objects, no person's ("arrested twelve Kenyan
        fishermen. They released them": the fishermen), for the object "them" of a verb whose sentence names
        no one before it ("two of them" counts the people its own sentence named)."""
        objects = previous_objects(self.ctx.sdoc, self.ctx.sent_start, tok)
        if any((m := self.ctx.mention_at.get(o.i)) is not None and m.kind == "person" for o in objects):
            return []
        return unique_by_code(self.np_entities_many(objects))

    def _nearest_not_doer(self, tok: Any, object_deps: set[str]) -> tuple[ActorMention, set[str]] | None:
        """The closest non-person mention before an object pronoun in its sentence whose code is not
        among the doers of the pronoun's verb, with those doers' codes."""
        verb = tok.head if tok.dep_ in object_deps else tok.head.head
        doers = {e.code for e in self.np_entities_many(subjects_of(verb, self.words))} if verb is not None else set()
        start = self.ctx.sent_start[tok.i]
        for i in range(tok.i - 1, start - 1, -1):
            mention = self.ctx.mention_at.get(i)
            if mention is not None and mention.kind != "person" and mention.entity.code not in doers:
                return mention, doers
        return None

    def _speaker(self, tok: Any) -> list[Entity]:
        """Who says a quotation: the subject of the nearest speech verb of the sentence."""
        return self._sentence_speaker(sentence_of(tok), tok)

    def _reporting_state(self, verb: Any) -> str | None:
        """The one state that tells of an act it reports in the passive ("Dar es Salaam said two police
        officers have been taken into custody", "the Dominican defence ministry says the soldier has been
        detained"): a state reports its own arrests, so it is the one that made them."""
        if not under_speech(verb, self.words):
            return None
        codes = {e.code for e in self.np_entities_many(subjects_of(verb.head, self.words))}
        if len(codes) != 1 or codes & NON_STATE_CODES:
            return None
        return next(iter(codes))

    def _quote_speaker(self, tok: Any) -> list[Entity]:
        """Who says a quotation told over more than one sentence ("'We will not accept this. Any attempt will
        be resisted,' he said."): the speaker its other sentences name, from its attribution on."""
        for sent in attribution_sentences(self.ctx.sdoc, tok.i, self.ctx.quotes):
            found = self._sentence_speaker(sent, tok)
            if found:
                return found
        return []

    def _text_voice(self, tok: Any) -> list[Entity]:
        """Who promises a blow told with no doer and no speaker in its sentence ("Any act of aggression
        against Uganda's territory will receive a swift response." in a statement): the speaker of the
        quotation it stands in, else the text's own voice: the issuing state of a statement (a story
        with a dateline: the state it is about). A sentence with a verb of saying whose speaker was
        not read stays unread."""
        if any(t.lemma_ in self.words.speech_verb and t.pos_ == "VERB" for t in sentence_of(tok)):
            return []
        found = self._quote_speaker(tok)
        if found or not self.ctx.own_country:
            return found
        return [Entity(code=self.ctx.own_country, sector="GOV", entity_text="")]

    def _sentence_speaker(self, sent: Any, tok: Any) -> list[Entity]:
        """The subject of the first speech verb of a sentence that has one, other than ``tok`` itself."""
        for t in sent:
            if t.lemma_ in self.words.speech_verb and t.pos_ == "VERB":
                subs = [s for s in children_of(t) if s.dep_ == "nsubj" and s.i != tok.i]
                if not subs and ((t.dep_ == "conj" and tok.pos_ == "PRON") or speaks_with_shared_subject(t, tok)):
                    # "Bishkek called the ultimatum unfriendly and said it would retaliate": "it" is the
                    # subject the speech verb shares; any other word only when it stands in what is said
                    # ("Tbilisi closed the crossing, saying Russian guards had failed to stop ...")
                    subs = [s for s in children_of(t.head) if s.dep_ == "nsubj" and s.i != tok.i]
                if subs and t.dep_ == "relcl" and all(s.lower_ in resolve_words("relative_pronoun") for s in subs):
                    # "a police unit, which says it has sent 60 officers": the speaker is the noun described
                    subs = subjects_of(t, self.words)
                ents = self.np_entities_many(subs)
                if ents:
                    return ents
        return []

    @per_token
    def _group_size(self, tok: Any) -> int:
        """How many actors a plural phrase counts ("the three leaders", "all four countries"), else 0."""
        words = self.words
        if tok.tag_ not in {"NNS", "NNPS"} or tok.lower_ not in words.pair_head:
            return 0
        for child in children_of(tok):
            if child.dep_ == "nummod":
                value = words.number_word.get(child.lower_) or (int(child.text) if child.text.isdigit() else 0)
                return value if value <= 12 else 0
        return 0

    def _party_noun(self, tok: Any, their: Any) -> bool:
        """ "their vessels", "their deputy foreign ministers" are the pair's own parties; "their families",
        "their captors", "their rifles" are people or things of whoever "they" are, not the two states:
        a party noun is a pair word, or a title or state-service word of the sectors file."""
        if tok.lower_ in self.words.pair_head:
            return True
        sector, office = self.mentions.sector_of(self.ctx.sdoc[their.i + 1 : tok.i + 1])
        return office is not None or sector in _STATE_SECTORS

    @per_token
    def _counted_people(self, bare: Any) -> Any | None:
        """What a bare "the two" ("The two, aged 34 and 41, were arrested") points back to when the story's
        latest count of two before it is of people, not of parties ("sentenced two Thai nationals"): the
        counted noun; None when that count is of parties ("two countries", "two ministers") or there is none."""
        for i in range(bare.i - 1, -1, -1):
            count = self.ctx.sdoc[i]
            noun = count.head
            counts = count.dep_ in {"nummod", "det", "predet"} and noun.tag_ in {"NNS", "NNPS"}
            if count.lower_ not in self.words.pair_word or not counts:
                continue  # "both governments" counts too
            if count.ent_type_ in _MEASURES or noun.ent_type_ in _MEASURES:
                continue  # "two years ago", "two tonnes": no one is counted
            if count.i < sentence_start(bare) and self._sentence_told_two_sides():
                # "... killing two officers. The minister hosted his counterpart, and the two agreed": the two
                # of the meeting just told, not a count of people in an earlier sentence
                return None
            return None if self._party_noun(noun, count) else noun
        return None

    def _unnamed_joint_body(self, tok: Any) -> bool:
        """ "a joint commission", "the bilateral committee on fisheries": a body noun made joint by its
        own modifier, with no name or owner to say whose ("the China-ROK Joint Commission", "Kenya's
        joint team" name theirs)."""
        words = self.words
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words.body_noun:
            return False
        if not has_joint_mark(tok, words):
            return False
        owners = {"poss", "compound", "nmod"}
        return not any(c.dep_ in owners and (c.pos_ == "PROPN" or c.ent_type_) for c in children_of(tok))

    def _sentence_told_two_sides(self) -> bool:
        """Whether an event already read in this sentence has two sides ("hosted his counterpart")."""
        return any(two_sides(event) for event in self.ctx.pending)

    @per_token
    def _is_pair(self, tok: Any) -> bool:
        """ "the two ministers", "both sides", "their countries": the last two participants."""
        words = self.words
        if tok.lower_ in words.pair_word:
            return self._counted_people(tok) is None
        their = [c for c in children_of(tok) if c.lower_ == "their" and c.dep_ == "poss"]
        if tok.tag_ in {"NNS", "NNPS"} and their:
            return self._party_noun(tok, their[0])
        if tok.lower_ in words.pair_head and has_definite_article(tok, words):
            return True  # "the leaders agreed", "the sides"
        if self._unnamed_joint_body(tok):
            return True  # "a bilateral commission has met twice": the body of the two parties
        each = has_determiner(tok, words.distributive_word)
        if each and tok.lower_ in words.distributive_head:
            return True  # "each side blamed the other": either of the two
        counts = {"nummod", "det", "predet", "amod"}
        # "a two-day blockade", "a two-year deal": a count hyphened to its noun measures, it counts no parties
        counted = any(
            c.lower_ in words.pair_word and c.dep_ in counts and not _hyphened(c, tok) for c in children_of(tok)
        )
        # "the two navies", "both sides" point back; a bare count ("shot dead two fishermen", "sent two patrol
        # boats") brings in new people, unless it counts parties ("two countries signed"); the article may sit on
        # the whole noun ("the two fisheries departments")
        whole = tok.head if tok.dep_ == "compound" else tok
        return counted and (tok.lower_ in words.pair_head or any(c.dep_ in _DEFINITE for c in children_of(whole)))


def _hyphened(count: Any, noun: Any) -> bool:
    """The count is joined to the noun by a hyphen ("two-day"), written as one word with it."""
    return noun.i == count.i + 2 and noun.doc[count.i + 1].text == "-"


def _past_perfect(verb: Any) -> bool:
    """ "agreed to drop the suits it had brought against its rivals": a relative clause in the past
    perfect names its noun by an act done before the story (held-in gold codes no such act), so its "it"
    is not read as the sentence's subject."""
    return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in children_of(verb))


def _plain(lemma: str) -> str:
    """A text noun without case or accent ("Communiqué" is "communique")."""
    return lemma.lower().replace("é", "e")
