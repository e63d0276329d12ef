"""Shortened titles and forms of address that end in a full stop ("Lt. Col.", "Hon.", "Ir.").

spaCy's tokenizer knows some of them ("Gen.", "Dr.") and splits the others ("Brig", "."), and the
parser then often ends the sentence at that stop: "Head of the Fisheries Office, Ir." and "Johan
Lumintang, said ..." become two sentences, so the name loses its title and its verb. The words are
the ``abbreviation`` role of ``data/resolve_words.tsv``, which users can extend.
"""

from __future__ import annotations

from typing import Any

from ..knowledge import resolve_words as words

__all__ = ["abbreviation_stops", "keep_abbreviations_whole", "keep_after_abbreviations", "mid_clause_tokens"]

#: What follows a title is a name or another title: a proper noun ("Sr." ending a sentence before "He"
#: is left to the parser).
_NAME_TAGS = {"NNP", "NNPS"}


def _abbreviations() -> frozenset[str]:
    return words("abbreviation")


def keep_abbreviations_whole(nlp: Any) -> None:
    """Make the tokenizer keep each shortened title with its stop ("Brig.", "Hon."), as it keeps the
    ones spaCy knows ("Gen.", "Dr."): the parser then seldom ends a sentence there."""
    from spacy.attrs import ORTH

    for word in sorted(_abbreviations()):
        form = word.capitalize() + "."
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def abbreviation_stops(doc: Any) -> list[int]:
    """Indices of the capitalised tokens right after a shortened title's full stop, split from the
    word ("Brig" "." "Gen.") or kept on it ("Gen." "Ahmed"): a proper noun there continues the sentence."""
    known = _abbreviations()
    found = []
    for tok in doc[:-1]:
        after = doc[tok.i + 1]
        if after.tag_ not in _NAME_TAGS or "\n" in tok.text_with_ws or not _ends_abbreviation(tok, known):
            continue
        found.append(after.i)
    return found


def _ends_abbreviation(tok: Any, known: frozenset[str]) -> bool:
    """The token is a shortened title's stop: "." glued to a known word, or the word and stop in one."""
    if tok.text == ".":
        word = tok.doc[tok.i - 1] if tok.i else None
        return word is not None and not word.whitespace_ and word.is_title and word.lower_ in known
    return len(tok.text) > 1 and tok.text.endswith(".") and tok.text[:1].isupper() and tok.lower_[:-1] in known


def keep_after_abbreviations(doc: Any, starts: list[int]) -> Any:
    """Mark the tokens after shortened titles as no sentence start (the parser respects it), except
    where ``starts`` (paragraph starts) says a sentence does start."""
    inside = [i for i in abbreviation_stops(doc) + mid_clause_tokens(doc) if i not in set(starts)]
    if inside:
        from spacy.attrs import SENT_START

        values = doc.to_array([SENT_START]).astype("int64")  # spaCy hands out uint64: -1 needs a sign
        values[inside] = -1
        doc.from_array([SENT_START], values.astype("uint64"))
    return doc


def mid_clause_tokens(doc: Any) -> list[int]:
    """Indices of the tokens right after a word or a number on the same line ("Georgia and Armenia
    began ...", "handed over 14 Bangladeshis detained ..."): in news a sentence ends with a stop, a
    quote or a line break, never straight after a word or a count; the small parser, confused by a
    headline before it, sometimes cuts such a line into one-word sentences, and it reads a count
    before a capitalised noun as the end of a sentence."""
    return [
        t.i + 1
        for t in doc[:-1]
        if (t.is_alpha or t.like_num) and t.whitespace_ in {"", " "} and not doc[t.i + 1].is_space
    ]
