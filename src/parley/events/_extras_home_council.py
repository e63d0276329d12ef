"""A state's own council meeting: "after an emergency cabinet meeting", "the premier summoned the
defence council", "chairing her security cabinet on Friday". A leader meeting his own
ministers, or the cabinet sitting alone, is how a government decides, not a meeting between parties:
the training gold codes none of its 3 sentences of the shape (a binational cabinet meeting, with a
partner state named, is coded). The council's words are in data/event_words.tsv (home_council, and
owned_council for those that are a state's own only with a possessive pronoun: "the Security Council"
alone is the UN's). A leader's advisers ("met his national security team") are not listed: no training
sentence has them, and a writer of the validation sets codes such a meeting."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._words import EventWords

__all__ = ["meets_home_council"]

#: Dependencies by which a meeting word holds the body that meets: "cabinet meeting", "convened the
#: council", "the cabinet met".
_BODY_DEPS = {"compound", "dobj", "nsubj"}
#: Modifiers that make a body's name ("the National Security Council", "an emergency security cabinet").
_NAME_DEPS = {"compound", "amod"}


def _name(noun: Any) -> str:
    """The noun with the modifiers just before it, lower case ("national security council")."""
    words = [noun.lemma_.lower()]
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in _NAME_DEPS or child.i != noun.i - len(words):
            break
        words.insert(0, child.lower_)
    return " ".join(words)


def _is_home_council(noun: Any, words: EventWords) -> bool:
    """The noun names a state's own council, by its whole name ("the U.S. National Security Council" is
    left alone: a name with more words than the list's may be another's)."""
    name = _name(noun)
    if name in words.home_council:
        return True
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(noun))
    return owned and name in words.owned_council


def _is_joint(token: Any, words: EventWords) -> bool:
    """ "a binational cabinet meeting", "a joint cabinet session": two governments' councils meet."""
    return any(c.lower_ in words.joint_mark for c in children_of(token))


def _bodies(token: Any, words: EventWords) -> list[Any]:
    """The nouns a meeting word holds as the body that meets, also through "of"/"with" ("a meeting of
    the cabinet", "met with his security council")."""
    out = [c for c in children_of(token) if c.dep_ in _BODY_DEPS]
    for prep in children_of(token):
        if prep.dep_ == "prep" and prep.lower_ in words.home_council_prep:
            out += [c for c in children_of(prep) if c.dep_ == "pobj"]
    return out


def meets_home_council(token: Any, words: EventWords) -> bool:
    """The meeting word's body is a state's own council ("cabinet meeting", "convened his security
    council"), and no joint mark says two governments meet: the government at home, no meeting of the
    story."""
    bodies = _bodies(token, words)
    if _is_joint(token, words) or any(_is_joint(b, words) for b in bodies):
        return False
    return any(_is_home_council(body, words) for body in bodies)
