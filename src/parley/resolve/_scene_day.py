"""The day a paragraph's opening sentence sets its scene on, when that sentence codes no act.

"Heavy snow shut the pass in March. Norway accused Sweden of neglecting the road.": a paragraph that
opens by naming an earlier moment without an act of its own goes on telling that moment, so its undated
past acts happened then, not on the story's day. ``_narrated`` carries the day of a dated *act*; this
module gives the same for an opening sentence that only names the time, read only when no dated act was
told after it in the paragraph. Only a day or month before the story's day, from the opening sentence's
main clause told in the past tense (or a bare participle the tagger took for its past verb, see
``_bare_participle``), and only to past-tense acts. The carry stops where the telling moves
on ("Norway later accused ...", "Since then ...": resolve_words role ``sequence``), and an opening whose
time is an edge ("Until March the pass stayed open": role ``scene_edge``) sets no scene.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from .._columns import children_of
from .._sent_starts import sentence_of
from ..knowledge import resolve_words as words
from ._narrated import PARAGRAPH, told_in_past
from ._when import Skip, event_timing, time_phrases

__all__ = ["Scene", "scene_days", "scene_day"]


@dataclass(frozen=True)
class Scene:
    """A paragraph-opening sentence's time: where it starts (a character offset) and its date."""

    start: int
    date: str
    precision: str
    stop: int = 0  # the token index just past the opening sentence


def scene_days(sdoc: Any, text: str, acts: set[int], published: date | None, skip: Skip | None = None) -> list[Scene]:
    """The scenes of a parsed document: each paragraph-opening sentence that starts no act's sentence
    (``acts`` holds the start tokens of the sentences that code one) and whose past-tense main clause
    is dated to a day or month by a phrase that is no edge ("until May", "since June")."""
    found = []
    for sent in sdoc.sents:
        start = sent[0].idx
        if sent.start in acts or not _opens_paragraph(text, start):
            continue
        if not (told_in_past(sent.root) or _bare_participle(sent.root)) or _edge_dated(sent, skip):
            continue
        timing = event_timing(sent.root, published, future=False, skip=skip)
        if timing is not None and timing.iso and timing.precision in {"day", "month"}:
            found.append(Scene(start, timing.iso, timing.precision, sent.end))
    return found


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` follows a paragraph break (spaces between allowed); checked in
    place, without copying the text before it, since it runs once per sentence."""
    j = start
    while j and text[j - 1] == " ":
        j -= 1
    return start == 0 or text.endswith(PARAGRAPH, 0, j)


def _edge_dated(sent: Any, skip: Skip | None) -> bool:
    """Whether a time phrase of ``sent`` hangs on an edge word ("until April", "by March"): such a
    sentence names where a stretch of time ends or starts, not the time its paragraph tells."""
    edges = words("scene_edge")
    for ent in time_phrases(sent, skip):
        before = ent.doc[ent.start - 1] if ent.start > sent.start else None
        if (before is not None and before.lower_ in edges) or ent.root.head.lower_ in edges:
            return True
    return False


def _moved_on(token: Any, scene: Scene) -> bool:
    """Whether a sequence word ("weeks later", "then", "since") stands between the scene's sentence and
    the end of the act's sentence: the telling has moved on from the scene's time."""
    seq = words("sequence")
    doc = token.doc
    end = sentence_of(token).end
    if any(t.lower_ in seq for t in doc[scene.stop : end]):
        return True
    stretch = " " + " ".join(t.lower_ for t in doc[scene.stop : end]) + " "
    return any(f" {w} " in stretch for w in seq if " " in w)


def scene_day(
    text: str, scenes: list[Scene], act_start: int, token: Any, after: int, lead: str
) -> tuple[str, str] | None:
    """The date and precision the act at character ``act_start`` (trigger ``token``) takes from the
    scene of its paragraph, or None; ``after`` is where the last dated act before it starts (a scene
    before that act is not carried over it), ``lead`` the story's day (ISO)."""
    scene = next((s for s in reversed(scenes) if s.start < act_start), None)
    if scene is None or scene.start <= after or sentence_of(token)[0].idx == scene.start:
        return None
    if PARAGRAPH in text[scene.start : act_start] or not told_in_past(token) or _moved_on(token, scene):
        return None
    before = scene.date[:10] < lead[:10] if scene.precision == "day" else scene.date[:7] < lead[:7]
    return (scene.date, scene.precision) if before else None


def _bare_participle(root: Any) -> bool:
    """A sentence's main verb tagged a past participle with no auxiliary (the tagger reads "opened" in
    "A new bridge opened in March." so): told in the past all the same."""
    return root.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(root))
