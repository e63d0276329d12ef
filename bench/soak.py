"""Soak: ingest N generated articles mixed with 1 % bad inputs, kill the ingest at random moments, resume.

    python bench/soak.py                           # 20,000 wire briefs (117-160 words) with 1 % bad inputs, 5 kills
    python bench/soak.py --articles 400 --max-wait 60 --skip-long   # a quick one

The corpus (bench/generate.py's articles, wire briefs of ``--min-words`` to ``--max-words`` words,
as .txt files, 500 to a folder, and one bad input per hundred articles from tools/bad_inputs.py's
kinds) goes to a temporary folder. ``parley ingest``
runs in its own process group; it is stopped ``--kills`` times at a random moment (kill -9 and
Ctrl-C in turn) and started again, then run to the end. Printed: articles in, stored, reported bad,
duplicates (articles or mentions stored twice: 0), lost (good articles not stored: 0), orphans
(workers alive 2 s after their parent was killed: 0), peak memory, and the CPU time per word of one
10 KB and one 1 MB article (bench/long_articles.py).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tools"))

from generate import generate  # noqa: E402
from run import _tree_rss_mb  # noqa: E402

#: Bad inputs, each one file giving exactly one reading error (E1xx), by name suffix.
BAD_KINDS = {
    "zero.txt": lambda rng: b"",
    "nul.txt": lambda rng: b"Talks\x00 in \x00Oslo.",
    "koi8.txt": lambda rng: "Переговоры в Москве завершились.".encode("koi8_r"),
    "pdf.txt": lambda rng: b"%PDF-1.5\n1 0 obj << >> endobj\n",
    "cut.txt.gz": lambda rng: gzip.compress(b"Talks in Oslo ended on Monday. " * 40)[:-12],
    "nested.json": lambda rng: b"[" * 50_000 + b"]" * 50_000,
    "notjson.json": lambda rng: b"{'single': quotes}",
    "random.txt": lambda rng: bytes(rng.randrange(256) for _ in range(1024)),
    "menu.html": lambda rng: b"<html><body><nav>Home | News</nav></body></html>",
    "garbage.warc": lambda rng: bytes(rng.randrange(256) for _ in range(512)),
}


def write_corpus(
    folder: Path, count: int, bad_rate: float, seed: int, words: tuple[int, int] = (80, 160)
) -> tuple[set[str], int]:
    """The good article ids and the number of bad files written."""
    rng = random.Random(seed)
    good: set[str] = set()
    bad = 0
    kinds = sorted(BAD_KINDS)
    every = max(1, round(1 / bad_rate)) if bad_rate > 0 else 0
    for n, row in enumerate(generate(count, seed=seed, min_words=words[0], max_words=words[1])):
        sub = folder / f"part{n // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
        good.add(row["id"])
        if every and n % every == every - 1:
            kind = kinds[bad % len(kinds)]
            (sub / f"bad{bad:05d}-{kind}").write_bytes(BAD_KINDS[kind](rng))
            bad += 1
    return good, bad


class Run:
    """One ``parley ingest`` process, its peak memory (with its workers) sampled every 0.2 s."""

    def __init__(self, corpus: Path, db: Path, workers: int) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        cmd = [sys.executable, "-c", "from parley.cli import main; main()", "ingest", str(corpus), "--db", str(db),
               "--workers", str(workers)]  # fmt: skip
        self.proc = subprocess.Popen(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True
        )
        self.peak = 0.0
        self.err = ""
        self.workers: set[int] = set()
        threading.Thread(target=self._sample, daemon=True).start()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        self.err = self.proc.stderr.read()

    def _sample(self) -> None:
        while self.proc.poll() is None:
            self.peak = max(self.peak, _tree_rss_mb(self.proc.pid))
            self.workers |= set(_children(self.proc.pid))
            time.sleep(0.2)

    def wait(self, timeout: float | None = None) -> int:
        code = self.proc.wait(timeout)
        self._reader.join(5)
        return code


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _store_figures(db: Path) -> dict[str, int]:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as conn:

        def one(sql: str) -> int:
            row = conn.execute(sql).fetchone()
            return int(row[0]) if row else 0

        return {
            "stored": one("SELECT count(*) FROM articles WHERE status <> 'failed'"),
            "failed": one("SELECT count(*) FROM articles WHERE status = 'failed'"),
            "article_duplicates": one("SELECT count(*) - count(DISTINCT id) FROM articles"),
            # a mention stored twice repeats its trigger word too; one event's two trigger words in
            # one sentence ("began a visit") are two mentions of the same span in any clean ingest
            "mention_duplicates": one(
                "SELECT count(*) FROM (SELECT article_id, char_start, char_end, event_id, event_text, count(*) AS n "
                "FROM mentions GROUP BY ALL HAVING n > 1)"
            ),
        }


def _ids(db: Path) -> set[str]:
    import duckdb

    with duckdb.connect(str(db), read_only=True) as conn:
        return {r[0] for r in conn.execute("SELECT id FROM articles WHERE status <> 'failed'").fetchall()}


def _per_word(sizes: list[int]) -> dict[int, float]:
    """CPU seconds per 1,000 words of one article of each size (bench/long_articles.py, a subprocess each)."""
    out = {}
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    for size in sizes:
        done = subprocess.run(
            [sys.executable, str(HERE / "long_articles.py"), "--_child", str(size)],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        # CPU seconds: on a machine shared with other jobs the wall time says more about them
        out[size] = figures["cpu_seconds"] / figures["words"] * 1000
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--bad-rate", type=float, default=0.01)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--min-wait", type=float, default=30.0, help="seconds before a kill, at least")
    parser.add_argument("--max-wait", type=float, default=400.0, help="seconds before a kill, at most")
    parser.add_argument("--min-words", type=int, default=80, help="generate.py min_words (80: ~117-160 words)")
    parser.add_argument("--max-words", type=int, default=160, help="bench/generate.py max_words (no article is longer)")
    parser.add_argument("--skip-long", action="store_true", help="no 10 KB / 1 MB article timing")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="parley-soak-") as tmp:
        corpus, db = Path(tmp) / "corpus", Path(tmp) / "soak.duckdb"
        good, bad = write_corpus(corpus, args.articles, args.bad_rate, args.seed, (args.min_words, args.max_words))
        print(f"corpus: {len(good)} articles, {bad} bad inputs in {corpus}", flush=True)
        peaks: list[float] = []
        peak, orphans, start = 0.0, 0, time.perf_counter()
        for k in range(args.kills):
            run = Run(corpus, db, args.workers)
            wait = rng.uniform(args.min_wait, args.max_wait)
            try:
                run.wait(timeout=wait)
                print(f"run {k + 1}: finished before its kill; peak {run.peak:.0f} MB", flush=True)
            except subprocess.TimeoutExpired:
                how = signal.SIGKILL if k % 2 == 0 else signal.SIGINT
                workers = set(run.workers) | set(_children(run.proc.pid))
                if how == signal.SIGKILL:
                    run.proc.kill()  # the parent only: its workers must end by themselves
                else:
                    os.killpg(run.proc.pid, signal.SIGINT)  # Ctrl-C in a terminal
                code = run.wait(timeout=60)
                time.sleep(2)
                left = [w for w in workers if _alive(w)]
                orphans += len(left)
                for pid in left:
                    os.kill(pid, signal.SIGKILL)
                last = run.err.strip().splitlines()[-1:] if run.err.strip() else []
                print(
                    f"run {k + 1}: {how.name} after {wait:.0f} s, exit {code}, {len(left)} orphans, "
                    f"peak {run.peak:.0f} MB; {last[0] if last and how == signal.SIGINT else ''}",
                    flush=True,
                )
            peak = max(peak, run.peak)
            peaks.append(run.peak)
        final = Run(corpus, db, args.workers)
        code = final.wait()
        peak = max(peak, final.peak)
        peaks.append(final.peak)
        elapsed = time.perf_counter() - start
        reported = sorted({line for line in final.err.splitlines() if re.match(r"parley: E1\d\d \S", line)})
        figures = _store_figures(db)
        lost = len(good - _ids(db))
        print(f"final run: exit {code}; {final.err.strip().splitlines()[-1]}")
        print()
        print(f"articles in       {len(good)} (+ {bad} bad inputs)")
        print(f"stored            {figures['stored']}")
        print(f"reported bad      {len(reported)} (of {bad})")
        print(f"duplicates        {figures['article_duplicates'] + figures['mention_duplicates']}")
        print(f"lost              {lost}")
        print(f"orphan workers    {orphans}")
        print(f"peak memory       {peak:.0f} MB (ingest and its workers; per run: "
              f"{', '.join(f'{p:.0f}' for p in peaks)} MB)")  # fmt: skip
        print(f"wall time         {elapsed:.0f} s with {args.kills} kills and restarts")
        if not args.skip_long:
            per_word = _per_word([10_000, 1_000_000])
            small, large = per_word[10_000], per_word[1_000_000]
            ratio = max(small, large) / min(small, large)
            print(f"CPU time per 1000 words: 10 KB article {small:.2f} s, 1 MB {large:.2f} s (ratio {ratio:.2f})")


if __name__ == "__main__":
    main()
