"""In-article de-duplication: one real-world event described in several sentences is one event."""

from __future__ import annotations

from collections import deque
from datetime import date

from ..document import Document, Event
from ..events._lexicon import MATERIAL_QUADS
from ..events._separate_acts import SEPARABLE_TYPES

__all__ = ["ArticleDedup", "same_event", "dates_compatible", "participants"]

SYMMETRIC_TYPES = {"CONSULT", "AGREE", "COOPERATE"}
#: Types where one side's own undertaking told after a joint one is another act ("the two agreed to
#: keep talking ... In exchange, Lisbon agreed to lift a fee"): 35 of the training corpus's 37 later
#: one-sided AGREE sentences after a joint AGREE between the same states are other undertakings.
_ONE_SIDED_AFTER_JOINT = {"AGREE"}
_PRECISION_LEN = {"day": 10, "month": 7, "year": 4}


def participants(event: Event) -> tuple[frozenset[str], frozenset[str]]:
    """Actor and recipient codes; symmetric types compare everyone who took part."""
    actors = frozenset(event.actor_codes)
    recipients = frozenset(event.recipient_codes)
    if event.event in SYMMETRIC_TYPES:
        return actors | recipients, frozenset()
    return actors, recipients


def dates_compatible(a: Event, b: Event) -> bool:
    """Equal at the coarser of the two precisions; an undated mention fits a dated one."""
    if a.date is None or b.date is None:
        return True
    n = min(_PRECISION_LEN.get(a.date_precision or "day", 10), _PRECISION_LEN.get(b.date_precision or "day", 10))
    return a.date[:n] == b.date[:n]


def same_event(a: Event, b: Event) -> bool:
    """Same type and participants on compatible dates (an assumed date is a day or two loose)."""
    if a.event != b.event or not _same_participants(a, b) or not _same_kind(a, b):
        return False
    if _kept_apart_in_sentence(a, b) or _one_side_after_joint(a, b):
        return False
    if "historical" in (a.date_source, b.date_source):
        return a.date_source == b.date_source
    if dates_compatible(a, b):
        return True
    assumed = {"discourse", "published"} & {a.date_source, b.date_source}
    return bool(assumed) and a.date_precision == b.date_precision == "day" and _days_apart(a, b) <= 2


def _kept_apart_in_sentence(a: Event, b: Event) -> bool:
    """ "called up 5,000 reservists and sent a motorised brigade to the region": the event coder joins
    the mentions of one act in a sentence, so two events of a separable type it left apart there are
    two acts, even of one mode (the training gold codes such sentences as two mentions)."""
    if a.event not in SEPARABLE_TYPES:
        return False
    return any(m.sequence == b.sequence for m in a.mentions) if a.mentions else a.sequence == b.sequence


def _one_side_after_joint(a: Event, b: Event) -> bool:
    """The earlier event ``a`` is joint (two or more actors, no recipient) and the later ``b`` is one
    of those sides' undertaking to another: a concession or offer of its own, not a retelling."""
    if a.event not in _ONE_SIDED_AFTER_JOINT or a.recipient_codes or len(set(a.actor_codes)) < 2:
        return False
    return bool(b.recipient_codes) and len(set(b.actor_codes)) == 1 and set(b.actor_codes) < set(a.actor_codes)


def _days_apart(a: Event, b: Event) -> int:
    return abs((date.fromisoformat(a.date or "") - date.fromisoformat(b.date or "")).days)


def _same_kind(a: Event, b: Event) -> bool:
    """Meetings are one however they are worded; a material act retold in other words ("bombed",
    "the air strikes") is one; statements must be the same act: "blamed" and, later, "summoned the
    envoy" are two accusations even when both fall under the same mode."""
    if a.event == "CONSULT":
        return True
    if a.mode and a.mode == b.mode and a.quad_code in MATERIAL_QUADS:
        return True
    return a.trigger == b.trigger


def _same_participants(a: Event, b: Event) -> bool:
    """Equal sides; or, for a mention whose date was only assumed, a subset ("their meeting").
    ``a`` is the earlier event."""
    pa, pb = participants(a), participants(b)
    if pa == pb:
        return True
    assumed = a.date_source != "explicit" or b.date_source != "explicit"
    if not assumed or a.event not in SYMMETRIC_TYPES:
        return False
    if pb[0] <= pa[0]:
        return True  # the later mention tells back ("their meeting") with fewer sides resolved
    # the later one names more sides: the same meeting only if one of its actors was in the first;
    # a third party's phone call to both sides of earlier talks is another meeting
    return pa[0] <= pb[0] and bool(set(b.actor_codes) & pa[0])


def merge_into(kept: Event, other: Event) -> None:
    """Fold ``other``'s mentions into ``kept``; keep the fullest description of the event."""
    kept.mentions.extend(other.mentions)
    if _richness(other) > _richness(kept):
        kept.text, kept.sequence, kept.start, kept.end = other.text, other.sequence, other.start, other.end
        kept.event_text, kept.mode = other.event_text, other.mode or kept.mode
    if other.date and _date_rank(other) > _date_rank(kept):
        kept.date, kept.date_precision, kept.date_source = other.date, other.date_precision, other.date_source
    if kept.place is None and other.place is not None:
        kept.place = other.place
    for side, extra in ((kept.actors, other.actors), (kept.recipients, other.recipients)):
        known = {e.code for e in kept.actors + kept.recipients}
        side += [e for e in extra if e.code not in known]
    kept.confidence = min(0.99, max(kept.confidence, other.confidence) + 0.05)


def _richness(event: Event) -> tuple[int, int]:
    return (len(event.actors) + len(event.recipients), int(event.date_source == "explicit"))


def _date_rank(event: Event) -> tuple[int, int]:
    return (int(event.date_source == "explicit"), _PRECISION_LEN.get(event.date_precision or "", 0))


class ArticleDedup:
    """Pipeline component: merge event mentions of one article that report the same event.

    An event is compared with the kept events of its type (and participants, for the asymmetric
    types) that began at most ``SPAN`` characters before it: in any article shorter than that,
    with every one of them; in a huge text (an archive pasted into one file), the time per event
    stays bounded instead of growing with everything told before.
    """

    SPAN = 50_000

    reads = ("events",)
    writes = ("events",)

    def __call__(self, doc: Document) -> Document:
        kept: list[Event] = []
        # the kept events an event can be the same as, in order, without scanning them all: the
        # same type and participants (merging never changes those), or, for the symmetric types
        # whose sides may be a subset of each other, every kept event of the type; each with the
        # offset it was kept at
        by_key: dict[tuple[str, tuple[frozenset[str], frozenset[str]]], deque[tuple[int, Event]]] = {}
        by_type: dict[str, deque[tuple[int, Event]]] = {}
        for event in doc.events:
            key = (event.event, participants(event))
            candidates = by_type.get(event.event) if event.event in SYMMETRIC_TYPES else by_key.get(key)
            horizon = event.start - self.SPAN
            while candidates and candidates[0][0] < horizon:
                candidates.popleft()
            for _, prior in candidates or ():
                if same_event(prior, event):
                    merge_into(prior, event)
                    break
            else:
                kept.append(event)
                by_type.setdefault(event.event, deque()).append((event.start, event))
                by_key.setdefault(key, deque()).append((event.start, event))
        for n, event in enumerate(kept, 1):
            event.id = f"{doc.id}:e{n}"
        doc.events = kept
        return doc
