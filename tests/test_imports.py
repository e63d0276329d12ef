"""Every parley module imports on its own: no import cycle hides behind the order the pipeline happens to use."""

from __future__ import annotations

import ast
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


def _imported_modules(path: Path, package: str) -> set[str]:
    """The absolute names of the parley modules that the file imports (at any depth of its code)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            out.add(".".join([*base, *([node.module] if node.module else [])]))
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def test_imports_events_stage_and_views_do_not_import_upwards() -> None:
    # the coder builds on the events stage (and the workbench on its views): never the reverse,
    # not even for a type (the types they share live in the lower module)
    root = Path(parley.__file__).resolve().parent
    for path in sorted((root / "events").glob("*.py")):
        assert not any(m.startswith("parley.coder") for m in _imported_modules(path, "parley.events")), path
    assert "parley.serve._workbench" not in _imported_modules(root / "serve" / "_views.py", "parley.serve")
