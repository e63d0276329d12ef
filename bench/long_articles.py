"""Time and memory of one long article: 10 KB, 100 KB, 1 MB, 10 MB (nothing stops, time grows linearly).

    python bench/long_articles.py                       # 10 KB, 100 KB, 1 MB, 10 MB (the last takes minutes)
    python bench/long_articles.py --sizes 10000 100000  # quicker
    python bench/long_articles.py --one-line            # the same texts with no line break at all

Each article is made of bench/generate.py's articles, one after the other (blank lines between
them, unless ``--one-line``), cut at the size. Each size runs in its own subprocess: the model
loads first (not timed), then the whole pipeline (clean, parse in pieces, mentions, events,
resolve) runs on the one article. Printed per size: seconds, seconds per MB (flat = linear time),
CPU seconds and CPU seconds per 1,000 words (the same on a machine shared with other jobs),
events found, the process's peak RSS and its growth over the RSS after the model loaded.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)


def _text(size: int, one_line: bool) -> str:
    sys.path.insert(0, str(HERE))
    from generate import generate

    parts: list[str] = []
    total = 0
    for row in generate(size // 2000 + 10, seed=11):
        text = " ".join(row["text"].split()) if one_line else row["text"]
        parts.append(text)
        total += len(text) + 2
        if total > size:
            break
    return (" " if one_line else "\n\n").join(parts)[:size]


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * resource.getpagesize() / 2**20


def child(size: int, one_line: bool) -> dict[str, float | int]:
    from parley import Pipeline, Settings
    from parley.document import Article

    text = _text(size, one_line)
    pipeline = Pipeline(Settings())
    next(pipeline.process([Article(id="warm", text="Japan pledged aid to Sudan on Friday.")]))
    before = _rss_mb()
    start, cpu = time.perf_counter(), time.process_time()
    doc = next(pipeline.process([Article(id="long", text=text)]))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    failed = [w for w in doc.warnings if "failed" in w]
    return {
        "chars": len(text),
        "seconds": seconds,
        "cpu_seconds": cpu,
        "words": len(text.split()),
        "events": len(doc.events),
        "rss_after_load_mb": before,
        "peak_mb": peak,
        "failed": len(failed),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--one-line", action="store_true")
    parser.add_argument("--_child", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._child:
        print(json.dumps(child(args._child, args.one_line)))
        return
    print(
        f"{'size':>10} {'chars':>10} {'seconds':>9} {'s/MB':>7} {'cpu s':>8} {'cpu s/1k words':>14} "
        f"{'events':>7} {'peak MB':>8} {'growth MB':>9}"
    )
    for size in args.sizes:
        cmd = [sys.executable, __file__, "--_child", str(size)] + (["--one-line"] if args.one_line else [])
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"{size:>10} failed: {out.stderr.strip().splitlines()[-1:]}")
            continue
        r = json.loads(out.stdout.strip().splitlines()[-1])
        per_mb = r["seconds"] / (r["chars"] / 1e6)
        growth = r["peak_mb"] - r["rss_after_load_mb"]
        flag = " (parse failed)" if r["failed"] else ""
        per_kword = r["cpu_seconds"] / r["words"] * 1000
        print(
            f"{size:>10} {r['chars']:>10} {r['seconds']:>9.1f} {per_mb:>7.1f} {r['cpu_seconds']:>8.1f} "
            f"{per_kword:>14.3f} {r['events']:>7} {r['peak_mb']:>8.0f} {growth:>9.0f}{flag}",
            flush=True,
        )


if __name__ == "__main__":
    main()
