"""The resolve stage: document-level dates, places, contexts and scores.

Reads ``doc.events`` (with what each event's own clause said), ``doc.spacy`` (when the
parse is still there), ``doc.actor_mentions``, ``doc.published``, ``doc.dateline``; writes
each event's date (the time phrase of its own clause or of the clause it hangs from, else the
last date the article established, else the dateline or publication date), place (the place
phrase its clauses tie it to, else the dateline city), ``context``, ``quad_code``,
``event_scale`` and ``cameo``.
"""

from __future__ import annotations

from ..knowledge._places import resolve_place
from ..parse._dates import ResolvedDate, resolve_date_text
from ._resolver import Resolver

__all__ = ["Resolver", "ResolvedDate", "resolve_date_text", "resolve_place"]
