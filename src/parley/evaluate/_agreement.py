"""Inter-annotator agreement: one annotator's gold scored as if it were a coder's predictions.

Each gold event of annotator B becomes a PLOVER record (its main reading's type, actor and recipient
codes, its date with the precision its length gives, its place, and as ``text`` the sentence of the
article that holds its evidence) and is scored against annotator A's gold with parley's own scorer,
then the reverse. A gold file has no confidence to cut on, so the scorer's precision counts every
event of the predicting side (optional ones too) unless ``required_only`` keeps only its required
events. The figures are the ceiling a coder can be expected to reach on these articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import EvaluationError
from ..settings import Settings
from ._gold import GoldDoc, GoldEvent, load_gold
from ._run import gold_article, predict
from ._score import EvalResult, score

__all__ = ["AgreementRow", "agreement", "common_docs", "gold_as_predictions", "sentence_of"]

_PRECISION = {4: "year", 7: "month", 10: "day"}
# a sentence ends at . ! or ? (a closing quote or bracket may follow) before white space
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s")


@dataclass(frozen=True)
class AgreementRow:
    """One line of the agreement table: who was scored against which gold, and the scorer's result."""

    name: str
    result: EvalResult


def sentence_of(text: str, evidence: str) -> str:
    """The sentence (or sentences, if the evidence spans several) of ``text`` that quotes ``evidence``;
    the evidence itself when the text does not quote it (white space is normalised on both sides, as
    the scorer's sentence test does)."""
    flat = " ".join(text.split())
    quote = " ".join(evidence.split())
    at = flat.find(quote) if quote else -1
    if at < 0:
        return quote
    start = 0
    for end in _SENTENCE_END.finditer(flat, 0, at):
        start = end.end()
    after = _SENTENCE_END.search(flat, at + len(quote))
    return flat[start : after.end() if after else len(flat)].strip()


def _record(event: GoldEvent, text: str) -> dict[str, Any]:
    main = event.readings[0]
    return {
        "event": [main.type],
        "actor": [{"code": c} for c in sorted(main.actors)],
        "recipient": [{"code": c} for c in sorted(main.recipients)],
        "text": sentence_of(text, event.evidence),
        "date": event.date,
        "date_precision": _PRECISION.get(len(event.date or ""), "day"),
        "event_loc": {"extracted_place": event.place},
    }


def gold_as_predictions(doc: GoldDoc, required_only: bool = False) -> list[dict[str, Any]]:
    """A gold article's events as PLOVER records, in gold order (the scorer matches greedily in
    prediction order); the article is read as the evaluation reads it (HTML cleaned)."""
    text = gold_article(doc).text
    return [_record(e, text) for e in doc.events if e.required or not required_only]


def common_docs(a: list[GoldDoc], b: list[GoldDoc]) -> tuple[list[GoldDoc], list[GoldDoc]]:
    """The articles both annotations cover, matched by gold id, in id order."""
    by_id = {d.id: d for d in b}
    ids = sorted(d.id for d in a if d.id in by_id)
    if not ids:
        raise EvaluationError("the two gold folders share no article id", code="E505")
    a_by_id = {d.id: d for d in a}
    return [a_by_id[i] for i in ids], [by_id[i] for i in ids]


def agreement(gold_a: Path, gold_b: Path, coders: tuple[str, ...] = ()) -> list[AgreementRow]:
    """B scored against A's gold and A against B's (all events, then required only), and each named
    coder against both golds, on the articles both folders have."""
    docs_a, docs_b = common_docs(load_gold(gold_a), load_gold(gold_b))
    rows = []
    for required_only in (False, True):
        which = "required" if required_only else "all"
        preds_b = {d.id: gold_as_predictions(d, required_only) for d in docs_b}
        preds_a = {d.id: gold_as_predictions(d, required_only) for d in docs_a}
        rows.append(AgreementRow(f"B as coder vs A gold ({which} B)", score(docs_a, preds_b)))
        rows.append(AgreementRow(f"A as coder vs B gold ({which} A)", score(docs_b, preds_a)))
    for coder in coders:
        # one run of the pipeline: both golds cover the same articles (A's copies are read)
        predictions, _ = predict(docs_a, Settings(coder=coder))
        rows.append(AgreementRow(f"parley {coder} vs A gold", score(docs_a, predictions)))
        rows.append(AgreementRow(f"parley {coder} vs B gold", score(docs_b, predictions)))
    return rows
