// -- timeline -------------------------------------------------------------------------------------
function periodEnd(start, by) {
  const d = new Date(start + "T00:00:00Z");
  if (by === "day") d.setUTCDate(d.getUTCDate());
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (by === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  else { d.setUTCFullYear(d.getUTCFullYear() + 1); d.setUTCMonth(0); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

async function loadTimeline() {
  const box = $("#timeline");
  const dyad = dyadParts();
  loadTopDyads();  // beside the timeline, not before it
  if (!dyad) {
    box.replaceChildren(el("p", { class: "hint" }, "Enter a dyad (two actor codes, e.g. USA,RUS) or choose one below."));
    return;
  }
  box.replaceChildren(el("p", { class: "hint" }, "loading…"));
  let data;
  try {
    data = await api(...timelineRequest());
  } catch (e) {
    box.replaceChildren(el("p", { class: "status error" }, e.message));
    return;
  }
  $("#timeline-title").textContent = `${data.a} – ${data.b} per ${data.by}`;
  if (!data.periods.length) {
    box.replaceChildren(el("p", { class: "hint" }, `No dated events between ${data.a} and ${data.b}.`));
    return;
  }
  drawTimeline(box, data);
}

function drawTimeline(box, data) {
  const rows = data.periods;
  const W = 640, H = 230, left = 34, right = 34, top = 12, bottom = 36;
  const max = Math.max(...rows.map((r) => r.events), 1);
  const step = (W - left - right) / rows.length;
  const barW = Math.max(2, Math.min(40, step * 0.8));
  const y = (v) => top + (H - top - bottom) * (1 - v / max);
  const ys = (v) => top + (H - top - bottom) * (1 - (v + 10) / 20);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "group", "aria-label": `Events per ${data.by}; choose a bar to list its events` });
  chart.append(svg("line", { x1: left, x2: W - right, y1: H - bottom, y2: H - bottom, stroke: "#8a939e" }));
  chart.append(svg("text", { x: 2, y: top + 8 }, String(max)));
  chart.append(svg("text", { x: 2, y: H - bottom }, "0"));
  chart.append(svg("text", { x: W - right + 4, y: top + 8 }, "+10"));
  chart.append(svg("text", { x: W - right + 4, y: ys(0) + 4 }, "0"));
  chart.append(svg("text", { x: W - right + 4, y: H - bottom }, "−10"));
  chart.append(svg("line", { x1: left, x2: W - right, y1: ys(0), y2: ys(0), stroke: "#d5d9de", "stroke-dasharray": "3 3" }));
  const labelEvery = Math.ceil(rows.length / 10);
  const points = [];
  rows.forEach((r, i) => {
    const x = left + i * step + (step - barW) / 2;
    const g = svg("g", { class: "bar", tabindex: "0", role: "button", "data-period": r.period,
      "aria-label": `${r.period}: ${r.events} events, mean score ${r.mean_score ?? "none"}` });
    if (state.period && state.period.label === r.period) g.classList.add("selected");
    g.append(svg("rect", { x: left + i * step, y: top, width: step, height: H - top - bottom, fill: "transparent" }));
    let base = H - bottom;
    for (const q of [1, 2, 3, 4]) {
      const n = r["q" + q];
      if (!n) continue;
      const h = (H - top - bottom) * (n / max);
      base -= h;
      g.append(svg("rect", { x, y: base, width: barW, height: h, fill: QCOLOR[q] }));
    }
    g.append(svg("title", {}, `${r.period}: ${r.events} events (${[1, 2, 3, 4].map((q) => r["q" + q]).join("/")}), mean score ${r.mean_score ?? "–"}`));
    const pick = () => selectPeriod(r.period, r.start, periodEnd(r.start, data.by));
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); pick(); } });
    chart.append(g);
    if (i % labelEvery === 0) chart.append(svg("text", { x: left + i * step, y: H - bottom + 14 }, r.period));
    if (r.mean_score !== null) points.push([left + i * step + step / 2, ys(r.mean_score)]);
  });
  if (points.length > 1) {
    chart.append(svg("polyline", { points: points.map((p) => p.join(",")).join(" "), fill: "none", stroke: "#222", "stroke-width": 1.5 }));
  }
  for (const [px, py] of points) chart.append(svg("circle", { cx: px, cy: py, r: 2.5, fill: "#222" }));
  box.replaceChildren(chart);
}

function selectPeriod(label, start, end) {
  state.period = { label, since: start, until: end };
  writeHash();
  for (const g of document.querySelectorAll(".bar")) g.classList.toggle("selected", g.dataset.period === label);
  loadEvents(true);
  $("#events-title").focus();
}

async function loadTopDyads() {
  const box = $("#top-dyads");
  if (box.childElementCount || box.dataset.loading) return;
  box.dataset.loading = "1";
  try {
    const rows = await api("/api/dyads", { top: 12 });
    box.replaceChildren(el("span", { class: "hint" }, "Busiest dyads:"),
      ...rows.map((r) => el("button", { type: "button", onclick: () => setFilters({ dyad: `${r.a},${r.b}` }) },
        `${r.a}–${r.b} (${r.events})`)));
  } catch (e) { box.replaceChildren(); }
  delete box.dataset.loading;
}
