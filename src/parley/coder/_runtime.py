"""The trained event coder at run time: which candidate tokens of a sentence name which acts."""

from __future__ import annotations

from collections.abc import Sequence
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import TrainingError
from ..events._prediction import Prediction
from ._corpus import MODALITIES
from ._features import Candidate
from ._model import LABELS, Classifier, CoderModel, Examples
from ._paired import PairedClassifiers
from ._roles import RoleLabeller, RoleModel
from ._train import make_space, threshold_bars, type_vetoes
from ._weak_rows import load_weak_rows
from ._wordvec import WordVectors

if TYPE_CHECKING:
    from ..events._lexicon import Lexicon

__all__ = ["LearnedCoder", "Prediction", "bundled_model_dir", "forget_loaded_coders", "load_coder"]


def bundled_model_dir() -> Path:
    return Path(str(resources.files("parley") / "data" / "coder"))


class LearnedCoder:
    """Scores every candidate token of a sentence with the type and modality classifiers."""

    def __init__(
        self,
        model: CoderModel,
        lexicon: Lexicon,
        wordvec: WordVectors | None,
        roles: RoleModel | None = None,
        weak_rows: Path | None = None,
    ) -> None:
        self.model = model
        self.lexicon = lexicon
        self.space = make_space(model.config, lexicon, wordvec)
        # both linear heads read the same indices: their weight rows gathered once for both
        types = model.types
        self.paired = (
            PairedClassifiers(types, model.modality)
            if isinstance(types, Classifier) and types.sparse.shape[0] == model.modality.sparse.shape[0]
            else None
        )
        # the labeller reads the token views the features read (the same document, built once)
        role_config = model.config.get("roles", {})
        actor_bar = role_config.get("actor_threshold")
        self.roles = (
            RoleLabeller(roles, self.space.views, None if actor_bar is None else float(actor_bar))
            if roles is not None
            else None
        )
        self.role_mode = str(role_config.get("mode", "fallback"))
        self.thresholds = threshold_bars(model.config["decide"])  # per label (NONE's unused)
        self.veto = float(model.config["decide"].get("veto", 1.01))
        self.vetoes = type_vetoes(model.config["decide"])
        self.weak_bar = float(model.config["decide"].get("weak_bar", 1.01))
        self.weak_rows = load_weak_rows(weak_rows) if self.weak_bar <= 1.0 else frozenset()
        self.overrule = float(model.config["decide"].get("overrule", 0.0))
        self.retype = float(model.config["decide"].get("retype", 1.01))

    def veto_bar(self, event_type: str, lemma: str = "") -> float:
        """The least probability of no event at which the model drops the rules' reading of a word
        as ``event_type`` (``[decide] veto_by_type``, else ``veto``; ``weak_bar`` if lower and the
        word's lemma read as that type is a weak row of ``data/coder/weak_rows.tsv``)."""
        bar = self.vetoes.get(event_type, self.veto)
        if (lemma, event_type) in self.weak_rows:
            return min(bar, self.weak_bar)
        return bar

    def scores(self, sent: Any) -> list[tuple[Any, Any, Any]]:
        """(token, type probabilities, modality probabilities) of every candidate of the sentence."""
        described, p_type, p_mod = self._probabilities(sent)
        return [(c.token, t, m) for c, t, m in zip(described, p_type, p_mod, strict=True)]

    def _probabilities(self, sent: Any) -> tuple[list[Candidate], np.ndarray, np.ndarray]:
        described = self.space.sentence_candidates(sent)
        if not described:
            return [], np.zeros((0, len(LABELS)), dtype=np.float32), np.zeros((0, len(MODALITIES)), dtype=np.float32)
        x = Examples.build([c.sparse for c in described], [c.dense for c in described], [0] * len(described))
        return (described, *self._type_and_modality(x))

    def _type_and_modality(
        self, x: Examples, groups: Sequence[tuple[int, int]] | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The type and the modality probabilities of ``x`` (``groups``: see ``Classifier.probabilities``),
        from the paired heads' one table when the model has them (the same bits)."""
        if self.paired is not None:
            return self.paired.probabilities(x, groups)
        return self.model.types.probabilities(x, groups), self.model.modality.probabilities(x, groups)

    def read(self, sent: Any) -> list[Prediction]:
        """Every candidate with the model's best event type, ``is_event`` where it clears the bar."""
        described, p_type, p_mod = self._probabilities(sent)
        if not described:
            return []
        return self._predictions(described, p_type, p_mod, [(0, len(described))], sent.doc, relevant=False)[0]

    def read_document(
        self, sdoc: Any, *, relevant: bool = False, sents: Sequence[Any] | None = None
    ) -> list[list[Prediction]]:
        """:meth:`read` of every sentence of ``sdoc`` (in ``sdoc.sents`` order), with the same
        probabilities, scored in one pass over the document's candidates. ``relevant``: only the
        candidates that can become events (the model reads an event there, or the rules' lexicon
        has a row whose condition holds); no other makes an event (see ``EventFinder``). ``sents``:
        ``sdoc.sents`` when the caller has listed them already."""
        # the candidates' token views: only the predictions kept below are given their spaCy tokens
        read = sdoc.sents if sents is None else sents
        sentences = [self.space.sentence_candidates(sent, spacy_tokens=False) for sent in read]
        described = list(chain.from_iterable(sentences))
        if not described:
            return [[] for _ in sentences]
        bounds, start = [], 0
        for cands in sentences:
            bounds.append((start, start + len(cands)))
            start += len(cands)
        x = Examples.build([c.sparse for c in described], [c.dense for c in described], [0] * len(described))
        # each sentence's rows still get their own dense product (``groups``): the model gives the
        # very probabilities it gave sentence by sentence
        p_type, p_mod = self._type_and_modality(x, bounds)
        return self._predictions(described, p_type, p_mod, bounds, sdoc, relevant=relevant)

    def _predictions(
        self,
        described: list[Candidate],
        p_type: np.ndarray,
        p_mod: np.ndarray,
        bounds: list[tuple[int, int]],
        sdoc: Any,
        *,
        relevant: bool,
    ) -> list[list[Prediction]]:
        """The predictions of the candidates, one list per (start, end) range of ``bounds``; each
        prediction's token is the spaCy token of ``sdoc`` (a candidate may hold its view)."""
        # all rows at once: the best type, its probability and the bar, per candidate
        best = (p_type[:, 1:].argmax(axis=1) + 1).tolist()
        p_best = p_type[np.arange(len(best)), best]
        events = ((p_best >= self.thresholds[best]) & (p_best >= p_type[:, 0])).tolist()
        probability, none_probability = p_best.tolist(), p_type[:, 0].tolist()
        modality = p_mod.argmax(axis=1).tolist()
        return [
            [
                Prediction(
                    token=sdoc[described[k].token.i],
                    type=LABELS[best[k]],
                    modality=MODALITIES[modality[k]],
                    probability=probability[k],
                    none_probability=none_probability[k],
                    is_event=events[k],
                    rules=described[k].rules,
                )
                for k in range(lo, hi)
                if not relevant or events[k] or _rules_trigger(described[k])
            ]
            for lo, hi in bounds
        ]

    def predict(self, sent: Any) -> list[Prediction]:
        """The candidates the model reads as event mentions."""
        return [p for p in self.read(sent) if p.is_event]


def _rules_trigger(cand: Candidate) -> bool:
    """Whether the rules may read an event at the candidate (a lexicon row whose condition holds;
    unknown when their verdict was not computed)."""
    return cand.rules is None or cand.rules.trigger is not None


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


def forget_loaded_coders() -> None:
    """Forget the coders that :func:`load_coder` keeps once per process (the next call loads again)."""
    _LOADED.clear()


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
    weak = folder / "weak_rows.tsv"  # a model folder may carry its own weak rows, else the bundled ones
    return LearnedCoder(model, lexicon, wordvec, RoleModel.load(folder), weak if weak.is_file() else None)
