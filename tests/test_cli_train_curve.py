"""parley.cli._train.curve_command: each share's model is trained in a throwaway folder (never the
shipped one) and each share's figures are printed as soon as they are known."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

import parley.evaluate
from parley.cli import _train
from parley.coder import bundled_model_dir


def test_cli_train_curve_trains_outside_the_shipped_folder_and_prints_each_share(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    parsed = SimpleNamespace(sentences=[SimpleNamespace(doc=f"d{i // 2}") for i in range(8)])
    monkeypatch.setattr(_train, "_prepare", lambda *_a: ({}, parsed, None, None, None))
    folders: list[Path] = []

    def fake_train(_parsed: Any, _space: Any, _config: Any, rows: list[int], folder: Path, *_a: Any) -> None:
        folders.append(folder)

    def fake_evaluate(gold: Path, settings: Any) -> Any:
        assert settings.coder_model == folders[-1]
        overall = SimpleNamespace(f1=0.5 if gold.parent.name == "alpha" else 0.25, type_recall=0.75)
        return SimpleNamespace(overall=overall, breakdown=SimpleNamespace(overall=overall))

    monkeypatch.setattr(_train, "_train_and_save", fake_train)
    monkeypatch.setattr(parley.evaluate, "evaluate", fake_evaluate)
    _train.curve_command([Path("sets/alpha/gold"), Path("sets/beta/gold")], Path("unused.toml"), "0.5,1.0")
    out = capsys.readouterr().out
    assert len(folders) == 2
    assert all(folder.resolve() != bundled_model_dir().resolve() for folder in folders)
    assert all(not folder.exists() for folder in folders)  # the throwaway folders are gone afterwards
    assert "50%: 4 sentences; alpha 0.500 / 0.750; beta 0.250 / 0.750" in out
    assert "100%: 8 sentences; alpha 0.500 / 0.750; beta 0.250 / 0.750" in out
