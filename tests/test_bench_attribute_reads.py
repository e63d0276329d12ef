"""The attribute read counter: reads of ``<name>.<attribute>`` on the lines run, by the receiver's type."""

from __future__ import annotations

import sys
from pathlib import Path

from _bench_setup import load_bench


def test_bench_attribute_reads_counts_each_receiver_by_type(tmp_path: Path) -> None:
    reads = load_bench("attribute_reads")
    source = tmp_path / "probe.py"
    source.write_text(
        "class Node:\n    def __init__(self):\n        self.head = self\n\n"
        "def climb(node, steps):\n    for _ in range(steps):\n        node = node.head  # node.head in a comment\n"
        "    return node\n",
        encoding="utf-8",
    )
    namespace: dict[str, object] = {}
    exec(compile(source.read_text(encoding="utf-8"), str(source), "exec"), namespace)  # noqa: S102 (an invented probe)
    counter = reads.ReadCounter("head", root=str(tmp_path))
    sys.settrace(counter.call)
    try:
        namespace["climb"](namespace["Node"](), 3)  # type: ignore[operator]
    finally:
        sys.settrace(None)
    # the constructor's one read ("self.head = self") and three climbs; the comment is no read
    assert counter.kinds == {("probe.py", "Node"): 4}
