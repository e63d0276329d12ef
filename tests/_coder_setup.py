"""The bundled learned coder with other run-time ``[decide]`` settings: shared by the coder tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from parley.coder import bundled_model_dir
from parley.pipeline import Pipeline
from parley.settings import Settings

__all__ = ["pipeline_with_decide"]


def pipeline_with_decide(folder: Path, **decide: Any) -> Pipeline:
    """A learned-coder pipeline reading a copy of the bundled model in ``folder`` whose ``[decide]``
    settings are updated with ``decide`` (the weights are the shipped ones)."""
    for path in bundled_model_dir().iterdir():
        if path.is_file() and path.name != "model.json":
            shutil.copy(path, folder / path.name)
    meta = json.loads((bundled_model_dir() / "model.json").read_text(encoding="utf-8"))
    meta["config"]["decide"].update(decide)
    (folder / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    return Pipeline(Settings(coder="learned", coder_model=folder))
