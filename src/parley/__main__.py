"""``python -m parley``: the same command as ``parley``, for environments without the script."""

from __future__ import annotations

from .cli import main

if __name__ == "__main__":
    main()
