"""The knowledge tables read into entries: countries, organisations, groups, bodies, people, sectors,
descriptions and name orders (a later file's row replaces an earlier one with the same key), each row
checked (codes, sectors, dates)."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from datetime import date
from pathlib import Path

from ._model import ActorEntry, DescriptionEntry, SectorEntry
from ._tsv import Row, parse_date, read_table, split_list

__all__ = [
    "_CODE_RE",
    "_bodies",
    "_countries",
    "_descriptions",
    "_groups",
    "_igos",
    "_name_order",
    "_people",
    "_sectors",
]


_CODE_RE = re.compile(r"^[A-Z]{3}$")


_SECTOR_RE = re.compile(r"^[A-Z]{3}$")


_NON_STATE = {"UNO", "EUR", "IGO", "NGO"}


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
    """The row's three-letter code in ``column`` (with ``non_state``, one of the non-state codes only)."""
    value = row.get(column)
    if not _CODE_RE.match(value):
        raise row.error(f"{column} {value!r} is not a three-letter upper-case code")
    if non_state and value not in _NON_STATE:
        raise row.error(f"{column} {value!r} must be one of {', '.join(sorted(_NON_STATE))}")
    return value


def _sector(row: Row, value: str) -> str | None:
    """The PLOVER sector ``value`` checked (None when empty)."""
    if not value:
        return None
    if not _SECTOR_RE.match(value):
        raise row.error(f"sector {value!r} is not a three-letter upper-case PLOVER sector")
    return value


def _dates(row: Row) -> tuple[date | None, date | None]:
    """The row's validity dates, the end not before the start."""
    start, end = parse_date(row, "valid_from"), parse_date(row, "valid_to")
    if start is not None and end is not None and end < start:
        raise row.error(f"valid_to {end} is before valid_from {start}", code="E303")
    return start, end


def _countries(
    files: list[Path],
) -> tuple[list[ActorEntry], dict[str, str], dict[str, str]]:
    """Countries' names, aliases, demonyms and capitals as actor entries; each code's name and capital
    (the current row's, else the first)."""
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
    """International organisations, coded by their non-state code."""
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
    """Known people with their office and dates, each name also with its initials written the other way."""
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
    """The phrases that give a sector (and an office)."""
    rows = _merge(files, "sectors", ("phrase", "sector"), ("office",), key=lambda r: r.get("phrase").lower())
    return [
        SectorEntry(row.get("phrase"), _sector(row, row.get("sector")) or "", row.get("office") or None) for row in rows
    ]


_REFERS = ("country", "igo", "person")


def _descriptions(files: list[Path]) -> list[DescriptionEntry]:
    """Descriptive nouns ("the kingdom", "the republic") and what they refer to: the codes they may stand
    for, the offices of a person."""
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
