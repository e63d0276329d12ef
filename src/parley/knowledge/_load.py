"""Loading the bundled knowledge files plus the user's, once per process."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..document import Dateline
from ..errors import KnowledgeError
from ._gazetteer_file import _load_gazetteer
from ._model import ActorEntry, DescriptionEntry, Gazetteer, GazetteerEntry, SectorEntry, fold
from ._small_places import load_small_places
from ._tables import _bodies, _countries, _descriptions, _groups, _igos, _name_order, _people, _sectors

__all__ = ["Knowledge", "bundled_path", "load_knowledge", "knowledge_files"]

logger = logging.getLogger(__name__)

#: British and American spellings of words in organisations' names: a row written with one also
#: matches the other ("Collective Security Treaty Organisation", "Department of Defence").
_SPELLINGS = (
    ("Organisation", "Organization"),
    ("Defence", "Defense"),
    ("Centre", "Center"),
    ("Programme", "Program"),
    ("Labour", "Labor"),
)


def bundled_path(filename: str) -> Path:
    """Path of a data file shipped with parley (``src/parley/data/<filename>``)."""
    return Path(str(resources.files("parley").joinpath("data", filename)))


def knowledge_files(filename: str, extra_dirs: Iterable[Path] = ()) -> list[Path]:
    """The bundled file then each extra dir's file of the same name that exists."""
    paths = [bundled_path(filename)]
    for folder in extra_dirs:
        candidate = Path(folder) / filename
        if candidate.is_file():
            paths.append(candidate)
    return paths


class Knowledge:
    """Everything parley knows about actors, titles and places.

    Attributes:
        actors: every phrase from countries, IGOs and people files.
        sectors: title and group words with the sector they imply.
        country_names: ISO3 -> canonical short name (the undated row's name).
        capitals: ISO3 -> capital city (first item of the capitals column).
        gazetteer: place lookup, built on first use (about 0.3 s).
        descriptions: phrases that stand for an actor named earlier ("the kingdom").
        name_order: ISO3 -> naming convention of the states whose people the news calls by the
            first word of their name (``data/name_order.tsv``: "family_first", "given_name_used").
    """

    def __init__(
        self,
        actors: list[ActorEntry],
        sectors: list[SectorEntry],
        country_names: dict[str, str],
        capitals: dict[str, str],
        gazetteer_files: list[Path],
        descriptions: list[DescriptionEntry] | None = None,
        small_places: list[Path] | None = None,
        name_order: dict[str, str] | None = None,
    ) -> None:
        self.actors = _with_other_spellings(actors)
        self.name_order = name_order or {}
        self.descriptions = descriptions or []
        self.sectors = sectors
        self.country_names = country_names
        self.capitals = capitals
        self._gazetteer_files = gazetteer_files
        self._small_places = small_places or []
        self._gazetteer: Gazetteer | None = None
        self._lock = threading.Lock()
        self._exact: dict[str, list[ActorEntry]] = {}
        self._folded: dict[str, list[ActorEntry]] = {}
        for entry in self.actors:
            self._exact.setdefault(entry.phrase, []).append(entry)
            if not _is_acronym(entry.phrase):
                self._folded.setdefault(entry.phrase.casefold(), []).append(entry)

    @property
    def gazetteer(self) -> Gazetteer:
        """The place gazetteer (loaded once, on first use)."""
        if self._gazetteer is None:
            with self._lock:
                if self._gazetteer is None:
                    gazetteer = _load_gazetteer(self._gazetteer_files)
                    # "Costa Rica" is the country, not a town of that name in Brazil
                    states: dict[str, set[str]] = {}
                    for entry in self.actors:
                        if entry.kind in {"name", "alias"}:
                            states.setdefault(entry.phrase, set()).add(entry.code)
                    gazetteer.drop_foreign_namesakes(states)
                    self._add_small_places(gazetteer)
                    self._gazetteer = gazetteer
        return self._gazetteer

    def _add_small_places(self, gazetteer: Gazetteer) -> None:
        """The small tier (a user's places_small.tsv replaces the bundled one), without names that
        mean an actor or a word of a person's name ("Sokh" stays a village only while no person of
        the files is called so); a name of a bigger place never reaches the tier."""
        if not self._small_places:
            return
        taken: set[str] = set()
        for entry in self.actors:
            taken.add(fold(entry.phrase))
            if entry.kind == "person":
                taken.update(fold(word) for word in entry.phrase.split())
        gazetteer.add_small_tier(load_small_places(self._small_places[-1], taken))

    def actor_lookup(self, phrase: str, on: date | None = None) -> list[ActorEntry]:
        """Entries for a phrase valid on a day: exact (case-sensitive) matches if any,
        else case-insensitive ones.

        All-capital entries ("US", "WHO", "UN") only match exactly, so "us" and "who"
        never become actors. With a day, dated entries ("Soviet Union" until 1991,
        a minister's term) come before undated ones; without one, entries still valid
        (no end date) come first.
        """
        phrase = phrase.strip()
        found = [e for e in self._exact.get(phrase, ()) if e.valid_on(on)]
        if not found:
            found = [e for e in self._folded.get(phrase.casefold(), ()) if e.valid_on(on)]
        if on is None:
            found.sort(key=lambda e: e.valid_to is not None)
        else:
            found.sort(key=lambda e: not e.dated)
        return found

    def country_named(self, phrase: str) -> str | None:
        """The ISO3 code of the country a phrase names ("Solomon Islands" -> SLB), else None."""
        for entry in self.actor_lookup(phrase):
            if entry.kind in {"name", "alias"} and entry.code in self.country_names:
                return entry.code
        return None

    def region_country(self, region: str, place: str | None = None) -> str | None:
        """The country a region written after a dateline's city (``place``) names: a country
        ("Solomon Islands" -> SLB), else a first-order division the gazetteer places in one country
        only ("Illinois" -> USA, so "GENEVA, Illinois" is not filed from Switzerland). A country's
        name that is also another state's division names that state when the city lies there and
        not in the country ("ATLANTA, Georgia" -> USA, "TBILISI, Georgia" -> GEO)."""
        named = self.country_named(region)
        if named is not None:
            return self._division_state(region, place, named) or named
        divisions = {e.country for e in self.gazetteer.candidates(region) if e.feature_code == "ADM1" and e.country}
        return divisions.pop() if len(divisions) == 1 else None

    def _division_state(self, region: str, place: str | None, named: str) -> str | None:
        """The state whose division ``region`` names when the gazetteer has ``place`` there and not
        in the country ``named``, else None."""
        if not place:
            return None
        towns = {e.country for e in self.gazetteer.candidates(place)}
        if named in towns:
            return None
        return next((e.country for e in self.gazetteer.divisions_named(region) if e.country in towns), None)

    def dateline_city(self, dateline: Dateline | None, outlet: str | None = None) -> GazetteerEntry | None:
        """The gazetteer entry of a dateline's city, looked up first in the country its region names:
        "GIZO, Solomon Islands" is the Solomon Islands' Gizo, not Giza (also called Gizo). With no
        region, a seat of a province of the ``outlet``'s own country comes before a bigger namesake
        abroad that is no capital: a local paper's "GIZO --" is its own provincial town."""
        if dateline is None or not dateline.place:
            return None
        country = self.region_country(dateline.region, dateline.place) if dateline.region else None
        entry = self.gazetteer.lookup(dateline.place, country)
        if entry is not None and country is not None and entry.country != country:
            return None  # the region names another country: a namesake abroad is never the city
        if country is None and entry is not None and outlet and entry.country != outlet:
            own = self.gazetteer.lookup(dateline.place, outlet)
            if own is not None and own.country == outlet and _is_seat(own) and entry.feature_code != "PPLC":
                return own
        return entry

    def dateline_country(self, dateline: Dateline | None, outlet: str | None = None) -> str | None:
        """The country a dateline files from: its city's (see ``dateline_city``); for a town the
        gazetteer does not know, the country its region names ("SANTA CRUZ, Bolivia --" is Bolivia's
        whatever Santa Cruz the gazetteer holds), else the country whose capital the place is by a
        spelling the gazetteer lacks ("ULAANBAATAR --")."""
        entry = self.dateline_city(dateline, outlet)
        if entry is not None and entry.country:
            return str(entry.country)
        if dateline is None or not dateline.place:
            return None
        if dateline.region:
            return self.region_country(dateline.region, dateline.place)
        capitals = {e.code for e in self.actor_lookup(dateline.place) if e.kind == "capital"}
        return capitals.pop() if len(capitals) == 1 else None

    def __repr__(self) -> str:
        return (
            f"Knowledge({len(self.actors)} actor phrases, {len(self.sectors)} sector phrases, "
            f"{len(self.country_names)} countries)"
        )


def _is_seat(entry: GazetteerEntry) -> bool:
    """A national or provincial capital (the seat of a first- or second-order division)."""
    return entry.feature_code in {"PPLC", "PPLA", "PPLA2"}


def _is_acronym(phrase: str) -> bool:
    return any(ch.isalpha() for ch in phrase) and not any(ch.islower() for ch in phrase)


@lru_cache(maxsize=8)
def _load(extra_dirs: tuple[Path, ...]) -> Knowledge:
    for folder in extra_dirs:
        if not folder.is_dir():
            raise KnowledgeError(f"{folder}: knowledge folder does not exist", code="E306")
    started = time.perf_counter()
    country_actors, names, capitals = _countries(knowledge_files("countries.tsv", extra_dirs))
    actors = (
        country_actors
        + _igos(knowledge_files("igos.tsv", extra_dirs))
        + _groups(knowledge_files("groups.tsv", extra_dirs))
        + _bodies(knowledge_files("bodies.tsv", extra_dirs))
        + _people(knowledge_files("people.tsv", extra_dirs))
    )
    sectors = _sectors(knowledge_files("sectors.tsv", extra_dirs))
    gazetteer_files = (
        knowledge_files("gazetteer.tsv", extra_dirs)
        + knowledge_files("places_extra.tsv", extra_dirs)
        + knowledge_files("regions.tsv", extra_dirs)
        + knowledge_files("namesake_divisions.tsv", extra_dirs)
    )
    descriptions = _descriptions(knowledge_files("descriptions.tsv", extra_dirs))
    small_places = knowledge_files("places_small.tsv", extra_dirs)
    name_order = _name_order(knowledge_files("name_order.tsv", extra_dirs))
    knowledge = Knowledge(actors, sectors, names, capitals, gazetteer_files, descriptions, small_places, name_order)
    logger.debug("knowledge loaded in %.3f s: %r", time.perf_counter() - started, knowledge)
    return knowledge


def load_knowledge(extra_dirs: tuple[Path, ...] = ()) -> Knowledge:
    """Load (once per process and folder list) the bundled knowledge plus the user's.

    Each folder in ``extra_dirs`` (``Settings.knowledge_dirs``) may hold files named
    like the bundled ones (countries.tsv, igos.tsv, groups.tsv, bodies.tsv, people.tsv, sectors.tsv,
    descriptions.tsv, name_order.tsv, gazetteer.tsv, places_extra.tsv, regions.tsv, namesake_divisions.tsv);
    their rows are added, and replace bundled rows with the same key (countries: code + valid_from; igos: name;
    people: name + office + valid_from; sectors: phrase; name_order: code; places: geonameid, else
    name + country).

    Raises:
        KnowledgeError: a missing folder or a malformed file (the message names the
            file and line).
    """
    return _load(tuple(Path(p).resolve() for p in extra_dirs))


def _with_other_spellings(actors: list[ActorEntry]) -> list[ActorEntry]:
    """The entries, plus a copy in the other spelling of each entry whose phrase has a British or
    American word of :data:`_SPELLINGS` (unless a row of that spelling exists already)."""
    phrases = {entry.phrase for entry in actors}
    extra: list[ActorEntry] = []
    for entry in actors:
        for one, other in _SPELLINGS:
            for before, after in ((one, other), (other, one)):
                if before in entry.phrase:
                    variant = entry.phrase.replace(before, after)
                    if variant not in phrases:
                        extra.append(dataclasses.replace(entry, phrase=variant))
    return actors + extra
