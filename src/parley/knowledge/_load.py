"""Loading the bundled knowledge files plus the user's, once per process."""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
from collections.abc import Callable, Hashable, Iterable
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..document import Dateline
from ..errors import KnowledgeError
from ._model import ActorEntry, DescriptionEntry, Gazetteer, GazetteerEntry, SectorEntry, fold
from ._small_places import load_small_places
from ._tsv import Row, check_version, parse_date, read_table, split_list

__all__ = ["Knowledge", "bundled_path", "load_knowledge", "knowledge_files"]

logger = logging.getLogger(__name__)

_CODE_RE = re.compile(r"^[A-Z]{3}$")
_SECTOR_RE = re.compile(r"^[A-Z]{3}$")
_NON_STATE = {"UNO", "EUR", "IGO", "NGO"}
#: British and American spellings of words in organisations' names: a row written with one also
#: matches the other ("Collective Security Treaty Organisation", "Department of Defence").
_SPELLINGS = (
    ("Organisation", "Organization"),
    ("Defence", "Defense"),
    ("Centre", "Center"),
    ("Programme", "Program"),
    ("Labour", "Labor"),
)
_GAZETTEER_COLUMNS = (
    "geonameid",
    "name",
    "asciiname",
    "alternates",
    "country",
    "lat",
    "lon",
    "population",
    "feature_code",
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


def _merge(
    files: list[Path],
    name: str,
    required: tuple[str, ...],
    optional: tuple[str, ...],
    key: Callable[[Row], Hashable],
) -> list[Row]:
    """Rows of all files; a later file's row replaces an earlier row with the same key."""
    merged: dict[Hashable, Row] = {}
    for path in files:
        for row in read_table(path, name, required, optional):
            merged[key(row)] = row
    return list(merged.values())


def _code(row: Row, column: str = "code", non_state: bool = False) -> str:
    value = row.get(column)
    if not _CODE_RE.match(value):
        raise row.error(f"{column} {value!r} is not a three-letter upper-case code")
    if non_state and value not in _NON_STATE:
        raise row.error(f"{column} {value!r} must be one of {', '.join(sorted(_NON_STATE))}")
    return value


def _sector(row: Row, value: str) -> str | None:
    if not value:
        return None
    if not _SECTOR_RE.match(value):
        raise row.error(f"sector {value!r} is not a three-letter upper-case PLOVER sector")
    return value


def _dates(row: Row) -> tuple[date | None, date | None]:
    start, end = parse_date(row, "valid_from"), parse_date(row, "valid_to")
    if start is not None and end is not None and end < start:
        raise row.error(f"valid_to {end} is before valid_from {start}", code="E303")
    return start, end


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

    def dateline_city(self, dateline: Dateline | None, outlet: str | None = None) -> GazetteerEntry | None:
        """The gazetteer entry of a dateline's city, looked up first in the country its region names:
        "GIZO, Solomon Islands" is the Solomon Islands' Gizo, not Giza (also called Gizo). With no
        region, a seat of a province of the ``outlet``'s own country comes before a bigger namesake
        abroad that is no capital: a local paper's "GIZO --" is its own provincial town."""
        if dateline is None or not dateline.place:
            return None
        country = self.country_named(dateline.region) if dateline.region else None
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
            return self.country_named(dateline.region)
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


# -- the tables ------------------------------------------------------------------


def _countries(
    files: list[Path],
) -> tuple[list[ActorEntry], dict[str, str], dict[str, str]]:
    rows = _merge(
        files,
        "countries",
        ("code", "name"),
        ("aliases", "demonyms", "capitals", "valid_from", "valid_to"),
        key=lambda r: (r.get("code"), r.get("valid_from")),
    )
    actors: list[ActorEntry] = []
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for row in rows:
        code = _code(row)
        start, end = _dates(row)
        name = row.get("name")
        actors.append(ActorEntry(name, code, None, "name", None, start, end))
        for alias in split_list(row.get("aliases")):
            actors.append(ActorEntry(alias, code, None, "alias", None, start, end))
        for demonym in split_list(row.get("demonyms")):
            actors.append(ActorEntry(demonym, code, None, "demonym", None, start, end))
        caps: list[str] = []
        for item in split_list(row.get("capitals")):
            phrase, _, sector = item.partition("=")
            phrase = phrase.strip()
            sector_code = _sector(row, sector.strip()) if sector else "GOV"
            actors.append(ActorEntry(phrase, code, sector_code, "capital", None, start, end))
            if not sector:
                caps.append(phrase)
        current = start is None and end is None
        if current or code not in names:
            names[code] = name
            if caps:
                capitals[code] = caps[0]
    return actors, names, capitals


def _igos(files: list[Path]) -> list[ActorEntry]:
    rows = _merge(files, "igos", ("code", "name"), ("aliases", "sector"), key=lambda r: r.get("name"))
    actors: list[ActorEntry] = []
    for row in rows:
        code = _code(row, non_state=True)
        sector = _sector(row, row.get("sector"))
        for phrase in [row.get("name"), *split_list(row.get("aliases"))]:
            actors.append(ActorEntry(phrase, code, sector, "igo"))
    return actors


def _bodies(files: list[Path]) -> list[ActorEntry]:
    """National bodies that act for a country (parties, state media, armed forces and intelligence
    services by name, state companies, courts, parliaments), coded by that country."""
    rows = _merge(files, "bodies", ("code", "name"), ("aliases", "sector"), key=lambda r: r.get("name"))
    actors: list[ActorEntry] = []
    for row in rows:
        code = _code(row)
        sector = _sector(row, row.get("sector"))
        for phrase in [row.get("name"), *split_list(row.get("aliases"))]:
            actors.append(ActorEntry(phrase, code, sector, "body"))
    return actors


def _groups(files: list[Path]) -> list[ActorEntry]:
    """Non-state armed groups, coded by the country they fight in (or IMG when they act across borders)."""
    rows = _merge(files, "groups", ("code", "name"), ("aliases", "sector"), key=lambda r: r.get("name"))
    actors: list[ActorEntry] = []
    for row in rows:
        code = _code(row)
        sector = _sector(row, row.get("sector")) or "REB"
        for phrase in [row.get("name"), *split_list(row.get("aliases"))]:
            actors.append(ActorEntry(phrase, code, sector, "group"))
    return actors


def _people(files: list[Path]) -> list[ActorEntry]:
    rows = _merge(
        files,
        "people",
        ("name", "code"),
        ("sector", "office", "valid_from", "valid_to", "aliases"),
        key=lambda r: (r.get("name"), r.get("office"), r.get("valid_from")),
    )
    actors: list[ActorEntry] = []
    for row in rows:
        code = _code(row)
        sector = _sector(row, row.get("sector"))
        office = row.get("office") or None
        start, end = _dates(row)
        phrases = [row.get("name"), *split_list(row.get("aliases"))]
        for phrase in phrases + [v for p in phrases if (v := _initials_other_way(p)) not in phrases and v != p]:
            actors.append(ActorEntry(phrase, code, sector, "person", office, start, end))
    return actors


_SPACED_INITIALS = re.compile(r"\b((?:[A-Z]\. )+[A-Z]\.)(?= )")
_JOINED_INITIALS = re.compile(r"\b((?:[A-Z]\.){2,})(?= )")


def _initials_other_way(phrase: str) -> str:
    """The name with its initials written the other way: "A. K. Abdul Momen" and "A.K. Abdul Momen"
    are one man, and the parser splits the first into two words and keeps the second as one."""
    if _SPACED_INITIALS.search(phrase):
        return _SPACED_INITIALS.sub(lambda m: m.group(1).replace(" ", ""), phrase)
    return _JOINED_INITIALS.sub(lambda m: m.group(1).replace(".", ". ").rstrip(), phrase)


_CONVENTIONS = {"family_first", "given_name_used"}


def _name_order(files: list[Path]) -> dict[str, str]:
    """The states whose people the news calls by their name's first word, with the convention why."""
    order: dict[str, str] = {}
    for row in _merge(files, "name_order", ("code", "convention"), (), key=lambda r: r.get("code")):
        if row.get("convention") not in _CONVENTIONS:
            raise row.error(f"convention {row.get('convention')!r} must be one of {', '.join(sorted(_CONVENTIONS))}")
        order[_code(row)] = row.get("convention")
    return order


def _sectors(files: list[Path]) -> list[SectorEntry]:
    rows = _merge(files, "sectors", ("phrase", "sector"), ("office",), key=lambda r: r.get("phrase").lower())
    return [
        SectorEntry(row.get("phrase"), _sector(row, row.get("sector")) or "", row.get("office") or None) for row in rows
    ]


_REFERS = ("country", "igo", "person")


def _descriptions(files: list[Path]) -> list[DescriptionEntry]:
    rows = _merge(
        files,
        "descriptions",
        ("phrase", "refers"),
        ("codes", "office", "sector"),
        key=lambda r: r.get("phrase").lower(),
    )
    out = []
    for row in rows:
        refers = row.get("refers")
        if refers not in _REFERS:
            raise row.error(f"refers {refers!r} must be one of {', '.join(_REFERS)}")
        codes = split_list(row.get("codes"))
        for code in codes:
            if not _CODE_RE.match(code):
                raise row.error(f"code {code!r} is not a three-letter upper-case code")
        offices = frozenset(o.lower() for o in split_list(row.get("office")))
        if refers == "person" and not offices:
            raise row.error("a description of a person needs the office words it stands for")
        sector = _sector(row, row.get("sector"))
        out.append(DescriptionEntry(row.get("phrase").lower(), refers, frozenset(codes), offices, sector))
    return out


def _load_gazetteer(files: list[Path]) -> Gazetteer:
    started = time.perf_counter()
    merged: dict[object, tuple[GazetteerEntry, list[str]]] = {}
    for path in files:
        # The bundled file has ~34,000 rows: parse it with a tight loop, not read_table.
        table = {"gazetteer.tsv": "gazetteer", "regions.tsv": "regions"}.get(path.name, "places_extra")
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise KnowledgeError(f"{path}: cannot read gazetteer: {exc}", code="E306") from exc
        header: list[str] | None = None
        for lineno, line in enumerate(text.split("\n"), start=1):
            if not line or line.startswith("#"):
                if header is None and line.startswith("#"):
                    check_version(path, lineno, line, table)
                continue
            fields = line.rstrip("\r").split("\t")
            if header is None:
                header = fields
                if tuple(fields) != _GAZETTEER_COLUMNS:
                    raise KnowledgeError(
                        f"{path}:{lineno}: gazetteer header must be {' '.join(_GAZETTEER_COLUMNS)} (tab-separated)",
                        code="E302",
                    )
                continue
            if len(fields) != 9:
                raise KnowledgeError(f"{path}:{lineno}: {len(fields)} tab-separated fields, expected 9", code="E301")
            gid, name, ascii_name, alternates, country, lat, lon, population, feature = fields
            if not name:
                raise KnowledgeError(f"{path}:{lineno}: empty 'name'", code="E301")
            try:
                entry = GazetteerEntry(
                    int(gid) if gid else None,
                    name,
                    country or None,
                    float(lat),
                    float(lon),
                    int(population) if population else 0,
                    feature or "PPL",
                )
            except ValueError as exc:
                raise KnowledgeError(
                    f"{path}:{lineno}: bad number ({exc}) in geonameid/lat/lon/population",
                    code="E304",
                ) from None
            if country and not _CODE_RE.match(country):
                raise KnowledgeError(f"{path}:{lineno}: country {country!r} is not an ISO3 code", code="E301")
            others = [ascii_name] if ascii_name and ascii_name != name else []
            if alternates:
                others.extend(alternates.split("|"))
            merged[entry.geonameid if entry.geonameid is not None else (name, country)] = (
                entry,
                others,
            )
        if header is None:
            raise KnowledgeError(f"{path}: no header row", code="E302")
    gazetteer = Gazetteer(merged.values())
    logger.debug(
        "gazetteer: %d places from %d file(s) in %.2f s",
        len(gazetteer),
        len(files),
        time.perf_counter() - started,
    )
    return gazetteer


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
    descriptions.tsv, name_order.tsv, gazetteer.tsv, places_extra.tsv, regions.tsv); their rows are
    added, and replace bundled rows with the same key (countries: code + valid_from; igos: name;
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
