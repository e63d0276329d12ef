"""The entries the knowledge files turn into, and the gazetteer index."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Protocol

__all__ = [
    "NON_STATE_CODES",
    "ActorEntry",
    "DescriptionEntry",
    "Gazetteer",
    "GazetteerEntry",
    "SectorEntry",
    "fold",
]

#: Codes of actors that are not a state: the UN, the EU, other intergovernmental bodies,
#: NGOs, militant groups across borders, international militants and multinationals.
#: Stages that reason about "which country" (home country, descriptions) skip them.
NON_STATE_CODES = frozenset({"IGO", "UNO", "EUR", "NGO", "IMG", "ISM", "MNC"})

#: ActorEntry.kind values.
KINDS = ("name", "alias", "demonym", "capital", "igo", "person")
#: A town this size is known by its name abroad; a smaller namesake of several countries, none of
#: them named by the story, is more likely a place the gazetteer lacks than any of them.
_KNOWN_TOWN_POPULATION = 100_000
#: A hyphen between two words with spaces on either side or both: the spacing varies, the name does not.
_SPACED_HYPHEN = re.compile(r"(?<=\w) ?- ?(?=\w)")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One surface phrase that names an actor.

    Attributes:
        phrase: the text as news writes it ("North Korea", "Russian", "Pyongyang",
            "NATO", "Vladimir Putin"); matched case-sensitively first.
        code: ISO3 country code, or UNO / EUR / IGO / NGO.
        sector: PLOVER sector the phrase implies (GOV for capitals and office holders),
            None for plain country names and demonyms.
        kind: "name", "alias", "demonym", "capital", "igo" or "person".
        office: the office of a person ("Foreign Minister"), else None.
        valid_from: first day the phrase means this actor (None = always).
        valid_to: last day (None = still).
    """

    phrase: str
    code: str
    sector: str | None
    kind: str
    office: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_on(self, day: date | None) -> bool:
        """True when ``day`` is None or inside [valid_from, valid_to]."""
        if day is None:
            return True
        if self.valid_from is not None and day < self.valid_from:
            return False
        return not (self.valid_to is not None and day > self.valid_to)

    @property
    def dated(self) -> bool:
        """True when the entry has a start or end date."""
        return self.valid_from is not None or self.valid_to is not None


@dataclass(frozen=True, slots=True)
class SectorEntry:
    """A title or group word ("foreign minister", "troops") and the sector it implies."""

    phrase: str
    sector: str
    office: str | None = None


@dataclass(frozen=True, slots=True)
class DescriptionEntry:
    """A description that stands for an actor named earlier ("the kingdom", "the alliance", "the president").

    Attributes:
        phrase: lower-case words without the article ("island nation").
        refers: "country", "igo" or "person": what kind of earlier mention it can stand for.
        codes: the codes it can stand for (empty: any of its kind).
        offices: for ``refers == "person"``, the offices (lower case) of the people it can stand for.
        sector: the sector it gives the actor (None: the antecedent's).
    """

    phrase: str
    refers: str
    codes: frozenset[str] = frozenset()
    offices: frozenset[str] = frozenset()
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A place: a GeoNames city or a hand-listed event place.

    ``geonameid`` is None for hand-listed places that have no GeoNames id;
    ``country`` is None for disputed places and international waters.
    ``feature_code`` is GeoNames' (PPLC = national capital, PPL = city, LCTY, MILB ...).
    """

    geonameid: int | None
    name: str
    country: str | None
    lat: float
    lon: float
    population: int
    feature_code: str


def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Bogotá" and "BOGOTA" both give "bogota"; a hyphen's spacing
    is dropped ("Guinea - Bissau", "Guinea -Bissau" and "Guinea-Bissau" all give "guinea-bissau")."""
    text = text.strip()
    if not text.isascii():
        text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    key = " ".join(text.casefold().replace("’", "'").split())
    return _SPACED_HYPHEN.sub("-", key) if "-" in key else key


class _Towns(Protocol):
    def get(self, key: str, /) -> Iterable[GazetteerEntry] | None: ...


class Gazetteer:
    """Offline place lookup by name (name, ASCII name or alternate names)."""

    __slots__ = ("_divisions", "_index", "_size", "_small")

    def __init__(self, entries: Iterable[tuple[GazetteerEntry, Iterable[str]]] = ()) -> None:
        self._index: dict[str, list[GazetteerEntry]] = {}
        self._divisions: dict[str, list[GazetteerEntry]] = {}
        self._small: _Towns = {}
        self._size = 0
        for entry, names in entries:
            self.add(entry, names)

    def add(self, entry: GazetteerEntry, names: Iterable[str]) -> None:
        """Index ``entry`` under its name and the given other names."""
        self._size += 1
        seen: set[str] = set()
        for name in (entry.name, *names):
            key = fold(name)
            if key and key not in seen:
                seen.add(key)
                bucket = self._index.get(key)
                if bucket is None:
                    self._index[key] = [entry]
                else:
                    bucket.append(entry)

    def add_small_tier(self, small: _Towns) -> None:
        """Villages and small towns by folded name, read only in a country the caller names."""
        self._small = small

    def _small_town(self, key: str, countries: Collection[str]) -> GazetteerEntry | None:
        """The small town of that folded name in one of ``countries``; none when towns of that name
        lie in two of them (no guess between states)."""
        own = [e for e in self._small.get(key) or () if e.country in countries]
        if not own or len({e.country for e in own}) > 1:
            return None
        return max(own, key=lambda e: e.population)

    def drop_foreign_namesakes(self, states: Mapping[str, Collection[str]]) -> None:
        """Forget the places named like a state but in another country ("Costa Rica" in Brazil,
        "Jordan" in Hong Kong): the name means the state. ``states``: name -> the state's codes."""
        for name, codes in states.items():
            key = fold(name)
            bucket = self._index.get(key)
            if not bucket:
                continue
            own = [e for e in bucket if e.country in codes]
            # a dateline's region may still mean such a division ("ATLANTA, Georgia"): kept aside for it
            divisions = [e for e in bucket if e.feature_code == "ADM1" and e.country not in codes]
            if divisions:
                self._divisions[key] = divisions
            if own:
                self._index[key] = own
            else:
                del self._index[key]

    def divisions_named(self, name: str) -> list[GazetteerEntry]:
        """The first-order divisions of other states named like a state, which lookups never give
        (the American state of Georgia): a city's written region may name one all the same."""
        return self._divisions.get(fold(name), [])

    def __len__(self) -> int:
        return self._size

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and fold(name) in self._index

    def candidates(self, name: str) -> list[GazetteerEntry]:
        """Every place called ``name``, best first (capitals, then by population)."""
        found = self._index.get(fold(name), [])
        return sorted(found, key=lambda e: (e.feature_code != "PPLC", -e.population))

    def lookup_among(self, name: str, countries: Collection[str]) -> GazetteerEntry | None:
        """The place called ``name`` in one of ``countries`` (the states a story names) when there is
        one, else the best of any country: "Beni" in a story of Congo is Congo's town, not Bolivia's
        province, and "Kuito" in a story of Angola is not Quito, which GeoNames also spells so."""
        found = self.candidates(name)
        if not found:
            return self._small_town(fold(name), countries) if countries else None
        own = next((e for e in found if e.country in countries), None)
        if own is not None:
            return own
        if countries and len({e.country for e in found}) > 1 and found[0].population < _KNOWN_TOWN_POPULATION:
            return None  # "Bel Air" of a story of Haiti: neither the Philippine nor the Mauritian village
        return found[0]

    def lookup(self, name: str, country: str | None = None) -> GazetteerEntry | None:
        """The best place called ``name`` (case- and accent-insensitive).

        Places in ``country`` (ISO3) come first, then national capitals, then the
        most populous. Returns None when no place has that name.
        """
        found = self._index.get(fold(name))
        if not found:
            return self._small_town(fold(name), (country,)) if country else None
        return min(
            found,
            key=lambda e: (
                country is not None and e.country != country,
                e.feature_code != "PPLC",
                -e.population,
            ),
        )
