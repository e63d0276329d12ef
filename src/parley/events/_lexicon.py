"""The trigger lexicon and PLOVER tables, loaded from versioned data files."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..errors import KnowledgeError
from ._data_rows import data_rows, fixed_lemma
from ._words import EventWords, load_event_words

__all__ = [
    "MATERIAL_QUADS",
    "VERBAL_QUADS",
    "Lexicon",
    "PloverType",
    "Trigger",
    "is_future_head",
    "load_lexicon",
    "true_lemma",
]

#: PLOVER quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
MATERIAL_QUADS = frozenset({2, 4})
VERBAL_QUADS = frozenset({1, 3})


@dataclass(frozen=True)
class Trigger:
    """One row of ``triggers.tsv``: a word that can signal an event of a type."""

    lemma: str
    pos: str
    type: str
    mode: str | None
    cameo: str | None
    cond: str
    roles: str

    def condition(self) -> tuple[str, frozenset[str]]:
        """The first condition: the one that also says how the roles read."""
        return self.conditions()[0]

    def conditions(self) -> tuple[tuple[str, frozenset[str]], ...]:
        """Every condition of the row ("obj=strike;prep=off": all must hold, "called off the strike")."""
        return _parsed_conditions(self.cond)

    def prep_particles(self) -> frozenset[str]:
        """The words the row's ``prep`` conditions name ("prep=back|off"): all of them, in one set."""
        return _prep_particles(self.cond)

    @property
    def rules_only(self) -> bool:
        """The row is the rule coder's alone (``rulesonly``): the learned coder's lexicon features do not
        list it, as they do not list phrase rows. A row written after the model was trained would
        otherwise change those features at every use of its word, whatever its condition."""
        return any(name == "rulesonly" for name, _ in self.conditions())


@cache
def _parsed_conditions(cond: str) -> tuple[tuple[str, frozenset[str]], ...]:
    # read for every candidate word against every row of its lemma: parse each distinct condition once
    out = []
    for part in cond.split(";"):
        name, _, values = part.partition("=")
        out.append((name.strip(), frozenset(v for v in values.split("|") if v)))
    return tuple(out)


@cache
def _prep_particles(cond: str) -> frozenset[str]:
    # read for every verb trigger's roles: made once per distinct condition
    return frozenset(v for name, values in _parsed_conditions(cond) if name == "prep" for v in values)


@dataclass(frozen=True)
class PloverType:
    name: str
    quad: int
    score: float
    cameo: str


@dataclass(frozen=True)
class Lexicon:
    triggers: dict[tuple[str, str], list[Trigger]]
    types: dict[str, PloverType]
    mode_scores: dict[tuple[str, str], float]
    contexts: dict[str, str]
    words: EventWords
    #: (form, part of speech) -> the true lemma of a word the parser mislemmatises ("staged" -> stage, not "stag")
    lemma_fixes: dict[tuple[str, str], str] = field(default_factory=dict)

    def trigger_lemma(self, token: Any, pos: str) -> str:
        """The lemma under which the lexicon looks the token up in the part of speech ``pos``: the parser's,
        unless the lemma-fix table knows the parser gets the form wrong."""
        return fixed_lemma(token, self.lemma_fixes, pos).lower()

    def rows_of(self, token: Any, pos: str) -> list[Trigger]:
        """The rows of the token's word in the part of speech ``pos``: by its lemma, else by its form."""
        return self.triggers.get((self.trigger_lemma(token, pos), pos)) or self.triggers.get((token.lower_, pos)) or []

    def score(self, type_: str, mode: str | None) -> float:
        if mode and (type_, mode) in self.mode_scores:
            return self.mode_scores[(type_, mode)]
        return self.types[type_].score


def true_lemma(token: Any, words: EventWords) -> str:
    """The token's lemma, corrected by the lemma-fix table (bundled and the user's, carried by ``words``)
    for a verb the parser gets wrong ("hoped" is lemmatised "hop"): for word-set checks outside the trigger
    lexicon ("hoped to discuss" is a wish, the discussion still to come)."""
    if token.pos_ in {"VERB", "AUX"}:
        return fixed_lemma(token, words.lemma_fixes, "VERB")
    return token.lemma_


def is_future_head(token: Any, words: EventWords) -> bool:
    """The token is a head of a plan, promise or wish (``future_head``: "agreed", "vowed", "hoped"), read by
    its true lemma."""
    return true_lemma(token, words) in words.future_head


@lru_cache(maxsize=4)
def load_lexicon(extra_dirs: tuple[Path, ...] = ()) -> Lexicon:
    """Load triggers, PLOVER types, mode scores, context keywords and event words (bundled + user files)."""
    triggers: dict[tuple[str, str], list[Trigger]] = {}
    for path, lineno, row in data_rows("triggers.tsv", extra_dirs):
        if not row["lemma"] or not row["type"]:
            raise KnowledgeError(f"{path}:{lineno}: a trigger needs a lemma and a type", code="E311")
        trig = Trigger(
            lemma=row["lemma"].lower(),
            pos=row["pos"] or "VERB",
            type=row["type"],
            mode=row["mode"] or None,
            cameo=row["cameo"] or None,
            cond=row["cond"],
            roles=row["roles"] or "default",
        )
        triggers.setdefault((trig.lemma, trig.pos), []).append(trig)
    types = {}
    for path, lineno, row in data_rows("plover.tsv", extra_dirs):
        try:
            types[row["type"]] = PloverType(row["type"], int(row["quad"]), float(row["score"]), row["default_cameo"])
        except ValueError as exc:
            raise KnowledgeError(f"{path}:{lineno}: {exc}", code="E312") from exc
    for key in triggers:
        for trig in triggers[key]:
            if trig.type not in types:
                raise KnowledgeError(f"trigger {trig.lemma!r}: unknown PLOVER type {trig.type!r}", code="E313")
    modes = {(r["type"], r["mode"]): float(r["score"]) for _, _, r in data_rows("plover_modes.tsv", extra_dirs)}
    contexts = {r["keyword"].lower(): r["context"] for _, _, r in data_rows("contexts.tsv", extra_dirs)}
    words = load_event_words(extra_dirs)
    return Lexicon(
        triggers=triggers,
        types=types,
        mode_scores=modes,
        contexts=contexts,
        words=words,
        lemma_fixes=words.lemma_fixes,
    )
