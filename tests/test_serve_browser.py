"""The workbench in a real headless browser: the system Chromium driven by Playwright.

Skipped when Playwright or a Chromium executable is missing (``make test`` installs both; set
PARLEY_CHROMIUM to use another executable). Screenshots go to tests/output/workbench/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parley.cli import app
from parley.serve import ServeSettings, Workbench, make_server
from parley.store import Store, ingest
from test_store_fixtures import doc, ev

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
SHOTS = ROOT / "tests" / "output" / "workbench"
HOW = '"He" stands for "<b>Gustavo Petro</b>" (the person named last)'

pytestmark = pytest.mark.slow


def _chromium() -> str | None:
    for candidate in (os.environ.get("PARLEY_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("browser") / "examples.duckdb"
    result = CliRunner().invoke(
        app, ["ingest", str(EXAMPLES), "--meta", str(EXAMPLES / "meta.jsonl"), "--db", str(db), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    with Store.open(db, write=True) as store:  # an actor that says what a pronoun stands for (markup as text)
        event = ev("CONSULT", ["COL"], ["ESP"], "2024-05-06", text="He met the ambassador of Spain.")
        event.actors[0].resolved_by = HOW
        ingest([doc("how", "2024-05-07", "Test Wire", event)], store)
    port = _free_port()
    workbench = Workbench(db, ServeSettings(port=port, rate=0))
    workbench.start()  # as `parley serve` does
    uv = make_server(workbench)
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uv.should_exit = True
        thread.join(timeout=10)
        workbench.close()


def test_serve_browser_dyad_spike_evidence_review(server: str) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = _chromium()
    if chromium is None:
        pytest.skip("no Chromium executable (apt-get install chromium)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            outside: list[str] = []  # every asset comes from parley itself
            page.on("request", lambda r: None if r.url.startswith((server, "data:")) else outside.append(r.url))
            page.goto(server + "/")
            page.wait_for_selector("#top-dyads button")
            # filter to a dyad with the filter bar
            page.fill("#f-dyad", "usa,rus")
            page.get_by_role("button", name="Apply").click()
            page.wait_for_selector("#timeline .bar")
            assert "USA – RUS" in page.inner_text("#timeline-title")
            page.screenshot(path=str(SHOTS / "1-dyad.png"), full_page=True)
            # click the spike: the period with most events
            bars = page.locator("#timeline .bar")
            counts = [
                int(bars.nth(i).get_attribute("aria-label").split(": ")[1].split(" ")[0]) for i in range(bars.count())
            ]
            spike = bars.nth(counts.index(max(counts)))
            label = spike.get_attribute("data-period")
            spike.click()
            page.wait_for_selector(f"#period-chip:has-text('{label}')")
            page.wait_for_selector(f"#count:has-text('{max(counts)} events')")  # its events, and only them
            assert page.locator("#events li button").count() == max(counts)
            # open an event: its evidence is highlighted inside its article
            first = page.locator("#events li button").first
            event_id = first.get_attribute("data-id")
            first.click()
            mark = page.locator("#detail .article mark").first
            mark.wait_for()
            assert len(mark.inner_text()) > 20
            article = page.locator("#detail .article").first.inner_text()
            assert mark.inner_text() in article and len(article) > len(mark.inner_text())
            assert "Mentions" in page.inner_text("#detail") and "Place" in page.inner_text("#detail")
            page.screenshot(path=str(SHOTS / "2-evidence.png"), full_page=True)
            # review it: correct the type, with a note
            page.select_option("#review select[name=type]", "THREATEN")
            page.fill("#review textarea[name=note]", "a warning, not a meeting")
            page.fill("#review input[name=reviewer]", "tester")
            page.get_by_role("button", name="Save review").click()
            page.wait_for_selector("#review .status:has-text('Review saved')")
            # reload: the review is kept and shown
            page.reload()
            page.wait_for_selector("#review .history li")
            history = page.inner_text("#review .history")
            assert "corrected" in history and "tester" in history and "THREATEN" in history
            assert page.inner_text("#detail-title").startswith("THREATEN")
            page.wait_for_selector(f"#events li button[data-id='{event_id}'] .badge.corrected")
            page.screenshot(path=str(SHOTS / "3-reviewed.png"), full_page=True)
            # the actor page from a code in the event
            page.locator("#detail .code").first.click()
            page.wait_for_selector("#actor-box table tbody tr")
            page.locator("#actor-box").screenshot(path=str(SHOTS / "4-actor.png"))
            # keyboard: a timeline bar answers Enter
            page.locator("#timeline .bar").first.focus()
            page.keyboard.press("Enter")
            page.wait_for_selector("#period-chip .chip")
            # an actor found through a pronoun: what it stands for, beside it, as text
            page.goto(server + "/#event=how:e1")
            page.reload()  # the page reads the address when it loads
            page.wait_for_selector("#detail .how")
            assert page.inner_text("#detail .how") == f" — how: {HOW}"
            assert page.locator("#detail dd b").count() == 0
            page.locator("#detail .facts").screenshot(path=str(SHOTS / "2b-resolved-actor.png"))
            # a phone
            phone = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
            phone.goto(server + "/#dyad=USA,RUS")
            phone.wait_for_selector("#events li button")
            assert phone.evaluate("document.documentElement.scrollWidth") <= 400
            phone.screenshot(path=str(SHOTS / "5-phone.png"))
            # the API reference, drawn by the project's own script
            page.goto(server + "/docs")
            page.wait_for_selector("#api h2 code")
            assert "GET /api/events" in page.inner_text("#api")
            page.screenshot(path=str(SHOTS / "6-docs.png"))
            assert not outside, outside
        finally:
            browser.close()
    assert not errors, errors
