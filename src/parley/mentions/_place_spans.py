"""Place names the parser cut into pieces, made whole again.

The small parser splits many names of several words: it tags "Quang" of "Quang Ngai" as the place,
reads "do" of "Foz do Iguaçu" as a verb, "An" of "An Giang" as an article. Every later reading that
looks the entity's words up in the gazetteer then sees a fragment ("Quang", "Giang") that names no
place, or another one. Where the words around such a fragment spell, word for word, a longer name the
gazetteer knows, the longest such name becomes the place entity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

    found: list[tuple[int, int]] = []
    for start, end in _fragments(sdoc):
        whole = _longest_name(sdoc, start, end, gazetteer)
        if whole is not None and not any(a < whole[1] and whole[0] < b for a, b in found):
            found.append(whole)
    if not found:
        return
    kept = [e for e in doc_ents(sdoc) if not any(a < e.end and e.start < b for a, b in found)]
    kept += [Span(sdoc, a, b, label="GPE") for a, b in found]
    replace_ents(sdoc, sorted(kept, key=lambda e: e.start))


def _fragments(sdoc: Any) -> list[tuple[int, int]]:
    """(start, end) of each place entity and of each untagged proper noun a preposition governs
    ("in An Giang", where the parser reads "An" as an article and tags nothing)."""
    out = [(e.start, e.end) for e in doc_ents(sdoc) if e.label_ in _PLACE_LABELS]
    for tok in sdoc:
        if tok.pos_ == "PROPN" and tok.dep_ == "pobj" and not tok.ent_type_:
            out.append((tok.i, tok.i + 1))
    return out


def _longest_name(sdoc: Any, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The longest span holding ``start:end`` and more, capitalised at both ends, within one sentence,
    that the gazetteer knows by its words and that crosses no other entity's edge."""
    best: tuple[int, int] | None = None
    for a in range(max(0, end - _LONGEST), start + 1):
        for b in range(min(len(sdoc), a + _LONGEST), end - 1, -1):
            if (a, b) == (start, end) or b - a < 2 or (best is not None and b - a <= best[1] - best[0]):
                continue
            if _spelled_name(sdoc, a, b) and sdoc[a:b].text in gazetteer:
                best = (a, b)
    return best


def _spelled_name(sdoc: Any, a: int, b: int) -> bool:
    """The words could be one name: capitalised first and last words, only words between them (small
    ones such as "do", "es" joining), no new sentence, no entity of another kind cut at its edge."""
    words = sdoc[a:b]
    if not (words[0].is_title and words[-1].is_title) or not all(t.is_alpha for t in words):
        return False
    if any(t.is_sent_start for t in words[1:]):
        return False
    for i in (a, b - 1):
        ent = ent_at(sdoc, i)
        if ent is not None and (ent.start < a or ent.end > b):
            return False
    return True
