"""The state an envoy recalled or expelled in the passive belongs to, when the envoy's own phrase does not
name it: "Warsaw reacted within hours. Ambassador Anna Kowalczyk was recalled for talks",
"Quito denounced the decree as hostile. Its envoy in Lima was recalled".

The envoy's post ("in Lima", "to Peru") names the host, never the envoy's own state; and an envoy
opening a sentence with no state of its own ("Its ambassador", "Ambassador X") belongs to the state the
sentence before is about, as "it" opening a sentence stands for that state.

Why: the training gold codes every recall of an envoy with the sender as actor and the host as recipient
(36 of 36 recall sentences with a named sender), but holds almost no passive recall; the new validation
writers told two recalls this way, and both coders read them backwards or gave the act to the host."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..document import Entity
from ._envoys import envoy_host, is_envoy_phrase

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["envoy_senders"]


def envoy_senders(
    subjects: list[Any], senders: list[Entity], ctx: DocumentContext, previous_subject: Callable[[Any], list[Entity]]
) -> list[Entity]:
    """The envoys' own states among ``senders`` (the states the passive subjects name), without the state
    of their post; with none left, for an envoy opening its sentence, the states ``previous_subject`` reads
    from the sentence before. Other subjects keep ``senders``."""
    envoys = [s for s in subjects if is_envoy_phrase(s, ctx.words)]
    if not envoys:
        return senders
    hosts = {host.code for e in envoys if (host := envoy_host(e, ctx)) is not None}
    own = [s for s in senders if s.code not in hosts]
    if own or not _opens_sentence(envoys[0], ctx):
        return own
    return [s for s in previous_subject(envoys[0]) if s.code not in hosts]


def _opens_sentence(head: Any, ctx: DocumentContext) -> bool:
    """Whether the phrase of ``head`` is the first of its sentence."""
    return bool(head.left_edge.i == ctx.sent_start[head.i])
