"""Years in which people.tsv names nobody for a state's five main offices.

    python tools/office_gaps.py [--codes FRA,DEU] [--first 1990] [--last 2026] [--slack 7] [--counts]

For every state of countries.tsv (in the years its rows are valid) and every year, an office has a
gap when more than --slack days in a row of that year are held by nobody in people.tsv. The five
offices are head of state, head of government, foreign minister, defence minister and interior
minister; each gathers the office names the file writes for it (King, Emir, Pope, Regent, Acting
President, Home Secretary ...). A state whose rows never name a head of government is read as
presidential: its head of state heads the government. Commonwealth realms whose head of state is
the British monarch (coded GBR) count their Governor-General, who acts for the monarch there; a
realm's head-of-state gaps are years without one. The table prints each state's gap years per
office as ranges, then the count of gap years per office.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterable
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "parley" / "data"

#: The office names of people.tsv that hold each of the five offices.
OFFICES: dict[str, frozenset[str]] = {
    "head_of_state": frozenset(
        {
            "President",
            "Acting President",
            "Interim President",
            "Transitional President",
            "Provisional President",
            "Head of State",
            "Governor-General",
            "Regent",
            "Pope",
            "King",
            "Queen",
            "Emir",
            "Sultan",
            "Emperor",
            "Grand Duke",
            "Prince",
            "Supreme Leader",
            "Presidency Member",
            "President of the Presidency",
            "Chairman of the Presidential Council",
            "Chairman of the Presidential Leadership Council",
            "President of the Presidium of the Supreme People's Assembly",
            "Head of Junta",
            "President of the Transitional Military Council",
            "Chairman of the Transitional Military Council",
            "Chairman of the Supreme Council of the Armed Forces",
            "Transitional Presidential Council President",
            "President of the High Transitional Authority",
            # heads of state under other names: juntas, councils, the Soviet-era chairmen, de facto leaders
            "Leader",
            "Chairman of the Supreme Soviet",
            "Chairman of the Supreme Council",
            "Chairman of the State Law and Order Restoration Council",
            "Chairman of the State Peace and Development Council",
            "Chairman of the State Administration Council",
            "Chairman of the Sovereignty Council",
            "Chairman of the National Transitional Council",
            "President of the General National Congress",
            # Liberia's transitional heads of state (1994-1997, 2003-2006)
            "Chairman of the Council of State",
            "Chairman of the Transitional Government",
        }
    ),
    "head_of_government": frozenset(
        {
            "Prime Minister",
            "Acting Prime Minister",
            "Caretaker Prime Minister",
            "Premier",
            "Chancellor",
            "Acting Chancellor",
            "Taoiseach",
            "Head of Government",
            "President of the Council of Ministers",
            "Chairman of the Council of Ministers",
            "Chairman of the Cabinet of Ministers",
            "State Counsellor",
            "Chief Executive",
        }
    ),
    "foreign_minister": frozenset(
        {
            "Foreign Minister",
            "Acting Foreign Minister",
            "Caretaker Foreign Minister",
            "Foreign Secretary",
            "Secretary of State",
        }
    ),
    "defence_minister": frozenset(
        {
            "Defence Minister",
            "Defense Minister",
            "Acting Defence Minister",
            "Defence Secretary",
            "Defense Secretary",
            "Acting Defense Secretary",
            "Secretary of War",
            "Armed Forces Minister",
            "Minister Responsible for Defence Affairs",
            # Japan's defence portfolio before the agency became a ministry (2007), Oman's since 2020
            "Defence Agency Director General",
            "Deputy Prime Minister for Defence Affairs",
            # Morocco: the King holds the portfolio, his minister delegate runs it
            "Minister Delegate for National Defence",
        }
    ),
    # The portfolio of the police and internal order, whatever the state calls it (Argentina's
    # Security Minister and the Netherlands' Justice and Security Minister hold the police, so do
    # Canada's Public Safety Minister and South Africa's Police Minister, Law and Order Minister before 1994).
    "interior_minister": frozenset(
        {
            "Interior Minister",
            "Acting Interior Minister",
            "Interior Secretary",
            "Home Minister",
            "Home Secretary",
            "Home Affairs Minister",
            "Home Adviser",
            "Minister of Internal Affairs",
            "Internal Administration Minister",
            "Public Security Minister",
            "Public Security Secretary",
            "Public Safety Minister",
            "Public Order Minister",
            "Police Minister",
            "Law and Order Minister",
            "Territorial Administration Minister",
            "National Security Minister",
            "Citizen Protection Minister",
            "Security Minister",
            "Justice and Security Minister",
            "Secretary of Homeland Security",
        }
    ),
}

#: Office names that hold one of the five offices in one state only: elsewhere the same words name a
#: junior post (a "State Minister" or "Minister of State for Foreign Affairs" serves under a minister).
NATIONAL_OFFICES: dict[str, dict[str, str]] = {
    # Georgia 1995-2004: the State Minister headed the government while the premiership was abolished
    "GEO": {"State Minister": "head_of_government"},
    # Algeria 1992-1994 and Ghana to 1993 were headed by councils (elsewhere a "High Council of State"
    # is a senate); Nepal's interim election government of 2013-2014
    "DZA": {"Chairman of the High Council of State": "head_of_state"},
    "GHA": {"Chairman of the PNDC": "head_of_state"},
    "NPL": {"Chairman of the Interim Council": "head_of_government"},
    # Brazil: the Justice Minister holds the federal police (its Public Security Minister did in 2018 only);
    # elsewhere a justice minister keeps the courts and prisons, beside an interior minister
    "BRA": {"Justice Minister": "interior_minister"},
    # Bangladesh's caretaker governments: the Chief Adviser heads them, his advisers hold the portfolios
    "BGD": {"Chief Adviser": "head_of_government", "Foreign Adviser": "foreign_minister"},
    # Oman: the Sultan keeps the foreign portfolio; its minister of state (to 1997), then the
    # Minister Responsible for Foreign Affairs, runs it
    "OMN": {
        "Minister of State for Foreign Affairs": "foreign_minister",
        "Minister Responsible for Foreign Affairs": "foreign_minister",
    },
    # Libya under the Jamahiriya: the secretaries of the General People's Committee (the cabinet)
    "LBY": {
        "Secretary of the General People's Committee": "head_of_government",
        "Secretary of the General People's Committee for Foreign Liaison": "foreign_minister",
        "Secretary of the General People's Committee for Defence": "defence_minister",
        "Secretary of the General People's Committee for Public Security": "interior_minister",
    },
}

Term = tuple[date, date]  # first day, first day no longer covered

_START = date(1, 1, 1)
_OPEN = date(9999, 12, 31)


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a parley data file (comment lines skipped, header read)."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "") for k, v in row.items()} for row in csv.DictReader(lines, delimiter="\t")]


def _day(text: str, default: date) -> date:
    return date.fromisoformat(text) if text else default


def _term(row: dict[str, str]) -> Term:
    return _day(row.get("valid_from", ""), _START), _day(row.get("valid_to", ""), _OPEN)


def state_terms(countries: Iterable[dict[str, str]]) -> dict[str, tuple[str, list[Term]]]:
    """Each state code with its (first) name and the terms its rows are valid."""
    out: dict[str, tuple[str, list[Term]]] = {}
    for row in countries:
        name, terms = out.setdefault(row["code"], (row["name"], []))
        terms.append(_term(row))
    return out


def office_terms(people: Iterable[dict[str, str]]) -> dict[tuple[str, str], list[Term]]:
    """The terms of each (state code, office kind) in people rows."""
    kind_of = {name: kind for kind, names in OFFICES.items() for name in names}
    out: dict[tuple[str, str], list[Term]] = {}
    for row in people:
        office = row.get("office", "")
        kind = kind_of.get(office) or NATIONAL_OFFICES.get(row["code"], {}).get(office)
        if kind:
            out.setdefault((row["code"], kind), []).append(_term(row))
    return out


def _uncovered(first: date, end: date, terms: list[Term], slack: int) -> bool:
    """Whether more than ``slack`` days in a row of [first, end) lie in none of the terms."""
    day = first
    for start, stop in sorted(terms):
        if (min(start, end) - day).days > slack:
            return True
        day = max(day, stop)
        if day >= end:
            return False
    return (end - day).days > slack


def gap_years(
    code: str, exists: list[Term], offices: dict[tuple[str, str], list[Term]], years: range, slack: int = 0
) -> dict[str, list[int]]:
    """For each office kind, the years the state exists in with some day nobody holds it."""
    presidential = (code, "head_of_government") not in offices
    out: dict[str, list[int]] = {}
    for kind in OFFICES:
        terms = offices.get((code, kind), [])
        if kind == "head_of_government" and presidential:
            terms = offices.get((code, "head_of_state"), [])
        for year in years:
            first, end = date(year, 1, 1), date(year + 1, 1, 1)
            spans = [(max(first, a), min(end, b)) for a, b in exists if a < end and b > first]
            if any(_uncovered(a, b, terms, slack) for a, b in spans):
                out.setdefault(kind, []).append(year)
    return out


def ranges(years: list[int]) -> str:
    """Consecutive years as ranges: [1990, 1991, 1995] -> '1990-1991,1995'."""
    parts: list[str] = []
    for year in years:
        if parts and int(parts[-1].split("-")[-1]) == year - 1:
            parts[-1] = f"{parts[-1].split('-')[0]}-{year}"
        else:
            parts.append(str(year))
    return ",".join(parts)


def gaps(
    countries: list[dict[str, str]],
    people: list[dict[str, str]],
    years: range,
    codes: set[str] | None = None,
    slack: int = 0,
) -> dict[str, tuple[str, dict[str, list[int]]]]:
    """Each state (all, or those of ``codes``) with its name and its gap years per office kind."""
    offices = office_terms(people)
    return {
        code: (name, gap_years(code, exists, offices, years, slack))
        for code, (name, exists) in sorted(state_terms(countries).items())
        if codes is None or code in codes
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--codes", help="comma-separated state codes (default: every state)")
    parser.add_argument("--first", type=int, default=1990)
    parser.add_argument("--last", type=int, default=2026)
    parser.add_argument(
        "--slack",
        type=int,
        default=7,
        help="ignore holes of at most this many days (approximate dates)",
    )
    parser.add_argument("--counts", action="store_true", help="print only the counts per office")
    parser.add_argument("--data", type=Path, default=DATA, help="directory of countries.tsv and people.tsv")
    args = parser.parse_args(argv)
    codes = {c.strip() for c in args.codes.split(",")} if args.codes else None
    table = gaps(
        read_rows(args.data / "countries.tsv"),
        read_rows(args.data / "people.tsv"),
        range(args.first, args.last + 1),
        codes,
        args.slack,
    )
    totals = dict.fromkeys(OFFICES, 0)
    for code, (name, found) in table.items():
        for kind, years in found.items():
            totals[kind] += len(years)
            if not args.counts:
                print(f"{code}\t{name}\t{kind}\t{len(years)}\t{ranges(years)}")
    print("gap years per office: " + "  ".join(f"{kind} {n}" for kind, n in totals.items()))


if __name__ == "__main__":
    main()
