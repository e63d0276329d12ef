"""Where a Doc's quotation marks stand (parley.parse._quotation_marks)."""

from __future__ import annotations

from typing import Any

from parley.parse import quotation_marks


def test_parse_quotation_marks_finds_each_mark_in_order(nlp: Any) -> None:
    doc = nlp('The envoy said \u201cthe harbour stays shut\u201d and then "nothing more".')
    at, texts = quotation_marks(doc)
    assert texts == ["\u201c", "\u201d", '"', '"']
    assert [doc[i].text for i in at] == texts


def test_parse_quotation_marks_reads_a_doc_without_marks_as_none(nlp: Any) -> None:
    assert quotation_marks(nlp("The ferry sailed at dawn.")) == ([], [])


def test_parse_quotation_marks_reads_again_after_a_merge(nlp: Any) -> None:
    doc = nlp('The pilots agreed to "hold the line" overnight.')
    before = quotation_marks(doc)[0]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert quotation_marks(doc)[0] == [i - 1 for i in before]
