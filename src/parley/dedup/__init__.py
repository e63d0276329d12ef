"""De-duplication: one real-world event, many mentions (inside an article and across articles)."""

from ._article import ArticleDedup, dates_compatible, participants, same_event
from ._corpus import CorpusDedup, CorpusKey, merge_event, same_corpus_event

__all__ = [
    "ArticleDedup",
    "CorpusDedup",
    "CorpusKey",
    "dates_compatible",
    "merge_event",
    "participants",
    "same_corpus_event",
    "same_event",
]
