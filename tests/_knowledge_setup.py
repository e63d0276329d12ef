"""Shared set-up of the knowledge tests: the offices the bundled people rows give a name on a day."""

from __future__ import annotations

from datetime import date

from parley.knowledge import load_knowledge

__all__ = ["offices"]


def offices(name: str, day: date) -> set[tuple[str, str | None]]:
    """The (code, office) pairs of the people rows named so that hold office on the day."""
    return {(a.code, a.office) for a in load_knowledge().actors if a.phrase == name and a.valid_on(day)}
