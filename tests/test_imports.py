"""Every parley module imports on its own: no import cycle hides behind the order the pipeline happens to use."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import parley

# Run in a fresh interpreter: for each module the parley modules imported so far are dropped, so that the
# module is imported first, as a user's `import parley.<name>` would be (one interpreter per module would
# re-import spaCy each time and take minutes).
_IMPORT_EACH_ALONE = """
import importlib, json, sys
failures = {}
for name in json.loads(sys.argv[1]):
    for loaded in [m for m in sys.modules if m == "parley" or m.startswith("parley.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as error:  # noqa: BLE001 - every failure is reported with its module
        failures[name] = f"{type(error).__name__}: {error}"
print(json.dumps(failures))
"""


def _module_names() -> list[str]:
    return sorted(found.name for found in pkgutil.walk_packages(parley.__path__, "parley."))


def test_imports_each_module_imports_alone() -> None:
    names = _module_names()
    src = str(Path(parley.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH_ALONE, json.dumps(names)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=True,
    )
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {}


def test_imports_lists_the_subpackages_and_private_modules() -> None:
    names = _module_names()
    assert {"parley.mentions", "parley.events", "parley.resolve", "parley.knowledge._resolve_words"} <= set(names)
    assert any(name.rsplit(".", 1)[-1].startswith("_") for name in names)
