"""Named people: a parser's person resolved by the title, country and place words around it ("Chad's
Communications Minister, X,", "Olongapo Mayor X"), found again by the parts of their name, and bare
surnames of people in office on the article's date. Read by :class:`~parley.mentions.MentionFinder`."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any

from .._columns import doc_columns
from ..document import ActorMention, Document, Entity
from ..knowledge import resolve_words
from ..parse import doc_ents, ent_at
from ._affiliation import affiliation, affiliation_phrase, owner_part, shared_appositive
from ._described_owner import described_owner
from ._envoy_owner import envoy_free
from ._home import is_own_news
from ._led import led_group
from ._members import member_country, vessel_country
from ._name_forms import addressed, lone_place_tag, rank_fits, rank_holders, title_holders, titled_surname
from ._named_before import named_otherwise
from ._namesakes import namesake_holders, particle_holders
from ._person_places import place_of_group
from ._portfolio import follows_title, portfolio_only
from ._posted_envoy import posted_envoy_state
from ._spans import (
    _aged,
    _country_in,
    _described_private,
    _entry_span,
    _fronted_place,
    _in_longer_name,
    _mark,
    _modifies_noun,
    _name_keys,
    _name_words,
    _person_spans,
    _proper_nouns,
    _relative_clause,
    _renamed,
    _short_name_keys,
    _stands_alone,
    _told_before,
)
from ._title_window import (
    _appositive,
    _fronted_title,
    _left_window,
    _owned_title_country,
    _title_fits,
    _with_honorifics,
)
from ._titles import TitleWords
from ._told_title import bare_title_told_before
from ._town_namesakes import holder_over_town
from ._vessels import names_vessel

if TYPE_CHECKING:
    from ..knowledge import Knowledge

__all__ = ["PeopleReading"]

#: Entity labels under which the parser hides a bare surname ("Trump" as an organisation).
_SURNAME_ENT_TYPES = {"", "ORG", "NORP", "PERSON"}
#: Sectors of a state's own officers: in an outlet's own news, a bare title of these is of its country.
_STATE_SECTORS = {"GOV", "LEG", "MIL"}


class PeopleReading:
    """The people reading of the mention finder (which supplies the indexes and the phrase readings)."""

    knowledge: Knowledge
    _surnames: dict[str, list[Any]]
    _surname_ids: frozenset[int]
    _surname_years: tuple[int, int]
    _titles: TitleWords

    if TYPE_CHECKING:  # supplied by MentionFinder

        def sector_of(self, tokens: Any) -> tuple[str | None, str | None]: ...

        def place_country_in(self, window: Any, states: Collection[str] = ()) -> str | None: ...

        def _is_place(self, span: Any) -> bool: ...

        def _place_office(self, span: Any) -> ActorMention | None: ...

        @staticmethod
        def _mention(span: Any, entity: Entity, kind: str) -> ActorMention: ...

        @staticmethod
        def _entity_for(entry: Any, span: Any) -> Entity: ...

    def _people(
        self, sdoc: Any, doc: Document, taken: list[bool], entry_at: dict[int, Any], assumed: set[str]
    ) -> list[ActorMention]:
        """Named people: resolved by title/country words, then found again by name parts.

        Two passes, so that a surname in a headline is resolved by the title that
        introduces the person further down. ``assumed`` gets the names of those whose country nothing
        but the story's own gave (and the name parts that find them again).
        """
        registry: dict[str, Entity] = {}
        for i, entry in entry_at.items():
            if entry.kind == "person" and (i + 1 not in entry_at or entry_at[i + 1] is not entry):
                span = _entry_span(sdoc, i, entry, entry_at)
                for part in (*_name_keys(span), *_short_name_keys(span)):
                    registry.setdefault(part, self._entity_for(entry, span))
        out: list[ActorMention] = []
        pending = []
        flags: dict[str, Entity] = {}  # the ships named so far, by name, with the flag their words gave
        home = doc.home_country
        spans = _person_spans(sdoc, taken, lambda span: self.knowledge.gazetteer.lookup(span.text) is not None)
        for found in sorted([*spans, *self._titled_orgs(sdoc, taken)], key=lambda s: s.start):
            span = self._name_part(found)
            if names_vessel(span) or _ship_key(span) in flags:  # "the trawler Karev" is a ship, no person
                flag = flags.get(_ship_key(span)) or _flag_of(span, entry_at)  # "the Karev" again keeps the flag
                if flag is not None:
                    flags[_ship_key(span)] = flag
                    out.append(self._mention(span, flag, "vessel"))
                    _mark(taken, span)
                continue
            if self._is_portfolio(span) or self._place_of_name(span) or self._group_place(span, entry_at):
                continue
            if not any(t.text[:1].isupper() for t in span):
                continue  # "President-elect X": with the title cut off, "-elect" is no one's name
            titled = self._place_office(span)
            if titled is not None:  # "Sabah's chief minister": the parser took the state for a person
                out.append(titled)
                _mark(taken, sdoc[titled.token_start : titled.token_end])
                continue
            entity = self._resolve_person(span, doc, registry, entry_at, home, assumed)
            if entity is None:
                pending.append(span)
                continue
            if any(key in assumed for key in (span.text, *_name_keys(span))):
                assumed.update((span.text, *_name_keys(span)))  # "Kandiah" alone later is the same person
            out.append(self._mention(span, entity, "person"))
            _mark(taken, span)
            if portfolio_only(span, self._is_title_word):
                continue  # "Minister of Foreign Affairs": "Foreign" later is no one's name
            for part in (*_name_keys(span), *_short_name_keys(span)):  # "Xi" of "Xi Jinping" too
                registry.setdefault(part, entity)
        for span in pending:
            entity = registry.get(span.text) or next((registry[k] for k in _name_keys(span) if k in registry), None)
            if entity is not None and not any(taken[i] for i in range(span.start, span.end)):
                out.append(self._mention(span, _renamed(entity, span.text), "person"))
                _mark(taken, span)
        out += self._current_surnames(sdoc, doc, taken, registry)
        # Later mentions by surname alone, which NER may miss or mislabel.
        for token in _proper_nouns(sdoc) if registry else ():
            if taken[token.i]:
                continue
            entity = registry.get(token.text)
            # a two-letter key ("Xi") is also a piece of other names ("Al" of "Al Jazeera", "Al-Qaeda"):
            # it names the person only standing alone
            if entity is not None and (len(token) > 2 or _stands_alone(token)):
                out.append(self._mention(sdoc[token.i : token.i + 1], _renamed(entity, token.text), "person"))
                taken[token.i] = True
        return out

    def _with_cut_title(self, sdoc: Any, mention: ActorMention, taken: list[bool]) -> ActorMention:
        """A person's mention that starts where a parser's person of title words ends ("Emir Sheikh"
        cut off from "Tamim bin Hamad Al Thani") starts at that title: the title is no other person."""
        before = ent_at(sdoc, mention.token_start - 1) if mention.kind == "person" and mention.token_start else None
        if (
            before is None
            or before.label_ != "PERSON"
            or before.end != mention.token_start
            or any(taken[i] for i in range(before.start, before.end))
            or not all(self._is_title_word(t) for t in before)
        ):
            return mention
        _mark(taken, before)
        span = sdoc[before.start : mention.token_end]
        return self._mention(span, _renamed(mention.entity, span.text), mention.kind)

    def _is_portfolio(self, span: Any) -> bool:
        """Proper nouns the parser did not take for a person, between "Minister of" / "Commissioner of"
        (or "for") and the holder's name: the office's portfolio ("Minister of Internal Affairs Joe Natuman"), not
        a second person. Without a name after it, the portfolio stays the office's only words."""
        if span.label_ == "PERSON" or span.end >= len(span.doc):
            return False
        after = span.doc[span.end]
        return follows_title(span, self._is_title_word) and after.ent_type_ == "PERSON" and after.ent_iob_ == "B"

    def _titled_orgs(self, sdoc: Any, taken: list[bool]) -> list[Any]:
        """Names the parser took for an organisation right after a title word ("Deputy Amina Diallo"):
        a title introduces a person; a body the knowledge files know was matched before."""
        return [
            e
            for e in doc_ents(sdoc)
            if e.label_ == "ORG"
            and len(e) > 1
            and e.start > 0
            and not any(taken[i] for i in range(e.start, e.end))
            and all(t.pos_ == "PROPN" and t.is_title and not self._is_title_word(t) for t in e)
            and self._is_title_word(sdoc[e.start - 1])
        ]

    def _place_of_name(self, span: Any) -> bool:
        """A place the gazetteer knows, in an "of" phrase that hangs on a name before it ("Governor
        Luis Perez of Mendoza"): where that person is from or serves, not a second person. A title
        before the "of" ("Minister of Finance X") is an office's portfolio, read elsewhere."""
        if span.start < 2 or (span.label_ == "PERSON" and len(span) > 1):
            return False
        prep = span.doc[span.start - 1]
        owner = prep.head
        return (
            prep.lower_ == "of"
            and owner.i < prep.i
            and owner.pos_ == "PROPN"
            and not self._is_title_word(owner)
            and self._is_place(span)
        )

    def _group_place(self, span: Any, entry_at: dict[int, Any]) -> bool:
        """ "villagers from Akhtala": a town, not a person; a town of a state the story names
        ("fishermen from Marathon" in a story of Florida is no French town's)."""
        states = _named_states(entry_at)

        def known_town(name: str) -> bool:
            place = self.knowledge.gazetteer.lookup(name)
            return place is not None and place.country in states

        return place_of_group(span, known_town, self._is_title_word)

    def _is_title_word(self, token: Any) -> bool:
        one = token.doc[token.i : token.i + 1]
        return token.lower_ in resolve_words("honorific") or self.sector_of(one)[0] is not None

    def _name_part(self, span: Any) -> Any:
        """The name in a parser's person, without the title words it let in: "Spokesperson Liu Qiang"
        is Liu Qiang, so that "Liu" finds him again and the title is read as his; so is a run of proper
        nouns the parser tagged as nobody. A name of two words at least is left: in "Emir Sheikh" the
        parser cut off from "Tamim bin Hamad", "Sheikh" is no name; "General Staff" stays whole."""
        from spacy.tokens import Span

        start = span.start
        while start < span.end - 2 and self.sector_of(span.doc[start : start + 1])[0]:
            start += 1
        if span.label_ != "PERSON" and self.sector_of(span.doc[start : start + 1])[0]:
            return span  # titles only ("Police Chief"): no name to cut them from
        return span if start == span.start else Span(span.doc, start, span.end, label=span.label_)

    def _resolve_person(
        self,
        ent: Any,
        doc: Document,
        registry: dict[str, Entity],
        entry_at: dict[int, Any],
        home: str | None = None,
        assumed: set[str] | None = None,
    ) -> Entity | None:
        for key in (ent.text, *_name_keys(ent)):
            if key in registry:
                return _renamed(registry[key], ent.text)
        window = _left_window(ent)
        code = _country_in(window, entry_at)
        sector, office = self.sector_of(window) if len(window) else (None, None)
        appositive = _appositive(ent) or shared_appositive(ent)  # "X and Y, two Polish aid workers,"
        if code is None:
            # "X, Brazil's ambassador to Peru,": the title's owner, not the host it is sent to
            code = _country_in(owner_part(appositive), entry_at) or _country_in(envoy_free(appositive), entry_at)
            if code is not None and sector is None:
                sector, office = self.sector_of(appositive)
        if code is None and sector is None:
            # "Peru's Energy Minister, Lucia Ramos Vega, warned ...": the title before the commas
            fronted = _fronted_title(_with_honorifics(ent))  # "Their spokesman, Chief Walter Kikolo,"
            sector, office = self.sector_of(fronted) if len(fronted) else (None, None)
            if sector is not None:
                # "Nigeria's ambassador to Ghana, X,": the title's owner, not the host; "Ingushetia's leader"
                owner = owner_part(fronted)
                code = _country_in(owner, entry_at) or _country_in(envoy_free(fronted), entry_at)
                code = code or self.place_country_in(owner)
            else:
                code = _owned_title_country(ent, entry_at)  # "Brazil's chief trade envoy, X,"
                described = described_owner(ent, entry_at) if code is None else None
                if described is not None:  # "A Dutch national, X,", "two Kenyan activists, X and Y,"
                    code, sector = described[0], ("CVL" if described[1] else None)
        if code is None and sector is not None:
            # "Pakistan's military spokesman, Maj. Gen. Tariq Saleem,": the titled name's title before the commas
            code = _country_in(envoy_free(_fronted_title(ent.doc[window.start : ent.end])), entry_at)
        if code is None and sector is not None:
            known = self._known_surname(ent, doc, sector, office)
            if known is not None and (_title_fits(office, known.office) or rank_fits(sector, known, office)):
                return known  # "President Obama" in a story about Syria: the one Obama, not Syria's
        if code is None and sector is not None:
            code = self._titled_place_country(ent, window, entry_at)
        if code is None and sector is None:
            known = self._known_surname(ent, doc, states=_named_states(entry_at)) or self._titled_name(ent, doc)
            if known is not None:
                return known  # "Putin said": the one office holder of that name on the article's date
            # "Tomas Brenner, the militia chief who runs ...", "X, the governor of Carchi province,"
            sector, office = self.sector_of(appositive) if ent.label_ == "PERSON" else (None, None)
            if sector is not None:
                code = self.place_country_in(appositive)
        if code is None and sector is None and ent.label_ == "PERSON":
            code, sector, office = self._untitled_person(ent, entry_at)
        if code is None and (sector is not None or ent.label_ == "PERSON"):
            # "a delegation from Kandal province led by Deputy Governor X": the group's body or country
            led = led_group(ent, entry_at, self.place_country_in)
            if led is not None:
                code = str(led[0].code) if led[0] is not None else led[1]
                sector = sector or (led[0].sector if led[0] is not None else None) or "GOV"
        if sector is None and code is not None and _described_private(ent) and self._described_name(ent):
            sector = "CVL"  # "Mahamat Idriss, a Chadian trader,": a private person of that country
        if sector is None and ent.label_ != "PERSON":
            return None  # a bare proper noun is a person only when a title introduces it
        if code is None:
            code, sector, office = self._told_earlier(ent, entry_at, (window, appositive), sector, office)
        if code is None and sector is not None:
            # "Ambassador X was called home": an envoy of no state said is posted in the story's country
            title = window if len(window) else _fronted_title(_with_honorifics(ent))
            code = posted_envoy_state(ent, title, entry_at, home or doc.source_country)
        if code is None and sector is not None:
            code = self._story_country(doc, entry_at, sector, office, home)
            if assumed is not None:
                assumed.add(ent.text)
        if code is None:
            return None
        return Entity(code=code, sector=sector or "GOV", entity_text=ent.text, office=office)

    def _titled_place_country(self, ent: Any, window: Any, entry_at: dict[int, Any]) -> str | None:
        """The country of a titled person no country word gives, from a place: in the title ("Olongapo
        Mayor X", "Johor police chief X"), after the name ("Senator X of Texas", "Governor X of Carchi
        province") or fronting the sentence ("In Tegucigalpa, Security Minister X said": where he speaks)."""
        code = self.place_country_in(window)
        if code is None:
            joined = affiliation_phrase(ent)
            code = (_country_in(joined, entry_at) or self.place_country_in(joined)) if len(joined) else None
        if code is None:
            place = _fronted_place(window)
            code = (_country_in(place, entry_at) or self.place_country_in(place)) if len(place) else None
        return code

    def _untitled_person(self, ent: Any, entry_at: dict[int, Any]) -> tuple[str | None, str | None, str | None]:
        """(code, sector, office) of a parser's person that neither a title nor a country word introduces
        and no known office holder is, from the first reading that gives one (all None when none does)."""
        # "Marta Silva, who was deputy premier under Paulo Reis,": the office the relative
        # clause gives, of the country it names or of the office holder it names
        code: str | None = None
        relative = _relative_clause(ent)
        sector, office = self.sector_of(relative) if len(relative) else (None, None)
        if sector is not None:
            code = _country_in(relative, entry_at, people=True) or self.place_country_in(relative)
        if code is None and sector is None:
            # "Ugandan police held Kenyan fishermen. One of them, X, said": of the group, not the story
            code = member_country(ent, entry_at)
            sector = "CVL" if code is not None else None
        if code is None and sector is None and _aged(ent):
            sector = "CVL"  # "Wa Lone, 32, and ...": an age, not a title, introduces a private person
        if code is None and sector is None and _described_private(ent):
            sector = "CVL"  # "X, a school teacher in Bajwat,": a description, not a title
            code = self.place_country_in(_appositive(ent))
        if code is None and sector is None:
            joined = affiliation(ent, entry_at, self.sector_of)  # "Anna Kovacs of Human Rights Watch said"
            if joined is not None:
                code, sector, office = str(joined[0].code), joined[1], joined[2]
        return code, sector, office

    def _told_earlier(
        self, ent: Any, entry_at: dict[int, Any], phrases: tuple[Any, Any], sector: str | None, office: str | None
    ) -> tuple[str | None, str | None, str | None]:
        """(code, sector, office) of a person the country words around the name leave without a country,
        from what the story told before (``phrases``: the title window and the appositive) or a vessel
        the person commands; the ``sector`` and ``office`` given are kept unless a reading replaces them."""
        window, appositive = phrases
        code: str | None = None
        if sector is not None:
            # "an Iranian businessman ... the businessman, Reza Kazemi,": the country told before
            told = (_told_before(phrase, entry_at) for phrase in (window, _fronted_title(ent), appositive))
            code = next(filter(None, told), None)
        if code is None and ent.label_ == "PERSON":
            code = vessel_country(_fronted_title(ent), entry_at)  # "the Karev's captain, X," of its flag
            sector = sector or ("CVL" if code is not None else None)
        if code is None and sector is None and ent.label_ == "PERSON":
            # "police arrested a Kenyan trader ... The trader, John Otieno,": a private person the story
            # described before, by a noun that is no title
            told = (_told_before(phrase, entry_at) for phrase in (_fronted_title(ent), appositive))
            code = next(filter(None, told), None)
            sector = "CVL" if code is not None else None
        if code is None and sector is None and ent.label_ == "PERSON":  # "Deputy X" after "a Venezuelan deputy"
            code, sector, office = bare_title_told_before(ent, entry_at, self.sector_of) or (None, None, None)
        return code, sector, office

    def _story_country(
        self, doc: Document, entry_at: dict[int, Any], sector: str, office: str | None, home: str | None
    ) -> str | None:
        """The country of a titled person nothing else places: "Foreign Minister Chung said ...", "Legislator
        X", "Wing Commander X" in an outlet's own news are of the outlet's country, if the story involves it
        at all; otherwise (and for "opposition candidate X") of the story's country (``home``)."""
        own_news = (
            doc.source_country is not None
            and is_own_news(self.knowledge, doc, doc.source_country, entry_at)
            and not self._titles.foreign_to(doc.source_country, office)  # no US "Information Minister"
        )
        return doc.source_country if sector in _STATE_SECTORS and own_news else (home or doc.source_country)

    def _titled_name(self, ent: Any, doc: Document) -> Entity | None:
        """A parser's person of title words and one name ("Emir Tamim", "bin Laden"): the holder of that
        name whom the title fits; a father's "bin" opening the name fits anybody. Title words alone
        ("Emir Sheikh", cut off from the name after it) name nobody."""
        title = ent[:-1]
        if len(ent) < 2 or not all(self._is_title_word(t) or t.lower_ in resolve_words("patronymic") for t in title):
            return None
        if self._is_title_word(ent[-1]):
            return None
        sector, office = self.sector_of(title)
        known = self._known_surname(ent[-1:], doc, sector, office)
        fits = known is not None and (_title_fits(office, known.office) or rank_fits(sector, known, office))
        return known if fits else None

    def _described_name(self, ent: Any) -> bool:
        """A name the parser tagged as a person, or a run of two proper nouns or more that is no
        place, described by a noun that is no place's ("Mahamat Idriss, a Chadian trader,")."""
        if ent.label_ == "PERSON":
            return True
        head = next((t for t in _appositive(ent) if t.dep_ == "appos"), None)
        place_nouns = resolve_words("settlement") | resolve_words("landmark") | resolve_words("facility")
        return len(ent) > 1 and head is not None and head.lemma_.lower() not in place_nouns and not self._is_place(ent)

    def _current_surnames(
        self, sdoc: Any, doc: Document, taken: list[bool], told: dict[str, Entity]
    ) -> list[ActorMention]:
        """Bare surnames of people in office on the article's date that the parser did not tag as a
        person ("Trump" read as an organisation, or as an adjective before a comma). Only people in
        office then (or within the settings' years of their term): "May", "Rice" or "Brown" in other
        years stay words. A surname of a person the story named in full (``told``: name parts) is that
        person, though another holder of it is in office or a place has that name ("Fernandez" after
        "Cristina Fernandez de Kirchner" in 2012 is not the Dominican president)."""
        out: list[ActorMention] = []
        # only a word spelt as a known surname can be one: those are found in one array of the parse
        ids = self._surname_ids
        spelt = [i for i, orth in enumerate(doc_columns(sdoc, "ORTH").tolist()) if orth in ids]
        for token in (sdoc[i] for i in spelt):
            if (
                taken[token.i]
                or not token.is_title
                or token.text not in self._surnames
                or (token.ent_type_ not in _SURNAME_ENT_TYPES and not lone_place_tag(token))
                or token.pos_ not in {"PROPN", "ADJ", "NOUN"}
            ):
                continue
            if _opens_longer_person(token):
                continue  # "Paul" of "Paul Were" is a first name, not Haiti's Evans Paul
            # "Mr Ruto", "Marshal Haftar": a title before the name, no first name of a longer one
            titled = _in_longer_name(token) and titled_surname(token, self._is_title_word)
            if _in_longer_name(token) and not titled:
                continue  # "Roberto" of "Roberto Canseco" is somebody else's first name
            if len(token) == 2 and not (token.pos_ == "PROPN" and token.ent_type_ == "PERSON"):
                continue  # a family name of two letters ("Xi") only where the parser reads a person
            span = sdoc[token.i : token.i + 1]
            if token.text in told and not titled:
                out.append(self._mention(span, _renamed(told[token.text], token.text), "person"))
                taken[token.i] = True
                continue
            if not any(e.dated for e in self._holders_near(self._surnames[token.text], doc.published)):
                continue
            sector, office = self.sector_of(_left_window(span)) if titled else (None, None)
            entity = self._known_surname(span, doc, sector, office)
            if entity is not None and not (_title_fits(office, entity.office) or rank_fits(sector, entity, office)):
                continue  # "Mayor Johnson" is nobody's prime minister
            if entity is not None:
                out.append(self._mention(span, entity, "person"))
                taken[token.i] = True
        return out

    def _known_surname(
        self,
        ent: Any,
        doc: Document,
        title_sector: str | None = None,
        title_office: str | None = None,
        states: Collection[str] | None = None,
    ) -> Entity | None:
        """A name of one word that is the surname (or family name) of people of the knowledge files who
        all act for one country: theirs, preferring those in office on the article's date. After a
        military rank (``title_sector``), only the forces' holders; after a title of an office
        (``title_office``), only the holders it fits, if any ("President Zuma" is not the AU's
        chairperson; "President Bush", "Emir Tamim" are people though a gazetteer place shares the name)."""
        if len(ent) != 1 or not ent[0].is_title or self.sector_of(ent)[0] is not None:
            return None  # "Mayor" is a title
        entries = self._surnames.get(ent.text, [])
        if not entries:
            return None
        pool = rank_holders(self._holders_near(entries, doc.published, person=_tagged_person(ent)), title_sector)
        fitting = title_holders(pool, title_office)
        if (
            self._is_place(ent)
            and not fitting
            and not addressed(ent[0])
            and not self._holder_over_town(ent, entries, doc, states)
        ):
            return None  # "a Sabah trader" is of the Malaysian state, not of Kuwait's emirs
        pool = particle_holders(fitting or pool, ent[0])
        if not pool or named_otherwise(ent[0], pool, self._is_title_word):
            return None  # nobody of that name in office near the article's date: "Day three", "the Sahel"
        if _modifies_noun(ent[0]) and not any(_name_words(e.phrase)[-1] == ent.text for e in pool):
            return None  # a first name before a noun is a people or a place: "a Karen armed group"
        if len({e.code for e in pool}) != 1:
            pool = namesake_holders(pool, ent[0], doc.home_country)  # "Mr. Maliki" in 2008: Iraq's
        if not pool:
            return None  # "Kim" of two countries with nothing to choose by, "Khan": too common to guess
        entry = pool[0]
        return Entity(code=entry.code, sector=entry.sector or "GOV", entity_text=ent.text, office=entry.office)

    def _holder_over_town(self, ent: Any, entries: list[Any], doc: Document, states: Collection[str] | None) -> bool:
        """A holder in office beats a town abroad of the same name (``states``: the story's; None: not read)."""
        if states is None:
            return False
        return holder_over_town(ent, self.knowledge.gazetteer.lookup(ent.text), entries, doc.published, states)

    def _holders_near(self, entries: list[Any], day: date | None, *, person: bool = False) -> list[Any]:
        """The holders of a surname in office on ``day``; if none and the parser read the name as a
        person's, those nearest to it in time within the settings' years after and before a term: a
        word the parser did not take for a person ("the Sahel", "Day three") needs a holder in office."""
        current = [e for e in entries if e.valid_on(day)]
        if current or not person:
            return current
        return _nearest_holders(entries, day, self._surname_years)


def _ship_key(span: Any) -> str:
    """A ship's name without the article the parser may let in ("the Akademik Orlov")."""
    return span.text[4:] if span.text.lower().startswith("the ") else span.text


def _flag_of(span: Any, entry_at: dict[int, Any]) -> Entity | None:
    """The flag state a ship's own words give ("the Russian trawler Karev"); None when they give none
    (a ship is never a person or an office holder)."""
    flag = _country_in(_left_window(span), entry_at)
    return None if flag is None else Entity(code=flag, entity_text=span.text)


def _opens_longer_person(token: Any) -> bool:
    """The word opens a parser's person of several words: a first name, whatever the next word's
    part of speech ("Paul Were", where "Were" is read as a verb)."""
    doc = token.doc
    return (
        token.ent_type_ == "PERSON"
        and token.ent_iob_ == "B"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].ent_iob_ == "I"
    )


def _tagged_person(span: Any) -> bool:
    """The parser tagged every word of the span as a person's name."""
    return all(t.ent_type_ == "PERSON" for t in span)


def _nearest_holders(entries: list[Any], day: date | None, years: tuple[int, int]) -> list[Any]:
    """Of the holders of a surname, none in office on ``day``, those whose term is nearest to it,
    if it ended at most ``years[0]`` years before or starts at most ``years[1]`` years after: another
    holder decades away is nobody this name can mean."""
    if day is None:
        return entries  # no date: every holder is in office (``valid_on``)
    gaps = [(_years_apart(e, day, years), e) for e in entries]
    near = [(gap, e) for gap, e in gaps if gap is not None]
    nearest = min((gap for gap, _ in near), default=None)
    return [e for gap, e in near if gap == nearest]


def _years_apart(entry: Any, day: date, years: tuple[int, int]) -> float | None:
    """How many years lie between ``day`` and the holder's term, if no more than the window allows."""
    if entry.valid_to is not None and day > entry.valid_to:
        gap, limit = (day - entry.valid_to).days / 365.25, years[0]
    elif entry.valid_from is not None and day < entry.valid_from:
        gap, limit = (entry.valid_from - day).days / 365.25, years[1]
    else:
        return 0.0
    return gap if gap <= limit else None


def _named_states(entry_at: dict[int, Any]) -> set[str]:
    """The codes of the states and bodies the story's phrases name."""
    return {entry.code for entry in entry_at.values()}
