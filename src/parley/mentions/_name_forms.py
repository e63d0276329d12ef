"""The other forms news gives a known person's name: the plain-letter spelling of a name the knowledge
files write with its diacritics ("Lech Walesa" of "Lech Wałęsa", "Schauble" of "Schäuble"), and a bare
surname after a form of address or a military rank ("Mr Ruto", "Gen. Burhan", "Marshal Haftar").

Why: the training corpus names the famous mostly in full, so its gold cannot show which forms fail; a
probe of 399 sentences written for stop 47 (each a well-known holder of 1995-2025 in a form real
outlets use, dated in office) resolved 352. Of the failures, a surname after "Mr", "Gen." or
"Marshal" was lost because the word before it looked like a longer name's first word, and 124 forms of
people.tsv carry diacritics with no plain spelling beside them (English outlets often drop them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from ..knowledge import resolve_words
from ._title_window import _shortened_title_at, _title_fits

__all__ = [
    "addressed",
    "capitalised_patronymic",
    "lone_place_tag",
    "plain_spelling",
    "rank_fits",
    "rank_holders",
    "spelling_mixes",
    "title_holders",
    "titled_surname",
    "with_family_names_first",
    "with_plain_keys",
]

#: Letters that carry their mark in the letter itself, so that decomposing them leaves them unchanged.
_OWN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i", "ß": "ss"})
#: A name of two words whose second is a given name of two syllables joined by a hyphen, the second in
#: lower case ("Tsai Ing-wen", "Ma Ying-jeou", "Tung Chee-hwa"): the family name comes first.
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")
#: The sector of the ranks a soldier is called by ("Gen.", "Marshal"): the forces'.
_RANK_SECTOR = "MIL"
#: Most spellings of one name kept with some of its marks dropped; a name with more letters of marks
#: than this allows is found only fully marked or fully plain.
_MOST_MIXES = 64


def plain_spelling(text: str) -> str:
    """The name without its diacritics, case kept: "Wałęsa" gives "Walesa", "Vučić" "Vucic"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_OWN_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def spelling_mixes(text: str) -> list[str]:
    """Every spelling of the name with some of its marked letters written plain and the others kept
    ("Vučić" gives "Vucić", "Vučic" and "Vucic"), the name itself not among them: outlets and scraped
    pages drop some diacritics and keep others. Only the plain spelling when the name has more mixes
    than ``_MOST_MIXES``."""
    if text.isascii():
        return []
    choices = [(ch, plain_spelling(ch)) for ch in text]
    marked = sum(1 for ch, plain in choices if plain != ch)
    if 2**marked > _MOST_MIXES:
        return [plain_spelling(text)]
    spellings = [""]
    for ch, plain in choices:
        spellings = [s + c for s in spellings for c in dict.fromkeys((ch, plain))]
    return [s for s in spellings if s != text]


def with_plain_keys(index: dict[str, list[Any]]) -> dict[str, list[Any]]:
    """A surname index with each key's plain and half-plain spellings beside it ("Schauble" finds
    "Schäuble", "Vucić" "Vučić"); a key the index already has keeps its own people too."""
    for key, entries in list(index.items()):
        for spelling in spelling_mixes(key):
            known = index.setdefault(spelling, [])
            known.extend(e for e in entries if e not in known)
    return index


def titled_surname(token: Any, is_title_word: Callable[[Any], bool]) -> bool:
    """A single name after a form of address or a rank ("Mr Ruto", "Gen. Burhan", "Marshal Haftar"):
    the word before it is no first name of a longer name, and no name word follows."""
    sdoc = token.doc
    if token.i == 0 or (token.i + 1 < len(sdoc) and sdoc[token.i + 1].pos_ == "PROPN" and sdoc[token.i + 1].is_title):
        return False
    before = token.i - 1
    if sdoc[before].text == "." and before > 0:
        before -= 1  # "Gen" "." split by the tokenizer
    return bool(is_title_word(sdoc[before]) or _shortened_title_at(sdoc, before))


def rank_holders(entries: list[Any], title_sector: str | None) -> list[Any]:
    """Of the holders a surname may mean, those a military rank before it fits: the forces' own
    ("Gen. Musharraf" is the army chief's row); a title of no rank, or a rank none of them holds,
    leaves them all (for the title's own words to fit or not)."""
    ranked = [e for e in entries if e.sector == _RANK_SECTOR] if title_sector == _RANK_SECTOR else []
    return ranked or entries


def title_holders(entries: list[Any], office: str | None) -> list[Any]:
    """Of the holders a surname may mean, those whose office a title of an office before it fits
    ("President Zuma": the president, not the AU's chairperson of that surname); none without such a
    title (a form of address names no office)."""
    if not office:
        return []
    return [e for e in entries if _title_fits(office, e.office)]


def rank_fits(title_sector: str | None, holder: Any, rank: str | None = None) -> bool:
    """A military rank before a surname fits a holder of the forces whatever their office's words
    ("Gen. Burhan", chairman of a council the army holds), and a senior rank fits a ruler who holds it
    ("Colonel Gaddafi", the Leader; "Gen. Prayuth", prime minister): ranks of kind ``ruler_rank``,
    offices of kind ``ruler_office``."""
    if title_sector != _RANK_SECTOR:
        return False
    if holder.sector == _RANK_SECTOR:
        return True
    ruler = (holder.office or "").lower() in resolve_words("ruler_office")
    return ruler and (rank or "").lower() in resolve_words("ruler_rank")


def lone_place_tag(token: Any) -> bool:
    """A name of one word the small parser tagged as a place by itself ("Erdogan", "Karzai" and
    "Saakashvili" before "said"): a surname still, if a holder of it is in office and no gazetteer
    place has that name (both tested where the surname is read)."""
    sdoc = token.doc
    alone = token.i + 1 >= len(sdoc) or sdoc[token.i + 1].ent_iob_ != "I"
    return token.ent_type_ == "GPE" and token.ent_iob_ == "B" and alone


def with_family_names_first(index: dict[str, list[Any]], entries: Iterable[Any]) -> dict[str, list[Any]]:
    """A surname index with the family name of each person written family name first with a hyphened
    given name ("Tsai Ing-wen" is "Tsai" alone, whatever the state: Taiwan's and Hong Kong's people
    are not all named that way, so their states are not read by first word as a rule)."""
    for entry in entries:
        if entry.kind == "person" and _HYPHENED_GIVEN_NAME.fullmatch(entry.phrase):
            known = index.setdefault(entry.phrase.split()[0], [])
            if entry not in known:
                known.append(entry)
    return index


def capitalised_patronymic(phrase: str) -> str | None:
    """The name with the word joining it to the father's written in capitals ("Osama Bin Laden",
    "Mohammed Bin Salman": many outlets write "Bin" so), or None when the name has no such word."""
    marks = resolve_words("patronymic")
    words = phrase.split(" ")
    if not any(w in marks for w in words[1:]):
        return None
    return " ".join(w.capitalize() if i and w in marks else w for i, w in enumerate(words))


def addressed(token: Any) -> bool:
    """A form of address only a person takes just before the word ("Mr. Bush", "Frau Merkel"; kind
    ``address``): the word is a person's name even if a gazetteer place shares it."""
    before = token.i - 1
    if before > 0 and token.doc[before].text == ".":
        before -= 1  # "Mr" "." split by the tokenizer
    return before >= 0 and token.doc[before].lower_ in resolve_words("address")
