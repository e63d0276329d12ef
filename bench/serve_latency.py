"""Latency of the workbench on a big generated store.

Builds a store of generated events (default 120,000; generated in SQL, no parsing), starts
``parley serve`` on a loopback port and measures, for 1 and 20 concurrent clients, the p50 and
p95 latency of: a page of the event list (50 events, with the total), a dyad timeline by month
and an actor profile; then the page's first load in headless Chromium (when Playwright and a
Chromium are installed). Bounded loops: each client sends a fixed number of requests.

    .venv/bin/python bench/serve_latency.py                    # 120,000 events
    .venv/bin/python bench/serve_latency.py --events 20000 --requests 20

Results: printed, and bench/out/serve_latency.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from parley.store import Store  # noqa: E402

COUNTRIES = (
    "USA RUS CHN UKR DEU FRA GBR IRN ISR TUR IND PAK JPN KOR PRK SAU EGY SDN ETH KEN NGA ZAF BRA ARG MEX CAN AUS "  # noqa: ISC003
    + "VNM PHL IDN SYR IRQ AFG POL ITA ESP NLD BEL SWE NOR FIN"
).split()
PLACES = [
    ("Washington", "USA", 38.9, -77.04), ("Moscow", "RUS", 55.75, 37.62), ("Beijing", "CHN", 39.9, 116.4),
    ("Kyiv", "UKR", 50.45, 30.52), ("Berlin", "DEU", 52.52, 13.4), ("Paris", "FRA", 48.86, 2.35),
    ("Tehran", "IRN", 35.7, 51.42), ("Ankara", "TUR", 39.93, 32.86), ("New Delhi", "IND", 28.61, 77.21),
    ("Cairo", "EGY", 30.04, 31.24), ("Nairobi", "KEN", -1.29, 36.82), ("Brasilia", "BRA", -15.79, -47.88),
    ("Geneva", "CHE", 46.2, 6.14), ("Hanoi", "VNM", 21.03, 105.85), ("Canberra", "AUS", -35.28, 149.13),
]  # fmt: skip


def build_store(path: Path, n_events: int, seed: int = 7) -> None:
    """A parley store of ``n_events`` generated events (5 per article), written with SQL."""
    path.unlink(missing_ok=True)
    Store.open(path, write=True).close()  # the schema
    types = [
        line.split("\t")[:3]
        for line in (ROOT / "src/parley/data/plover.tsv").read_text().splitlines()
        if line and not line.startswith(("#", "type\t"))
    ]
    conn = duckdb.connect(str(path))
    conn.execute(f"SELECT setseed({seed / 100})")
    rows = ",".join(f"({i}, '{t}', {int(q)}, {float(s)})" for i, (t, q, s) in enumerate(types))
    conn.execute(f"CREATE TEMP TABLE t AS SELECT * FROM (VALUES {rows}) v(i, type, quad, score)")
    conn.execute("CREATE TEMP TABLE c AS SELECT * FROM (VALUES " + ",".join(
        f"({i}, '{c}')" for i, c in enumerate(COUNTRIES)) + ") v(i, code)")  # fmt: skip
    rows = ",".join(f"({i}, '{n}', '{c}', {la}, {lo})" for i, (n, c, la, lo) in enumerate(PLACES))
    conn.execute(f"CREATE TEMP TABLE p AS SELECT * FROM (VALUES {rows}) v(i, name, country, lat, lon)")
    n_types, n_codes, n_places = len(types), len(COUNTRIES), len(PLACES)
    # skewed actor choice: a few busy dyads, a long tail
    conn.execute(f"""
        CREATE TEMP TABLE g AS
        SELECT range AS n,
               CAST(floor(pow(random(), 2.2) * {n_codes}) AS INTEGER) AS a,
               CAST(floor(pow(random(), 1.6) * {n_codes}) AS INTEGER) AS b,
               CAST(floor(random() * {n_types}) AS INTEGER) AS t,
               CAST(floor(random() * {n_places}) AS INTEGER) AS p,
               DATE '2015-01-01' + CAST(floor(random() * 3650) AS INTEGER) AS d,
               random() < 0.3 AS together
        FROM range({n_events})
    """)
    conn.execute("UPDATE g SET b = (a + 1 + b) % " + str(n_codes) + " WHERE a = b")
    conn.execute("""
        INSERT INTO articles
        SELECT 'gen-' || (n // 5), 'Generated Wire', 'USA', 'https://example.org/' || (n // 5), min(d),
               'Generated article ' || (n // 5), string_agg('Sentence ' || n || ' of a generated story.', ' '),
               md5(CAST(n // 5 AS VARCHAR)), 'ok', [], count(*), now()
        FROM g GROUP BY n // 5
    """)
    conn.execute("""
        INSERT INTO events
        SELECT 'gen-' || (g.n // 5) || ':e' || (g.n % 5 + 1), t.type, NULL, [], g.d, g.d, 'day', 'explicit',
               p.name, p.name, p.country, p.lat, p.lon, NULL, 'PPLC', t.quad, t.score, NULL, 'asserted', 0.9,
               least(ca.code, cb.code) || '|' || greatest(ca.code, cb.code), 1, 1, 1, 'gen-' || (g.n // 5),
               'Sentence ' || g.n || ' of a generated story.', 'Sentence', 1, 0, 10, g.d, g.d, 'bench'
        FROM g JOIN t ON t.i = g.t JOIN p ON p.i = g.p JOIN c ca ON ca.i = g.a JOIN c cb ON cb.i = g.b
    """)
    conn.execute("""
        INSERT INTO event_actors
        SELECT 'gen-' || (g.n // 5) || ':e' || (g.n % 5 + 1), 'actor', 0, ca.code, NULL, ca.code, NULL
        FROM g JOIN c ca ON ca.i = g.a
        UNION ALL
        SELECT 'gen-' || (g.n // 5) || ':e' || (g.n % 5 + 1), CASE WHEN g.together THEN 'actor' ELSE 'recipient' END,
               CASE WHEN g.together THEN 1 ELSE 0 END, cb.code, NULL, cb.code, NULL
        FROM g JOIN c cb ON cb.i = g.b
    """)
    conn.execute("""
        INSERT INTO mentions
        SELECT 'gen-' || (n // 5) || ':e' || (n % 5 + 1), 'gen-' || (n // 5), 1, 0, 10, 'Sentence',
               'Sentence ' || n || ' of a generated story.', 'Generated Wire'
        FROM g
    """)
    conn.execute("CHECKPOINT")
    conn.close()


def _get(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{url}: HTTP {response.status}")
    return time.perf_counter() - start


def measure(base: str, path: str, clients: int, requests: int) -> dict[str, Any]:
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def client() -> None:
        for _ in range(requests):
            try:
                elapsed = _get(base + path)
            except Exception as exc:  # noqa: BLE001 - counted and reported
                with lock:
                    errors.append(str(exc))
                continue
            with lock:
                times.append(elapsed)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    times.sort()
    p95 = times[max(0, int(round(0.95 * len(times))) - 1)] if times else float("nan")
    return {
        "path": path,
        "clients": clients,
        "requests": len(times),
        "errors": len(errors),
        "p50_ms": round(statistics.median(times) * 1000, 1) if times else None,
        "p95_ms": round(p95 * 1000, 1),
        "throughput_rps": round(len(times) / wall, 1),
    }


def first_load(base: str) -> float | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    chromium = os.environ.get("PARLEY_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        return None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            start = time.perf_counter()
            page.goto(base + "/#dyad=RUS,USA")
            page.wait_for_selector("#timeline .bar")
            page.wait_for_selector("#events li button")
            page.wait_for_selector("#map circle")
            return time.perf_counter() - start
        finally:
            browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=120_000)
    parser.add_argument("--requests", type=int, default=40, help="requests per client and endpoint")
    parser.add_argument("--db", type=Path, help="keep the generated store here (default: a temporary folder)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="parley-bench-"))
    db = args.db or work / "bench.duckdb"
    start = time.perf_counter()
    build_store(db, args.events)
    print(f"store: {args.events:,} events in {time.perf_counter() - start:.1f} s ({db})")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    parley = [sys.executable, "-c", "from parley.cli import main; main()"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    server = subprocess.Popen(
        [*parley, "serve", "--db", str(db), "--port", str(port), "--rate", "0"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(base + "/api/health")
                break
            except OSError as exc:
                if time.monotonic() > deadline or server.poll() is not None:
                    problem = server.stderr.read().decode() if server.stderr else ""
                    raise SystemExit(f"the server did not start: {problem}") from exc
                time.sleep(0.2)
        paths = {
            "event list (page of 50 + total)": "/api/events?limit=50&total=true",
            "event list, dyad filter": "/api/events?dyad=RUS,USA&limit=50&total=true",
            "dyad timeline (month)": "/api/timeline?a=RUS&b=USA&by=month",
            "actor profile": "/api/actors/RUS",
        }
        for path in paths.values():  # warm up
            _get(base + path)
        results = []
        print(f"{'endpoint':34} {'clients':>7} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7} {'errors':>6}")
        for name, path in paths.items():
            for clients in (1, 20):
                r = measure(base, path, clients, args.requests)
                r["name"] = name
                results.append(r)
                print(
                    f"{name:34} {clients:>7} {r['p50_ms']:>8} {r['p95_ms']:>8} "
                    f"{r['throughput_rps']:>7} {r['errors']:>6}"
                )
        load = first_load(base)
        print(f"page first load (timeline, list and map drawn): {f'{load:.2f} s' if load else 'skipped (no Chromium)'}")
        out = ROOT / "bench" / "out"
        out.mkdir(parents=True, exist_ok=True)
        (out / "serve_latency.json").write_text(
            json.dumps({"events": args.events, "results": results, "first_load_s": load}, indent=2) + "\n"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
        if args.db is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
