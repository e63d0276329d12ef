"""An act named as what is to stop: "pressed Chad and Sudan to stop backing armed groups", "demanded
that Ankara stop violating the country's sovereignty", "threatened to stop letting trains cross". The
-ing clause under an ending verb (data/event_words.tsv ending_verb: stop, halt, cease, end ...) is
the act brought to an end, not a second event: training gold codes the inner act for none of 25
"stop/cease/halt/end + -ing" phrases (the ending itself, "has stopped issuing visas", is coded at the
ending verb when it is an event), and both coders' 3 inner-act events there are all extras."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._modality import phrasal_lemma
from ._words import EventWords

__all__ = ["is_stopped_act"]

#: How far up joined -ing verbs are followed ("to stop arming and backing the rebels").
_MAX_STEPS = 3
#: Words allowed between the ending verb and its -ing verb ("stop immediately firing").
_MAX_GAP = 2


def is_stopped_act(token: Any, words: EventWords) -> bool:
    """The token is an -ing verb completing an ending verb ("stop backing", "ceased firing")."""
    if token.tag_ != "VBG":
        return False
    for _ in range(_MAX_STEPS):
        if token.dep_ != "conj" or token.head.i == token.i or token.head.tag_ != "VBG":
            break
        token = token.head
    if token.dep_ not in {"xcomp", "advcl"} or token.head.i == token.i:
        return False
    if any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in children_of(token)):
        return False  # "stopped as troops were firing": its own clause
    if not _follows_closely(token, token.head):
        return False  # "halted the talks, accusing Kigali of bad faith": an act of its own beside the ending
    return phrasal_lemma(token.head) in words.ending_verb


def _follows_closely(token: Any, head: Any) -> bool:
    """The -ing verb comes right after its head, at most a particle or adverb between, no punctuation."""
    if not 0 < token.i - head.i <= _MAX_GAP:
        return False
    return not any(t.is_punct for t in token.doc[head.i + 1 : token.i])
