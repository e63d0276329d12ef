"""The trained event coder at run time: which candidate tokens of a sentence name which acts."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import TrainingError
from ._corpus import MODALITIES
from ._features import Candidate, RuleVerdict
from ._model import LABELS, CoderModel, Examples
from ._roles import RoleLabeller, RoleModel
from ._train import make_space
from ._wordvec import WordVectors

if TYPE_CHECKING:
    from ..events import Lexicon

__all__ = ["LearnedCoder", "Prediction", "bundled_model_dir", "load_coder"]


@dataclass(frozen=True)
class Prediction:
    """One candidate token the model reads as an event mention."""

    token: Any
    type: str
    modality: str
    probability: float
    none_probability: float
    is_event: bool = True
    rules: RuleVerdict | None = None  # the rules' verdict on the token, computed for the features


def bundled_model_dir() -> Path:
    return Path(str(resources.files("parley") / "data" / "coder"))


class LearnedCoder:
    """Scores every candidate token of a sentence with the type and modality classifiers."""

    def __init__(
        self, model: CoderModel, lexicon: Lexicon, wordvec: WordVectors | None, roles: RoleModel | None = None
    ) -> None:
        self.model = model
        self.roles = RoleLabeller(roles) if roles is not None else None
        self.role_mode = str(model.config.get("roles", {}).get("mode", "fallback"))
        self.lexicon = lexicon
        self.space = make_space(model.config, lexicon, wordvec)
        self.threshold = float(model.config["decide"]["threshold"])
        self.veto = float(model.config["decide"].get("veto", 1.01))
        self.overrule = float(model.config["decide"].get("overrule", 0.0))

    def scores(self, sent: Any) -> list[tuple[Any, Any, Any]]:
        """(token, type probabilities, modality probabilities) of every candidate of the sentence."""
        return [(c.token, p_type, p_mod) for c, p_type, p_mod in self._scored(sent)]

    def _scored(self, sent: Any) -> list[tuple[Candidate, Any, Any]]:
        described = self.space.sentence_candidates(sent)
        if not described:
            return []
        x = Examples.build([c.sparse for c in described], [c.dense for c in described], [0] * len(described))
        p_type = self.model.types.probabilities(x)
        p_mod = self.model.modality.probabilities(x)
        return list(zip(described, p_type, p_mod, strict=True))

    def read(self, sent: Any) -> list[Prediction]:
        """Every candidate with the model's best event type, ``is_event`` where it clears the bar."""
        out = []
        for cand, p_type, p_mod in self._scored(sent):
            best = int(p_type[1:].argmax()) + 1
            out.append(
                Prediction(
                    token=cand.token,
                    type=LABELS[best],
                    modality=MODALITIES[int(p_mod.argmax())],
                    probability=float(p_type[best]),
                    none_probability=float(p_type[0]),
                    is_event=bool(p_type[best] >= self.threshold and p_type[best] >= p_type[0]),
                    rules=cand.rules,
                )
            )
        return out

    def predict(self, sent: Any) -> list[Prediction]:
        """The candidates the model reads as event mentions."""
        return [p for p in self.read(sent) if p.is_event]


_LOADED: dict[tuple[str, int], LearnedCoder] = {}


def load_coder(model_dir: Path | None, lexicon: Lexicon) -> LearnedCoder:
    """The coder saved in ``model_dir`` (the bundled one by default), loaded once per process
    and lexicon (a Ray worker or a pool process loads it once, with its pipeline)."""
    folder = model_dir or bundled_model_dir()
    key = (str(folder.resolve()), id(lexicon))
    if key not in _LOADED:
        if len(_LOADED) > 4:
            _LOADED.clear()
        _LOADED[key] = _load(folder, lexicon)
    return _LOADED[key]


def _load(folder: Path, lexicon: Lexicon) -> LearnedCoder:
    model = CoderModel.load(folder)
    wordvec = None
    if "wordvec" in str(model.config["features"]["source"]):
        path = folder / "wordvec.npz"
        if not path.is_file():
            path = bundled_model_dir() / "wordvec.npz"
        if not path.is_file():
            raise TrainingError(f"{folder}: the model needs wordvec.npz beside it", code="E723")
        wordvec = WordVectors.load(path)
    return LearnedCoder(model, lexicon, wordvec, RoleModel.load(folder))
