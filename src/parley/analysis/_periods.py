"""The periods a timeline counts by (day, week, month, year): where one starts, the next, its label, and
the date precisions fine enough to place an event in one."""

from __future__ import annotations

from datetime import date, timedelta

__all__ = ["_FINE_ENOUGH", "_PERIODS", "_label", "_next_period", "_period_start"]


_PERIODS = ("day", "week", "month", "year")


_FINE_ENOUGH = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}


def _period_start(day: date, by: str) -> date:
    """The first day of the period ``by`` that holds ``day``."""
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _next_period(day: date, by: str) -> date:
    """The first day of the period after the one starting on ``day``."""
    if by == "day":
        return day + timedelta(days=1)
    if by == "week":
        return day + timedelta(days=7)
    if by == "month":
        return date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def _label(day: date, by: str) -> str:
    """The label of the period starting on ``day`` ("2024-03-05", "2024-W10", "2024-03", "2024")."""
    if by == "day":
        return day.isoformat()
    if by == "week":
        iso = day.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if by == "month":
        return day.strftime("%Y-%m")
    return str(day.year)
