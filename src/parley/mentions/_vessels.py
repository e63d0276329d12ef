"""Names of ships, which the parser often takes for people.

"the trawler Karev", "the research vessel Piri Reis", "the tug, the Spasatel Karev", "BRP Sierra
Madre": a proper name right after a noun of vessels, in apposition to one, or opened by a ship's
prefix names a ship, nobody. The words are read from ``resolve_words.tsv`` (roles ``vessel`` and
``ship_prefix``); only a token's head and its neighbours in the sentence are read.
"""

from __future__ import annotations

from typing import Any

from ..knowledge import resolve_words

__all__ = ["names_vessel"]


def names_vessel(span: Any) -> bool:
    """The span is a ship's name: opened by a ship's prefix in capitals ("HMS", "BRP"), set right after
    a vessel noun in lower case ("the trawler Karev"), or in apposition to one ("the tug, the Karev")."""
    first = span[0]
    if len(span) > 1 and first.is_upper and first.lower_ in resolve_words("ship_prefix"):
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is not None and _vessel_noun(before):
        return True
    root = next((t for t in span if not (span.start <= t.head.i < span.end)), None)
    return root is not None and root.dep_ == "appos" and root.head.i < span.start and _vessel_noun(root.head)


def _vessel_noun(token: Any) -> bool:
    """A common noun of ships in lower case ("trawler", "frigate"): "Captain" or "Ship" opening a
    name are not read so."""
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in resolve_words("vessel")
