"""Which time expression of a sentence dates an event, read from the parse.

A careful coder dates an event by the time phrase of its own clause ("staged exercises in
April"), else by the clause it hangs from ("sailed on Friday, ending the mission";
"said on Friday that they regretted ..."), never by a relative clause or an "after ..."
clause, which speak of another moment. A promise is dated when it was made, not when the
promised act will happen ("will exchange prisoners by Nov. 20" was agreed on the story's day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from .._columns import children_of
from .._doc_span import doc_span
from .._sent_starts import sentence_of, span_sentence_start
from ..knowledge import resolve_words as words
from ..parse import ACTED_ON_DEPS, doc_ents, ents_before, span_ents, within_quotation
from ..parse._dates import ResolvedDate, count_value, date_text, resolve_date_text
from ._parse import Link, clause_chain, clause_head, clause_members, later_and_conjuncts
from ._same_day_reach import act_starts, beyond_reach
from ._when_anchor import cause_clause_head, relative_clause_phrase, relative_clause_upper, when_clause_phrase
from ._when_counted import counted_anchor
from ._when_deeper import deeper_weekday
from ._when_following import count_from, count_roughly, following_reading
from ._when_noun_clause import after_noun_clause
from ._when_promised import future_marked, gone_days_passed_over

__all__ = ["Timing", "counted_from_other_day", "event_timing", "frame_timing", "keep_text", "kept_text", "time_phrases"]

#: "three days later", "two days earlier" (counted back: training gold 2 of 2 sentences date so).
_LATER = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|ten|an?)\s+(days?|weeks?)\s+(later|earlier)\b")
#: "last week", "two weeks ago": read as the day a week back, which names no day of the story.
_WEEK = re.compile(r"\bweeks?\b", re.IGNORECASE)
#: Dependencies of a date that describes a noun ("the March 4 attack", "Friday's summit").
_PREMODIFIER = {"compound", "amod", "nmod", "poss", "nummod"}


@dataclass(frozen=True)
class Timing:
    """What the parse says about an event's time.

    ``iso``/``precision`` for a resolved date; ``later`` for "N days later"/"the same day"
    (days after the last dated event; negative for "N days earlier"); neither when no phrase applies.
    """

    iso: str | None = None
    precision: str | None = None
    later: int | None = None


#: Where a wire dateline stands in the text (start, end chars), or None.
Skip = tuple[int, int] | None


#: Key of ``Doc.user_data`` holding each read sentence's time phrases (:func:`time_phrases`).
_PHRASES = "parley.time_phrases"


#: Key of ``Doc.user_data`` holding the text the Doc was parsed from (:func:`keep_text`).
_TEXT = "parley.text"


def keep_text(sdoc: Any, text: str) -> None:
    """Keep the text ``sdoc`` was parsed from with it: a sentence's text is then a slice of it, where
    ``Span.text`` builds a Token for each of the sentence's words."""
    if type(sdoc).__name__ == "Doc":  # a spaCy Doc, not the tests' stand-ins
        sdoc.user_data[_TEXT] = text


def kept_text(sdoc: Any) -> str:
    """The text ``sdoc`` was parsed from (:func:`keep_text`), else the Doc's own ``text``, which joins a
    new Token for each of its words (about 0.2 ms for an article)."""
    user_data = getattr(sdoc, "user_data", None)
    text = user_data.get(_TEXT) if user_data is not None else None
    return str(sdoc.text) if text is None else str(text)


def time_phrases(sent: Any, skip: Skip = None) -> list[Any]:
    """The sentence's time phrases (:func:`_read_time_phrases`), read once per sentence and dateline:
    an event's date, its sentence's frame and the carried-on date ask again for the same sentence.
    The answers are kept with the Doc's entity index, so new entities are read afresh."""
    doc = sent.doc
    ents = doc_ents(doc)
    kept = doc.user_data.get(_PHRASES)
    if kept is None or kept[0] is not ents:
        kept = doc.user_data[_PHRASES] = (ents, {})
    key = (sent.start, sent.end, skip)
    found = kept[1].get(key)
    if found is None:
        found = kept[1][key] = _read_time_phrases(sent, skip)
    return list(found)  # the caller's own list


def _read_time_phrases(sent: Any, skip: Skip) -> list[Any]:
    """The sentence's DATE/TIME entities and bare years the model calls numbers ("in 2019").

    A date inside the wire dateline (``skip``: "COTONOU, June 12 - Police turned over ... on
    Monday") is the day the story was filed, never the time of an event its sentence tells; the
    story's own day still comes from the dateline where no phrase dates an event."""
    tagged = [
        ent
        for ent in span_ents(sent)
        if (ent.label_ in {"DATE", "TIME"} or _is_year(ent)) and not _within(ent, skip) and not within_quotation(ent)
    ]
    untagged = [span for span in _untagged_that_day(sent, tagged) if not within_quotation(span)]
    return sorted(tagged + untagged, key=lambda e: e.start) if untagged else tagged


def _untagged_that_day(sent: Any, tagged: list[Any]) -> list[Any]:
    """ "shut the markets in the region that night", "The same afternoon, farmers gathered ...":
    the parser often tags no time phrase in a ``that_day`` phrase, which then dates nothing and the
    act falls to the story's day. Such a phrase not inside a tagged one is read as a time phrase.
    Training gold: of the 15 coded acts in the 13 sentences with such a phrase, 14 are dated by it
    (the 15th is left undated). A bare part of the day after "in" ("In the evening, ...") is found
    so too (see ``_is_bare_daytime``)."""
    found = []
    text = sent.doc.user_data.get(_TEXT)
    said = sent.text if text is None else text[sent.start_char : sent.end_char]
    matches = [m.span() for m in _that_day_pattern().finditer(said)]
    matches += [m.span(1) for m in _daytime_pattern().finditer(said)]  # "In the evening, ..."
    for start, end in matches:
        span = sent.doc.char_span(sent.start_char + start, sent.start_char + end, label="TIME")
        if span is not None and not any(e.start < span.end and span.start < e.end for e in tagged):
            found.append(span)
    return found


def _within(ent: Any, skip: Skip) -> bool:
    return skip is not None and skip[0] <= ent.start_char and ent.end_char <= skip[1]


def _is_year(ent: Any) -> bool:
    return bool(ent.label_ == "CARDINAL" and len(ent.text) == 4 and ent.text.isdigit() and ent.text[:2] in {"19", "20"})


def _phrase_text(ent: Any) -> str:
    """The entity with the word after it, so "three days later" is whole when the model stops at "days"."""
    doc = ent.doc
    return str(doc_span(doc, ent.start, min(ent.end + 1, len(doc))).text.lower())


@lru_cache(maxsize=1)
def _that_day_pattern() -> re.Pattern[str]:
    """One regex of the ``that_day`` phrases, their spaces matching any run of white space."""
    phrases = sorted(words("that_day"))
    pattern = r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b"
    return re.compile(pattern, re.IGNORECASE)


@lru_cache(maxsize=1)
def _daytime_pattern() -> re.Pattern[str]:
    """ "in the evening", "in the early morning": group 1 is the phrase after "in" (see ``_is_bare_daytime``)."""
    parts = "|".join(sorted(re.escape(w) for w in words("daytime")))
    shades = "|".join(sorted(re.escape(w) for w in words("daytime_shade")))
    return re.compile(r"\bin\s+(the\s+(?:(?:" + shades + r")\s+)?(?:" + parts + r"))\b", re.IGNORECASE)


def _names_that_day(text: str) -> bool:
    """ "later that day", "on the same night" (resolve_words kind ``that_day``), anywhere in ``text``."""
    return _that_day_pattern().search(text) is not None


def _is_day_after(ent: Any) -> bool:
    """ "the next day", "the following morning", "within a day" (resolve_words kind ``day_after``; the
    parser's entity is "a day" alone, "within" stands before it)."""
    text = ent.text.lower()
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return not {text.removeprefix("the "), f"{before} {text}"}.isdisjoint(words("day_after"))


def _is_within_hours(ent: Any) -> bool:
    """ "within hours", "a few hours later" (resolve_words kind ``same_day``): the parser's entity
    is the hours alone or with "later"; "within" stands before it."""
    doc = ent.doc
    text = ent.text.lower()
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return not {text, f"{before} {text}", f"{text} {after}"}.isdisjoint(words("same_day"))


def _is_bare_daytime(ent: Any) -> bool:
    """ "shelled the depot in the afternoon", "In the evening, police cleared the square": a part of a day
    (resolve_words kind ``daytime``) after "in", with no day named, is a time of the day the text last
    named, like "that evening". Training gold: the 5 sentences with such a phrase and no day of their
    own that code events date 5 of their 7 events by it (the 2 others, joined verbs, are left
    undated); 4 of them follow a sentence naming the day ("early yesterday", "on Monday")."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ != "in":
        return False
    skipped = words("definite_article") | words("daytime_shade")  # "in the early morning"
    kept = [t.lower_ for t in ent if t.lower_ not in skipped]
    return len(kept) == 1 and kept[0] in words("daytime")


def _timing_of(ent: Any, published: date | None) -> Timing | None:
    text = _phrase_text(ent)
    if _names_that_day(text) or _is_within_hours(ent) or _is_bare_daytime(ent):
        return _after_earlier_day(ent.doc, ent.start, published, 0)
    if _is_day_after(ent):
        return _after_earlier_day(ent.doc, ent.start, published, 1)
    if m := _LATER.search(text):
        days = count_value(m.group(1)) * (7 if m.group(2).startswith("week") else 1)
        return _after_earlier_day(ent.doc, ent.start, published, days if m.group(3) == "later" else -days)
    if (counted := _counted_from_earlier_time(ent, published)) is not None:
        return Timing(iso=counted.iso(), precision=counted.precision)
    resolved = resolve_date_text(date_text(ent), published)
    if resolved is None:
        return None
    return Timing(iso=resolved.iso(), precision=resolved.precision)


def _after_earlier_day(doc: Any, start: int, published: date | None, days: int) -> Timing:
    """ "three days later", "the same night", "within hours", "the next day": counted from the last
    day the text named before the phrase ("closed the consulate on May 9, and Ankara replied two
    days later"; "riots on Sunday night. On the same night, troops moved ..."); else from the last
    dated event. ``start`` is the phrase's first token; ``days`` is negative for a count back ("the
    government had closed it three days earlier")."""
    earlier = [e for e in ents_before(doc, start) if e.label_ in {"DATE", "TIME"}]
    for prior in reversed(earlier[-6:]):
        if _names_that_day(prior.text.lower()) or _LATER.search(_phrase_text(prior)) or _is_day_after(prior):
            break  # a chain of "later"s: leave it to the events' order
        if days == 0 and beyond_reach(kept_text(doc), prior.end_char, doc[start].idx, act_starts(doc)):
            break  # a day named paragraphs back: the telling is on the story's day again
        resolved = _counted_from_earlier_time(prior, published) or resolve_date_text(prior.text, published)
        if resolved is not None and resolved.precision == "day" and _WEEK.search(prior.text):
            break  # "a mine found last week": a week back is no day the act is counted from
        if resolved is not None and resolved.precision == "day":
            day = resolved.value + timedelta(days=days)
            return Timing(iso=day.isoformat(), precision="day")
    return Timing(later=days)


def _counted_from_earlier_time(ent: Any, published: date | None, hops: int = 1) -> ResolvedDate | None:
    """ "the following Thursday", "two months earlier" (``_when_following``): counted from the last
    time the text named before the phrase, the nearest one fine enough in that time's sentence ("a truce
    signed on 4 October 1996 was to hold until the spring of 1997. Two months earlier ..." counts
    from October), else that sentence's coarser time roughly; ``hops`` bounds a chain of such phrases."""
    reading = following_reading(ent)
    if reading is None:
        return None
    earlier = [e for e in ents_before(ent.doc, ent.start) if e.label_ in {"DATE", "TIME"} or _is_year(e)]
    told_in: int | None = None  # the sentence of the nearest time named
    rough: ResolvedDate | None = None
    for prior in reversed(earlier[-6:]):
        if _counted_from_earlier_day(prior) or (told_in is not None and span_sentence_start(prior) != told_in):
            break  # after "two days later" or "the same night": no time of its own to count from
        if following_reading(prior) is not None:
            inner = _counted_from_earlier_time(prior, published, hops - 1) if hops > 0 else None
            return None if inner is None else count_from(inner, reading)
        resolved = resolve_date_text(date_text(prior), published)
        if resolved is None:
            continue  # "for five weeks", "57 years": a span, no time
        if resolved.precision == "day" and _WEEK.search(prior.text):
            break  # "last week": a week back is no day to count from
        told_in = span_sentence_start(prior)
        if (counted := count_from(resolved, reading)) is not None:
            return counted
        rough = rough or count_roughly(resolved, reading)
    return rough


def _describes_other_noun(ent: Any, token: Any) -> bool:
    """A date in front of a noun dates that noun ("condemned the March 4 attack"), unless the
    noun is the trigger itself ("Friday's summit")."""
    root = ent.root
    if root.dep_ == "compound" and root.head.lemma_.lower() in words("daytime"):
        return False  # "on Monday evening": the day names the evening, which dates the clause
    return root.dep_ in _PREMODIFIER and root.head.i != token.i


def _own_phrases(head: Any, token: Any, phrases: list[Any]) -> list[Any]:
    return _phrases_in(clause_members(head, keep=token), token, phrases)


def _phrases_in(members: set[int], token: Any, phrases: list[Any]) -> list[Any]:
    """The phrases of a clause (its token indices ``members``) that describe no other noun."""
    return [e for e in phrases if e.root.i in members and not _describes_other_noun(e, token)]


def _onset_phrases(token: Any, phrases: list[Any]) -> list[Any]:
    """ "a trade war that began in 2011", "the clashes, which started on Oct. 4": a clause
    saying when the event noun (the trigger or its verb's object) began dates it."""
    nouns = [token] + [c for c in children_of(token) if c.dep_ in ACTED_ON_DEPS]
    found = []
    for noun in nouns:
        for clause in children_of(noun):
            if clause.dep_ in {"relcl", "acl"} and clause.lemma_.lower() in words("onset"):
                members = clause_members(clause)
                found += [e for e in phrases if e.root.i in members]
    return found


def _depth_below(tok: Any, head: Any) -> int:
    """How many arcs separate a phrase from its clause's verb: "on Monday" under the verb
    comes before a date inside one of its objects."""
    depth = 0
    while tok.i != head.i and tok.head.i != tok.i and depth < 10:
        tok = tok.head
        depth += 1
    return depth


def event_timing(token: Any, published: date | None, future: bool, skip: Skip = None) -> Timing | None:
    """The time the parse gives the event whose trigger is ``token``, or None.

    The nearest time phrase of the trigger's own clause wins; else the clause it hangs from;
    a promise (``future``) skips the clauses of the promised act and takes the time of the
    clause that made the promise ("said", "agreed to") or of the clauses that one hangs from.
    """
    phrases = time_phrases(sentence_of(token), skip)
    if not phrases:
        return None
    if not future and (counted := _counted_from_head(token, phrases, published, skip)) is not None:
        return counted
    promised = not future  # True once the chain reaches the clause that made the promise
    passed: list[Any] = []  # the heads of the clauses passed before the promise's (the promised act's)
    for i, (head, how) in enumerate(clause_chain(token, hops=4)):
        promised = promised or how in {Link.SAID, Link.INTENT}
        if not promised:
            passed.append(head)
            continue  # "will fly to Hanoi in the spring": not when the promise was made
        if future and future_marked(head):
            passed.append(head)  # "will convene ... to settle": the promising clause is promised too
        members = clause_members(head, keep=token)  # once for the clause's phrases and the noun-clause check
        own = _phrases_in(members, token, phrases)
        if future:
            own = gone_days_passed_over(own, passed, published, lambda e: _iso_of(e, published))
        if i == 0:
            own += _onset_phrases(token, phrases)
        own.sort(key=lambda e: (_depth_below(e.root, head), abs(e.root.i - token.i)))
        own = _without_noun_clause_phrases(own, members, published)
        for ent in own:
            timing = _timing_of(ent, published)
            if timing is not None:
                return timing
        anchor = when_clause_phrase(head, phrases)
        if anchor is not None and (timing := _timing_of(anchor, published)) is not None:
            return timing
    if not future:
        timing = _later_conjunct_timing(clause_head(token), token, phrases, published)
        if timing is not None:
            return timing
        deeper = deeper_weekday(token, phrases)
        if deeper is not None and (timing := _timing_of(deeper, published)) is not None:
            return timing
        own_head = clause_head(token)
        dated = relative_clause_phrase(own_head, phrases)
        if dated is not None and (timing := _timing_of(dated, published)) is not None:
            return timing
        anchor = cause_clause_head(own_head) or relative_clause_upper(own_head, phrases)
        timing = None if anchor is None else event_timing(anchor, published, False, skip)
        if timing is not None and timing.iso and timing.precision in {"month", "year"}:
            return timing  # a day named by the head is often the day after the cause's
    return _relative_clause_noun_date(token, phrases, published)


def _iso_of(ent: Any, published: date | None) -> tuple[str, str] | None:
    """The ISO date and precision a phrase reads as, or None (a counted or unresolved phrase)."""
    timing = _timing_of(ent, published)
    if timing is None or timing.iso is None or timing.precision is None:
        return None
    return timing.iso, timing.precision


def _without_noun_clause_phrases(own: list[Any], members: set[int], published: date | None) -> list[Any]:
    """``own`` without the phrases that follow a noun's participle or relative clause
    (``_when_noun_clause``) when another phrase of the clause (its token indices ``members``) dates the
    event."""
    if len(own) < 2:
        return own
    stray = [e for e in own if after_noun_clause(e, members)]
    if not stray:
        return own
    kept = [e for e in own if not any(e is s for s in stray)]
    return kept if any(_timing_of(e, published) is not None for e in kept) else own


def counted_from_other_day(token: Any) -> bool:
    """The trigger's clause is an "N days after/before ..." clause: its day, counted from the head
    clause's, is not the day the story is about."""
    return counted_anchor(clause_head(token)) is not None


def _counted_from_head(token: Any, phrases: list[Any], published: date | None, skip: Skip) -> Timing | None:
    """ "deployed troops on Sunday, a day after crowds rallied there": the day of the head clause,
    counted back (or on, after "before") by the clause's count (see ``_when_counted``), unless the
    clause dates itself ("a week after seizing them on March 3")."""
    head = clause_head(token)
    anchor = counted_anchor(head)
    if anchor is None:
        return None
    for ent in _own_phrases(head, token, phrases):
        if (own := _timing_of(ent, published)) is not None and own.iso is not None:
            return own
    upper, days = anchor
    timing = event_timing(upper, published, False, skip)
    if timing is None or timing.iso is None or timing.precision != "day":
        return None
    day = date.fromisoformat(timing.iso) + timedelta(days=days)
    return Timing(iso=day.isoformat(), precision="day")


def _later_conjunct_timing(head: Any, token: Any, phrases: list[Any], published: date | None) -> Timing | None:
    """ "seized three boats and detained their crews near the boundary on Monday": verbs joined by
    "and" under one subject share the time phrase the sentence ends with, which the parser hangs
    off the last of them. Training gold: where two coded triggers are joined by a bare "and", the
    first takes the second's phrase 15 times of 19; the 3 others (and the 4th, with a phrase of its
    own) are phrases counted from an earlier day ("two days later", "the following day"), which
    are not shared."""
    for verb in later_and_conjuncts(head):
        own = sorted(_own_phrases(verb, token, phrases), key=lambda e: _depth_below(e.root, verb))
        for ent in own:
            if _counted_from_earlier_day(ent):
                return None
            timing = _timing_of(ent, published)
            if timing is not None:
                return timing
    return None


def _counted_from_earlier_day(ent: Any) -> bool:
    """ "two days later", "the next day", "the same evening": a time counted from another day."""
    return (
        _names_that_day(_phrase_text(ent))
        or _is_day_after(ent)
        or _is_within_hours(ent)
        or bool(_LATER.search(_phrase_text(ent)))
    )


def _relative_clause_noun_date(token: Any, phrases: list[Any], published: date | None) -> Timing | None:
    """ "the 1972 pact that restored trade": a relative clause takes the date of its noun."""
    head = clause_head(token)
    if head.dep_ != "relcl":
        return None
    noun = head.head
    for ent in phrases:
        if ent.root.dep_ in _PREMODIFIER and ent.root.head.i == noun.i:
            timing = _timing_of(ent, published)
            if timing is not None:
                return timing
    return None


def frame_timing(sent: Any, published: date | None, skip: Skip = None) -> Timing | None:
    """ "In March, a quarrel over grazing ended in a firefight, when soldiers used rockets": a time phrase that
    opens the sentence frames every clause of the sentence that gives no time of its own. After
    an opening word ("By Thursday both governments had given ground: Romania shelved ...", "On
    Friday Georgian officials allowed ...") no comma is needed: the parser often hangs such a
    phrase off no clause of the event. Training gold: in the sentences that open so without a
    comma, the events take the opening phrase as their date 82 times of 91 with a date; read
    so, the dated events found right in the training sentences that open with such a phrase (comma
    or not) go from 102 to 112 of 114, none lost; dev and held-in unchanged."""
    opening = _opening_same_day(sent, published)
    if opening is not None:
        return opening
    doc = sent.doc
    for ent in time_phrases(sent, skip):
        lead = [t for t in doc[sent.start : ent.start] if not t.is_punct or t.text in {'"', "'"}]
        if len(lead) > 1 or (lead and lead[0].lower_ not in words("frame_opener")):
            return None
        if ent.end >= sent.end or (doc[ent.end].text != "," and not lead):
            return None
        return _timing_of(ent, published)
    return None


#: How many words may stand before the comma of a sentence-opening phrase ("Within a few hours,").
_OPENING_WORDS = 5


def _opening_same_day(sent: Any, published: date | None) -> Timing | None:
    """ "Hours later, Zambia expelled a military attache": the parser tags no time phrase in a
    sentence-opening "Hours later," (nor "Within hours,", "Earlier in the day,"), so the words
    before the sentence's first comma are read as written (resolve_words kind ``same_day``): like
    any same-day phrase they frame the sentence on the last day the text named. Training gold:
    the 6 sentences that open so code 6 events, each dated by that phrase."""
    doc = sent.doc
    for tok in doc_span(doc, sent.start, min(sent.end, sent.start + _OPENING_WORDS)):
        if tok.text == ",":
            opening = doc[sent.start : tok.i].text.lower()
            return _after_earlier_day(doc, sent.start, published, 0) if opening in words("same_day") else None
    return None
