"""Build the glued-word test sets in tests/data/ (run once; the files are committed).

glued_pairs.tsv: words glued the way scrapers glue them (word + function word,
function word + capitalised word, abbreviation + word), with the repair.
keep_whole.txt: names and rare words that must never be split: surnames from
parley's people list, city names from its gazetteer, and technical words.
"""

from __future__ import annotations

import csv
import itertools
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "parley" / "data"
OUT = ROOT / "tests" / "data"

HEADS = [
    "talks",
    "ministers",
    "sanctions",
    "troops",
    "officials",
    "meeting",
    "agreement",
    "summit",
    "envoy",
    "embassy",
    "ceasefire",
    "border",
    "protesters",
    "government",
    "president",
    "minister",
    "statement",
    "treaty",
    "negotiations",
    "delegation",
    "visit",
    "army",
    "police",
    "Russia",
    "China",
    "Ukraine",
    "Japan",
    "Korea",
    "Iran",
    "Israel",
    "Germany",
    "France",
    "Britain",
    "India",
    "Pakistan",
    "Turkey",
    "Egypt",
    "Brazil",
    "Mexico",
    "Moscow",
    "Beijing",
    "Tokyo",
    "Seoul",
    "Tehran",
    "Ankara",
    "Cairo",
    "Berlin",
    "Paris",
    "London",
    "Ivanov",
    "Lavrov",
    "Putin",
    "Biden",
    "Macron",
    "Modi",
    "conditions",
    "issues",
    "drills",
    "forces",
    "relations",
    "exports",
    "weapons",
    "refugees",
    "elections",
    "reporters",
]
TAILS = ["on", "for", "the", "regarding", "would", "across", "in", "to", "with", "said", "and", "after", "over"]
FUNCTION_HEADS = ["to", "of", "in", "on", "for", "and", "the", "by", "with", "at", "from"]
CAPITALISED = [
    "Russian",
    "Chinese",
    "Moscow",
    "Washington",
    "Beijing",
    "Iranian",
    "European",
    "Ukraine",
    "Korea",
    "Japanese",
]
ABBREVIATIONS = [
    ("U.S.", "envoy"),
    ("U.N.", "resolution"),
    ("U.S.", "officials"),
    ("U.K.", "government"),
    ("E.U.", "leaders"),
]
TECHNICAL = [
    "denuclearization",
    "ceasefire",
    "counterpart",
    "shipbuilding",
    "icebreaking",
    "peacekeepers",
    "peacekeeping",
    "nonproliferation",
    "counterterrorism",
    "disinformation",
    "cyberattack",
    "bilateral",
    "multilateral",
    "intergovernmental",
    "interoperability",
    "geopolitical",
    "humanitarian",
    "undersecretary",
    "ambassadorship",
    "extraterritorial",
    "referendum",
    "semiconductor",
    "sanctioned",
    "countermeasures",
    "reunification",
    "demilitarized",
    "parliamentarian",
    "secretariat",
    "commissioner",
    "delegation",
    "negotiator",
    "headquarters",
    "cooperation",
    "counteroffensive",
    "paramilitary",
    "militias",
    "airstrike",
    "airstrikes",
    "stockpile",
    "stockpiles",
    "warheads",
    "uranium",
    "enrichment",
    "centrifuges",
    "hypersonic",
    "authoritarian",
    "sovereignty",
    "territorial",
    "archipelago",
    "shoal",
    "reclamation",
]


def glued_pairs() -> list[tuple[str, str]]:
    pairs = [(f"{h}{t}", f"{h} {t}") for h, t in itertools.product(HEADS, TAILS)]
    pairs += [(f"{f}{c}", f"{f} {c}") for f, c in itertools.product(FUNCTION_HEADS, CAPITALISED)]
    pairs += [(f"{a}{w}", f"{a} {w}") for a, w in ABBREVIATIONS]
    random.Random(7).shuffle(pairs)
    return pairs[:320]


def keep_whole() -> list[str]:
    words: set[str] = set(TECHNICAL)
    with (DATA / "people.tsv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    for row in rows[1:]:
        for part in re.split(r"[\s-]+", row[0]):
            if part.isalpha() and len(part) >= 5 and part[0].isupper():
                words.add(part)
    with (DATA / "gazetteer.tsv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    for row in rows[1:]:
        name, population = row[1], int(row[7] or 0)
        if name.isalpha() and len(name) >= 5 and population >= 400_000:
            words.add(name)
    return sorted(words)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "glued_pairs.tsv").open("w", encoding="utf-8") as handle:
        handle.write("glued\trepaired\n")
        for glued, fixed in glued_pairs():
            handle.write(f"{glued}\t{fixed}\n")
    (OUT / "keep_whole.txt").write_text("\n".join(keep_whole()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
