"""Scoring against hand-made gold answers, with the rules of ``shared/gold/README.md``."""

from ._agreement import AgreementRow, agreement
from ._breakdown import Breakdown, RoleFigures, TypeMatch, breakdown, roles_right, type_matches
from ._gold import GoldDoc, GoldEvent, load_gold
from ._run import evaluate, gold_article, predict
from ._score import EvalResult, Figures, matched_gold, score

__all__ = [
    "AgreementRow",
    "Breakdown",
    "EvalResult",
    "Figures",
    "GoldDoc",
    "GoldEvent",
    "RoleFigures",
    "TypeMatch",
    "agreement",
    "breakdown",
    "evaluate",
    "gold_article",
    "load_gold",
    "matched_gold",
    "predict",
    "roles_right",
    "score",
    "type_matches",
]
