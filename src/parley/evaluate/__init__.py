"""Scoring against hand-made gold answers, with the rules of ``shared/gold/README.md``."""

from ._agreement import AgreementRow, agreement
from ._breakdown import Breakdown, RoleFigures, TypeMatch, breakdown, roles_right, type_matches
from ._gold import GoldDoc, GoldEvent, load_gold
from ._match import date_ok, entity_codes, place_ok, reading_matches, same_sentence
from ._run import evaluate, gold_article, predict
from ._score import EvalResult, Figures, matched_gold, pick_gold, score

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
    "date_ok",
    "entity_codes",
    "evaluate",
    "gold_article",
    "load_gold",
    "matched_gold",
    "pick_gold",
    "place_ok",
    "predict",
    "reading_matches",
    "roles_right",
    "same_sentence",
    "score",
    "type_matches",
]
