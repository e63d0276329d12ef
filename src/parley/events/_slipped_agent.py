"""The "by" phrase of a passive that the parser hangs below the verb, on its object or on a noun of an
"in" phrase ("Ukraine was given a loan of $1 billion by Japan", "Senegal was promised aid worth $50
million by France", "its patrols have been denied access to the site by the Russian side", "the suspect
was arrested in a joint raid by Colombian and Ecuadorean police", "Colombia was accused of spying by
Venezuela"): with no agent of its own, the passive's doer is named there.

Why: on the training corpus, 10 passive verbs with a subject and no agent carry such a "by" phrase
lower down. The 5 whose verb the gold codes are reached through the object or "in" (4) and through
"after an appeal for clemency by the Lithuanian president" (1); the gold takes the "by" phrase as the
actor in the 4 (denied access, freed/arrested twice in a joint operation or raid) and not in the "after"
one. The other 5 go through "during a visit by", "at the end of a visit by", "at the Diplomatic Centre
by", "after", "for surveillance by": none is coded, and the path stops at those prepositions
(``slipped_agent_prep`` lists the ones it may pass). As written the reading fires on 4 training sentences,
and the gold takes its "by" phrase as the actor in all 4 (the learned coder's misses there 17 -> 16, the
others already right by another reading). A nested clause (a relative clause, "organised by
the opposition", a passive gerund "of being detained by") has its own doer, and the path stops there."""

from __future__ import annotations

from typing import Any

from ._parse import is_passive
from ._words import EventWords

__all__ = ["slipped_agents"]

#: Dependencies from the verb to the nouns its own "by" phrase may be hung on: its objects and complements.
_VERB_OBJECTS = frozenset({"dobj", "dative", "oprd", "attr", "acomp"})
#: Dependencies inside a noun phrase the path may follow: its parts, never a clause.
_NOUN_PARTS = frozenset({"pobj", "pcomp", "amod", "npadvmod", "compound", "nummod", "quantmod", "appos", "conj"})


def slipped_agents(verb: Any, words: EventWords) -> list[Any]:
    """The heads of "by" phrases hung below a passive ``verb`` with no agent of its own, in document
    order ("was given a loan by Japan": "Japan"); empty for an active verb or one with its agent."""
    if not is_passive(verb) or any(c.dep_ == "agent" for c in verb.children):
        return []
    found: list[Any] = []
    stack = [c for c in verb.children if c.i > verb.i and _starts_path(c, words)]
    while stack:
        tok = stack.pop()
        if _own_clause(tok):
            continue
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                found += [p for p in child.children if p.dep_ == "pobj" and p.tag_ != "VBG"]
            elif child.dep_ in _NOUN_PARTS or (child.dep_ == "prep" and child.lower_ in words.slipped_agent_prep):
                stack.append(child)
    return sorted(found, key=lambda t: t.i)


def _starts_path(child: Any, words: EventWords) -> bool:
    """An object of the verb ("given a loan"), or a preposition the path may pass ("in a joint raid")."""
    return child.dep_ in _VERB_OBJECTS or (child.dep_ == "prep" and child.lower_ in words.slipped_agent_prep)


def _own_clause(tok: Any) -> bool:
    """A verb with a doer of its own: any but an active gerund after a preposition ("accused of spying")."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    return tok.dep_ != "pcomp" or any(c.dep_ in {"auxpass", "nsubj", "nsubjpass"} for c in tok.children)
