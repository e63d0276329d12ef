"""Analysis of the event store: events, dyad timelines, top dyads, actor profiles, plots."""

from ._browse import (
    SORTS,
    article_detail,
    articles_page,
    count_events,
    event_detail,
    event_page,
    places,
    store_stats,
)
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
    "SORTS",
    "article_detail",
    "articles_page",
    "count_events",
    "event_detail",
    "event_page",
    "places",
    "store_stats",
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
