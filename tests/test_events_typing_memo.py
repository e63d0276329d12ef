"""The trigger matcher's answers kept per document, and one matcher per lexicon (parley.events._typing)."""

from __future__ import annotations

from parley.coder._view import token_views
from parley.events._typing import TriggerMatcher, shared_matcher


def test_events_typing_match_kept_for_the_document(pipeline) -> None:  # type: ignore[no-untyped-def]
    matcher = TriggerMatcher(pipeline.lexicon)
    sdoc = pipeline.nlp("Norway held talks with Peru on fishing quotas.")
    first = matcher.match(sdoc[1])
    assert first is not None and first.type == "CONSULT"
    # the view of the same word gets the kept answer, and so does a second ask
    assert matcher.match(token_views(sdoc)[1]) is first
    assert matcher.match(sdoc[1]) is first
    # another document's word of the same index is read afresh
    other = pipeline.nlp("Norway held a dinner for the guests.")
    assert matcher.match(other[1]) is None
    assert matcher.match(sdoc[1]) == first  # the first document read again after the other


def test_events_typing_shared_matcher_one_per_lexicon(pipeline) -> None:  # type: ignore[no-untyped-def]
    one = shared_matcher(pipeline.lexicon)
    assert shared_matcher(pipeline.lexicon) is one
    assert one.lexicon is pipeline.lexicon
    assert one is not TriggerMatcher(pipeline.lexicon)
