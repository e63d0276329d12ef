"""A second look at sentences the small parser left without a verb at their root.

Headlines keep their verb in the present ("Mozambique issues ultimatum to Swaziland", "Iran and
Oman stage joint drill"), and the small model often reads that verb as a noun: the sentence then
has no verb, the country becomes a modifier ("Mozambique/amod issues/ROOT") and no event has an
actor. The same words with the verb in the past ("Mozambique issued ultimatum ...") are parsed
right. So a sentence whose root is no verb, and whose word after its subject is, by the model's own lemmatizer
tables, a verb in the present is parsed again with that word in the past, and the new tree is
kept when it makes that word the verb of the sentence. The text, and every other word's text and
entity, stay as they were.
"""

from __future__ import annotations

from typing import Any

__all__ = ["HeadlineVerbs"]

#: Parts of speech that a sentence with a verb has at least one of.
_VERBAL = {"VERB", "AUX"}
#: What may stand just before a present verb of a third person singular subject ("Mali bolsters").
_SINGULAR_TAGS = {"NN", "NNP"}
#: ... and of a plural one ("Militants storm", "Warsaw and Minsk swap").
_PLURAL_TAGS = {"NNS", "NNPS"}
_MORPH = {"VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VBP": "Tense=Pres|VerbForm=Fin"}


class HeadlineVerbs:
    """Re-parses sentences with no verb at their root whose present-tense verb was read as a noun."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.verbs = _verb_lemmas(nlp)

    def __call__(self, sdoc: Any) -> Any:
        if not self.verbs:
            return sdoc
        for sent in list(sdoc.sents):
            if len(sent) >= 3 and sent.root.pos_ not in _VERBAL:
                self._second_look(sent)
        return sdoc

    def candidate(self, sent: Any) -> tuple[int, str, str, str] | None:
        """(index in the sentence, lemma, past form, tag) of the first word that reads as a present
        verb after a noun, or None."""
        for k in range(1, len(sent)):
            token, before = sent[k], sent[k - 1]
            if token.pos_ not in {"NOUN", "PROPN", "ADJ"} or not token.is_lower:
                continue
            form = self._present(token.text, before)
            if form is not None:
                return (k, *form)
        return None

    def _present(self, word: str, before: Any) -> tuple[str, str, str] | None:
        plural_subject = before.tag_ in _PLURAL_TAGS or before.dep_ == "conj"
        # a name the model took for an adjective ("Mali/JJ bolsters") is a singular subject too
        singular_subject = before.tag_ in _SINGULAR_TAGS or (before.tag_ == "JJ" and before.is_title)
        if word.endswith("s") and not word.endswith("ss") and singular_subject:
            for lemma in _stems(word):
                if lemma in self.verbs:
                    return lemma, _past(lemma), "VBZ"
        elif plural_subject and word in self.verbs:
            return word, _past(word), "VBP"
        return None

    def _second_look(self, sent: Any) -> None:
        found = self.candidate(sent)
        if found is None:
            return
        k, lemma, past, tag = found
        words = [t.text_with_ws for t in sent]
        words[k] = past + sent[k].whitespace_
        again = self.nlp("".join(words))
        if len(again) != len(sent) or again[k].pos_ != "VERB" or again[k].dep_ != "ROOT":
            return  # the past form did not help: the first parse stays
        if any(a.text != t.text for a, t in zip(again, sent, strict=True) if a.i != k):
            return
        _copy_tree(sent, again, k, lemma, tag)


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
