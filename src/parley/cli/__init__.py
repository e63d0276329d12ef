"""The ``parley`` command: a thin layer over the library."""

from __future__ import annotations

import importlib

from ._app import app

__all__ = ["app", "main"]

# Each module registers its commands on ``app``; a module not written yet is skipped.
for _name in ("_extract", "_clean", "_db", "_scale", "_eval", "_bench", "_train"):
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # pragma: no cover - only while modules are missing
        if exc.name != f"{__name__}.{_name}":
            raise


def main() -> None:
    app()
