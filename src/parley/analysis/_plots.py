"""Report figures: a dyad's timeline and the network of who deals with whom (PNG or SVG)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.colors import LinearSegmentedColormap, Normalize, TwoSlopeNorm  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from ..store import Store  # noqa: E402
from ._queries import QUADS, dyads  # noqa: E402

__all__ = ["QUAD_COLOURS", "plot_network", "plot_timeline"]

# Blues for cooperation, reds for conflict; the material class darker than the verbal one.
QUAD_COLOURS = {1: "#9ecae1", 2: "#2171b5", 3: "#fcae91", 4: "#cb181d"}
# Red (conflict) through a visible grey (neutral) to blue (cooperation).
_SCORE_CMAP = LinearSegmentedColormap.from_list("parley_score", ["#b2182b", "#ef8a62", "#bdbdbd", "#67a9cf", "#2166ac"])
_SCORE_LIMIT = 7.0  # dyad means rarely leave [-7, 7]; beyond, the colour saturates
_FORMATS = {".png", ".svg", ".pdf"}


def _save(fig: Figure, path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in _FORMATS:
        plt.close(fig)
        raise ValueError(f"{path}: unknown figure format (use .png, .svg or .pdf)")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(
        path,
        dpi=160,
        bbox_inches="tight",
        metadata={"Creator": "parley"} if path.suffix != ".svg" else None,
    )
    plt.close(fig)
    return path


def _style(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.grid(axis="y", color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)


def plot_timeline(
    rows: Sequence[dict[str, Any]],
    path: str | Path,
    *,
    title: str | None = None,
    subtitle: str | None = None,
) -> Path:
    """Stacked bars of events per period by quad class, with the mean PLOVER score as a line.

    ``rows`` are :func:`~parley.analysis.timeline` rows. The format follows the
    extension of ``path`` (``.png``, ``.svg``, ``.pdf``).
    """
    if not rows:
        raise ValueError("no events to plot")
    labels = [str(r["period"]) for r in rows]
    x = list(range(len(rows)))
    width = max(6.5, min(16.0, 0.35 * len(rows) + 4))
    fig, ax = plt.subplots(figsize=(width, 4.6))
    _style(ax)
    _draw_quad_bars(ax, rows, x)
    _draw_mean_scores(ax, rows, x)
    _label_periods(ax, labels, x)
    _add_timeline_legend(ax, len(rows))
    total = sum(int(r.get("events", 0) or 0) for r in rows)
    ax.set_title(title or "Events per period", loc="left", fontsize=13, fontweight="bold", pad=18)
    ax.text(
        0,
        1.015,
        subtitle or f"{total} events, {labels[0]} to {labels[-1]}",
        transform=ax.transAxes,
        fontsize=9,
        color="#555555",
    )
    return _save(fig, path)


def _draw_quad_bars(ax: Axes, rows: Sequence[dict[str, Any]], x: list[int]) -> None:
    """One bar per period, stacked by quad class."""
    bottom = [0] * len(rows)
    for quad in (1, 2, 3, 4):
        heights = [int(r.get(f"q{quad}", 0) or 0) for r in rows]
        ax.bar(
            x,
            heights,
            bottom=bottom,
            color=QUAD_COLOURS[quad],
            width=0.8,
            label=QUADS[quad],
            edgecolor="white",
            linewidth=0.5,
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    ax.set_ylabel("events")
    ax.set_ylim(0, max(max(bottom) * 1.15, 1))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))


def _draw_mean_scores(ax: Axes, rows: Sequence[dict[str, Any]], x: list[int]) -> None:
    """The mean PLOVER score per period as a line on a second y axis."""
    score_ax = ax.twinx()
    score_ax.spines["top"].set_visible(False)
    score_ax.axhline(0, color="#999999", linewidth=0.8, linestyle=":")
    # NaN for empty periods breaks the line instead of drawing across the gap.
    means = [float("nan") if r.get("mean_score") is None else r["mean_score"] for r in rows]
    if any(not math.isnan(m) for m in means):
        score_ax.plot(
            x,
            means,
            color="#333333",
            linewidth=1.6,
            marker="o",
            markersize=3.5,
            label="mean score",
        )
    score_ax.set_ylim(-10.5, 10.5)
    score_ax.set_ylabel("mean PLOVER score  (conflict −10 … +10 cooperation)")


def _label_periods(ax: Axes, labels: list[str], x: list[int]) -> None:
    """At most about 24 period labels, slanted when there are many."""
    step = max(1, math.ceil(len(labels) / 24))
    ax.set_xticks(x[::step])
    ax.set_xticklabels(
        labels[::step],
        rotation=45 if len(labels) > 8 else 0,
        ha="right" if len(labels) > 8 else "center",
    )
    ax.set_xlim(-0.7, len(labels) - 0.3)


def _add_timeline_legend(ax: Axes, periods: int) -> None:
    """Quad classes and the score line, below the axis."""
    handles: list[Artist] = [Patch(color=QUAD_COLOURS[q], label=QUADS[q]) for q in (1, 2, 3, 4)]
    handles.append(Line2D([], [], color="#333333", marker="o", markersize=3.5, label="mean score"))
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(0, -0.18 if periods > 8 else -0.1),
        ncol=5,
        frameon=False,
        fontsize=8.5,
    )


def plot_network(
    store: Store,
    path: str | Path,
    *,
    top: int = 40,
    min_events: int = 1,
    title: str | None = None,
) -> Path:
    """Actors on a circle, linked by their ``top`` busiest dyads.

    Edge width grows with the number of events; edge colour is the dyad's mean
    PLOVER score (red conflict, blue cooperation); node size is the actor's events.
    """
    edges = dyads(store, top=top, by="events", min_events=min_events)
    if not edges:
        raise ValueError("no dyads to plot")
    weight = _actor_weights(edges)
    # Busiest actor at the top, the others clockwise by decreasing activity.
    nodes = sorted(weight, key=lambda c: (-weight[c], c))
    pos = _circle_positions(nodes)
    fig, ax = plt.subplots(figsize=(8.5, 8))
    ax.set_aspect("equal")
    ax.axis("off")
    norm: Normalize = TwoSlopeNorm(vmin=-_SCORE_LIMIT, vcenter=0, vmax=_SCORE_LIMIT)
    most = max(int(e["events"]) for e in edges)
    for e in sorted(edges, key=lambda e: e["events"]):
        _draw_dyad(ax, e, pos, norm, most)
    biggest = max(weight.values())
    for code in nodes:
        _draw_actor(ax, code, pos[code], weight[code], biggest)
    ax.set_xlim(-1.35, 1.35)
    ax.set_ylim(-1.35, 1.35)
    _add_score_bar(fig, ax, norm)
    _add_width_legend(ax, most)
    total = sum(int(e["events"]) for e in edges)
    ax.set_title(title or "Who deals with whom", loc="left", fontsize=13, fontweight="bold")
    ax.text(
        -1.35,
        1.28,
        f"{len(edges)} busiest dyads, {total} events; node label: events of the actor in them",
        fontsize=8.5,
        color="#555555",
    )
    return _save(fig, path)


def _actor_weights(edges: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Each actor's events over the plotted dyads."""
    weight: dict[str, int] = {}
    for e in edges:
        for code in (e["a"], e["b"]):
            weight[code] = weight.get(code, 0) + int(e["events"])
    return weight


def _circle_positions(nodes: list[str]) -> dict[str, tuple[float, float]]:
    """The nodes on the unit circle, the first at the top, the others clockwise."""
    n = len(nodes)
    return {
        c: (
            math.cos(math.pi / 2 - 2 * math.pi * i / n),
            math.sin(math.pi / 2 - 2 * math.pi * i / n),
        )
        for i, c in enumerate(nodes)
    }


def _edge_width(events: int, most: int) -> float:
    """Line width of a dyad of ``events`` events when the busiest has ``most``."""
    return 0.8 + 7.0 * math.sqrt(events / most)


def _draw_dyad(ax: Axes, e: dict[str, Any], pos: dict[str, tuple[float, float]], norm: Normalize, most: int) -> None:
    """One dyad as a chord coloured by its mean score."""
    (x1, y1), (x2, y2) = pos[e["a"]], pos[e["b"]]
    score = e["mean_score"] if e["mean_score"] is not None else 0.0
    # A gentle curve towards the centre keeps parallel chords apart.
    mx, my = (x1 + x2) / 2 * 0.8, (y1 + y2) / 2 * 0.8
    ts = [i / 30 for i in range(31)]
    xs = [(1 - t) ** 2 * x1 + 2 * (1 - t) * t * mx + t**2 * x2 for t in ts]
    ys = [(1 - t) ** 2 * y1 + 2 * (1 - t) * t * my + t**2 * y2 for t in ts]
    ax.plot(
        xs,
        ys,
        color=_SCORE_CMAP(norm(score)),
        linewidth=_edge_width(int(e["events"]), most),
        alpha=0.85,
        solid_capstyle="round",
        zorder=1,
    )


def _draw_actor(ax: Axes, code: str, xy: tuple[float, float], weight: int, biggest: int) -> None:
    """One actor as a disc sized by its events, with its code and, outside, its count."""
    x, y = xy
    size = 250 + 1400 * weight / biggest
    ax.scatter([x], [y], s=size, color="#f7f7f7", edgecolor="#404040", linewidth=1.2, zorder=3)
    ax.text(x, y, code, ha="center", va="center", fontsize=9, fontweight="bold", zorder=4)
    ax.text(
        x * 1.17,
        y * 1.17,
        f"{weight}",
        ha="center",
        va="center",
        fontsize=7.5,
        color="#666666",
        zorder=4,
    )


def _add_score_bar(fig: Figure, ax: Axes, norm: Normalize) -> None:
    """The colour bar of the mean score, capped at the score limit."""
    bar_ticks = [-_SCORE_LIMIT, -_SCORE_LIMIT / 2, 0, _SCORE_LIMIT / 2, _SCORE_LIMIT]
    sm = plt.cm.ScalarMappable(norm=norm, cmap=_SCORE_CMAP)
    bar = fig.colorbar(sm, ax=ax, orientation="horizontal", fraction=0.04, pad=0.02, shrink=0.6)
    bar.set_ticks(bar_ticks)
    bar.set_ticklabels(
        [f"≤ −{_SCORE_LIMIT:g}"] + [f"{t:+g}" if t else "0" for t in bar_ticks[1:-1]] + [f"≥ +{_SCORE_LIMIT:g}"]
    )
    bar.set_label("mean PLOVER score of the dyad (← conflict · cooperation →)", fontsize=9)


def _add_width_legend(ax: Axes, most: int) -> None:
    """Sample line widths: one event, half the busiest, the busiest."""
    samples = sorted({1, max(1, most // 2), most})
    legend = [
        Line2D(
            [],
            [],
            color="#777777",
            linewidth=_edge_width(s, most),
            label=f"{s} event{'s' if s > 1 else ''}",
        )
        for s in samples
    ]
    ax.legend(
        handles=legend,
        loc="upper right",
        frameon=False,
        fontsize=8.5,
        title="dyad events",
        title_fontsize=8.5,
    )
