"""The lemma-fix table serves the future-head checks too: "hoped" (parsed "hop") is the wish word
"hope", so the act hoped for is still to come, for either coder; a word the parser gets right keeps
its own lemma; a user's lemma-fix table is read by these checks as by the trigger lexicon."""

from __future__ import annotations

from pathlib import Path

import pytest

from _events_setup import coded_types, read_context, token_of
from parley.events._lexicon import load_lexicon, true_lemma

_HOPED = (
    "Kyrgyzstan's president said on Thursday he hoped to discuss the guards' case with his Uzbek"
    " counterpart at a regional summit in Almaty next month."
)


def test_true_lemma_hoped_is_hope(rules_pipeline: object) -> None:
    ctx = read_context(rules_pipeline, _HOPED)
    assert true_lemma(token_of(ctx, "hoped"), ctx.words) == "hope"
    assert true_lemma(token_of(ctx, "said"), ctx.words) == "say"


@pytest.mark.parametrize("coder", ["rules_pipeline", "learned_pipeline"])
def test_true_lemma_hoped_talks_are_to_come(coder: str, request: pytest.FixtureRequest) -> None:
    types = coded_types(request.getfixturevalue(coder), _HOPED)
    assert "CONSULT" not in types


def test_true_lemma_reads_the_users_table(rules_pipeline: object, tmp_path: Path) -> None:
    (tmp_path / "lemma_fixes.tsv").write_text("form\tpos\tlemma\nsaid\tVERB\tutter\n", encoding="utf-8")
    lexicon = load_lexicon((tmp_path,))
    ctx = read_context(rules_pipeline, _HOPED)
    assert true_lemma(token_of(ctx, "said"), lexicon.words) == "utter"
    assert true_lemma(token_of(ctx, "hoped"), lexicon.words) == "hope"
    assert lexicon.lemma_fixes is lexicon.words.lemma_fixes
