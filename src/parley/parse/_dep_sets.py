"""The dependency labels of a verb's subject and of what its act is done to, and the tags of a verb,
read by every stage that walks the parse (mentions, events, resolve). Kept in a module of its own, with
no imports."""

from __future__ import annotations

__all__ = ["ACTED_ON_DEPS", "CLAUSE_MARKER_DEPS", "FINITE_TAGS", "OBJECT_DEPS", "SUBJECT_DEPS", "VERB_POS"]

#: A verb's subject, of an active verb or a passive one ("Iran [nsubj] seized", "a ship [nsubjpass] was seized").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

#: A verb's direct object: spaCy's English label and the Universal Dependencies one.
OBJECT_DEPS = frozenset({"dobj", "obj"})

#: What the act is done to: the object of an active verb or the subject of a passive one ("seized a
#: ship [dobj]", "a ship [nsubjpass] was seized").
ACTED_ON_DEPS = frozenset({"dobj", "nsubjpass"})

#: The words that mark a clause as no bare infinitive: its auxiliaries ("to", "will", "was") and the word
#: opening it ("that", "if"); a clause with none of them is "[help] Kenya build", "[let] them go".
CLAUSE_MARKER_DEPS = frozenset({"aux", "auxpass", "mark"})

#: The part-of-speech tags of a verb that can carry an act: spaCy tags "has", "will", "is" as AUX, and
#: the small model tags some full verbs AUX too ("Iran is [AUX] to blame").
VERB_POS = frozenset({"VERB", "AUX"})

#: The tags of a finite verb: a line with none is a heading, byline or signature, no report ("By Staff |
#: 18 March 2005", "MINISTRY OF FOREIGN AFFAIRS"), against "By Friday it had kept that promise".
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
