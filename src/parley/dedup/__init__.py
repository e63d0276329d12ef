"""De-duplication: one real-world event, many mentions (inside an article and across articles)."""

from ._article import ArticleDedup, dates_compatible, participants, same_event

__all__ = ["ArticleDedup", "dates_compatible", "participants", "same_event"]
