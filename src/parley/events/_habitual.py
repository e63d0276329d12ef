"""Acts told as past or customary rather than reported: a past event ("had met", "since the king made a
trip"), a state held since a time ("the border has been closed since 1994"), a habit ("routinely
denies") or acts summed up over years ("have complained for years"). Split from :mod:`._modality`,
whose other readings (negated, hypothetical, future) are of the reported act itself."""

from __future__ import annotations

from typing import Any

from .._columns import children_of
from ..parse import VERB_POS
from ._parse import clause_verb, is_perfect
from ._words import EventWords

__all__ = ["is_habitual", "is_historical", "is_repeated_over_years", "is_standing_state"]


def is_historical(token: Any) -> bool:
    """ "since the king made a trip", "had met": a past event, not the one being reported."""
    clause = clause_verb(token)
    for c in children_of(clause):
        if c.dep_ == "mark" and c.lower_ == "since":
            return True
        if c.dep_ == "aux" and c.lower_ == "had":
            return True
    return False


def is_standing_state(token: Any, words: EventWords) -> bool:
    """ "the border has been closed since 1994", "crossings shut since 2016": a passive participle held
    since a time describes a state, not the event the story reports. An active tally ("has carried 45,000
    people out since early May") is still the story's act. "a coalition fighting the Houthis": a present
    participle of an ongoing act that describes its noun is a state too."""
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.lemma_.lower() in words.standing_gerund:
        return True
    if token.tag_ != "VBN" or not any(c.dep_ == "prep" and c.lower_ in words.standing_prep for c in children_of(token)):
        return False
    return any(c.dep_ == "auxpass" for c in children_of(token)) or not any(c.dep_ == "aux" for c in children_of(token))


def is_habitual(token: Any, words: EventWords) -> bool:
    """ "Moscow routinely denies such violations", "hostages are usually freed", "has faced attacks in
    recent years": a custom or a summary of years is told, not an event of the story. A verb joined by
    "and" to a habitual one shares its adverb ("are usually taken to camps and freed")."""
    verb = clause_verb(token)
    if is_repeated_over_years(verb, words):
        return True
    while True:
        for c in children_of(verb):  # a loop, not ``any`` over a generator: every candidate's clause is asked
            if _is_habit_marker(c, words):
                return True
        if verb.dep_ != "conj" or verb.head.i == verb.i or verb.head.pos_ not in VERB_POS:
            return False
        verb = verb.head


def is_repeated_over_years(verb: Any, words: EventWords) -> bool:
    """ "drivers have complained for years", "has held such protests for more than a decade": a perfect
    verb over a span of years with no number sums up acts repeated all that time, not one the story
    reports; so does a grievance voiced "long" ("fishermen have long complained"). A state begun once
    and lasting ("Chad has closed the border for years") is still the act told. Only the clause's own
    verb is read: a verb joined by "and" may be the new act."""
    # only the perfect: "have been conducting patrols for years" is a progressive, a cooperation still going on
    if verb.lemma_.lower() in words.lasting_state_verb or not is_perfect(verb):
        return False
    if verb.lemma_.lower() in words.grievance_verb and any(
        c.dep_ == "advmod" and c.lower_ in words.long_adverb for c in children_of(verb)
    ):
        return True  # "fishermen have long complained that ...": a standing grievance, voiced again and again
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and any(_is_long_span(o, words) for o in children_of(c))
        for c in children_of(verb)
    )


def _is_long_span(noun: Any, words: EventWords) -> bool:
    """ "years", "decades", "more than a decade": a span of years counted by no number ("for two years"
    may be one act lasting that long)."""
    if noun.dep_ != "pobj" or noun.lower_ not in words.long_span_noun:
        return False
    return not any(c.dep_ == "nummod" and c.like_num for c in children_of(noun))


def _is_habit_marker(child: Any, words: EventWords) -> bool:
    if child.dep_ == "advmod" and child.lower_ in words.habitual_adverb:
        return True
    if child.dep_ != "prep":
        return False
    return any(
        o.dep_ == "pobj"
        and o.lower_ in words.span_noun
        and any(m.dep_ == "amod" and m.lower_ in words.span_modifier for m in children_of(o))
        for o in children_of(child)
    )
