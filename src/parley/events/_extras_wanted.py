"""A person described as hunted: "Gambia extradited three Senegalese businessmen sought over illegal
logging", "handed over 14 suspects wanted for drug trafficking", "a concession long sought by Port of
Spain". The past participle of "want" or "seek" (data/event_words.tsv wanted_participle) hung on a
noun says who or what the noun is, not a request of the story. Training gold: of 37 sentences with
"wanted/sought" + by/for/in/over, none codes a REQUEST at that participle (the two REQUESTs there
are "a request" and "reiterates its request"); both coders' REQUEST there was an extra (5 each)."""

from __future__ import annotations

from typing import Any

from ._words import EventWords

__all__ = ["is_wanted_description"]


#: Tags the parser gives such a participle ("businessmen sought over illegal logging" is tagged as a past tense).
_PARTICIPLE_TAGS = {"VBN", "VBD"}


def is_wanted_description(token: Any, words: EventWords) -> bool:
    """The token is a past participle of a wanted_participle verb that modifies a noun (a clause hung
    on the noun, not a relative clause with its own subject)."""
    return token.dep_ == "acl" and token.tag_ in _PARTICIPLE_TAGS and token.lemma_.lower() in words.wanted_participle
