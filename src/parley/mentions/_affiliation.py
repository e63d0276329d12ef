"""A person's affiliation as news writes it right after the name: "Anna Kovacs of Human Rights Watch",
"X from the Hungarian foreign ministry"; and the owner of an envoy's title that names a second,
host country ("X, Brazil's ambassador to Peru,"). Read by the people reading of the mentions stage."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words
from ..parse import ent_at
from ._title_window import _appositive

__all__ = ["affiliation", "affiliation_phrase", "owner_part", "shared_appositive"]

#: Kinds of knowledge entries that name a country itself: "X of Pakistan" says where the person is
#: from, not whom they act for, so no affiliation is read from them alone.
_COUNTRY_KINDS = {"name", "alias", "demonym", "capital"}


def affiliation_phrase(ent: Any) -> Any:
    """The noun phrase of an "of"/"from" phrase hanging on the name, to its head noun: "the Hungarian
    foreign ministry" of "Tomas Varga of the Hungarian foreign ministry said"; empty when none. Only
    the words up to the head are read: "of Human Rights Watch in Cairo" is not Egypt's."""
    sdoc = ent.doc
    empty = sdoc[ent.end : ent.end]
    if ent.end >= len(sdoc):
        return empty
    prep = sdoc[ent.end]
    if prep.lower_ not in resolve_words("affiliation") or not ent.start <= prep.head.i < ent.end:
        return empty
    noun = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
    if noun is None:
        return empty
    return sdoc[ent.end + 1 : noun.i + 1]


def owner_part(phrase: Any) -> Any:
    """The words of a title phrase before the host it is sent to: "Brazil's ambassador" of "Brazil's
    ambassador to Peru", "the Iranian envoy" of "the Iranian envoy in France". The whole phrase when
    it names no host."""
    hosts = resolve_words("host_prep")
    for tok in phrase:
        if tok.lower_ in hosts and tok.i > phrase.start:
            return phrase.doc[phrase.start : tok.i]
    return phrase


def affiliation(ent: Any, entry_at: dict[int, Any], sector_of: Any) -> tuple[Any, str | None, str | None] | None:
    """The knowledge entry, sector and office of the body an "of"/"from" phrase after the name gives:
    a body the files know ("of Human Rights Watch"), or a country's body by its title words ("of the
    Hungarian foreign ministry"). A bare country ("X of Pakistan") gives none."""
    phrase = affiliation_phrase(ent)
    entry = next((entry_at[i] for i in range(phrase.end - 1, phrase.start - 1, -1) if i in entry_at), None)
    if entry is None or entry.kind == "person":
        return None
    sector, office = sector_of(phrase)
    if sector is None and entry.kind in _COUNTRY_KINDS:
        return None
    return entry, sector or entry.sector, office


def shared_appositive(ent: Any) -> Any:
    """The plural description in commas after a pair of names, for the first of them: "Ewa Nowicka and
    Tomasz Brzezinski, two Polish aid workers," describes both. A singular one ("X and Y, the Polish
    ambassador,") is the second's alone; empty when there is none."""
    sdoc = ent.doc
    empty = sdoc[ent.end : ent.end]
    if ent.end + 1 >= len(sdoc) or sdoc[ent.end].lower_ != "and":
        return empty
    second = ent_at(sdoc, ent.end + 1)
    if second is None or second.label_ != "PERSON" or second.start != ent.end + 1:
        return empty
    described = _appositive(second)
    nouns = [t for t in described if t.pos_ == "NOUN"]
    return described if nouns and nouns[-1].tag_ == "NNS" else empty
