"""Generate realistic wire-style articles (400-900 words) from parley's own sentence templates.

Deterministic for a seed. Used by bench/run.py; any folder of real articles can be used instead.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Japan", "Japanese", "Tokyo"),
    ("India", "Indian", "New Delhi"), ("Brazil", "Brazilian", "Brasilia"), ("Kenya", "Kenyan", "Nairobi"),
    ("Turkey", "Turkish", "Ankara"), ("Egypt", "Egyptian", "Cairo"), ("Russia", "Russian", "Moscow"),
    ("China", "Chinese", "Beijing"), ("Mexico", "Mexican", "Mexico City"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Nigeria", "Nigerian", "Abuja"), ("Poland", "Polish", "Warsaw"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Canada", "Canadian", "Ottawa"), ("Argentina", "Argentine", "Buenos Aires"), ("Iran", "Iranian", "Tehran"),
    ("Australia", "Australian", "Canberra"), ("South Korea", "South Korean", "Seoul"),
]  # fmt: skip
FIRST = ["Anna", "Pavel", "Maria", "Kenji", "Amara", "Lucas", "Sofia", "Omar", "Ines", "Tomas", "Leila", "Ravi"]
LAST = ["Moreau", "Kovac", "Tanaka", "Okafor", "Silva", "Novak", "Haddad", "Lindqvist", "Mehta", "Duarte"]
TITLES = ["Foreign Minister", "Defence Minister", "Trade Minister", "President", "Prime Minister", "ambassador"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

LEADS = [
    "{A} and {B} agreed on {day} to expand trade and cooperation on energy after talks in {capA}.",
    "{demA} {title} {person} met {demB} officials in {capB} on {day} to discuss border security.",
    "{A} expelled two {demB} diplomats on {day}, accusing them of spying on defence companies.",
    "{A} imposed sanctions on three {demB} banks on {day} over what it called illegal arms sales.",
    "Thousands of people protested in {capA} on {day} against rising fuel prices and the government's budget plan.",
    "{A} pledged 200 million dollars in humanitarian aid to {B} on {day} after severe flooding in the south.",
    "{demA} troops clashed with {demB} forces near the border on {day}, officials in {capA} said.",
    "{A} accused {B} on {day} of violating its airspace with military drones.",
    "{demA} and {demB} navies began joint exercises off the coast on {day}, the defence ministry said.",
    "{A} recalled its ambassador from {capB} on {day} in protest at remarks by {demB} officials.",
]  # fmt: skip
BODY = [
    "The {title} told reporters that {A} wanted a stable relationship with {B} but would defend its interests.",
    "Officials in {capB} said they had not been informed in advance and would study the decision carefully.",
    "The two countries have had a difficult relationship since a dispute over fishing rights began several years ago.",
    "Analysts said the move was aimed at voters at home as much as at the government in {capB}.",
    "{demA} {title} {person} said on {day} that {A} remained open to dialogue with all its neighbours.",
    "Trade between the two countries reached 14 billion dollars last year, according to official figures.",
    "The United Nations called on both sides to show restraint and settle their differences through talks.",
    "{B} rejected the accusations and said {A} was trying to distract attention from its own problems.",
    "Opposition politicians in {capA} criticised the government for acting without consulting parliament.",
    "A spokeswoman for the {demB} foreign ministry said the government would respond in due course.",
    "Markets in {capA} were little changed, and the currency held steady against the dollar.",
    "The European Union welcomed the agreement and said it hoped it would lead to closer cooperation.",
    "Police said several people had been detained and that the situation in the city centre was calm.",
    "Diplomats said a summit between the two leaders could take place later in the year if talks go well.",
    "The announcement came a week after {demA} and {demB} officials held a first round of negotiations in Geneva.",
    "Human rights groups urged both governments to protect civilians living near the disputed area.",
    "Shipping companies said they were watching the situation closely but had not changed their routes.",
    "In a statement, the ministry said the measures would stay in place until {B} changed its policy.",
    "Local media reported that {person} had also spoken by telephone with counterparts in several other capitals.",
    "The issue is expected to dominate a meeting of regional foreign ministers next month.",
]  # fmt: skip


def _article(rng: random.Random, n: int, start: date) -> dict[str, str]:
    (a, dem_a, cap_a), (b, dem_b, cap_b) = rng.sample(COUNTRIES, 2)
    published = start + timedelta(days=rng.randrange(0, 700))
    slots = {
        "A": a, "B": b, "demA": dem_a, "demB": dem_b, "capA": cap_a, "capB": cap_b,
        "title": rng.choice(TITLES), "person": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
        "day": WEEKDAYS[(published.weekday() - rng.randrange(0, 3)) % 7],
    }  # fmt: skip
    target = rng.randrange(400, 900)
    paragraphs = [
        f"{cap_a.upper()}, {published:%B} {published.day} (Bench Wire) -- " + rng.choice(LEADS).format(**slots)
    ]
    words = len(paragraphs[0].split())
    while words < target:
        para = " ".join(rng.choice(BODY).format(**slots) for _ in range(rng.randrange(2, 4)))
        paragraphs.append(para)
        words += len(para.split())
    title = f"{a} and {b} at odds over new measures" if n % 2 else f"{a} and {b} hold talks"
    return {
        "id": f"bench-{n:06d}",
        "text": title + "\n\n" + "\n\n".join(paragraphs),
        "published": published.isoformat(),
        "source": "Bench Wire",
        "source_country": "USA",
    }


def generate(count: int, seed: int = 13) -> Iterator[dict[str, str]]:
    rng = random.Random(seed)
    for n in range(count):
        yield _article(rng, n, date(2022, 1, 1))


def write_corpus(path: Path, count: int, seed: int = 13) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for article in generate(count, seed):
            handle.write(json.dumps(article) + "\n")
    return path
