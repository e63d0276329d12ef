"""Real-looking articles for the benchmark, assembled from the training corpus's documents.

The generated corpus (``generate.py``) repeats parley's own sentence templates; these articles are
the project's hand-written training documents (wire copy, features, live blogs, scraped pages ...),
three documents to an article so that lengths are news-like (about 500-900 words), combined
differently after each round through the documents so that every article is new to the reader
(which skips repeated texts). Only throughput is measured on them.
"""

from __future__ import annotations

import json
from pathlib import Path


def _documents(batches: Path) -> list[tuple[str, str]]:
    docs: dict[str, list[tuple[int, str, str]]] = {}
    for path in sorted(batches.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                docs.setdefault(row["doc"], []).append((row["n"], row["text"], row["published"]))
    out = []
    for rows in docs.values():
        rows.sort()
        out.append(("\n\n".join(text for _, text, _ in rows), rows[0][2]))
    return out


def write_real_corpus(path: Path, count: int, batches: Path) -> int:
    """Write ``count`` articles as JSONL to ``path``; returns the count written."""
    docs = _documents(batches)
    if not docs:
        raise SystemExit(f"bench: no training documents in {batches}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        period = max(1, len(docs) // 3)  # articles before the first triple of documents comes back
        for i in range(count):
            # after each period the 2nd and 3rd documents shift, so that no article repeats another
            # (the reader skips repeated texts); the first period is the articles of earlier runs
            shift = i // period
            parts = [docs[(3 * i + k + k * shift) % len(docs)] for k in range(3)]
            text = "\n\n".join(p[0] for p in parts)
            out.write(json.dumps({"id": f"real-{i:05d}", "text": text, "published": parts[0][1]}) + "\n")
    return count
