"""Latency of the workbench on a big generated store.

Builds a store of generated events (default 120,000; generated in SQL, no parsing), starts
``parley serve`` on a loopback port, loads the page in headless Chromium twice (when Playwright
and a Chromium are installed: once with nothing computed yet, once more with the server's answers
kept), then measures the p50 and p95 latency of four endpoints: a page of the event list (50
events with the total, other types, years and sort orders), the event list of a dyad (other
dyads, quad classes, orders), a dyad timeline (other dyads and periods) and an actor profile
(other actors, periods and partner counts). Every request is distinct: a "cold" run sends
requests never sent before (nothing cached), 1 client then 20 concurrent clients with other
requests; a "warm" run sends requests already answered. Bounded: a fixed number of requests.

    .venv/bin/python bench/serve_latency.py --db /tmp/bench.duckdb              # 120,000 events
    .venv/bin/python bench/serve_latency.py --db /tmp/bench.duckdb --reuse      # the same store again

Results: printed, and bench/out/serve_latency.json.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import random
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
        SELECT 'gen-' || (g.n // 5) || ':e' || (g.n % 5 + 1), 'actor', 0, ca.code, NULL, ca.code, NULL, NULL
        FROM g JOIN c ca ON ca.i = g.a
        UNION ALL
        SELECT 'gen-' || (g.n // 5) || ':e' || (g.n % 5 + 1), CASE WHEN g.together THEN 'actor' ELSE 'recipient' END,
               CASE WHEN g.together THEN 1 ELSE 0 END, cb.code, NULL, cb.code, NULL, NULL
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


def request_pools(ahead: set[str], seed: int = 11) -> dict[str, list[str]]:
    """Distinct requests per endpoint, as analysts would send them: other filters, dyads, actors,
    periods and sort orders (shuffled; each is sent once in a cold run). None of them is one the
    server computes ahead (``ahead``: those, as the page sends them)."""
    rng = random.Random(seed)
    types = [
        line.split("\t")[0]
        for line in (ROOT / "src/parley/data/plover.tsv").read_text().splitlines()
        if line and not line.startswith(("#", "type\t"))
    ]
    years = [(f"{y}-01-01", f"{y}-12-31") for y in range(2015, 2025)]
    sorts = ["date", "-date", "score", "-score", "-mentions"]
    busy = COUNTRIES[:12]  # the generator's skew: the first codes are the busiest actors
    dyads = [(a, b) for i, a in enumerate(COUNTRIES) for b in COUNTRIES[i + 1 :]]
    events = [
        f"/api/events?limit=50&total=true&sort={sort}"
        + (f"&type={t}" if t else "")
        + (f"&since={y[0]}&until={y[1]}" if y else "")
        for sort in sorts
        for t in [None, *types]
        for y in [None, *years]
    ]
    dyad_events = [
        f"/api/events?dyad={a},{b}&limit=50&total=true&sort={sort}" + (f"&quad={q}" if q else "")
        for a, b in dyads
        if a in busy or b in busy
        for sort in ("date", "-date")
        for q in (None, 1, 4)
    ]
    timelines = [f"/api/timeline?a={a}&b={b}&by={by}" for a, b in dyads for by in ("month", "week", "year")]
    actors = [
        f"/api/actors/{c}?top={top}" + (f"&by={by}" if by else "")
        for c in COUNTRIES
        for by in (None, "month", "year")
        for top in (10, 15, 20, 25, 30)
    ]
    pools = {
        "event list (page of 50 + total)": events,
        "event list, dyad filter": dyad_events,
        "dyad timeline": timelines,
        "actor profile": actors,
    }
    for name, pool in pools.items():
        pools[name] = [url for url in pool if url not in ahead]
        rng.shuffle(pools[name])
    return pools


def measure(host: str, port: int, urls: list[str], clients: int) -> dict[str, Any]:
    """Send ``urls`` (each once) from ``clients`` threads, each with its own keep-alive connection."""
    times: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    todo = iter(urls)

    def client() -> None:
        conn = http.client.HTTPConnection(host, port, timeout=60)
        while True:
            with lock:
                url = next(todo, None)
            if url is None:
                break
            start = time.perf_counter()
            try:
                conn.request("GET", url)
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=60)
                ok, response = False, None
                with lock:
                    errors.append(str(exc))
            elapsed = time.perf_counter() - start
            with lock:
                if ok:
                    times.append(elapsed)
                elif response is not None:
                    errors.append(f"{url}: HTTP {response.status}")
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    times.sort()
    p95 = times[max(0, math.ceil(0.95 * len(times)) - 1)] if times else float("nan")
    return {
        "clients": clients,
        "requests": len(times),
        "errors": len(errors),
        "p50_ms": round(statistics.median(times) * 1000, 1) if times else None,
        "p95_ms": round(p95 * 1000, 1),
        "throughput_rps": round(len(times) / wall, 1),
    }


_DRAWN = """
window.__drawn = {};
new MutationObserver(() => {
  const wanted = [["events", "#events li button"], ["map", "#map circle"], ["timeline", "#timeline .bar"]];
  for (const [name, selector] of wanted)
    if (!window.__drawn[name] && document.querySelector(selector)) window.__drawn[name] = performance.now();
}).observe(document, {subtree: true, childList: true});
"""


def first_load(base: str, fragment: str = "") -> tuple[float, float, float] | None:
    """Seconds from navigation until the event list and the map are drawn, and the timeline with a
    dyad in ``fragment`` (an empty browser cache): as the harness sees it (Playwright's round trips
    included), in the page (its own clock from the start of the navigation until the last of
    them was drawn), and from ``page.goto`` until the page drew the last of them (the page's clock
    put on the harness's: the browser's start of the navigation included, Playwright's checks
    after the drawing not; the first of them compiles Playwright's selector engine in the page)."""
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
            page.add_init_script(_DRAWN)
            start, started = time.perf_counter(), time.time()
            page.goto(base + "/" + fragment)
            if "dyad=" in fragment:
                page.wait_for_selector("#timeline .bar")
            else:
                page.wait_for_selector("#top-dyads button")
            page.wait_for_selector("#events li button")
            page.wait_for_selector("#map circle")
            wall = time.perf_counter() - start
            drawn = page.evaluate("window.__drawn")
            origin = page.evaluate("performance.timeOrigin") / 1000  # the navigation's start, epoch seconds
            last = max(drawn.values()) / 1000
            return wall, last, origin + last - started
        finally:
            browser.close()


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) the process has used so far (0 where /proc is not there)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _rss_mb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return None


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=120_000)
    parser.add_argument("--requests", type=int, default=20, help="distinct requests per client, endpoint and run")
    parser.add_argument("--db", type=Path, help="keep the generated store here (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="use the store at --db as it is when it exists")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="parley-bench-"))
    db = args.db or work / "bench.duckdb"
    start = time.perf_counter()
    if args.reuse and db.exists():
        print(f"store: {db} as it is")
    else:
        build_store(db, args.events)
        print(f"store: {args.events:,} events in {time.perf_counter() - start:.1f} s ({db})")
    print(f"load average (1, 5, 15 min) before: {_load()}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    parley = [sys.executable, "-c", "from parley.cli import main; main()"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    started = time.perf_counter()
    server = subprocess.Popen(
        [*parley, "serve", "--db", str(db), "--port", str(port), "--rate", "0"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                _get(base + "/api/health")
                break
            except OSError as exc:
                if time.monotonic() > deadline or server.poll() is not None:
                    problem = server.stderr.read().decode() if server.stderr else ""
                    raise SystemExit(f"the server did not start: {problem}") from exc
                time.sleep(0.1)
        ready = time.perf_counter() - started
        while True:  # the first views of the snapshot are computed ahead
            with urllib.request.urlopen(base + "/api/health", timeout=60) as response:
                health = json.loads(response.read())
            if health["first_views_ready"] or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        warmed = time.perf_counter() - started
        snapshot = health["snapshot"]
        print(
            f"server answering after {ready:.2f} s, first views ready after {warmed:.2f} s; snapshot: "
            f"copy {snapshot['copy_s']:.3f} s, open with derived tables {snapshot['open_s']:.3f} s"
        )
        loads: dict[str, tuple[float, float, float] | None] = {}
        for name, fragment in (
            ("landing page (/)", ""),
            ("busiest dyad (computed ahead)", "#dyad=RUS,USA"),
            ("other dyad, nothing cached", "#dyad=DEU,JPN"),
            ("other dyad again, a new browser", "#dyad=DEU,JPN"),
        ):
            loads[name] = first_load(base, fragment)
            if loads[name] is None:
                print("page first load: skipped (no Playwright or Chromium)")
                break
            wall, in_page, drawn = loads[name] or (0.0, 0.0, 0.0)
            print(f"page first load, {name:32}: {wall:.2f} s (in the page {in_page:.2f} s, goto to drawn {drawn:.2f})")
        results = []
        head = ("cache", "clients", "requests", "p50 ms", "p95 ms", "req/s", "errors", "srv ms/r")
        print(f"{'endpoint':32} " + " ".join(f"{h:>8}" for h in head))
        with urllib.request.urlopen(base + "/api/dyads?top=12", timeout=60) as response:
            busiest = json.loads(response.read())
        ahead = {"/api/events?limit=50&total=true&sort=date"}
        for row in busiest:
            for a, b in ((row["a"], row["b"]), (row["b"], row["a"])):
                ahead.add(f"/api/timeline?a={a}&b={b}&by=month")
                ahead.add(f"/api/events?dyad={a},{b}&limit=50&total=true&sort=date")
        for name, pool in request_pools(ahead).items():
            one, many = args.requests, args.requests * 20
            if len(pool) < one + many:
                raise SystemExit(f"{name}: {len(pool)} distinct requests, {one + many} needed: fewer --requests")
            runs = [
                ("cold", 1, pool[:one]),
                ("cold", 20, pool[one : one + many]),
                ("warm", 1, pool[:one]),
                ("warm", 20, random.Random(3).sample(pool[: one + many], many)),
            ]
            for cache, clients, urls in runs:
                cpu = _cpu_s(server.pid)
                r = measure("127.0.0.1", port, urls, clients)
                used = _cpu_s(server.pid) - cpu
                # the server's CPU time per answered request: what the load of other processes does not change much
                r.update(name=name, cache=cache, server_cpu_ms=round(used * 1000 / max(1, r["requests"]), 2))
                results.append(r)
                print(
                    f"{name:32} {cache:>8} {clients:>8} {r['requests']:>8} {r['p50_ms']:>8} {r['p95_ms']:>8} "
                    f"{r['throughput_rps']:>8} {r['errors']:>8} {r['server_cpu_ms']:>8}"
                )
        print(f"load average (1, 5, 15 min) after: {_load()}; server memory {_rss_mb(server.pid)} MB")
        out = ROOT / "bench" / "out"
        out.mkdir(parents=True, exist_ok=True)
        (out / "serve_latency.json").write_text(
            json.dumps(
                {
                    "events": args.events,
                    "server_ready_s": ready,
                    "first_views_ready_s": warmed,
                    "snapshot": snapshot,
                    "first_load_s": loads,
                    "results": results,
                },
                indent=2,
            )
            + "\n"
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
        if args.db is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
