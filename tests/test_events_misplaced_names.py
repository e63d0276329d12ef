"""Names given that the parser hangs away from their naming verb ("declared a secretary at the embassy
in Riga persona non grata", "branded the claims baseless"): read by both coders, and a word of the
object's own phrase that names nothing."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from _events_setup import coded_events as _events
from _events_setup import coded_types as _types
from parley import Pipeline, Settings
from parley.events._clause_readings import names_given
from parley.events._misplaced_names import names_after_object, names_run_on
from parley.events._typing import TriggerMatcher


@pytest.fixture(scope="module", params=["rules", "learned"])
def coder_pipeline(request: pytest.FixtureRequest, rules_pipeline: Pipeline) -> Pipeline:
    return rules_pipeline if request.param == "rules" else Pipeline(Settings(coder="learned"))


def test_events_misplaced_names_diplomat_at_an_embassy_declared_unwelcome_is_a_sanction(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "Latvia declared a first secretary at the Russian embassy in Riga persona non grata."
    assert ("SANCTION", ["LVA"], ["RUS"]) in _events(coder_pipeline, text)


def test_events_misplaced_names_claims_branded_baseless_are_rejected(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    assert ("REJECT", ["KEN"], ["SOM"]) in _events(coder_pipeline, "Kenya branded the Somali claims baseless.")


def test_events_misplaced_names_object_of_its_own_preposition_names_nothing(coder_pipeline) -> None:  # type: ignore[no-untyped-def]
    assert "ACCUSE" not in _types(coder_pipeline, "Mali called the families of the victims of the aggression.")


def test_events_misplaced_names_stop_at_the_next_verb(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("Latvia declared the consul unwelcome and expelled him.")
    obj = next(t for t in sdoc if t.text == "consul")
    words = [w.text for w in names_after_object(obj)]
    assert "unwelcome" in words and "expelled" not in words and "him" not in words


def test_events_misplaced_names_what_before_its_verb_has_none(rules_pipeline: Pipeline) -> None:
    # "what" stands before its verb: the words after it are the clause's subject, no name given
    sdoc = rules_pipeline.nlp("Oslo rejected what the envoy called an unfriendly step.")
    obj = next(t for t in sdoc if t.text == "what")
    assert obj.pos_ not in {"NOUN", "PROPN"}
    assert names_after_object(obj) == []


def _run_on_parse(pipeline: Pipeline) -> Doc:
    # the parse the small parser can give in an article: "persona" a second verb joined to "declared"
    words = ["Serbia", "declared", "a", "counsellor", "at", "the", "embassy", "persona", "non", "grata", "."]
    heads = [1, 1, 3, 1, 3, 6, 4, 1, 9, 7, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "conj", "compound", "dobj", "punct"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"]
    lemmas = ["Serbia", "declare", "a", "counsellor", "at", "the", "embassy", "persona", "non", "grata", "."]
    return Doc(pipeline.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_events_misplaced_names_run_on_conjunct_is_the_name_given(rules_pipeline: Pipeline) -> None:
    sdoc = _run_on_parse(rules_pipeline)
    assert [w.text for w in names_run_on(sdoc[1])] == ["persona"]
    words = rules_pipeline.lexicon.words
    assert {"persona", "grata"} <= {w.text for w in names_given(sdoc[1], words)}


def test_events_misplaced_names_run_on_declaration_is_one_sanction(rules_pipeline: Pipeline) -> None:
    sdoc = _run_on_parse(rules_pipeline)
    matcher = TriggerMatcher(rules_pipeline.lexicon)
    trig = matcher.match(sdoc[1])
    assert trig is not None and trig.type == "SANCTION"
    # the run-on "persona" completes the declaration: no second event of its own
    assert matcher.completes_verb_event(sdoc[7], trig)


def test_events_misplaced_names_run_on_needs_no_joiner(rules_pipeline: Pipeline) -> None:
    sdoc = rules_pipeline.nlp("Latvia declared the consul unwelcome and expelled him.")
    verb = next(t for t in sdoc if t.text == "declared")
    assert names_run_on(verb) == []
