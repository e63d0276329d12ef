"""Word forms of the training corpus whose parser lemma hides a row of parley's word tables.

    PYTHONPATH=src python tools/lemma_slips.py [--batches training/batches] [--examples 1]

Each training sentence is tagged and lemmatised by parley's model (no parser or entities: the lemma
depends on the tag only). A token is listed when its lemma is in none of the tables (triggers.tsv,
event_words.tsv, resolve_words.tsv) while a regular stem of its form is ("staged" read "stag" while
triggers.tsv has "stage"; "bases" read "basis" while resolve_words.tsv has "base", both now mended). Forms that
data/lemma_fixes.tsv already mends, and forms read as their own lemma (the noun "fishing" is no slip of
"fish"), are left out. Some hits are still right lemmas ("sites" is no slip of "sit"): each needs a look
before a fix row is written, and the fix then a count on the gold.

Each line: count, form, tag, the parser's lemma, the stems with a row (and in which tables), an example.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from parley.coder import load_corpus
from parley.events._data_rows import data_rows, load_lemma_fixes
from parley.parse import PARAGRAPHS, load_model
from parley.settings import Settings

#: (suffix, what replaces it) of the regular English inflections
_ENDINGS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
)


def stems(form: str) -> set[str]:
    """The regular stems of a word form ("staged" -> stag, stage; "planned" -> plann, planne, plan)."""
    out: set[str] = set()
    for suffix, ending in _ENDINGS:
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            base = form[: -len(suffix)]
            out.add(base + ending)
            if suffix in {"ed", "ing"} and base[-1] == base[-2]:
                out.add(base[:-1])  # "planned" -> plan
    return out


def table_words() -> dict[str, set[str]]:
    """word -> the tables that have it (a trigger phrase by its last word, the one looked up by lemma)."""
    words: dict[str, set[str]] = {}
    for _, _, row in data_rows("triggers.tsv", ()):
        words.setdefault(row["lemma"].lower().split()[-1], set()).add("triggers")
    for table in ("event_words.tsv", "resolve_words.tsv"):
        for _, _, row in data_rows(table, ()):
            words.setdefault(row["word"].lower(), set()).add(table.split(".")[0])
    return words


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batches", type=Path, default=Path("training/batches"))
    ap.add_argument("--examples", type=int, default=1)
    args = ap.parse_args()
    words = table_words()
    fixed = {form for form, _ in load_lemma_fixes()}
    texts = [s.text for s in load_corpus(args.batches)]
    nlp = load_model(Settings().model)
    counts: Counter[tuple[str, str, str]] = Counter()
    examples: dict[tuple[str, str, str], list[str]] = {}
    for doc in nlp.pipe(texts, disable=["parser", "ner", PARAGRAPHS]):
        for tok in doc:
            form, lemma = tok.lower_, tok.lemma_.lower()
            if tok.pos_ not in {"VERB", "AUX", "NOUN", "ADJ"} or lemma == form or form in fixed:
                continue  # a form read as itself is a word of its own (the noun "fishing"), no slip
            if lemma in words or form in words:
                continue
            if any(stem in words and stem != lemma for stem in stems(form)):
                key = (form, tok.tag_, lemma)
                counts[key] += 1
                examples.setdefault(key, []).append(doc.text[:120])
    for key, count in counts.most_common():
        found = {stem: sorted(words[stem]) for stem in sorted(stems(key[0])) if stem in words and stem != key[2]}
        print(count, *key, found, "|", " || ".join(examples[key][: args.examples]))


if __name__ == "__main__":
    main()
