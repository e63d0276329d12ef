"""A second look at sentences the small parser left without a verb at their root.

Headlines keep their verb in the present ("Mozambique issues ultimatum to Swaziland", "Iran and
Oman stage joint drill"), and the small model often reads that verb as a noun: the sentence then
has no verb, the country becomes a modifier ("Mozambique/amod issues/ROOT") and no event has an
actor. The same words with the verb in the past ("Mozambique issued ultimatum ...") are parsed
right. So a sentence whose root is no verb, and whose word after its subject is, by the model's own lemmatizer
tables, a verb in the present is parsed again with that word in the past, and the new tree is
kept when it makes that word the verb of the sentence. The text, and every other word's text and
entity, stay as they were.

Three more shapes of the same misreading get the same second look: a headline in Title Case
("Egypt and Kenya Sign Memorandum of Understanding"), whose verb is capitalised like every word; a
list of names before the verb ("Morocco, Mauritania stage desert exercise"), a plural subject the
model tags as one more name; and, in prose only (a sentence ending with a full stop, which always has
a verb, unlike a headline), one modifier between a name and its verb ("Mauritius further reserves
the right").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .._columns import columns_changed
from .._sent_starts import sentence_start
from ._dep_sets import VERB_POS

__all__ = ["LOOKED", "HeadlineVerbs"]

#: Key of ``Doc.user_data`` marking a Doc that had its second look already (:meth:`HeadlineVerbs.look_all`).
LOOKED = "parley.second_look"

#: Parts of speech that a sentence with a verb has at least one of.
_VERBAL = VERB_POS
#: What may stand just before a present verb of a third person singular subject ("Mali bolsters").
_SINGULAR_TAGS = {"NN", "NNP"}
#: ... and of a plural one ("Militants storm", "Warsaw and Minsk swap").
_PLURAL_TAGS = {"NNS", "NNPS"}
#: Tags of a single word that may stand between a name and its verb in prose ("Mauritius further reserves").
_MODIFIER_TAGS = {"RB", "RBR", "JJ"}
#: Share of capitalised words above which a sentence is a Title Case headline.
_TITLE_CASE_SHARE = 0.7
#: Pipes whose output the second parse never reads (nothing after them reads theirs).
_UNREAD_PIPES = ("ner",)
_MORPH = {"VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VBP": "Tense=Pres|VerbForm=Fin"}


class HeadlineVerbs:
    """Re-parses sentences with no verb at their root whose present-tense verb was read as a noun."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.verbs = _verb_lemmas(nlp)
        self.unread = [name for name in _UNREAD_PIPES if name in nlp.pipe_names]
        self.early, self.late = _split_pipes(nlp, self.unread)

    def __call__(self, sdoc: Any) -> Any:
        self.look_all([sdoc])
        return sdoc

    def look_all(self, sdocs: Sequence[Any]) -> None:
        """The second look at every Doc of ``sdocs`` not marked yet, all their second parses run as
        one batch of each pipe (a short parse costs some 3 ms alone, under 1 ms in a batch). Each
        Doc is marked (:data:`LOOKED`), so that a later call on it does nothing."""
        sdocs = [sdoc for sdoc in sdocs if not sdoc.user_data.get(LOOKED)]
        if self.verbs and sdocs:
            looks = [(sent, found) for sdoc in sdocs for sent in _verbless(sdoc) if (found := self._retold(sent))]
            agains = self._parse_all([(text, len(sent), k) for sent, (k, _, _, text) in looks])
            for (sent, (k, lemma, tag, _)), again in zip(looks, agains, strict=True):
                self._keep(sent, again, k, lemma, tag)
        for sdoc in sdocs:
            sdoc.user_data[LOOKED] = True

    def candidate(self, sent: Any) -> tuple[int, str, str, str] | None:
        """(index in the sentence, lemma, past form, tag) of the first word that reads as a present
        verb after a noun, or None."""
        title_case = _is_title_case(sent)
        prose = _is_prose(sent)
        for k in range(1, len(sent)):
            token = sent[k]
            if token.pos_ not in {"NOUN", "PROPN", "ADJ"} or not _verb_cased(token, title_case):
                continue
            for before in _subject_ends(sent, k, prose):
                form = self._present(token.lower_, before)
                if form is not None:
                    return k, *form  # the past form in lower case, even in Title Case: read as a verb more surely
        return None

    def _present(self, word: str, before: Any) -> tuple[str, str, str] | None:
        plural_subject = before.tag_ in _PLURAL_TAGS or before.dep_ == "conj" or _ends_name_list(before)
        # a name the model took for an adjective ("Mali/JJ bolsters", "EAPFC/JJ calls") is a singular subject too
        named = before.is_title or before.is_upper
        singular_subject = before.tag_ in _SINGULAR_TAGS or (before.tag_ == "JJ" and named)
        if plural_subject and word in self.verbs:
            return word, _past(word), "VBP"
        if word.endswith("s") and not word.endswith("ss") and singular_subject:
            for lemma in _stems(word):
                if lemma in self.verbs:
                    return lemma, _past(lemma), "VBZ"
        return None

    def _retold(self, sent: Any) -> tuple[int, str, str, str] | None:
        """(index, lemma, tag, the sentence's text with that word in the past) of its candidate, or None."""
        found = self.candidate(sent)
        if found is None:
            return None
        k, lemma, past, tag = found
        words = [t.text_with_ws for t in sent]
        words[k] = past + sent[k].whitespace_
        return k, lemma, tag, "".join(words)

    def _keep(self, sent: Any, again: Any | None, k: int, lemma: str, tag: str) -> None:
        """The second parse's tree onto the sentence when it makes word ``k`` the verb of the sentence."""
        if again is None or again[k].pos_ != "VERB" or again[k].dep_ != "ROOT":
            return  # the past form did not help: the first parse stays
        if any(a.text != t.text for a, t in zip(again, sent, strict=True) if a.i != k):
            return
        _copy_tree(sent, again, k, lemma, tag)
        columns_changed(sent.doc)  # the stages' held columns (``_columns``) read the new parse

    def _parse_all(self, looks: list[tuple[str, int, int]]) -> list[Any | None]:
        """The parses of the (text, length, k) given, each pipe run once over all of them; None for
        a text whose word ``k`` is not the root of a tree of ``length`` words: the pipes after the
        parser (tag-to-POS rules, lemmas: a third of a short parse's time) are not run on those,
        since their second parse is dropped whatever they do."""
        agains = [self.nlp.make_doc(text) for text, _, _ in looks]
        for proc in self.early:
            agains = _run_pipe(proc, agains)
        rooted = [
            i for i, (_, length, k) in enumerate(looks) if len(agains[i]) == length and agains[i][k].dep_ == "ROOT"
        ]
        finished = [agains[i] for i in rooted]
        for proc in self.late:
            finished = _run_pipe(proc, finished)
        out: list[Any | None] = [None] * len(looks)
        for i, again in zip(rooted, finished, strict=True):
            out[i] = again
        return out


def _verbless(sdoc: Any) -> list[Any]:
    """The sentences of three words or more whose root is no verb."""
    return [sent for sent in sdoc.sents if len(sent) >= 3 and sent.root.pos_ not in _VERBAL]


def _run_pipe(proc: Any, docs: list[Any]) -> list[Any]:
    """``proc`` over ``docs``, as one batch when it has a ``pipe``."""
    if not docs:
        return docs
    pipe = getattr(proc, "pipe", None)
    return list(pipe(docs)) if pipe is not None else [proc(doc) for doc in docs]


def _split_pipes(nlp: Any, unread: list[str]) -> tuple[list[Any], list[Any]]:
    """The pipes of the second parse up to the parser, and those after it, which may wait until the
    parse is known to be kept. Only the entity recogniser is left out (:data:`_UNREAD_PIPES`: its own
    layers, no listener of the shared ones, and it changes no tag, lemma or head the copy reads).
    Nothing waits unless every later pipe leaves the roots as they are: a lemmatizer, or an attribute
    ruler none of whose rules sets a dependency to ROOT."""
    pipes = [(name, proc) for name, proc in nlp.pipeline if name not in unread]
    names = [name for name, _ in pipes]
    if "parser" not in names:
        return [proc for _, proc in pipes], []
    cut = names.index("parser") + 1
    if not all(_keeps_roots(proc) for _, proc in pipes[cut:]):
        return [proc for _, proc in pipes], []
    return [proc for _, proc in pipes[:cut]], [proc for _, proc in pipes[cut:]]


def _keeps_roots(proc: Any) -> bool:
    """A pipe that cannot make a word the root of its sentence."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    if isinstance(proc, Lemmatizer):
        return True
    if isinstance(proc, AttributeRuler):
        return not any(_sets_root(rule.get("attrs")) for rule in proc.patterns)
    return False


def _sets_root(attrs: Any) -> bool:
    return isinstance(attrs, dict) and attrs.get("DEP") == "ROOT"


def _copy_tree(sent: Any, again: Any, k: int, lemma: str, tag: str) -> None:
    """The second parse's heads, labels and tags onto the sentence's words (the verb keeps its
    present tense tag and gets its verb lemma)."""
    offset = sent.start
    for a, token in zip(again, sent, strict=True):
        token.pos_, token.tag_, token.dep_ = a.pos_, a.tag_, a.dep_
        token.lemma_ = a.lemma_ if a.i != k else lemma
        token.set_morph(a.morph if a.i != k else _MORPH[tag])
        token.head = sent.doc[a.head.i + offset]
    sent[k].tag_ = tag


def _verb_cased(token: Any, title_case: bool) -> bool:
    """A verb is lower case, or capitalised like every word of a Title Case headline (the model often
    takes it into a name there: "Kenya Sign Memorandum" as one PERSON; the second parse decides)."""
    return bool(token.is_lower or (title_case and token.is_title))


def _is_title_case(sent: Any) -> bool:
    """Most words capitalised: a headline in Title Case ("Egypt and Kenya Sign Memorandum ...")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= _TITLE_CASE_SHARE * len(words)


def _is_prose(sent: Any) -> bool:
    """A sentence ending with a full stop, which (unlike a headline) always has a verb."""
    words = [t for t in sent if not t.is_quote and not t.is_space]
    return bool(words) and words[-1].text == "."


def _subject_ends(sent: Any, k: int, prose: bool) -> list[Any]:
    """The words that may end the subject of a verb at ``k``: the word before it, and in prose the one
    before a single lower-case modifier after a name ("Mauritius further reserves")."""
    ends = [sent[k - 1]]
    modifier = sent[k - 1]
    if prose and k >= 2 and modifier.is_lower and modifier.tag_ in _MODIFIER_TAGS and sent[k - 2].tag_ == "NNP":
        ends.append(sent[k - 2])
    return ends


def _ends_name_list(name: Any) -> bool:
    """The last of names listed with a comma or "and" ("Morocco, Mauritania", "Havana and Kingston"):
    a plural subject, though the model tags the last name singular and hangs it as a compound."""
    if name.tag_ != "NNP":
        return False
    start, first = name.i, sentence_start(name)
    while start > first and name.doc[start - 1].tag_ == "NNP":
        start -= 1  # "Viet Nam, Singapore": the last name's first word
    if start - 2 < first:
        return False
    joiner, first = name.doc[start - 1], name.doc[start - 2]
    return (joiner.text == "," or joiner.tag_ == "CC") and first.tag_ in {"NNP", "NNPS"}


def _stems(word: str) -> list[str]:
    """Possible verb lemmas of a present form: "denies" -> deny, "issues" -> issue, "pushes" -> push."""
    stems = [word[:-1]]
    if word.endswith("ies"):
        stems.insert(0, word[:-3] + "y")
    elif word.endswith("es"):
        stems.append(word[:-2])
    return stems


def _past(lemma: str) -> str:
    """A past form the parser reads as one: regular spelling is enough ("stage" -> "staged")."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _verb_lemmas(nlp: Any) -> frozenset[str]:
    """The verbs of the model's lemmatizer tables (empty when the model has none)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(str(v) for v in table.get("verb", []))
    except (KeyError, AttributeError, ValueError):
        return frozenset()
