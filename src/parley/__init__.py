"""parley: news about international relations in, PLOVER event data out.

Typical use::

    from parley import Article, Pipeline, Settings

    pipeline = Pipeline(Settings())
    for doc in pipeline.process([Article(id="a1", text="...")]):
        for event in doc.events:
            print(event.to_plover())
"""

from ._version import __version__
from .document import ActorMention, Article, Dateline, Document, Entity, Event, Mention, Place
from .errors import (
    EvaluationError,
    InputError,
    KnowledgeError,
    ModelError,
    ParleyError,
    SchemaVersionError,
    SettingsError,
    StoreError,
)
from .settings import Settings

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline, extract_events


def __getattr__(name: str) -> object:
    # The pipeline pulls in spaCy: import it only when asked for.
    if name in {"Pipeline", "extract_events"}:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'parley' has no attribute {name!r}")


__all__ = [
    "ActorMention",
    "Article",
    "Dateline",
    "Document",
    "Entity",
    "EvaluationError",
    "Event",
    "InputError",
    "KnowledgeError",
    "Mention",
    "ModelError",
    "ParleyError",
    "Pipeline",
    "Place",
    "SchemaVersionError",
    "Settings",
    "SettingsError",
    "StoreError",
    "__version__",
    "extract_events",
]
