"""The knowledge layer: versioned, user-extendable data files and their loader.

Bundled files live in ``parley/data`` (``countries.tsv``, ``igos.tsv``,
``people.tsv``, ``sectors.tsv``, ``gazetteer.tsv``, ``places_extra.tsv``). Each is
a TSV with ``#`` comment lines, a first line ``# parley-data <name> v<N>`` (the format version, see ``_tsv``) and a
header row. Users add rows, or replace bundled ones, with files of the same name
in the folders of ``Settings.knowledge_dirs``::

    from parley.knowledge import load_knowledge

    kb = load_knowledge(settings.knowledge_dirs)
    kb.actor_lookup("Pyongyang")[0].code     # "PRK" (kind "capital", sector "GOV")
    kb.gazetteer.lookup("Moscow").geonameid  # 524901

Malformed files raise :class:`parley.errors.KnowledgeError` (codes E301-E306)
naming the file and line; asking a word table for a role it lacks raises E307.
"""

from . import _load as _loading
from ._glue_words import glue_words
from ._load import Knowledge, bundled_path, knowledge_files, load_knowledge
from ._model import NON_STATE_CODES, ActorEntry, DescriptionEntry, Gazetteer, GazetteerEntry, SectorEntry, fold
from ._resolve_words import is_seat_city
from ._resolve_words import words as resolve_words
from ._tsv import Row, check_first_line, check_version, parse_date, read_table, split_list

__all__ = [
    "NON_STATE_CODES",
    "ActorEntry",
    "DescriptionEntry",
    "Gazetteer",
    "GazetteerEntry",
    "Knowledge",
    "Row",
    "SectorEntry",
    "bundled_path",
    "check_first_line",
    "check_version",
    "fold",
    "forget_loaded_knowledge",
    "glue_words",
    "knowledge_files",
    "load_knowledge",
    "parse_date",
    "read_table",
    "is_seat_city",
    "resolve_words",
    "split_list",
]


def forget_loaded_knowledge() -> None:
    """Forget the knowledge that :func:`load_knowledge` keeps once per process: the next call loads it
    again. A pipeline that holds it keeps it; this only lets it go with the last holder."""
    _loading._load.cache_clear()
