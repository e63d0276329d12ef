"""An act a reaction judges that names its own doer: "condemned the shelling of the town by armed
elements", "denounced the new sanctions adopted by the European Union". The reaction (an ACCUSE,
a SUPPORT) is one event and the act it judges, told with its doer, is another: training gold
codes the judged act in 6 of 6 such material nouns under a reaction verb (1 verbal noun,
"allegations made by certain media", is not coded; nor is the noun itself an act). Without a
doer ("condemned the seizure") the noun points back to the act the story tells and stays one
event."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ._object_words import names_own_doer
from ._words import EventWords

__all__ = ["judged_with_doer", "names_doer_of_act", "participle_agents"]


def names_doer_of_act(noun: Any, words: EventWords) -> bool:
    """ "the shelling of the town by armed elements", "the sanctions adopted by the EU": the noun's own
    "by" phrase (on it, on its "of" object, or on a participle that describes it) names who did the act."""
    return names_own_doer(noun, words) or bool(participle_agents(noun))


def judged_with_doer(noun: Any, judge: Any, words: EventWords) -> bool:
    """ "condemned the raid carried out by police": ``noun`` is the object of ``judge``, a verb that
    judges an act others did, and names that act's doer: an event of its own beside the judgement."""
    if noun.dep_ != "dobj" or noun.head.i != judge.i or judge.lemma_.lower() not in words.judging_verb:
        return False
    return names_doer_of_act(noun, words)


def participle_agents(noun: Any) -> list[Any]:
    """ "the new sanctions adopted by the European Union", "the raid carried out by police": the "by"
    phrase of a participle that describes the noun names the doer of the noun's act."""
    described = [c for c in children_of(noun) if c.dep_ == "acl" and c.tag_ == "VBN"]
    return [g for c in described for g in children_of(c) if g.dep_ == "agent" and g.lower_ == "by"]
