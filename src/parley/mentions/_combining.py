"""Combining forms of a people's name joined to another by a hyphen: "Sino-Indian", "Franco-German".

News writes a pair of states as one modifier ("Sino-Indian border talks", "the Anglo-Irish agreement"):
the first state by its combining form (data/combining_forms.tsv), which the knowledge files, made of
names and demonyms, do not hold. The tokenizer splits the hyphen off ("Sino - Indian"), and the second
half is found as a demonym; the form before it names its own state, so the pair names both.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from spacy.attrs import ORTH
from spacy.strings import get_string_id

from .._columns import doc_columns
from ..knowledge import NON_STATE_CODES, ActorEntry, bundled_path, read_table
from ._hyphens import JOINERS

__all__ = ["combining_forms"]

#: A hyphen that joins the two halves of the pair.
#: Kinds of entries that name a state by its name or people ("Indian", "India").
_STATE_KINDS = {"name", "alias", "demonym"}


@lru_cache(maxsize=1)
def _forms() -> dict[str, str]:
    rows = read_table(bundled_path("combining_forms.tsv"), "combining_forms", ("form", "code"))
    return {row.get("form"): row.get("code") for row in rows}


@lru_cache(maxsize=1)
def _form_ids() -> frozenset[int]:
    """The forms' string ids: the few tokens that can be one are found in the document's ORTH column
    without a spaCy Token per word."""
    return frozenset(get_string_id(form) for form in _forms())


def _state_code(entry: Any) -> str | None:
    """The state an entry names by its name or people ("Indian": IND); None for a body or a place."""
    if entry is None or entry.kind not in _STATE_KINDS or entry.code in NON_STATE_CODES:
        return None
    return str(entry.code)


def combining_forms(sdoc: Any, taken: list[bool], entry_at: dict[int, Any]) -> Iterator[tuple[Any, ActorEntry]]:
    """Each combining form written right before a hyphen and a state's name or demonym ("Sino" of
    "Sino-Indian"), as a one-word span with the entry of the state it stands for. A form before
    anything else ("Indo-Pacific", "Anglo-Saxon") names no state."""
    forms, ids = _forms(), _form_ids()
    orths = doc_columns(sdoc, ORTH).tolist()[: len(sdoc) - 2]
    for token in (sdoc[i] for i, orth in enumerate(orths) if orth in ids):
        code = forms.get(token.text)
        hyphen = sdoc[token.i + 1]
        if code is None or taken[token.i] or token.whitespace_ or hyphen.text not in JOINERS or hyphen.whitespace_:
            continue
        partner = _state_code(entry_at.get(token.i + 2))
        if partner is not None and partner != code:
            yield sdoc[token.i : token.i + 1], ActorEntry(token.text, code, None, "demonym")
