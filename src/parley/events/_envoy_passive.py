"""Envoys recalled or expelled, told in the passive with nobody named as doing it: "The German ambassador
to Russia was recalled", "Russia's envoy in Berlin was expelled", "the ambassador has been recalled from
Tehran". A recall is the sending state's act against the host; an expulsion is the host's act against
the sender. The passive names the envoy's own state (its demonym or possessor) and often the post ("to
Russia", "in Berlin") or the capital it is called back from; with neither, the host is the state where the
sentence is set (the dateline's), not the envoy's own.

Why: the training gold codes every recall of an envoy with the sender as actor and the host as recipient
(28 of 28 sentences: "Ghana recalled its ambassador to Burkina Faso", "the recall of Honduras's
ambassador to Brussels"), and every expulsion of envoys the other way round (18 of 18: "Slovakia expelled
three Russian diplomats"); but it holds almost no passive of either (one, "whether the ambassadors will be
recalled", of both states), and the passive reader gave the act to the place of the story, the dateline's
state, and the envoy's state the recipient: a probe's five such sentences (stop 48) had every recall
backwards for both coders."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._columns import children_of
from ..document import Entity
from ._envoys import envoy_host, is_envoy_phrase, state_government
from ._lexicon import Trigger

if TYPE_CHECKING:
    from ._context import DocumentContext

__all__ = ["is_recall", "passive_envoy_roles"]

#: Trigger modes of a SANCTION whose passive subject, an envoy, is acted on by the sender ("withdraw":
#: recalled) or by the host ("expel": expelled, declared persona non grata).
_SENDER_ACTS = "withdraw"
_HOST_ACTS = "expel"


def is_recall(trig: Trigger) -> bool:
    """The trigger recalls an envoy: the sending state's act, never the host's, whether told as done or as
    promised ("their envoy will be recalled next week" tells the sender's own coming step)."""
    return trig.type == "SANCTION" and trig.mode == _SENDER_ACTS


def passive_envoy_roles(
    verb: Any, trig: Trigger, subjects: list[Any], senders: list[Entity], home: str | None, ctx: DocumentContext
) -> tuple[list[Entity], list[Entity]] | None:
    """The (actors, recipients) of an envoy recalled or expelled in the passive with no doer named, else
    None. ``senders``: the states the subject phrases name (the envoy's own); ``home``: the state the
    sentence is set in."""
    if trig.type != "SANCTION" or trig.mode not in {_SENDER_ACTS, _HOST_ACTS}:
        return None
    envoys = [s for s in subjects if is_envoy_phrase(s, ctx.words)]
    if not envoys or not senders:
        return None
    host = _host(verb, trig, envoys, senders, home, ctx)
    if host is None:
        return None
    if trig.mode == _SENDER_ACTS:
        return senders, [host]
    return [host], senders


def _host(
    verb: Any, trig: Trigger, envoys: list[Any], senders: list[Entity], home: str | None, ctx: DocumentContext
) -> Entity | None:
    """The state the envoy is posted to: the post said with the envoy ("ambassador to Russia"), else the
    place it is called back from or told to leave ("recalled from Tehran", "ordered out of Mogadishu",
    "told to leave Somalia"), else the sentence's own state, when it is not the envoy's."""
    own = {s.code for s in senders}
    for found in [envoy_host(e, ctx) for e in envoys] + [_left_from(verb, trig, ctx)]:
        if found is not None and found.code not in own:
            return found
    if home and home not in own:
        return Entity(code=home, sector="GOV", entity_text="")
    return None


def _left_from(verb: Any, trig: Trigger, ctx: DocumentContext) -> Entity | None:
    """The government of the state the envoy leaves: a "from" or "out of" phrase of the verb ("recalled
    from Tehran", "ordered out of Mogadishu") or the object of the leaving the row names ("told to leave
    Somalia": the row's ``xcomp`` words), else None. The sentence's own state may be the envoy's ("the
    Ethiopian ambassador"), so the place left comes first."""
    places = [
        p for prep in children_of(verb) if prep.dep_ == "prep" and prep.lower_ == "from" for p in children_of(prep)
    ]
    outs = [prep for prep in children_of(verb) if prep.dep_ in {"prep", "prt"} and prep.lower_ == "out"]
    places += [
        p for o in outs for of in children_of(o) if of.lower_ == "of" for p in children_of(of) if p.dep_ == "pobj"
    ]
    leaving = {v for name, values in trig.conditions() if name == "xcomp" for v in values}
    places += [
        o
        for x in children_of(verb)
        if x.dep_ == "xcomp" and x.lemma_.lower() in leaving
        for o in children_of(x)
        if o.dep_ == "dobj"
    ]
    return next((host for p in places if (host := state_government(p, ctx)) is not None), None)
