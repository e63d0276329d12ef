"""The mentions stage: find the actors a parsed article names.

Reads ``doc.spacy``, ``doc.published``, ``doc.source_country``; writes
``doc.actor_mentions`` (sorted by position). Countries, aliases, demonyms,
capitals, IGOs and known people come from the knowledge files; other people
are resolved from the title and country words around them ("Russian Foreign
Minister Igor Ivanov"), and are found again later by surname.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Any

from spacy.strings import get_string_id
from spacy.tokens import Doc

from .._doc_span import doc_span
from ..document import ActorMention, Document, Entity
from ..knowledge import resolve_words
from ..parse import HeadlineVerbs, doc_ents, ent_at
from ._civil_bodies import civil_bodies
from ._combining import combining_forms
from ._home import COUNTRY_KINDS, is_proper_place, story_home
from ._hyphens import hyphen_variants, name_runs
from ._landmarks import in_landform_name, names_landmark, opens_landform_of
from ._middle_names import middle_name_spans
from ._name_forms import capitalised_patronymic, spelling_mixes, with_family_names_first, with_plain_keys
from ._people import PeopleReading
from ._place_spans import join_place_names
from ._spans import (
    _PLACE_LABELS,
    _PLACE_POPULATION,
    _based_in,
    _demonym_in_name,
    _inside_name,
    _mark,
    _names_settlement,
    _people_marked,
    _surely_place,
    _surname_index,
    _tagged_place,
    is_named_storm,
)
from ._title_window import _unsplit_forms
from ._titles import TitleWords
from ._vessel_anaphora import vessels_told_before

if TYPE_CHECKING:
    from ..knowledge import Knowledge

__all__ = ["MentionFinder", "is_named_storm", "is_proper_place"]

logger = logging.getLogger(__name__)

_CAPITAL_SECTOR = "GOV"
#: Sectors of a force (a state's army or police, a rebel militia, a spy service) whose word, set before a
#: role word ("an army spokesman", "rebel officials"), says whose the role is.
_FORCE_SECTORS = frozenset({"MIL", "COP", "REB", "SPY"})
#: Beside a title ("Phuket governor"), a proper noun that is no title word is nearly always a place:
#: a smaller town will do.
_TITLE_PLACE_POPULATION = 10_000
#: When one phrase has several readings ("Hong Kong" the territory and its seat of government).
_KIND_RANK = {"person": 0, "igo": 1, "name": 2, "alias": 3, "demonym": 4, "capital": 5}


class MentionFinder(PeopleReading):
    """Pipeline component: actor mentions from phrase matches, named people and surnames."""

    reads = ("spacy", "published", "source_country", "dateline")
    writes = ("actor_mentions", "home_country")

    def __init__(self, nlp: Any, knowledge: Knowledge, surname_years: tuple[int, int] = (10, 0)) -> None:
        """``surname_years``: how many years after a holder's term (and before it) a bare surname may
        still be theirs when nobody of that name is in office on the article's date."""
        from spacy.matcher import PhraseMatcher

        self.knowledge = knowledge
        self._surname_years = surname_years
        self.entries = list(knowledge.actors)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        patterns: dict[str, list[Any]] = {}
        for entry in self.entries:
            patterns.setdefault(entry.phrase, [])
        people = {entry.phrase for entry in self.entries if entry.kind == "person"}
        for phrase in patterns:
            pattern = nlp.make_doc(phrase)
            # "Abdel-Fattah el-Sisi" is "Abdel Fattah el-Sisi": a hyphen or a space between a name's words
            variants = hyphen_variants(pattern, person=phrase in people)
            forms = [pattern, *(Doc(nlp.vocab, words=w) for w in variants)]
            if phrase in people:  # "Lech Walesa" of "Lech Wałęsa", "Aleksandar Vucić" of "Aleksandar Vučić"
                forms.extend(nlp.make_doc(spelling) for spelling in spelling_mixes(phrase))
            capitalised = capitalised_patronymic(phrase) if phrase in people else None
            if capitalised is not None:
                forms.append(nlp.make_doc(capitalised))  # "Osama Bin Laden" of "Osama bin Laden"
            if phrase.startswith("the ") and phrase[4:] not in patterns:
                # "the Commonwealth" opens a sentence as "The Commonwealth" (a name also listed without its
                # article, "the Security Council", is found without it)
                forms.append(nlp.make_doc("The" + phrase[3:]))
            self.matcher.add(phrase, forms)
        self._people_phrases = people
        self._by_phrase: dict[str, list[Any]] = {}
        for entry in self.entries:
            self._by_phrase.setdefault(entry.phrase, []).append(entry)
        self.sector_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._sectors: dict[str, Any] = {}
        for sector in knowledge.sectors:
            key = sector.phrase.lower()
            if key not in self._sectors:
                self._sectors[key] = sector
                self.sector_matcher.add(key, [nlp.make_doc(key), *_unsplit_forms(nlp.vocab, key)])
        self.vocab = nlp.vocab
        surnames = _surname_index(self.entries, set(knowledge.name_order))
        self._surnames = with_plain_keys(with_family_names_first(surnames, self.entries))
        # the surnames' string ids, to find the few words that can be one without a Token per word
        self._surname_ids = frozenset(get_string_id(name) for name in self._surnames)
        self.second_look = HeadlineVerbs(nlp)
        self._titles = TitleWords(self.entries)

    # -- public -----------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        sdoc = self.second_look(doc.spacy)  # before any role is read from the parse
        join_place_names(sdoc, self.knowledge.gazetteer)  # "Quang Ngai", not "Quang": before any place is read
        taken = [False] * len(sdoc)
        mentions: list[ActorMention] = []
        entry_at: dict[int, Any] = {}
        for span, entry in self._phrase_matches(sdoc, doc):
            # "the pro-Russian opposition" acts for no Russia, though the story names Russia all the same
            if not _people_marked(span):
                mentions.append(self._mention(span, self._entity_for(entry, span), entry.kind))
            for i in range(span.start, span.end):
                taken[i] = True
                entry_at[i] = entry
        # "Sino-Indian talks": the form before the hyphen names a state of its own
        for span, entry in [*civil_bodies(sdoc, taken), *combining_forms(sdoc, taken, entry_at)]:
            mentions.append(self._mention(span, self._entity_for(entry, span), entry.kind))
            _mark(taken, span)
            entry_at.update(dict.fromkeys(range(span.start, span.end), entry))
        doc.home_country = story_home(self.knowledge, doc, entry_at)
        assumed: set[str] = set()
        people = self._people(sdoc, doc, taken, entry_at, assumed)
        mentions.extend(people)
        # "the vessel" of a ship the story told before with its flag ("a Russian research vessel")
        for span, flag in vessels_told_before(sdoc, taken, entry_at):
            mentions.append(self._mention(span, Entity(code=flag, entity_text=span.text), "vessel"))
        mentions = [self._with_cut_title(sdoc, m, taken) for m in mentions]
        # a person coded by the story's country says nothing of it: "Farmer X" is no Briton because the
        # first reading, from the names alone, took the story for British
        voters = [p for p in people if p.entity.entity_text not in assumed]
        doc.home_country = story_home(self.knowledge, doc, entry_at, voters, sdoc)
        mentions.sort(key=lambda m: m.start)
        doc.actor_mentions = mentions
        return doc

    def surname_holders(self, word: str) -> list[Any]:
        """The people-file entries a one-word name can stand for (surname or family name), or []."""
        return self._surnames.get(word, [])

    def sector_of(self, tokens: Any) -> tuple[str | None, str | None]:
        """The sector and office implied by title or group words in a span. A one-word title the parser reads
        as an adjective of a noun ("a general strike", "general-level talks") counts for nothing
        (:func:`_describes`); a title of more words ("attorney general") is always read."""
        best: tuple[int, str | None, str | None] = (0, None, None)
        for match_id, start, end in self.sector_matcher(tokens):
            key = self.vocab.strings[match_id]
            entry = self._sectors.get(key)
            # "head of" yields to the body it heads: "head of the army" is military
            size = 1 if key.endswith(" of") else end - start
            if (
                entry is None
                or size < best[0]
                or (entry.office and end - start == 1 and _describes(getattr(tokens, "doc", tokens)[start]))
            ):
                continue
            if size == best[0] and _yields_to(key, best[1]):
                best = (size, best[1], entry.office or best[2])  # "an army spokesman": the army's, a spokesman
                continue
            best = (size, entry.sector, entry.office)
        return best[1], best[2]

    # -- private ----------------------------------------------------------------
    def _phrase_matches(self, sdoc: Any, doc: Document) -> list[tuple[Any, Any]]:
        from spacy.util import filter_spans

        spans = []
        phrases: dict[tuple[int, int], list[str]] = {}  # the phrases a span matches, other spellings too
        for match_id, start, end in self.matcher(sdoc):
            spans.append(doc_span(sdoc, start, end))
            phrases.setdefault((start, end), []).append(self.vocab.strings[match_id])
        for start, end, phrase in middle_name_spans(sdoc, self._people_phrases):
            if (start, end) not in phrases:  # "Vladimir V. Putin" is "Vladimir Putin"
                spans.append(doc_span(sdoc, start, end))
                phrases[start, end] = [phrase]
        found: list[tuple[Any, list[Any]]] = []
        for span in filter_spans(spans):
            if _inside_name(span) or in_landform_name(span):
                continue  # "the Vienna Convention", "Hong Kong International Airport", "Lake Victoria" name no actor
            # the parsed text is the cleaned one: sliced, where ``span.text`` would build its Tokens anew
            text = doc.text[span.start_char : span.end_char]
            if _after_country_word(found, span) and text.lower() in resolve_words("ethnonym"):
                continue  # "Bosnian Serb officials": Serbs of Bosnia, not Serbia's
            every = self._by_phrase.get(text) or [
                e for phrase in phrases[span.start, span.end] for e in self._by_phrase[phrase]
            ]
            entries = [e for e in every if e.valid_on(doc.published)]
            if not entries and self._inside_longer_person(span):
                continue  # "Basri Abdul Hamid" in 2011 is not Abdul Hamid, Bangladesh's president from 2013
            if not entries:
                # a former leader is still of his country ("Kim Jong Il" in 2018)
                entries = [e for e in every if e.kind == "person"]
            if entries and _based_in(span):
                entries = [e for e in entries if e.kind != "capital"]  # "the Washington-based lender"
            if entries and _demonym_in_name(span, entries):
                continue  # "the Korean War", "inter-Korean talks": no state of them acts
            if entries and self._begins_foreign_place(span, text, {e.code for e in entries}):
                continue  # "Somali Region" is Ethiopia's, "Niger State" Nigeria's: no Somalia, no Niger
            if entries:
                found.append((span, entries))
        by_text = self._states_named_by_text(sdoc, doc.text, found)
        named = _summed(by_text.values())
        read = [(span, self._reading(entries, named)) for span, entries in found]
        return [(span, entry) for span, entry in read if not self._namesake_town(span, entry, named, by_text)]

    def _begins_foreign_place(self, span: Any, text: str, codes: set[str]) -> bool:
        """The phrase (``text``: its words) opens the longer name of a place in another state ("Somali
        Region", "Niger Delta", "British Columbia"): the words name that place, not the phrase's actor."""
        sdoc = span.doc
        # the longer phrase's text is grown word by word (slicing the Doc again would build every Token anew);
        # the last word's whitespace is read only when a word after it is alphabetic
        last: Any = None
        for end in range(span.end + 1, min(len(sdoc), span.end + 3) + 1):
            word = sdoc[end - 1]
            if not word.is_alpha:
                return False
            last = sdoc[span.end - 1] if last is None else last
            text, last = text + last.whitespace_ + word.text, word
            places = self.knowledge.gazetteer.candidates(text)
            if places and all(p.country and p.country not in codes for p in places):
                return True
        return False

    def _namesake_town(self, span: Any, entry: Any, named: dict[str, int], by_text: dict[str, dict[str, int]]) -> bool:
        """A capital's name that here means a town of the same name in a state the story does name,
        while it never names the capital's own: "hospitals in Tripoli" in a story of Cyprus and
        Lebanon is Lebanon's Tripoli, "rounded up in Santiago" in a story of the Dominican Republic
        its second city. Such a phrase is left to the place readings, which take the story's namesake."""
        if entry.kind != "capital":
            return False
        own = by_text.get(span.text, {})
        named = {code: n - own.get(code, 0) for code, n in named.items()}  # the story without this name
        if named.get(entry.code, 0):
            return False
        return any(
            town.country != entry.code and named.get(str(town.country), 0) and town.population >= _PLACE_POPULATION
            for town in self.knowledge.gazetteer.candidates(span.text)
        )

    @staticmethod
    def _reading(entries: list[Any], named: dict[str, int]) -> Any:
        """The entry a phrase stands for. A phrase of several states ("Congo", "BDF") is the one the
        article otherwise names most (Kinshasa and Goma make "Congo" the Democratic Republic); with no
        such clue, or one state alone, the phrase's kind of name decides (a country's own name first)."""
        codes = {e.code for e in entries}
        # a person's state, or a capital's ("Moscow" of the Soviet Union until 1991), is decided by the date
        by_date = any(e.kind == "person" or e.dated for e in entries)
        # namesakes of several states in office together ("King Abdullah" of Saudi Arabia and of Jordan
        # in 2005-15): the one whose state the story names most
        namesakes = all(e.kind == "person" for e in entries)
        if len(codes) > 1 and (namesakes or not by_date) and any(named.get(c, 0) for c in codes):
            return max(entries, key=lambda e: (named.get(e.code, 0), -_KIND_RANK.get(e.kind, 9)))
        return min(entries, key=lambda e: _KIND_RANK.get(e.kind, 9))

    def _states_named_by_text(
        self, sdoc: Any, text: str, found: list[tuple[Any, list[Any]]]
    ) -> dict[str, dict[str, int]]:
        """How often the article names each state, by the words that name it: a phrase of one state
        alone, or a town the gazetteer puts in it. Kept by words so that a name's own share can be
        taken out ("the story without Tripoli") without reading the article again for every name.
        ``text``: the parsed text, sliced for the phrases' words (``span.text`` builds their Tokens anew)."""
        counts: dict[str, dict[str, int]] = {}
        for span, entries in found:
            codes = {e.code for e in entries}
            if len(codes) == 1:
                _count(counts, text[span.start_char : span.end_char], next(iter(codes)))
        for ent in doc_ents(sdoc):
            if ent.label_ != "GPE":
                continue
            words = text[ent.start_char : ent.end_char]
            place = self.knowledge.gazetteer.lookup(words)
            if place is not None and place.country:
                _count(counts, words, str(place.country))
        return counts

    def _inside_longer_person(self, span: Any) -> bool:
        """The span ends a longer person's name the parser found: the entity puts name words (not
        titles such as "President") before it. A further surname after it ("Joe Natuman Kaltonga")
        is still the same man; another first name before it may be somebody else."""
        around = ent_at(span.doc, span.start)
        if around is None or around.label_ != "PERSON" or around.start >= span.start or around.end < span.end:
            return False
        extra = span.doc[around.start : span.start]
        return any(t.is_title and t.pos_ == "PROPN" and self.sector_of(t.doc[t.i : t.i + 1])[0] is None for t in extra)

    @staticmethod
    def _mention(span: Any, entity: Entity, kind: str) -> ActorMention:
        return ActorMention(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            entity=entity,
            kind=kind,
            token_start=span.start,
            token_end=span.end,
        )

    @staticmethod
    def _entity_for(entry: Any, span: Any) -> Entity:
        sector = entry.sector
        if entry.kind == "capital" and not sector:
            sector = _CAPITAL_SECTOR
        return Entity(code=entry.code, sector=sector, entity_text=span.text, office=entry.office)

    def _is_place(self, span: Any) -> bool:
        """A place the parser or the gazetteer knows (a town, a province), not a person's name."""
        if span.label_ in _PLACE_LABELS or names_landmark(span):
            return True  # "the Moyo crossing", "Lake Moyo": a place by its words, in the gazetteer or not
        entry = self.knowledge.gazetteer.lookup(span.text)
        return entry is not None and (entry.population >= _PLACE_POPULATION or _names_settlement(span))

    def _place_office(self, span: Any) -> ActorMention | None:
        """A town or province the parser tagged as a person, followed by a title ("Nuevo Laredo's
        mayor", "the Tamil Nadu chief minister"): the office holder of that place's country."""
        sdoc = span.doc
        name = span[:-1] if len(span) > 1 and span[-1].tag_ == "POS" else span
        place = self.knowledge.gazetteer.lookup(name.text)
        if place is None or not place.country or not _surely_place(place, len(name)):
            return None  # "Jackson's spokesman" is a man's, though Jackson is a town
        start = span.end + (span.end < len(sdoc) and sdoc[span.end].tag_ == "POS")
        end = start
        while end < min(len(sdoc), start + 3) and sdoc[end].pos_ in {"ADJ", "NOUN"}:
            end += 1
        if end == start or sdoc[end - 1].pos_ != "NOUN":
            return None
        sector, office = self.sector_of(sdoc[start:end])
        if sector is None:
            return None
        whole = sdoc[span.start : end]
        return self._mention(
            whole, Entity(code=str(place.country), sector=sector, entity_text=whole.text, office=office), "person"
        )

    def place_country_in(self, window: Any, states: Collection[str] = ()) -> str | None:
        """The country of a town or province named in a title ("Phuket governor", "Nuevo Laredo's mayor");
        of a name several countries have, the namesake in one of ``states`` (those the story names)."""
        in_title = self._title_phrase_words(window)
        for run in name_runs(window):  # "Pétion-Ville" too: a hyphen joins the name's words
            if self.sector_of(run)[0] is not None or any(t.i in in_title for t in run) or opens_landform_of(run):
                continue  # "Central" of "Central Bank Governor" (or "Bay" of "the Bay of Bengal") is no town
            entry = self.knowledge.gazetteer.lookup_among(run.text, states)
            if (
                entry is not None
                and entry.country
                and (entry.population >= _TITLE_PLACE_POPULATION or _tagged_place(run))
            ):
                return str(entry.country)
        return None

    def _title_phrase_words(self, window: Any) -> set[int]:
        """The positions of the words of a title of several words in the window ("Central Bank" of
        "Central Bank Governor"): each word is a piece of that title, not a place's name by itself."""
        out: set[int] = set()
        for _, start, end in self.sector_matcher(window):
            if end - start > 1:
                out.update(range(start, end))  # the matcher gives positions in the Doc
        return out


def _after_country_word(found: list[tuple[Any, list[Any]]], span: Any) -> bool:
    """The span follows a country's name or demonym at once ("Bosnian Serb", "Kosovo Serbs")."""
    return bool(found) and found[-1][0].end == span.start and any(e.kind in COUNTRY_KINDS for e in found[-1][1])


def _count(counts: dict[str, dict[str, int]], text: str, code: str) -> None:
    by_code = counts.setdefault(text, {})
    by_code[code] = by_code.get(code, 0) + 1


def _summed(parts: Iterable[dict[str, int]]) -> dict[str, int]:
    total: dict[str, int] = {}
    for part in parts:
        for code, n in part.items():
            total[code] = total.get(code, 0) + n
    return total


def _describes(token: Any) -> bool:
    """A one-word title used as an adjective of a noun names no holder: "a general strike", "general-level
    talks", "the union's general secretary" (the parser's ``JJ`` ``amod``); "the general said" and "a
    police general" keep their rank. A name is a noun here too, so a title the parser tags ``JJ`` before a
    name loses its rank: in the training corpus only the ship "Vice-Admiral Kulakov"."""
    return bool(token.tag_ == "JJ" and token.dep_ == "amod" and token.head.pos_ in {"NOUN", "PROPN"})


def _yields_to(key: str, earlier: str | None) -> bool:
    """A role word of ``sectors.tsv`` ("spokesman", "officials": data/resolve_words.tsv role_head) names a
    post in the force the word before it names: "an army spokesman" speaks for the army, "army officials"
    are the army's. Among matches of one size, a later word otherwise wins."""
    return earlier in _FORCE_SECTORS and key in resolve_words("role_head")
