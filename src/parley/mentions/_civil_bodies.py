"""Named civil bodies the knowledge files lack: "the Coast Labour Rights Forum deplores ...".

A press release is issued by a body news names in full once, often with its acronym in brackets
("The East African Press Freedom Coalition (EAPFC) condemns ..."), then by the acronym alone. A
capitalised name of two words or more ending in a civil body's head noun (data/resolve_words.tsv,
roles ``body_head`` and ``body_head_of``) is such a non-governmental body, unless it holds a word of
the state's own bodies (role ``state_mark``: "National", "State", "Ministry") or a place or people
the parser or the knowledge files know ("the Spanish Commission for Refugees" is Spain's).
"""

from __future__ import annotations

from typing import Any

from .._columns import children_of, doc_columns
from .._sent_starts import sentence_start
from ..knowledge import ActorEntry, resolve_words

__all__ = ["civil_bodies"]

#: The code news conventions give a body of no state.
_CIVIL_CODE = "NGO"
#: Parts of speech of the words of a name.
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ"})
#: The dashes that close a wire dateline ("London, 8 May 2012 - ...").
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
#: Parser labels of places and peoples: a name holding one is a local body of that place.
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})


def civil_bodies(sdoc: Any, taken: list[bool]) -> list[tuple[Any, Any]]:
    """Spans naming an unknown civil body, with its entry; its bracketed acronym and the later
    uses of that acronym come along with the same entry."""
    found: list[tuple[Any, Any]] = []
    for i in _head_words(sdoc):
        span = _body_name_at(sdoc, sdoc[i], taken)
        if span is None:
            continue
        entry = ActorEntry(span.text, _CIVIL_CODE, None, "igo")
        found.append((span, entry))
        found.extend((use, entry) for use in _acronym_uses(sdoc, span.end, taken))
    return found


def _head_words(sdoc: Any) -> list[int]:
    """The indices, in order, of the capitalised words that can head a civil body's name (roles
    ``body_head``, ``body_head_of``): read from one array of the parse, so that the other words of
    the article are never made into spaCy tokens only to be turned down by :func:`_body_name_at`."""
    from spacy.attrs import IS_TITLE, LOWER

    heads = resolve_words("body_head") | resolve_words("body_head_of")
    strings = sdoc.vocab.strings
    is_head: dict[int, bool] = {}
    out = []
    array = doc_columns(sdoc, [IS_TITLE, LOWER])
    titles = array[:, 0].nonzero()[0]
    for i, lower in zip(titles.tolist(), array[titles, 1].tolist(), strict=True):
        hit = is_head.get(lower)
        if hit is None:
            hit = is_head[lower] = strings[lower] in heads
        if hit:
            out.append(i)
    return out


def _body_name_at(sdoc: Any, head: Any, taken: list[bool]) -> Any:
    """The full name whose head noun is ``head``, or None when it is no unknown civil body."""
    if not head.is_title or taken[head.i]:
        return None
    lower = head.lower_
    end = _rest_of_name(sdoc, head.i + 1)
    if lower not in resolve_words("body_head") and not (lower in resolve_words("body_head_of") and end > head.i + 1):
        return None
    start = _start_of_name(sdoc, head.i)
    if start == head.i and end == head.i + 1:
        return None  # one word ("the Forum") points back to a body named before
    span = sdoc[start:end]
    marks = resolve_words("state_mark")
    if any(taken[t.i] or t.lower_ in marks or t.ent_type_ in _PLACE_LABELS for t in span):
        return None
    if _owned(sdoc, start) or _described_by_known(head, span, taken):
        return None
    return span


def _owned(sdoc: Any, start: int) -> bool:
    """The name follows a possessive ("the Treasury Department's Financial Crimes Enforcement Network"):
    the owner's body, not a civil one."""
    return start > 0 and sdoc[start - 1].tag_ == "POS"


def _described_by_known(head: Any, span: Any, taken: list[bool]) -> bool:
    """The name stands beside a description that names its country ("A Thai labour rights group, the
    Migrant Action Network"): the description codes it."""
    beside = [c for c in children_of(head) if c.dep_ == "appos"]
    if head.dep_ == "appos" and not _after_dateline(head, span):
        beside.append(head.head)
    return any(taken[t.i] for b in beside for t in b.subtree if not span.start <= t.i < span.end)


def _after_dateline(head: Any, span: Any) -> bool:
    """The name opens the story after a dateline the parser hung it on ("London, 8 May - The Coast
    Rights Network is concerned"): the dash before the name parts it from the place the story was
    filed from, which describes no body."""
    place = head.head
    return place.i < span.start and any(t.text in _DASHES for t in head.doc[place.i + 1 : span.start])


def _is_name_word(token: Any) -> bool:
    return (token.is_title or token.is_upper) and token.pos_ in _NAME_POS


def _start_of_name(sdoc: Any, i: int) -> int:
    """The first word of a capitalised name ending at token ``i``, over small linking words."""
    start = i
    sent_start = sentence_start(sdoc[i])
    j = i - 1
    while j >= sent_start:
        token = sdoc[j]
        if _is_name_word(token):
            start = j
        elif not _links_name_words(sdoc, j, sent_start):
            break
        j -= 1
    return start


def _links_name_words(sdoc: Any, j: int, sent_start: int) -> bool:
    """Token ``j`` is a small word inside a name ("Aid and Relief"), not the article before it."""
    token = sdoc[j]
    return (
        token.lower_ in resolve_words("name_link")
        and token.lower_ not in resolve_words("definite_article")  # "the" goes on a name, joins none
        and j - 1 >= sent_start
        and _is_name_word(sdoc[j - 1])
    )


def _rest_of_name(sdoc: Any, i: int) -> int:
    """The end of an "of"/"for" phrase that continues a name ("Centre for Policy Studies"); ``i`` when none."""
    if i + 1 >= len(sdoc) or sdoc[i].lower_ not in resolve_words("name_opener"):
        return i
    end = i
    j = i + 1
    while j < len(sdoc) and (_is_name_word(sdoc[j]) or sdoc[j].lower_ in resolve_words("name_link")):
        if _is_name_word(sdoc[j]):
            end = j + 1
        j += 1
    return end


def _acronym_uses(sdoc: Any, after: int, taken: list[bool]) -> list[Any]:
    """The bracketed acronym right after a name ("(EAPFC)") and every later use of it."""
    if after + 2 >= len(sdoc) or sdoc[after].text != "(" or sdoc[after + 2].text != ")":
        return []
    acronym = sdoc[after + 1]
    if not (acronym.is_upper and len(acronym.text) > 1):
        return []
    return [sdoc[t.i : t.i + 1] for t in sdoc[after + 1 :] if t.text == acronym.text and not taken[t.i]]
