"""What the error tools (type_confusions, stolen_matches, unresolved_gold) read the same way from a
prediction row of ``parley.evaluate.predict``: its types and a one-line brief of a text."""

from __future__ import annotations

from typing import Any

__all__ = ["brief", "predicted_types"]


def predicted_types(pred: dict[str, Any]) -> list[str]:
    """The prediction's event types (a row holds a list, or one type on its own)."""
    types = pred.get("event") or []
    return [str(t) for t in (types if isinstance(types, list) else [types])]


def brief(text: Any, width: int = 160) -> str:
    """``text`` on one line, its whitespace folded, cut to ``width`` characters (a listing's column)."""
    return " ".join(str(text or "").split())[:width]
