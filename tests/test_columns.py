"""The held token columns (``parley._columns``): the same arrays as ``Doc.to_array``."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

import numpy as np
import pytest

import parley.mentions._place_spans as place_spans
import parley.parse._headline as headline
import parley.pipeline
from parley._columns import children_of, columns_changed, doc_columns, held_value, holding_columns
from parley.document import Article
from parley.parse import HeadlineVerbs, replace_ents

_TEXT = "The envoy of Norway met rebel leaders in a mountain town on Friday. Talks resume next week."

_REQUESTS: list[Any] = [
    "ORTH",
    "POS",
    "SENT_START",
    ["SENT_START"],
    ["LEMMA", "LOWER"],
    ["HEAD", "DEP", "POS", "ORTH"],
    ["POS", "DEP", "ENT_TYPE", "IS_TITLE", "IS_ALPHA"],
    ["IS_SPACE", "ENT_IOB"],  # ENT_IOB is not held: read from spaCy
]


@pytest.mark.parametrize("attrs", _REQUESTS)
def test_columns_held_equal_to_array(nlp: Any, attrs: Any) -> None:
    sdoc = nlp(_TEXT)
    expected = sdoc.to_array(attrs)
    with holding_columns(sdoc):
        got = doc_columns(sdoc, attrs)
        again = doc_columns(sdoc, attrs)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert np.array_equal(got, expected) and np.array_equal(again, expected)
    assert got.flags.c_contiguous


def test_columns_caller_change_leaves_held_array(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    expected = sdoc.to_array("ORTH")
    with holding_columns(sdoc):
        doc_columns(sdoc, "ORTH")[:] = 0
        assert np.array_equal(doc_columns(sdoc, "ORTH"), expected)


def test_columns_caller_change_of_two_columns_leaves_held_array(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    expected = sdoc.to_array(["LEMMA", "POS"])
    with holding_columns(sdoc):
        doc_columns(sdoc, ["LEMMA", "POS"])[:] = 0
        assert np.array_equal(doc_columns(sdoc, ["LEMMA", "POS"]), expected)
        assert np.array_equal(doc_columns(sdoc, ["POS", "LEMMA"]), sdoc.to_array(["POS", "LEMMA"]))


def test_columns_entities_read_again_after_replace(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    with holding_columns(sdoc):
        assert doc_columns(sdoc, "ENT_TYPE").any()
        replace_ents(sdoc, [])
        assert not doc_columns(sdoc, "ENT_TYPE").any()
        assert np.array_equal(doc_columns(sdoc, ["ENT_TYPE", "ORTH"]), sdoc.to_array(["ENT_TYPE", "ORTH"]))


def test_columns_other_document_read_from_spacy(nlp: Any) -> None:
    held, other = nlp(_TEXT), nlp("Protesters gathered outside the ministry.")
    with holding_columns(held):
        assert np.array_equal(doc_columns(other, ["ORTH", "POS"]), other.to_array(["ORTH", "POS"]))
    assert np.array_equal(doc_columns(held, "LEMMA"), held.to_array("LEMMA"))


def test_columns_read_again_after_second_look(nlp: Any) -> None:
    # a Title Case headline whose verb the model reads as a noun: the second look parses it again
    sdoc = nlp("Tessaly Bans Marches Before Harvest Vote\n\nNo marches may be held in the capital.")
    parsed = ["POS", "TAG", "DEP", "HEAD", "LEMMA"]
    with holding_columns(sdoc):
        before = doc_columns(sdoc, parsed)
        HeadlineVerbs(nlp)(sdoc)
        after = sdoc.to_array(parsed)
        assert not np.array_equal(before, after)  # the look changed the parse
        assert np.array_equal(doc_columns(sdoc, parsed), after)


def _kid_ids(tokens: Any) -> list[int]:
    return [t.i for t in tokens]


def test_columns_children_of_held_equal_to_spacy(nlp: Any) -> None:
    sdoc = nlp("Fishing crews from two harbours blocked the ferry lane and asked the port board for new quotas.")
    with holding_columns(sdoc):
        first = [children_of(t) for t in sdoc]
        assert all(children_of(t) is kept for t, kept in zip(sdoc, first, strict=True))  # read once
    assert [_kid_ids(k) for k in first] == [_kid_ids(t.children) for t in sdoc]
    assert any(len(_kid_ids(k)) > 1 for k in first)


def test_columns_children_of_other_document_read_from_spacy(nlp: Any) -> None:
    held, other = nlp(_TEXT), nlp("Two ministers signed a grain pact at the river port.")
    with holding_columns(held):
        assert [_kid_ids(children_of(t)) for t in other] == [_kid_ids(t.children) for t in other]
    assert [_kid_ids(children_of(t)) for t in held] == [_kid_ids(t.children) for t in held]


def test_columns_children_of_read_again_after_tree_change(nlp: Any) -> None:
    sdoc = nlp("The coast guard towed the trawler to a northern port.")
    with holding_columns(sdoc):
        before = [_kid_ids(children_of(t)) for t in sdoc]
        moved = next(t for t in sdoc if t.dep_ == "det" and t.head.i != t.head.head.i)
        moved.head = moved.head.head  # a rewritten tree, as the second look's _copy_tree makes
        columns_changed(sdoc)
        after = [_kid_ids(t.children) for t in sdoc]
        assert before != after
        assert [_kid_ids(children_of(t)) for t in sdoc] == after


def test_columns_children_of_released_when_the_hold_ends(nlp: Any) -> None:
    outer, inner = nlp(_TEXT), nlp("Two ministers signed a grain pact at the river port.")
    with holding_columns(outer):
        kept = children_of(outer[1])
        with holding_columns(inner):
            assert isinstance(children_of(inner[1]), tuple)
        assert children_of(outer[1]) is kept  # the outer hold is back once the inner one ends
    assert not isinstance(children_of(outer[1]), tuple) and not isinstance(children_of(inner[1]), tuple)


def test_columns_held_value_read_once_until_the_parse_changes(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    reads: list[int] = []

    def read(doc: Any) -> list[int]:
        reads.append(1)
        return [len(doc)]

    with holding_columns(sdoc):
        assert held_value(sdoc, "probe", read) == [len(sdoc)]
        held_value(sdoc, "probe", read)
        assert len(reads) == 1  # read once while held
        columns_changed(sdoc)
        held_value(sdoc, "probe", read)
        assert len(reads) == 2  # read again after the parse changed
    assert held_value(sdoc, "probe", read) is None and len(reads) == 2  # released when the hold ends


def test_columns_held_value_keeps_a_none_read(nlp: Any) -> None:
    sdoc = nlp(_TEXT)
    reads: list[int] = []

    def read(doc: Any) -> None:
        reads.append(1)

    with holding_columns(sdoc):
        assert held_value(sdoc, "nothing", read) is None
        assert held_value(sdoc, "nothing", read) is None
        assert len(reads) == 1  # a None read is kept like any other value
        columns_changed(sdoc)
        held_value(sdoc, "nothing", read)
        assert len(reads) == 2  # dropped with the rest when the parse changes


# a Title Case headline the second look parses again, and a place name the parser cuts ("Quang") that
# join_place_names makes whole with new entities
_STORY = (
    "Laos Bans Rallies Before Border Vote\n\n"
    "Police in Quang Ngai detained twelve Lao traders on Tuesday, and Vietnam protested to Laos over the arrests."
)


def _annotated(coder: Any) -> list[str]:
    doc = next(iter(coder.clean([Article(id="columns", text=_STORY, published=date(2024, 5, 6))])))
    return [repr(event) for event in coder.annotate(doc, coder.parse(doc.text)).events]


def test_columns_annotate_output_unchanged(pipeline: Any, rules_pipeline: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # output equality only: that a rewritten parse drops the held columns is guarded by the unit test
    # test_columns_read_again_after_second_look (columns_changed)
    calls = {"second look": 0, "new entities": 0}

    def counted(name: str, function: Any) -> Any:
        def call(*args: Any) -> Any:
            calls[name] += 1
            return function(*args)

        return call

    monkeypatch.setattr(headline, "_copy_tree", counted("second look", headline._copy_tree))
    monkeypatch.setattr(place_spans, "replace_ents", counted("new entities", place_spans.replace_ents))
    for coder in (pipeline, rules_pipeline):
        held = _annotated(coder)
        with monkeypatch.context() as unheld:
            unheld.setattr(parley.pipeline, "holding_columns", lambda sdoc: contextlib.nullcontext())
            assert _annotated(coder) == held and held
    assert calls == {"second look": 4, "new entities": 4}  # both changes ran, held or not, for both coders
    # annotate lets the document go when it ends: its children are read from spaCy again
    doc = next(iter(rules_pipeline.clean([Article(id="columns", text=_STORY, published=date(2024, 5, 6))])))
    sdoc = rules_pipeline.parse(doc.text)
    rules_pipeline.annotate(doc, sdoc)
    assert not isinstance(children_of(sdoc[0]), tuple)
