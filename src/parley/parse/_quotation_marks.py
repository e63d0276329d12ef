"""Where a parsed Doc's quotation marks stand, found once for the Doc.

Both the pairing of quotations (``events._quotes``) and the quoted time phrases (``resolve._quoted_time``)
read only the few marks of a document; a walk over every token to find them builds a spaCy ``Token``
for each word, so the marks are found in the Doc's ORTH column instead and kept in its ``user_data``.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.strings import get_string_id

from .._columns import doc_columns

__all__ = ["BOTH_MARKS", "CLOSING_MARKS", "OPENING_MARKS", "quotation_marks"]

#: Marks that open or close a quotation; a straight double mark does both, in turn.
OPENING_MARKS = frozenset({"\u201c"})
CLOSING_MARKS = frozenset({"\u201d"})
BOTH_MARKS = frozenset({'"', "``", "''"})

#: Key of ``Doc.user_data`` holding where the Doc's quotation marks stand (:func:`quotation_marks`).
_MARKS = "parley.quotation_marks"

#: The marks' string ids, as the ORTH column holds them.
_IDS = np.array([get_string_id(m) for m in sorted(OPENING_MARKS | CLOSING_MARKS | BOTH_MARKS)], dtype=np.uint64)


def quotation_marks(doc: Any) -> tuple[list[int], list[str]]:
    """The token indexes of the Doc's quotation marks, in order, and their spellings. Kept with the
    Doc's length: a Doc whose tokens were merged or split since is read again."""
    kept = doc.user_data.get(_MARKS)
    if kept is None or kept[0] != len(doc):
        at = np.flatnonzero(np.isin(doc_columns(doc, "ORTH"), _IDS)).tolist()
        kept = doc.user_data[_MARKS] = (len(doc), at, [doc[i].text for i in at])
    return kept[1], kept[2]
