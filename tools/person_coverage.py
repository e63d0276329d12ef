"""Share of the person names in a set of articles that parley resolves to a code.

    python tools/person_coverage.py evaluation/heldin/gold [--training training/batches] [--list]

A person name is a spaCy PERSON entity of the cleaned text (the parser's reading, so some are
places or peoples: "Mali", "Tajik"); it counts as resolved when an actor mention covers it. A
second figure leaves out the PERSON entities that are places or peoples (a town the gazetteer
knows or its hand list of crossings and bases, a country's name or demonym, unless parley reads it
as a person of its people file: "Bush" is also an Egyptian town), and those that are
no name of anybody by a general rule: a named storm ("Cyclone Winston"), a place by its context
("near Adre", "the village of Sela Dar", "the Paga crossing", "Lake Albert", as the mentions stage
reads it) or a "name" with no proper noun (a sentence's first word, "Heavily"). The tool reads no
gold answer: it reports coverage only (the gold files give no person-level codes to check the
resolutions against). A ruler's title with no name ("His Highness the Amir") counts as resolved
where the story has a home country: the events stage reads it as that state's ruler.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from _training_docs import training_docs

from parley.document import Article
from parley.evaluate import gold_article, load_gold
from parley.events import load_event_words
from parley.mentions import MentionFinder, is_named_storm
from parley.mentions._bylines import writes_byline
from parley.mentions._landmarks import names_landmark
from parley.mentions._locative import after_locative, listed_with_places, placed_by_company
from parley.pipeline import Pipeline
from parley.settings import Settings

#: A PERSON entity that names a town of at least this many people is read as the town.
_TOWN = 1000


def coverage(gold_dir: Path, pipeline: Pipeline, unresolved: list[str] | None = None) -> tuple[int, int, int, int]:
    """The figures of ``article_coverage`` over the gold articles of ``gold_dir``."""
    return article_coverage([gold_article(gold) for gold in load_gold(gold_dir)], pipeline, unresolved)


def article_coverage(
    articles: list[Article], pipeline: Pipeline, unresolved: list[str] | None = None
) -> tuple[int, int, int, int]:
    """(names, resolved) over every PERSON entity, and (names, resolved) over those that are not a
    place or a people: a PERSON the gazetteer knows as a town ("Gao", "Zhanaozen") or that a
    country's name, demonym or capital covers ("Mali", "Tajik") is left out of the second pair."""
    names = resolved = people_names = people_resolved = 0
    gazetteer = pipeline.knowledge.gazetteer
    finder = next(c for c in pipeline.components if isinstance(c, MentionFinder))
    for article in articles:
        doc = next(pipeline.clean([article]))
        sdoc = pipeline.nlp(doc.text)
        doc = pipeline.annotate(doc, sdoc)
        for ent in sdoc.ents:
            if ent.label_ != "PERSON":
                continue
            over = _covering_mentions(doc, ent)
            covering = [m.kind for m in over]
            if not covering and doc.home_country and _ruler_title(ent):
                # "His Highness the Amir": a title, read by the events stage as the story's own ruler
                covering = ["title"]
            names += 1
            resolved += bool(covering)
            place = gazetteer.lookup(ent.text)
            # a town's name read as a person of the people file ("the Bush administration" in 2003: George
            # W. Bush, not the Egyptian town) is a name; a town read as somebody by a guess stays a town
            as_person = any(_filed_person(finder, ent, m) for m in over)
            if (_known_place(place) and not as_person) or any(k not in {"person", "title"} for k in covering):
                _listed(unresolved, article.id, ent, covering, "place")
                continue
            if not covering and (
                _no_name(ent) or listed_with_places(ent, lambda s: gazetteer.lookup(s.text) is not None)
            ):
                _listed(unresolved, article.id, ent, covering, "noname")
                continue
            _listed(unresolved, article.id, ent, covering, "person")
            people_names += 1
            people_resolved += bool(covering)
    return names, resolved, people_names, people_resolved


def _listed(unresolved: list[str] | None, article_id: str, ent: Any, covering: list[str], kind: str) -> None:
    """Add an unresolved name to the listing: article, name, what the tool takes it for, its sentence."""
    if unresolved is not None and not covering:
        sentence = " ".join(ent.sent.text.split())
        unresolved.append(f"{article_id}\t{ent.text}\t{kind}\t{sentence}")


def _covering_mentions(doc: Any, ent: Any) -> list[Any]:
    """The actor mentions over the entity's words."""
    return [m for m in doc.actor_mentions if m.token_start < ent.end and ent.start < m.token_end]


def _filed_person(finder: MentionFinder, ent: Any, mention: Any) -> bool:
    """A person mention whose state is that of a holder of the entity's last word in the people file."""
    holders = finder.surname_holders(ent[-1].text)
    return mention.kind == "person" and any(h.code == mention.entity.code for h in holders)


def _no_name(ent: Any) -> bool:
    """A PERSON entity that is nobody's name: a storm, a place by its context ("near Adre", "the Paga
    crossing", "Lake Albert"), a byline's writer (no actor of the story), or no proper noun at all."""
    return (
        is_named_storm(ent)
        or after_locative(ent)
        or placed_by_company(ent)
        or names_landmark(ent)
        or writes_byline(ent)
        or not any(t.pos_ == "PROPN" for t in ent)
    )


def _known_place(place: Any) -> bool:
    """A town of some size, or a place of the hand list (a border crossing, a base: no GeoNames id)."""
    return place is not None and (place.population >= _TOWN or place.geonameid is None)


def _ruler_title(ent: Any) -> bool:
    """A ruler's title with no name ("the Amir" of "His Highness the Amir", "The Head of State"): the
    events stage reads it as the story's own ruler (``ruler_title`` of event_words.tsv)."""
    words = load_event_words()
    leading = words.definite_determiner | words.person_pronoun
    tokens = [t.lower_ for t in ent]
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if not (tokens[0] in leading or before in leading):
        return False  # "Amir said" is a man's name; "the Amir" the title
    while tokens and tokens[0] in leading:
        tokens = tokens[1:]
    return " ".join(tokens) in words.ruler_title


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold_dirs", nargs="*", type=Path)
    parser.add_argument("--list", action="store_true", help="also print each unresolved PERSON name")
    parser.add_argument("--training", type=Path, help="also measure the training corpus in this batches directory")
    parser.add_argument("--docs", type=int, default=0, help="with --training: about this many documents")
    args = parser.parse_args()
    pipeline = Pipeline(Settings())
    totals = [0, 0, 0, 0]
    if args.training:
        unresolved_training: list[str] = []
        articles = [t.article for t in training_docs(args.training, args.docs)]
        figures = article_coverage(articles, pipeline, unresolved_training)
        if args.list:
            print("\n".join(unresolved_training))
        totals = list(figures)
        print(f"{args.training}: {_line(*figures)}")
    for gold_dir in args.gold_dirs:
        unresolved: list[str] = []
        figures = coverage(gold_dir, pipeline, unresolved)
        if args.list:
            print("\n".join(unresolved))
        totals = [t + f for t, f in zip(totals, figures, strict=True)]
        print(f"{gold_dir}: {_line(*figures)}")
    print(f"all: {_line(*totals)}")


def _line(names: int, resolved: int, people_names: int, people_resolved: int) -> str:
    return (
        f"{resolved}/{names} PERSON names resolved ({resolved / max(1, names):.1%}); "
        f"without places and peoples {people_resolved}/{people_names} ({people_resolved / max(1, people_names):.1%})"
    )


if __name__ == "__main__":
    main()
