"""Repair words glued together by bad scraping ("Ivanovon Tuesday", "toRussian", "U.S.envoy").

A token is split only when it is not a word itself and splits into a known word
and a frequent one (word frequencies from ``wordsegment``); names stay whole
because an unknown name has no such split. Conservative on purpose: a false
split of a name is worse than a missed repair.

Rules, cheapest first:

* an abbreviation's final period glued to a word: "U.S.envoy", "U.N.Security", "Mr.Putin";
* a lower-case function word glued to a capitalised word: "toRussian", "ofMoscow";
* a sentence glued to the next one: "stability.Ivanov" (lower-case letters, stop, capital);
* a possessive "'s" glued to the word it owns: "Suriname'sforeign minister";
* a capitalised word the word list lacks, ending in "on", before a weekday or month:
  "Rouhanion Monday" (the name stays whole when "-on" may end it: "Kristersson Monday");
* one token of five letters or more, scored with unigram counts (``split_glued``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge import glue_words

__all__ = ["repair_glued_words", "split_glued"]

#: Words longer than this are never two glued words (and scoring every split of a huge "word"
#: would take time growing with the square of its length).
MAX_GLUED = 40
#: Not a part of an e-mail address, a host name or a path ("mediainquiries@who.int").
_TOKEN = re.compile(rf"(?<![@./])\b[A-Za-z]{{5,{MAX_GLUED}}}\b(?![@/]|\.\w)")
_ABBREV = re.compile(r"\b((?:[A-Z]\.){2,})(?=[A-Za-z][a-z]{2,})")
_SENTENCE = re.compile(r"(?<=[a-z]{2})[.?!](?=[A-Z][a-z]{2,}\b)")
_URLISH = re.compile(r"[./@:]\S*$|www|https?")
#: A possessive glued to the next word ("Suriname'sforeign"); the straight or curly apostrophe.
_POSSESSIVE = re.compile(rf"\b([A-Za-z]{{2,}}['\u2019]s)([a-z]{{3,{MAX_GLUED}}})\b")
_DASHES = re.compile(r"(?<=[A-Za-z])--(?=[A-Za-z])")
#: How much likelier the two words must be than the glued form.
_MARGIN = 20.0
_MIN_LEFT = 20_000.0
_MIN_BOTH = 1_000_000.0
_MIN_NAME = 30_000.0


@dataclass(frozen=True, slots=True)
class _Words:
    """The word lists of ``data/glue_words.tsv`` this module reads (see the file for each role)."""

    function: frozenset[str]
    name_tails: frozenset[str]
    known_name_tails: frozenset[str]
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    #: any small word or name tail: what "<Name><tail>" may end in
    glue_tails: frozenset[str]
    name_glue: re.Pattern[str]
    #: endings of an inflected word ("s", "ed", "ing"), and of a name that may end in "-on" itself
    inflections: tuple[str, ...]
    name_on_keep: tuple[str, ...]
    #: a small word glued before a capitalised one ("toRussian")
    camel: re.Pattern[str]
    #: a title's period glued to a name ("Mr.Putin")
    title_abbrev: re.Pattern[str]
    #: "<Name>on" before a weekday or a month ("Rouhanion Monday"), and its quick check
    name_on: re.Pattern[str]
    hint_name_on: re.Pattern[str]


def _alternatives(words: frozenset[str], capitalised: bool = False) -> str:
    """The words as one regex alternation, longest first (capitalised when the text writes them so)."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "|".join(re.escape(word.capitalize() if capitalised else word) for word in ordered)


@lru_cache(maxsize=1)
def _words() -> _Words:
    function, tails = glue_words("function"), glue_words("name_tail")
    glue_tails = function | tails
    name_glue = re.compile(
        rf"\b([A-Z][a-z]{{3,{MAX_GLUED}}}?)(" + "|".join(sorted(glue_tails, key=len, reverse=True)) + r")\b"
    )
    days = glue_words("weekday") | glue_words("month")
    heads, titles = _alternatives(glue_words("camel_head")), _alternatives(glue_words("title"), capitalised=True)
    day_names = _alternatives(days, capitalised=True)
    day_starts = _alternatives(frozenset(day[:3] for day in days), capitalised=True)
    return _Words(
        function=function,
        name_tails=tails,
        known_name_tails=tails | glue_words("known_name_tail"),
        prefixes=glue_words("prefix"),
        suffixes=glue_words("suffix"),
        glue_tails=glue_tails,
        name_glue=name_glue,
        inflections=tuple(sorted(glue_words("inflection"))),
        name_on_keep=tuple(sorted(glue_words("name_on_keep"))),
        camel=re.compile(rf"\b({heads})([A-Z][a-z]{{2,}})"),
        title_abbrev=re.compile(rf"\b({titles})\.(?=[A-Z][a-z])"),
        name_on=re.compile(rf"\b([A-Z][a-z]{{3,}})on(?= (?:{day_names})\b)"),
        hint_name_on=re.compile(rf"[a-z]on (?:{day_starts})"),
    )


@lru_cache(maxsize=1)
def _counts() -> tuple[dict[str, float], float]:
    import wordsegment

    wordsegment.load()
    return wordsegment.UNIGRAMS, float(wordsegment._segmenter.total)


@lru_cache(maxsize=65536)
def split_glued(token: str) -> str:
    """The token, or its two words separated by a space."""
    if len(token) > MAX_GLUED:
        return token
    counts, total = _counts()
    words = _words()
    low = token.lower()
    whole = counts.get(low, 0.0)
    if whole and token[0].isupper():
        return token  # a known name ("Thein", "Tillerson") is never two words
    best: tuple[float, int] | None = None
    for i in range(2, len(low) - 1):
        left, right = low[:i], low[i:]
        cl, cr = counts.get(left, 0.0), counts.get(right, 0.0)
        if not _plausible(token, left, right, cl, cr, whole, words):
            continue
        joint = (max(cl, 1.0) / total) * (cr / total)
        if joint > (whole / total) * _MARGIN and (best is None or joint > best[0]):
            best = (joint, i)
    if best is None:
        return token
    return f"{token[: best[1]]} {token[best[1] :]}"


def _plausible(token: str, left: str, right: str, cl: float, cr: float, whole: float, words: _Words) -> bool:
    """Which splits are worth scoring at all."""
    function = words.function
    if whole:
        return left in function and right in function  # "forthe", "couldbe": two small words
    if token[0].isupper():
        # a name glued to what follows it: "Wickremesinghethanked", "Chinafollowed"
        unknown_name = cl == 0 and len(left) >= 5 and right in words.name_tails
        # two-letter tails end many names ("Lachin", "Putin"): demand a well-known left part
        floor = _MIN_NAME * 7 if len(right) <= 2 else _MIN_NAME
        known_name = cl >= floor and (right in function or right in words.known_name_tails or _is_verb_form(right, cr))
        return unknown_name or (known_name and len(left) >= 4)
    if right in function:
        return cl >= _MIN_LEFT and (len(left) >= 4 or left in function)
    if left in words.prefixes or right in words.suffixes:
        return False
    # two content words: only after an inflected word ("followsreports"); a bare stem before a
    # content word is more often a closed compound the word list lacks ("planeloads", "battlegroups",
    # "deckhands", "minelayer", "longliner")
    inflected = left.endswith(words.inflections)
    return inflected and len(left) >= 4 and len(right) >= 4 and cl >= _MIN_BOTH and cr >= _MIN_BOTH


def _is_verb_form(word: str, count: float) -> bool:
    return len(word) >= 5 and word.endswith("ed") and count >= _MIN_BOTH


_CAPITALISED = re.compile(rf"\b[A-Z][a-z]{{3,{MAX_GLUED - 1}}}\b")


def _name_on(match: re.Match[str]) -> str:
    name = match.group(1)
    counts, _ = _counts()
    if counts.get(name.lower() + "on") or name.endswith(_words().name_on_keep):
        return match.group(0)
    return f"{name} on"


def _glued_to_known_names(text: str, is_name: Callable[[str], bool]) -> str:
    """ "Stoltenbergon" when the same text also says "Stoltenberg": the name is evidence of itself."""
    names = set(_CAPITALISED.findall(text))
    tails = _words().glue_tails
    # a glued name is itself one of the capitalised words: without one made of a name and a tail,
    # there is nothing to split (the common case, decided without scanning the text again)
    if not any(word[:i] in names and word[i:] in tails for word in names for i in range(4, len(word) - 1)):
        return text
    counts, _ = _counts()

    def split(match: re.Match[str]) -> str:
        whole = match.group(0)
        if match.group(1) in names and not counts.get(whole.lower()) and not is_name(whole):
            return f"{match.group(1)} {match.group(2)}"
        return whole

    return _words().name_glue.sub(split, text)


def _possessive(match: re.Match[str]) -> str:
    """ "Suriname'sforeign" -> "Suriname's foreign" when what follows the "'s" is a common word and the
    whole tail is none ("Ma'shallah", a transliterated name, stays whole)."""
    counts, _ = _counts()
    owned = match.group(2)
    if counts.get(owned, 0.0) < _MIN_LEFT or counts.get("s" + owned):
        return match.group(0)
    return f"{match.group(1)} {owned}"


def _sentence(match: re.Match[str]) -> str:
    """ "stability.Ivanov" -> "stability. Ivanov", but not inside a URL or an e-mail address."""
    start = match.string.rfind(" ", 0, match.start()) + 1
    before = match.string[start : match.start()]
    if _URLISH.search(before):
        return match.group(0)
    return match.group(0) + " "


#: Quick necessary conditions of the rules above: a rule runs only when its hint is in the text.
_HINT_ABBREV = re.compile(r"[A-Z]\.[A-Z]\.[A-Za-z]")
_HINT_STOP_CAPITAL = re.compile(r"[.?!][A-Z][a-z]")
_HINT_POSSESSIVE = re.compile(r"['\u2019]s[a-z]")
_HINT_CAMEL = re.compile(r"[a-z][A-Z]")


def _no_name(word: str) -> bool:
    return False


def repair_glued_words(text: str, is_name: Callable[[str], bool] = _no_name) -> str:
    """Split glued words in running text; everything else is left as it is.

    ``is_name`` says whether a capitalised word is a place, state or people the knowledge holds:
    such a word stays whole though it looks like a name and a small word ("Jubaland", "Moroto",
    "Omanis" are not "Jubal and", "Moro to", "Oman is").
    """
    if "--" in text:
        text = _DASHES.sub("-", text)
    words = _words()
    if _HINT_ABBREV.search(text):
        text = _ABBREV.sub(r"\1 ", text)
    if _HINT_STOP_CAPITAL.search(text):
        text = words.title_abbrev.sub(r"\1. ", text)
    if _HINT_STOP_CAPITAL.search(text):
        text = _SENTENCE.sub(_sentence, text)
    if _HINT_CAMEL.search(text):
        text = words.camel.sub(r"\1 \2", text)
    if _HINT_POSSESSIVE.search(text):
        text = _POSSESSIVE.sub(_possessive, text)
    if words.hint_name_on.search(text):
        text = words.name_on.sub(_name_on, text)
    text = _glued_to_known_names(text, is_name)
    # most texts have no glued word: split only when one of the distinct long words splits
    if all(split_glued(token) == token for token in set(_TOKEN.findall(text))):
        return text

    def split(match: re.Match[str]) -> str:
        token = match.group(0)
        done = split_glued(token)
        return token if done != token and token[0].isupper() and is_name(token) else done

    return _TOKEN.sub(split, text)
