"""'The two countries' and 'both governments' stand for two states: the story's pair, never a body."""

from __future__ import annotations

from _events_setup import roles_of_type as _events
from parley.document import Entity, Event
from parley.events._state_pair import state_pair
from parley.events._third_party import two_sides


class _Head:
    def __init__(self, word: str) -> None:
        self.lemma_ = self.lower_ = word
        self.i = 50


class _Context:
    """The story-so-far look-ups the reading asks for, with a fixed story."""

    def __init__(self, story: tuple[str, ...], latest: list[Event]) -> None:
        self.story = story
        self.recent: list[Entity] = []
        self.history = latest
        self.pending: list[Event] = []

    def story_pair_codes(self) -> tuple[str, ...]:
        return self.story

    def pair(self, before: int) -> list[Entity]:
        return two_sides(self.history[-1])

    def last_states(self, size: int, before: int) -> list[Entity]:
        return [Entity(code="EST", sector=None), Entity(code="LVA", sector=None)]


def _event(actor: str, recipient: str) -> Event:
    return Event(
        doc_id="d",
        event="AID",
        actors=[Entity(code=actor, sector="GOV")],
        recipients=[Entity(code=recipient, sector="GOV")],
    )


def test_events_state_pair_story_pair_over_a_brokers_event(words) -> None:  # type: ignore[no-untyped-def]
    # a story of Chad and Sudan whose latest event is Norway's loan to Sudan: "the two countries" are the story's
    ctx = _Context(("TCD", "SDN"), [_event("TCD", "SDN"), _event("NOR", "SDN")])
    found = state_pair(_Head("country"), ctx, words)  # type: ignore[arg-type]
    assert [e.code for e in found] == ["TCD", "SDN"]


def test_events_state_pair_skips_an_event_with_a_body(words) -> None:  # type: ignore[no-untyped-def]
    # no clear pair; the latest two-party event is a state's meeting with the UN: the one before is read
    ctx = _Context((), [_event("CHL", "PER"), _event("CHL", "UNO")])
    found = state_pair(_Head("government"), ctx, words)  # type: ignore[arg-type]
    assert sorted(e.code for e in found) == ["CHL", "PER"]


def test_events_state_pair_leaves_other_nouns_to_the_pair(words) -> None:  # type: ignore[no-untyped-def]
    ctx = _Context(("TCD", "SDN"), [_event("NOR", "SDN")])
    assert state_pair(_Head("delegation"), ctx, words) == []  # type: ignore[arg-type]


def test_events_state_pair_never_a_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the latest two-party event is Chile's meeting with the UN envoy: "both governments" are Chile and Peru
    text = (
        "Chile and Peru signed a fisheries pact on Monday. "
        "Chile's foreign minister met the United Nations envoy in Vienna on Tuesday. "
        "Bolivia accused both governments of slighting it."
    )
    found = _events(pipeline, text, "ACCUSE", outlet="CHL")
    assert [sorted(recipients) for _, recipients in found] == [["CHL", "PER"]]
