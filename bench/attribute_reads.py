"""How often the extract's own code reads one attribute (``.head`` by default), by module and line, and of what.

    python bench/attribute_reads.py                      # .head reads of the learned extract, 100 articles
    python bench/attribute_reads.py --attribute children --coder rules

spaCy builds a new ``Token`` at each read of ``.head`` (and each child of ``.children``) of a spaCy
token, while a :class:`~parley.coder._view.TokenView` holds them as plain values; a profiler sees
neither read. This traces the lines of ``src/parley`` that name the attribute during one extract of
``extract_check.py``'s parsed real-looking articles and counts, per article, each ``<name>.<attribute>``
on a line run, by the type of the local ``<name>`` (``?`` when it is no plain local, such as
``self.x.head``). The counts are upper bounds: a read behind a condition that stopped short is
counted all the same. Tracing slows the extract some tenfold; only the counts mean anything.
"""

from __future__ import annotations

import argparse
import linecache
import re
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = str((HERE.parent / "src" / "parley").resolve())


class ReadCounter:
    """A line tracer counting ``<name>.<attribute>`` on the lines run in the package's files."""

    def __init__(self, attribute: str, root: str = SOURCE) -> None:
        self.pattern = re.compile(rf"([A-Za-z_][A-Za-z_0-9]*)\.{re.escape(attribute)}\b")
        self.root = root
        self.by_file: dict[str, dict[int, list[str]]] = {}
        self.lines: Counter[tuple[str, int]] = Counter()
        self.kinds: Counter[tuple[str, str]] = Counter()

    def names_on(self, filename: str) -> dict[int, list[str]]:
        """The receivers named before the attribute on each line of the file (code before any "#")."""
        found = self.by_file.get(filename)
        if found is None:
            found = {}
            if filename.startswith(self.root):
                for number, line in enumerate(Path(filename).read_text(encoding="utf-8").splitlines(), 1):
                    names = self.pattern.findall(line.split("#")[0])
                    if names:
                        found[number] = names
            self.by_file[filename] = found
        return found

    def call(self, frame: FrameType, event: str, arg: Any) -> Any:
        """The global tracer: trace the lines of a file that names the attribute, no other."""
        return self.line if self.names_on(frame.f_code.co_filename) else None

    def line(self, frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            names = self.by_file[frame.f_code.co_filename].get(frame.f_lineno)
            if names:
                local = frame.f_locals
                module = frame.f_code.co_filename.removeprefix(self.root + "/")
                for name in names:
                    self.lines[(frame.f_code.co_filename, frame.f_lineno)] += 1
                    self.kinds[(module, type(local[name]).__name__ if name in local else "?")] += 1
        return self.line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--attribute", default="head")
    parser.add_argument("--coder", default="learned")
    parser.add_argument("--real", type=int, default=100, help="parsed real-looking articles (default 100)")
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()

    sys.path.insert(0, str(HERE))
    import extract_check

    pipeline, docs, sdocs = extract_check.prepared(args.real, args.coder)
    counter = ReadCounter(args.attribute)
    sys.settrace(counter.call)
    try:
        extract_check._extract(pipeline, docs, sdocs)
    finally:
        sys.settrace(None)
    n = args.real
    by_kind: Counter[str] = Counter()
    for (_, kind), count in counter.kinds.items():
        by_kind[kind] += count
    print(
        f".{args.attribute} reads an article (upper bounds), by receiver:",
        {k: round(v / n) for k, v in by_kind.items()},
    )
    for (module, kind), count in counter.kinds.most_common(args.top):
        print(f"{count / n:8.1f}  {kind:10} {module}")
    print("--- lines")
    for (filename, number), count in counter.lines.most_common(args.top):
        text = linecache.getline(filename, number).strip()[:100]
        print(f"{count / n:8.1f}  {filename.removeprefix(SOURCE + '/')}:{number}: {text}")


if __name__ == "__main__":
    main()
