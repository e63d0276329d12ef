"""Analysis of the event store: events, dyad timelines, top dyads, actor profiles, plots."""

from ._plots import QUAD_COLOURS, plot_network, plot_timeline
from ._queries import (
    QUADS,
    actor_profile,
    dyad_total,
    dyads,
    events,
    iter_events,
    timeline,
    unknown_codes,
)

__all__ = [
    "QUADS",
    "QUAD_COLOURS",
    "actor_profile",
    "dyad_total",
    "dyads",
    "events",
    "iter_events",
    "plot_network",
    "plot_timeline",
    "timeline",
    "unknown_codes",
]
