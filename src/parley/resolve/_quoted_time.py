"""Time phrases inside a quotation speak of the speaker's moment, not the narrator's.

"'The vote will be held tonight,' the speaker told the chamber on Monday" (an invented example):
"tonight" is the speaker's Monday night, while the resolver reads deictic words from the filing day;
a year or weekday in quoted speech ("unless the guns fall silent by Sunday", "the 1990 accord")
dates a hope, a condition or a name, not the act the sentence tells. So a time phrase wholly inside
a quotation that opens and closes within its sentence dates no event and is not the story's opening
day.

Training gold: of the 8 sentences with a time phrase inside such a quotation, none dates a coded act by
the quoted phrase (7 acts left undated, 1 dated by the sentence's own unquoted "on Thursday").

The events stage's own clause reader (``events/_clause_anchors.clause_date``) passes over them too, so
a quoted "today" no longer makes an urging an explicit filing-day act. Counted again at stop 67 over
training/batches: 10 sentences with a time word inside a quotation, 13 coded acts, none dated by the
quoted phrase (12 undated, 1 by an unquoted phrase). The reader itself lives in ``parse`` so that the
events stage need not reach into this one.
"""

from __future__ import annotations

from ..parse import within_quotation

__all__ = ["within_quotation"]
