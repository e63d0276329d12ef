"""Place names the parser cut into pieces, made whole again.

The small parser splits many names of several words: it tags "Quang" of "Quang Ngai" as the place,
reads "do" of "Foz do Iguaçu" as a verb, "An" of "An Giang" as an article. Every later reading that
looks the entity's words up in the gazetteer then sees a fragment ("Quang", "Giang") that names no
place, or another one. Where the words around such a fragment spell, word for word, a longer name the
gazetteer knows, the longest such name becomes the place entity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, ENT_TYPE, IS_ALPHA, IS_TITLE, POS
from spacy.symbols import PROPN

from .._columns import doc_columns
from .._doc_span import doc_span
from ..parse import doc_ents, ent_at, replace_ents

if TYPE_CHECKING:
    from ..knowledge._model import Gazetteer

__all__ = ["join_place_names"]

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: The most words a place's name may have ("Santa Cruz de la Sierra").
_LONGEST = 5


def join_place_names(sdoc: Any, gazetteer: Gazetteer) -> None:
    """Widen the place entities (and the proper nouns after a preposition the parser left untagged)
    that are pieces of a longer gazetteer name standing in the text to that whole name."""
    from spacy.tokens import Span

    # one array read instead of a Token object per word: this runs on every article
    cols = doc_columns(sdoc, [POS, DEP, ENT_TYPE, IS_TITLE, IS_ALPHA]).tolist()
    found: list[tuple[int, int]] = []
    for start, end in _fragments(sdoc, cols):
        whole = _longest_name(sdoc, cols, start, end, gazetteer)
        if whole is not None and not any(a < whole[1] and whole[0] < b for a, b in found):
            found.append(whole)
    if not found:
        return
    kept = [e for e in doc_ents(sdoc) if not any(a < e.end and e.start < b for a, b in found)]
    kept += [Span(sdoc, a, b, label="GPE") for a, b in found]
    replace_ents(sdoc, sorted(kept, key=lambda e: e.start))


def _fragments(sdoc: Any, cols: list[list[int]]) -> list[tuple[int, int]]:
    """(start, end) of each place entity and of each untagged proper noun a preposition governs
    ("in An Giang", where the parser reads "An" as an article and tags nothing)."""
    out = [(e.start, e.end) for e in doc_ents(sdoc) if e.label_ in _PLACE_LABELS]
    pobj = sdoc.vocab.strings["pobj"]
    out += [(i, i + 1) for i, row in enumerate(cols) if row[0] == PROPN and row[1] == pobj and not row[2]]
    return out


def _longest_name(
    sdoc: Any, cols: list[list[int]], start: int, end: int, gazetteer: Gazetteer
) -> tuple[int, int] | None:
    """The longest span holding ``start:end`` and more, capitalised at both ends, within one sentence,
    that the gazetteer knows by its words and that crosses no other entity's edge."""
    best: tuple[int, int] | None = None
    for a in range(max(0, end - _LONGEST), start + 1):
        if not cols[a][3]:
            continue  # no capitalised first word: no span from here is spelled as a name (``_spelled_words``)
        for b in range(min(len(sdoc), a + _LONGEST), end - 1, -1):
            if (a, b) == (start, end) or b - a < 2 or (best is not None and b - a <= best[1] - best[0]):
                continue
            if _spelled_words(cols, a, b) and doc_span(sdoc, a, b).text in gazetteer and _one_name(sdoc, a, b):
                best = (a, b)
    return best


def _spelled_words(cols: list[list[int]], a: int, b: int) -> bool:
    """Capitalised first and last words and only words between them (small ones such as "do", "es")."""
    return bool(cols[a][3] and cols[b - 1][3] and all(row[4] for row in cols[a:b]))


def _one_name(sdoc: Any, a: int, b: int) -> bool:
    """No new sentence inside the words and no entity of another kind cut at their edge."""
    if any(sdoc[i].is_sent_start for i in range(a + 1, b)):
        return False
    for i in (a, b - 1):
        ent = ent_at(sdoc, i)
        if ent is not None and (ent.start < a or ent.end > b):
            return False
    return True
