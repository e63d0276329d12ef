"""The dateline's state hosts a meeting told in the dateline's own sentence: "DAMASCUS, Oct 30 - Turkish and
Syrian officials ended two days of talks", "KIGALI - Rwanda and Tanzania have resolved ..., following the
17th session of the Joint Permanent Commission". PLOVER codes the visitor as a meeting's actor and the host
as its recipient; a lead written where the meeting took place names its host in the dateline.

Only the lead: training gold codes a meeting of two states in the dateline's sentence with the dateline's
state as recipient 25 times of 32 (jointly 3, as actor 4: telephone calls, mediations), but the meetings
of later sentences, placed at the dateline only for want of a place of their own, are joint acts of both
sides (16 of 21 such two-state meetings the rules code jointly)."""

from __future__ import annotations

from typing import Any

from .._sent_starts import sentence_of
from ..document import Dateline, Event

__all__ = ["orient_dateline_meeting"]


def orient_dateline_meeting(event: Event, token: Any, dateline: Dateline | None, host: str | None) -> None:
    """Two states meeting with no recipient, in the sentence of a dateline in one of them: that one
    hosts (the recipient), the other visits (the actor). ``host``: the dateline place's country."""
    if event.event != "CONSULT" or event.recipients or dateline is None or not host:
        return
    if len(set(event.actor_codes)) != 2 or host not in event.actor_codes:
        return
    if not _in_dateline_sentence(token, dateline):
        return
    event.recipients = [a for a in event.actors if a.code == host]
    event.actors = [a for a in event.actors if a.code != host]


def _in_dateline_sentence(token: Any, dateline: Dateline) -> bool:
    """Whether the token's sentence holds the dateline (it opens the lead: "DHAKA - Bangladesh and ...")."""
    sent = sentence_of(token)
    return sent.start_char <= dateline.start < sent.end_char
