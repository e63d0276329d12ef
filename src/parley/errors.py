"""The exceptions parley raises.

Every exception carries a stable ``code`` (``E1xx`` reading, ``E2xx`` cleaning and
parsing, ``E3xx`` knowledge files, ``E4xx`` the store, ``E5xx`` evaluation,
``E6xx`` settings) so that users and scripts can match on it::

    ParleyError
    ├── InputError          an article or source that cannot be read (E1xx)
    ├── ModelError          the spaCy model is missing or unusable (E2xx)
    ├── KnowledgeError      a knowledge data file is malformed (E3xx)
    ├── StoreError          the event database is missing, corrupt or too new (E4xx)
    │   └── SchemaVersionError
    ├── EvaluationError     a gold file cannot be scored (E5xx)
    ├── SettingsError       an invalid option (E6xx)
    └── TrainingError       training data or a trained model that cannot be used (E7xx)
"""

from __future__ import annotations

__all__ = [
    "EvaluationError",
    "InputError",
    "KnowledgeError",
    "ModelError",
    "ParleyError",
    "SchemaVersionError",
    "SettingsError",
    "StoreError",
    "TrainingError",
]


class ParleyError(Exception):
    """Base class of every error parley raises on purpose."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        """``E102 notes.txt: not UTF-8 text``: the code, then the file (if any) and the reason.

        The command line prints it as ``parley: E102 notes.txt: not UTF-8 text``."""
        return f"{self.code} {super().__str__()}"


class InputError(ParleyError):
    """An input (file, record, line) that cannot be read as an article."""

    code = "E100"

    def __init__(
        self,
        message: str,
        *,
        source: str = "",
        line: int | None = None,
        code: str | None = None,
    ) -> None:
        self.source = source
        self.line = line
        self.reason = message
        where = source + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {message}" if where else message, code=code)


class ModelError(ParleyError):
    """The spaCy model cannot be loaded (E201-E203), or its pipeline released it (E204)."""

    code = "E200"


class KnowledgeError(ParleyError):
    """A knowledge data file (countries, triggers, gazetteer ...) is malformed, or a word list is asked for
    by a name its file lacks.

    Codes: E301 a bad row or an unknown set, E302 a bad header or pattern, E303 a bad date, E304 a bad
    number, E305 a file format newer than this parley reads, E306 a file or folder that cannot be read,
    E307 a role ``resolve_words.tsv`` or ``glue_words.tsv`` does not have (``parley.knowledge.resolve_words("...")``,
    ``parley.knowledge.glue_words("...")``).
    """

    code = "E300"


class StoreError(ParleyError):
    """The event database is missing, corrupt or cannot be written."""

    code = "E400"


class SchemaVersionError(StoreError):
    """The database was written by a newer parley schema than this one knows."""

    code = "E401"


class EvaluationError(ParleyError):
    """A gold directory or gold file that cannot be scored."""

    code = "E500"


class SettingsError(ParleyError):
    """An option value that makes no sense."""

    code = "E600"


class TrainingError(ParleyError):
    """Training data that breaks the corpus format, or a trained model that cannot be loaded."""

    code = "E700"
