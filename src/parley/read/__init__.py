"""The read stage: every input an archive or a newsroom has, as a stream of Articles.

Sources are files (``.txt``, ``.html``/``.htm``, ``.jsonl``/``.json``,
``.warc``/``.warc.gz``, each optionally ``.gz``), directories (walked
recursively; a ``meta.jsonl`` inside gives its files' metadata), glob patterns
and ``-`` for standard input. A bad file, record or line becomes one
:class:`~parley.errors.InputError` in the :class:`ReadReport` and is skipped;
reading never stops for it. Articles stream: nothing holds the whole corpus.
"""

from ._html import read_html
from ._report import ReadReport
from ._sources import iter_articles

__all__ = ["ReadReport", "iter_articles", "read_html"]
