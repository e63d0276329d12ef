"""The read stage: every input an archive or a newsroom has, as a stream of Articles.

Usage::

    from parley.read import ReadReport, iter_articles

    report = ReadReport()
    for article in iter_articles(["corpus/", "extra.jsonl", "-"], settings, report=report):
        ...
    print(report.summary())   # read 17, skipped 1 (duplicate: 1), failed 2 (empty: 1, not utf-8: 1)

Sources
    A file, a directory (walked recursively in sorted order, hidden files and
    folders left out), a glob pattern (``"news/**/*.html"``) or ``"-"`` for
    standard input (JSON Lines when every non-empty line is a ``{...}`` object,
    else one plain-text article; spooled to a temporary file, not memory).

Formats (any of them may end in ``.gz``)
    ``.txt``         the article text; id = the file stem.
    ``.html/.htm``   main text by trafilatura (precision first, no comments or
                     tables), title, and the date of the page's meta tags or
                     htmldate's original date (never today's date). The
                     Article keeps the text only (``html`` is None).
    ``.jsonl``       one article per line: ``text`` or ``html`` inline, or
                     ``path`` to a file relative to the JSONL file (and inside
                     its folder, unless ``Settings.allow_outside_paths``), plus
                     the metadata fields; streamed line by line.
    ``.json``        one object or a list of objects (when it fits in
                     ``max_bytes``), else read as JSON Lines.
    ``.warc``        every HTTP response with an HTML content type is an article
                     (URL from WARC-Target-URI, id = sha1 of the URL, date from
                     the page, else from WARC-Date); other responses are
                     skipped and counted.

Metadata
    ``--meta FILE`` or a ``meta.jsonl`` in a walked folder (or beside a file
    named directly) gives fields per file: ``id``, ``path`` (relative to the
    metadata file), ``published`` (YYYY-MM-DD), ``source``, ``source_country``,
    ``url``, ``language``, ``title``. Metadata beats what a page says; the
    metadata file itself is never read as an article. Ids default to the file
    stem, or a 16-hex sha1 prefix of the content for inline and stdin text.
    ``Article.origin`` says where an article came from: ``path``,
    ``path:line`` (JSONL) or ``path#record`` (WARC record, JSON list item).

Bad input
    Every bad file, record or line is one :class:`~parley.errors.InputError`
    in ``report.problems`` (with file and line, and a stable code), counted in
    ``report.failed`` by short reason, logged as a warning, and skipped; reading
    never raises and never stops: E101 missing path, E102 unknown extension,
    E103 unreadable, E104 larger than ``Settings.max_bytes`` (checked before
    reading; per line for JSONL, per record for WARC), E105 truncated gzip,
    E106 empty, E107 binary (NUL bytes), E108 not UTF-8, E110 unreadable
    metadata, E111 malformed JSON line, E112 JSON that is not an object,
    E113 a JSONL ``path`` that cannot be read, E114 a JSONL line without
    text/html/path, E116 damaged or truncated WARC (the records before the
    damage are read), E117 HTML with no article text, E121 a JSONL ``path``
    outside the JSONL file's folder, E122 an unreadable folder. A symbolic
    link loop or a broken link is E103; a PDF, Office, image or other binary
    file is E107 by name; JSON nested too deeply is E111.
    Warnings (the input is still read): E109 lines decoded as Windows-1252,
    E115 malformed ``published`` (read without a date), E119 a duplicate id
    (named, with where it was first used; the second article is skipped),
    E120 a metadata value the matching CLI option would refuse (e.g.
    ``source_country`` that is not an ISO alpha-3 code; read without it),
    E118 non-HTML WARC
    records skipped.

Encodings
    UTF-8 (BOM or not), UTF-16 with a BOM and Western UTF-16 without one are read. Otherwise each line that
    is not UTF-8 is decoded as Windows-1252 only when that is clearly right (its
    non-ASCII characters are letters or typographic punctuation, one or two at
    a time), so legacy Western files and mixed UTF-8/cp1252 files are read with
    a warning, and anything else (KOI8-R, Shift-JIS, random bytes) is refused.

Duplicates
    An article whose id or whitespace-normalised text was already yielded is
    skipped and counted in ``report.skipped["duplicate"]``.
"""

from ._html import read_html
from ._report import ReadReport
from ._sources import iter_articles

__all__ = ["ReadReport", "iter_articles", "read_html"]
