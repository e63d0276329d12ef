"""The rows of the events stage's own tables (triggers, PLOVER types, lemma fixes ...): the bundled file,
then the file of that name in each of the user's knowledge folders. It sits below both the lexicon and the
word sets, so that the word sets can carry the lemma-fix table the lexicon reads (the checks of
``_modality`` and ``_conditions`` look lemmas up in word sets, and must see the user's fixes too). ``fixed_lemma``
is the one reading of that table: the lexicon, the word-set checks and resolve's place lookup use it."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import KnowledgeError
from ..knowledge import check_version

__all__ = ["data_rows", "fixed_lemma", "load_lemma_fixes"]


def data_rows(name: str, extra_dirs: tuple[Path, ...]) -> Iterator[tuple[str, int, dict[str, str]]]:
    """(path, line number, row by column) of each data line of the bundled ``name`` and the user's files.

    A ``# parley-data <table> v<N>`` line above the header (the bundled files have one; a user's may) must
    name this table and a version this parley reads, as the knowledge tables' must (E302, E305)."""
    paths: list[tuple[str, str]] = []
    bundled = resources.files("parley") / "data" / name
    paths.append((str(bundled), bundled.read_text(encoding="utf-8")))
    for folder in extra_dirs:
        user = folder / name
        if user.is_file():
            paths.append((str(user), user.read_text(encoding="utf-8")))
    table = name.rsplit(".", 1)[0]
    for path, text in paths:
        numbered = list(enumerate(text.splitlines(), 1))
        lines = [(i, line) for i, line in numbered if line and not line.startswith("#")]
        above_header = numbered[: lines[0][0] - 1] if lines else numbered
        for lineno, line in above_header:
            if line.startswith("#"):
                check_version(Path(path), lineno, line, table)
        if not lines:
            continue
        header = lines[0][1].split("\t")
        for lineno, line in lines[1:]:
            cells = line.split("\t")
            if len(cells) > len(header):
                raise KnowledgeError(f"{path}:{lineno}: {len(cells)} columns, expected {len(header)}", code="E310")
            cells += [""] * (len(header) - len(cells))
            yield path, lineno, dict(zip(header, (c.strip() for c in cells), strict=True))


@lru_cache(maxsize=4)
def load_lemma_fixes(extra_dirs: tuple[Path, ...] = ()) -> dict[tuple[str, str], str]:
    """(form, part of speech) -> true lemma of each word the parser mislemmatises (``lemma_fixes.tsv``)."""
    return {
        (r["form"].lower(), r["pos"] or "VERB"): r["lemma"].lower()
        for _, _, r in data_rows("lemma_fixes.tsv", extra_dirs)
    }


def fixed_lemma(token: Any, fixes: dict[tuple[str, str], str], pos: str) -> str:
    """The token's lemma read as a word of the part of speech ``pos`` (VERB, NOUN ...): the parser's,
    unless the lemma-fix table knows the parser gets the form wrong ("staged" read "stag", "bases" read
    "basis"). The one reading of the table, for the trigger lexicon, the word-set checks and the place
    lookup alike."""
    return fixes.get((token.lower_, pos)) or token.lemma_
