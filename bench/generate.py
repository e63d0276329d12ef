"""Generate realistic wire-style articles (400-900 words) from parley's own sentence templates.

Every article is assembled from templates written for this benchmark: a dateline lead about one
of eight kinds of event (meetings, sanctions, protests, attacks, aid, accusations, visits,
ceasefires), follow-up sentences, quotes from invented officials with their titles, reactions,
background paragraphs, sometimes a second development of another kind, and a credit line.
Countries, capitals, other cities and demonyms are real; people and outlets are invented.
The templates are in bench/_generate_templates.py, what fills their slots in bench/_generate_slots.py.
The output is deterministic for a seed::

    python bench/generate.py -n 2000 -o bench/out/corpus-2000.jsonl

Each JSONL line has ``id``, ``text``, ``published``, ``source`` and ``source_country``; any
folder of real articles can be used by ``bench/run.py --corpus`` instead.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from _generate_slots import (
    CHARGES,
    COUNTRIES,
    DISASTERS,
    FIRST,
    GOODS,
    GRIEVANCES,
    IGOS,
    INSTITUTES,
    LAST,
    MONTHS,
    OFFENCES,
    OUTLETS,
    TARGETS,
    TITLES,
    TOPICS,
    WEEKDAYS,
)
from _generate_templates import ANALYSIS, ANALYSIS_QUOTES, BACKGROUND, CLOSINGS, GENERAL, KINDS, TRANSITIONS

MIN_WORDS = 400
MAX_WORDS = 900


def _person(rng: random.Random) -> tuple[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", last


def _slots(rng: random.Random, published: date) -> dict[str, str]:
    (a, dem_a, cap_a, city_a, _), (b, dem_b, cap_b, city_b, _), (c, dem_c, cap_c, city_c, _) = rng.sample(COUNTRIES, 3)
    title_a, title_b = rng.sample(TITLES, 2) if rng.random() < 0.5 else [rng.choice(TITLES)] * 2
    name_a, sur_a = _person(rng)
    name_b, sur_b = _person(rng)
    while sur_b == sur_a:
        name_b, sur_b = _person(rng)
    name_c, _ = _person(rng)
    analyst_name, analyst_sur = _person(rng)
    event_day = published - timedelta(days=rng.randrange(0, 3))
    prev_day = event_day - timedelta(days=rng.randrange(1, 4))
    source, _ = rng.choice(OUTLETS)
    slots = {
        "A": a, "B": b, "C": c, "demA": dem_a, "demB": dem_b, "demC": dem_c,
        "capA": cap_a, "capB": cap_b, "capC": cap_c, "cityA": city_a, "cityB": city_b, "cityC": city_c,
        "titleA": title_a, "titleB": title_b, "titleLA": title_a.lower(), "titleLB": title_b.lower(),
        "nameA": name_a, "surA": sur_a, "nameB": name_b, "surB": sur_b, "nameC": name_c,
        "analystSur": analyst_sur,
        "day": WEEKDAYS[event_day.weekday()], "prevday": WEEKDAYS[prev_day.weekday()],
        "date": f"{MONTHS[published.month - 1]} {published.day}, {published.year}",
        "month": MONTHS[(published.month - 1 - rng.randrange(1, 6)) % 12],
        "year": str(published.year - rng.randrange(2, 15)),
        "topic": rng.choice(TOPICS), "targets": rng.choice(TARGETS), "offence": rng.choice(OFFENCES),
        "goods": rng.choice(GOODS), "charge": rng.choice(CHARGES), "IGO": rng.choice(IGOS),
        "reporter": _person(rng)[0], "reporter2": _person(rng)[0], "editor": _person(rng)[0], "source": source,
    }  # fmt: skip
    slots["grievance"] = rng.choice(GRIEVANCES).format(**slots)
    slots["disaster"] = rng.choice(DISASTERS).format(**slots)
    slots["analyst"] = f"{analyst_name}, an analyst at " + rng.choice(INSTITUTES).format(**slots)
    return slots


def _fill(rng: random.Random, template: str, slots: dict[str, str]) -> str:
    """Fill a template; numbers are drawn afresh for each sentence."""
    fresh = {
        "n": str(rng.randrange(2, 12)),
        "bign": f"{rng.randrange(2, 90) * 1000:,}",
        "killed": str(rng.randrange(2, 30)),
        "wounded": str(rng.randrange(3, 60)),
        "amount": f"{rng.choice([5, 20, 50, 120, 300, 750])} million dollars",
    }
    text = template.format(**slots, **fresh)
    return text[0].upper() + text[1:]


class _Story:
    """Draws sentences for one article, never the same template twice."""

    def __init__(self, rng: random.Random, slots: dict[str, str]) -> None:
        self.rng, self.slots = rng, slots
        self.used: set[str] = set()

    def sentence(self, template: str) -> str:
        self.used.add(template)
        return _fill(self.rng, template, self.slots)

    def paragraph(self, pool: list[str], k: int) -> str:
        fresh = [t for t in pool if t not in self.used]
        return " ".join(self.sentence(t) for t in self.rng.sample(fresh, min(k, len(fresh))))


def _article(
    rng: random.Random, n: int, start: date, span_days: int, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS
) -> dict[str, str]:
    published = start + timedelta(days=rng.randrange(0, span_days))
    slots = _slots(rng, published)
    source, source_country = next(o for o in OUTLETS if o[0] == slots["source"])
    story = _Story(rng, slots)
    kind = KINDS[rng.choice(list(KINDS))]
    second = KINDS[rng.choice(list(KINDS))]
    dateline = f"{slots['capA'].upper()}, {MONTHS[published.month - 1]} {published.day} ({source}) -- "
    title = story.sentence(rng.choice(kind["title"]))
    # The story: lead, follow-ups, a quote, reactions of its kind, background, maybe a second
    # development of another kind, analysis; then more paragraphs until the target length.
    planned = [
        dateline + story.sentence(rng.choice(kind["lead"])),
        story.paragraph(kind["follow"], rng.randrange(1, 3)),
        story.paragraph(kind["quote"], 1) + " " + story.paragraph(kind["follow"], 1),
        story.paragraph(kind["reaction"], rng.randrange(1, 3)),
        story.paragraph(BACKGROUND, rng.randrange(2, 4)),
    ]
    if rng.random() < 0.6:
        opener = story.sentence(rng.choice(TRANSITIONS))
        body = story.sentence(rng.choice([t for t in second["lead"] if t not in story.used]))
        if body.split()[0] in ("The", "A"):
            body = body[0].lower() + body[1:]
        planned.append(f"{opener} {body} " + story.paragraph(second["follow"], 1))
    planned.append(story.paragraph(ANALYSIS, 1) + " " + story.paragraph(ANALYSIS_QUOTES, 1))
    fillers = [
        (BACKGROUND, 3), (GENERAL, 3), (kind["follow"], 2), (kind["quote"], 1), (kind["reaction"], 2),
        (second["follow"], 2), (second["quote"], 1), (ANALYSIS_QUOTES, 1), (GENERAL, 2),
    ]  # fmt: skip
    target = rng.randrange(min_words + 20, max_words - 40)
    closing = story.sentence(rng.choice(CLOSINGS))
    budget = max_words - len(closing.split())
    paragraphs: list[str] = []
    words = len(title.split())
    for para in planned:
        if para.strip() and words + len(para.split()) <= budget:
            paragraphs.append(para.strip())
            words += len(para.split())
    while words < target:
        pool, k = rng.choice(fillers)
        para = story.paragraph(pool, rng.randrange(1, k + 1))
        if not para:
            para = story.paragraph(GENERAL + BACKGROUND, 1)
            if not para:  # every template used: cannot happen with the pools above
                break
        if words + len(para.split()) > budget:
            break
        paragraphs.append(para)
        words += len(para.split())
    paragraphs.append(closing)
    return {
        "id": f"bench-{n:06d}",
        "text": title + "\n\n" + "\n\n".join(paragraphs),
        "published": published.isoformat(),
        "source": source,
        "source_country": source_country,
    }


def generate(
    count: int,
    seed: int = 13,
    *,
    start: date = date(2022, 1, 1),
    span_days: int = 730,
    min_words: int = MIN_WORDS,
    max_words: int = MAX_WORDS,
) -> Iterator[dict[str, str]]:
    """``count`` articles, the same ones for the same seed, of ``min_words`` to ``max_words`` words
    (short ones, e.g. 100-200, are a lead, a follow-up and a quote: a wire brief)."""
    rng = random.Random(seed)
    for n in range(count):
        yield _article(rng, n, start, span_days, min_words, max_words)


def write_corpus(path: Path, count: int, seed: int = 13) -> Path:
    """Write ``count`` articles as JSONL to ``path`` (kept if it already holds exactly them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for article in generate(count, seed):
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description="Write generated wire-style articles as JSONL.")
    parser.add_argument("-n", "--articles", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("-o", "--output", type=Path, default=Path(__file__).resolve().parent / "out" / "corpus.jsonl")
    args = parser.parse_args()
    write_corpus(args.output, args.articles, args.seed)
    print(f"wrote {args.articles} articles to {args.output}")


if __name__ == "__main__":
    main()
