"""The group a person heads, as news writes it with a participle: "a delegation from Kandal province
led by Deputy Governor X", "A staff team from the IMF, led by Ms. X,", "the Chinese delegation,
headed by X,", or a passive clause: "Kenya's delegation was headed by X". The person acts for the
group's body or country. Read by the people reading of the mentions stage; only a token's head and
children are read."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._columns import children_of
from ..knowledge import resolve_words

__all__ = ["led_group"]

#: How the words of the group noun name its body or country: "the Chinese delegation", "the IMF
#: team", "Kenya's delegation", "a team from the IMF", "a delegation of the ministry".
_OWNER_DEPS = {"amod", "compound", "poss", "nmod"}
#: Title words between "by" and the name ("led by Deputy Governor X"): the parser hangs the name on them.
_MOST_TITLE_WORDS = 4


def led_group(
    ent: Any,
    entry_at: dict[int, Any],
    place_country_in: Callable[[Any], str | None],
) -> tuple[Any | None, str | None] | None:
    """The knowledge entry (or, for a place, the country code) of the group whose participle "led by" /
    "headed by" names this person: (entry, None) for a body or country the files know, (None, code)
    for a place in the group's "from" phrase ("a delegation from Kandal province"); None otherwise."""
    group = _group_noun(ent)
    if group is None:
        return None
    for owner in _owner_words(group):
        entry = entry_at.get(owner.i)
        if entry is not None and entry.kind != "person":
            return entry, None
    for owner in _owner_words(group):
        place = _with_compounds(owner)
        code = place_country_in(place)
        if code is not None:
            return None, code
    return None


def _group_noun(ent: Any) -> Any | None:
    """The noun that a "led by" participle hangs on, with the name in its "by" phrase."""
    token = ent.root
    for _ in range(_MOST_TITLE_WORDS):
        if token.head.lower_ == "by" or token.head.i == token.i:  # the root (spaCy Tokens: compare positions)
            break
        token = token.head  # "Hun Sary" hangs on "Governor" of "Deputy Governor Hun Sary"
    by = token.head
    if by.lower_ != "by" or by.i > ent.start:
        return None
    verb = by.head
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in resolve_words("leader_verb"):
        return None
    # "a delegation led by X", or the passive clause "Kenya's delegation was headed by X"
    subject = next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    group = subject if subject is not None else verb.head
    if group.pos_ not in {"NOUN", "PROPN"} or group.i > verb.i:
        return None
    return group


def _owner_words(group: Any) -> list[Any]:
    """The words that say whose the group is, nearest first: its own modifiers, then its "from"/"of"
    phrase's noun and that noun's modifiers, then the group noun itself ("the IMF mission")."""
    out = [c for c in children_of(group) if c.dep_ in _OWNER_DEPS and c.i < group.i]
    out.reverse()
    for prep in children_of(group):
        if prep.lower_ in resolve_words("origin_prep") and prep.i > group.i:
            for noun in children_of(prep):
                if noun.dep_ == "pobj":
                    out.append(noun)
                    out += [c for c in children_of(noun) if c.dep_ in _OWNER_DEPS]
    return [*out, group]


def _with_compounds(token: Any) -> Any:
    """The token with the compound words right before it ("Kandal province")."""
    start = token.i
    while (
        start > 0
        and token.doc[start - 1].dep_ == "compound"
        and token.doc[start - 1].head.i in range(start, token.i + 1)
    ):
        start -= 1
    return token.doc[start : token.i + 1]
