"""The words around a person's name that give their title: the window of title and country words
left of it, a title fronted in commas before it or an appositive after it, shortened ranks ("Gen.",
"Ir.") and words of address ("Chief", "Mr"). Read by :mod:`._spans` and the people reading."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from .._doc_span import doc_span
from ..knowledge import resolve_words

#: How far left of a name to look for its title and country.
_TITLE_WINDOW = 14
#: Parts of speech a title never runs across (a verb or a conjunction ends the phrase).
_STOP_POS = {"VERB", "AUX", "SCONJ"}


def _shortened_title_at(sdoc: Any, i: int) -> bool:
    """A shortened form of address or rank before a name, whole ("Gen.") or split by the tokenizer
    into its word and stop ("Ir", "." of "Ir. Johan Lumintang")."""
    tok = sdoc[i]
    known = resolve_words("abbreviation")
    if tok.text == ".":
        return i > 0 and not sdoc[i - 1].whitespace_ and sdoc[i - 1].is_title and sdoc[i - 1].lower_ in known
    if tok.text.endswith(".") and tok.is_title:
        return tok.lower_[:-1] in known
    split = not tok.whitespace_ and i + 1 < len(sdoc) and sdoc[i + 1].text == "."
    return split and tok.is_title and tok.lower_ in known


def _all_shortened_titles(span: Any) -> bool:
    """A parser's "person" that is only a shortened rank ("Brig" of "Brig. Gen. X"): no name."""
    return all(_shortened_title_at(span.doc, i) for i in range(span.start, span.end))


#: Marks a title never runs across: clause marks, and the brackets and dashes of a dateline's credit
#: ("PHNOM PENH (AKP) -- Deputy Prime Minister X": the agency is no part of the title).
_WINDOW_STOPS = {",", ";", ":", "\u201c", '"', "and", ".", "(", ")", "--", "\u2014", "\u2013"}


def _left_window(ent: Any) -> Any:
    """Title and country words just left of a name, stopping at verbs and clause marks."""
    sdoc = ent.doc
    start = ent.start
    lo = max(0, ent.start - _TITLE_WINDOW)
    i = ent.start - 1
    while i >= lo:
        tok = sdoc[i]
        if tok.lower_ == "and" and i + 1 < ent.start and _joins_office_name(tok):
            pass  # "Minister of Finance and Development Planning X": one office's name, not a list
        elif tok.text == "." and _closes_abbreviation(tok):
            pass  # "Lt. Col. Rodolfo Bacani": the stop ends a shortened rank, not a sentence
        elif tok.pos_ in _STOP_POS or tok.text in _WINDOW_STOPS or "\n" in tok.text:
            break
        start = i
        i -= 1
    return doc_span(sdoc, start, ent.start)


def _closes_abbreviation(stop: Any) -> bool:
    """A full stop the parser split from the shortened title word it closes ("Col", ".")."""
    before = stop.doc[stop.i - 1] if stop.i else None
    return before is not None and not before.whitespace_ and before.lower_ in resolve_words("abbreviation")


def _joins_office_name(conj: Any) -> bool:
    """An "and" inside the capitalised name of a ministry or office ("Minister of Agriculture and Rural
    Development"): capitalised words on both sides, and an "of" right before the capitalised run on its
    left. A list of people ("President X and Prime Minister Y") has no such "of"."""
    sdoc = conj.doc
    if conj.i + 1 >= len(sdoc) or not sdoc[conj.i + 1].is_title:
        return False
    if conj.i > 0 and _untagged_title_case(sdoc[conj.i - 1]) and _untagged_title_case(sdoc[conj.i + 1]):
        return True  # "Deputy Prime Minister and Minister of Defence X": two offices of one person
    j = conj.i - 1
    while j > 0 and sdoc[j].is_title:
        j -= 1
    return j < conj.i - 1 and sdoc[j].lower_ == "of"


def _untagged_title_case(token: Any) -> bool:
    """A capitalised word the parser put in no entity: a title's word ("Minister"), not a name's."""
    return token.is_title and not token.ent_type_ and token.pos_ in {"PROPN", "NOUN"}


def _fronted_title(ent: Any) -> Any:
    """The title a name stands in apposition to, before it in commas: "the Irish consul, Niamh
    Byrne, said"; empty unless the name is set off by a comma on both sides (or ends the sentence)."""
    sdoc = ent.doc
    if ent.start < 2 or sdoc[ent.start - 1].text != ",":
        return doc_span(sdoc, ent.start, ent.start)
    closed = ent.end >= len(sdoc) or sdoc[ent.end].text in {",", ".", ";"}
    if not closed:
        return doc_span(sdoc, ent.start, ent.start)
    return _left_window(sdoc[ent.start - 1 : ent.start - 1])


#: How a country word qualifies the noun a name stands in apposition to ("Mexico's", "the Mexican").
_OWNER_DEPS = {"poss", "amod", "compound", "nmod"}


def _owned_title_country(ent: Any, entry_at: dict[int, Any]) -> str | None:
    """The country of the common noun a name stands in apposition to, before it in commas, when a
    country's name or adjective qualifies that noun: "Brazil's chief trade envoy, Paula Motta,"
    and "his Spanish counterpart, X," name a person of that country even when the title words are
    unknown; a place before the name ("In Dar es Salaam, X said") is no such noun."""
    fronted = _fronted_title(ent)
    noun = ent.root.head
    if not len(fronted) or ent.root.dep_ != "appos" or noun.pos_ != "NOUN" or not fronted.start <= noun.i < fronted.end:
        return None
    owners = [c for c in children_of(noun) if c.dep_ in _OWNER_DEPS and c.i < noun.i]
    for owner in reversed(owners):
        entry = entry_at.get(owner.i)
        if entry is not None and entry.kind != "person":
            return str(entry.code)
    return None


def _appositive(ent: Any) -> Any:
    """The phrase after a name in commas: "Igor Ivanov, the Russian foreign minister,"."""
    sdoc = ent.doc
    if ent.end < len(sdoc) and sdoc[ent.end].text == ",":
        end = ent.end + 1
        stop = min(ent.sent.end, ent.end + 8)
        while end < stop and sdoc[end].text not in {",", ".", ";"} and sdoc[end].pos_ not in _STOP_POS:
            end += 1
        return sdoc[ent.end + 1 : end]
    return sdoc[ent.end : ent.end]


def _title_fits(title: str | None, office: str | None) -> bool:
    """A title before a surname fits a known office holder when it names no office ("Secretary Kerry")
    or every word of it is in the holder's office ("Minister" of "Foreign Minister"), the title's words
    also as one hyphened word of it ("Secretary General" of "Secretary-General"); a "Mayor Johnson"
    is nobody's prime minister."""
    if not title:
        return True
    words = set((office or "").casefold().split())
    said = title.casefold().split()
    return all(word in words for word in said) or "-".join(said) in words


def _unsplit_forms(vocab: Any, phrase: str) -> list[Any]:
    """A title with shortened words ("maj. gen.") as the parser reads it in running text, each word one
    token with its stop ("Maj." "Gen."), beside the split form ``make_doc`` gives ("maj" "." "gen" ".")."""
    from spacy.tokens import Doc

    return [Doc(vocab, words=phrase.split())] if "." in phrase else []


def _with_honorifics(ent: Any) -> Any:
    """The name with the words of address the parser left before it ("Chief Walter Kikolo", "Mr Aiwa Kipeng")."""
    start = ent.start
    while start > 0 and (_is_honorific(ent.doc[start - 1]) or _shortened_title_at(ent.doc, start - 1)):
        start -= 1
    return ent.doc[start : ent.end]


def _is_honorific(token: Any) -> bool:
    return token.lower_ in resolve_words("honorific")
