// parley workbench: plain JavaScript, no libraries. Data come from the JSON API of this server.
"use strict";

const QUADS = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };
const QCOLOR = { 1: "#6aaed6", 2: "#1f5fa8", 3: "#e69a2e", 4: "#c0392b" };
const FILTERS = ["dyad", "actor", "recipient", "either", "type", "quad", "since", "until", "search", "view"];
const SVG = "http://www.w3.org/2000/svg";
const state = { filters: {}, period: null, next: null, selected: null, types: [], world: null, statsLoaded: null };

const $ = (sel, root = document) => root.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, v);
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function apiURL(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) url.searchParams.set(k, v);
  return url;
}

// the page's first requests, sent while the page is still being read (sendEarly, at the end); each answer is used once
const early = new Map();

async function api(path, params = {}, options = {}) {
  const url = apiURL(path, params);
  const sent = options.method ? null : early.get(url.href);
  if (sent) early.delete(url.href);
  const response = await (sent || fetch(url, { credentials: "same-origin", ...options }));
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    const wait = response.headers.get("Retry-After");
    throw new Error((body && body.error) || `HTTP ${response.status}` + (wait ? ` (retry in ${wait} s)` : ""));
  }
  return body;
}

function query(extra = {}) {
  const q = { ...state.filters, ...extra };
  for (const k of Object.keys(q)) if (q[k] === "" || q[k] === undefined) delete q[k];
  return q;
}

// -- URL state: filters live in the hash so that a reload (or a shared link) shows the same view --
function readHashState() {
  const params = new URLSearchParams(location.hash.slice(1));
  state.filters = {};
  for (const k of FILTERS) if (params.get(k)) state.filters[k] = params.get(k);
  try { state.period = params.get("period") ? JSON.parse(params.get("period")) : null; } catch (e) { state.period = null; }
  state.selected = params.get("event");
  state.by = params.get("by") || "month";
}

function readHash() {
  readHashState();
  const form = $("#filters");
  for (const k of FILTERS) if (form.elements[k]) form.elements[k].value = state.filters[k] || (k === "view" ? "merged" : "");
  $("#period").value = state.by;
}

function writeHash() {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v) params.set(k, v);
  if (state.period) params.set("period", JSON.stringify(state.period));
  if (state.selected) params.set("event", state.selected);
  if (state.by && state.by !== "month") params.set("by", state.by);
  history.replaceState(null, "", "#" + params.toString());
}

function dyadParts() {
  const d = (state.filters.dyad || "").toUpperCase().split(",").map((s) => s.trim()).filter(Boolean);
  return d.length === 2 ? d : null;
}

// -- the first requests: what each view asks for ---------------------------------------------------
function timelineRequest() {
  const dyad = dyadParts();
  if (!dyad) return null;
  const f = query();
  delete f.dyad;
  return ["/api/timeline", { ...f, a: dyad[0], b: dyad[1], by: state.by }];
}

function listParams() {
  const params = query();
  if (state.period) { params.since = state.period.since; params.until = state.period.until; }
  return params;
}

function eventsRequest(reset) {
  return ["/api/events", { ...listParams(), limit: 50, cursor: reset ? null : state.next, total: reset ? "true" : null }];
}

function placesRequest() {
  return ["/api/places", { ...listParams(), limit: 500 }];
}

function sendEarly() {
  readHashState();
  const first = [["/api/stats", {}], ["/api/dyads", { top: 12 }], timelineRequest(), eventsRequest(true), placesRequest()];
  for (const request of first) {
    if (!request) continue;
    const url = apiURL(...request);
    early.set(url.href, fetch(url, { credentials: "same-origin" }));
  }
}

// -- stats ------------------------------------------------------------------------------------------
async function loadStats() {
  try {
    const s = await api("/api/stats");
    $("#stats").textContent = `${s.events.toLocaleString()} events from ${s.articles.toLocaleString()} articles, ` +
      `${s.first || "?"} to ${s.last || "?"}; ${s.reviews} review${s.reviews === 1 ? "" : "s"}; ` +
      `data checked ${s.snapshot.age_s} s ago`;
    const codes = $("#actor-codes");
    codes.replaceChildren(...s.actors.slice(0, 300).map((a) => el("option", { value: a.code }, `${a.events} events`)));
    state.types = s.plover_types || s.types.map((t) => t.type);
    $("#type-names").replaceChildren(...state.types.map((t) => el("option", { value: t })));
  } catch (e) {
    $("#stats").textContent = "statistics unavailable: " + e.message;
  }
}

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

// -- events ---------------------------------------------------------------------------------------
function parties(e) {
  const a = e.actor.map((x) => x.code).join(", ") || "?";
  const r = e.recipient.map((x) => x.code).join(", ");
  return r ? `${a} → ${r}` : `${a} (together)`;
}

function shownDate(e) {
  if (!e.date) return "undated";
  return e.date_precision === "year" ? e.date.slice(0, 4) : e.date_precision === "month" ? e.date.slice(0, 7) : e.date;
}

function badge(review) {
  return review ? el("span", { class: "badge " + review.verdict }, review.verdict) : null;
}

async function loadEvents(reset) {
  const list = $("#events");
  const params = listParams();
  const chip = $("#period-chip");
  chip.replaceChildren();
  if (state.period) {
    chip.append(el("span", { class: "chip" }, `in ${state.period.label} `,
      el("button", { type: "button", "aria-label": "Show every period", onclick: () => { state.period = null; writeHash(); loadTimeline(); loadEvents(true); } }, "× all periods")));
  }
  for (const fmt of ["csv", "jsonl"]) {
    const url = new URL(`/api/events.${fmt}`, location.origin);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    $("#dl-" + fmt).href = url.pathname + url.search;
  }
  if (reset) { list.replaceChildren(); state.next = null; }
  try {
    const page = await api(...eventsRequest(reset));
    if (reset) $("#count").textContent = `${page.total} events` + (page.total > 50 ? " (50 at a time)" : "");
    state.next = page.next;
    $("#more").hidden = !page.next;
    for (const e of page.events) list.append(eventItem(e));
    if (reset && !page.events.length) list.append(el("li", { class: "hint" }, "No events match these filters."));
  } catch (e) {
    $("#count").textContent = e.message;
  }
}

function eventItem(e) {
  const quad = e.quad_code ? el("span", { class: "quad q" + e.quad_code, title: QUADS[e.quad_code] }) : null;
  const button = el("button", { type: "button", "data-id": e.id, "aria-current": state.selected === e.id ? "true" : null,
    onclick: () => openEvent(e.id) },
    el("span", { class: "ev-date" }, shownDate(e)),
    el("span", { class: "ev-type" }, quad, e.event[0] + (e.mode.length ? ` (${e.mode[0]})` : ""), badge(e.review)),
    el("span", { class: "ev-meta" }, e.event_scale !== null ? `score ${e.event_scale > 0 ? "+" : ""}${e.event_scale}` : "", el("br"),
      `${e.num_mentions} mention${e.num_mentions === 1 ? "" : "s"}`),
    el("span", { class: "ev-parties" }, parties(e)),
    el("span", { class: "ev-text" }, e.text));
  return el("li", {}, button);
}

// -- one event: evidence, resolution, review ----------------------------------------------------------
function highlighted(ev) {
  const box = el("div", { class: "article", tabindex: "0", "aria-label": "Article text with the evidence highlighted" });
  const text = ev.article_text;
  if (!text || !ev.sentence_span) {
    const mark = el("mark", {}, ev.sentence || "");
    box.append(mark);
    return [box, mark];
  }
  const [s, t] = ev.sentence_span;
  const sentence = text.slice(s, t);
  const mark = el("mark", { id: "evidence" });
  if (ev.word_span) {
    const [a, b] = ev.word_span;
    mark.append(sentence.slice(0, a), el("strong", {}, sentence.slice(a, b)), sentence.slice(b));
  } else {
    mark.append(sentence);
  }
  box.append(text.slice(0, s), mark, text.slice(t));
  return [box, mark];
}

function codeButtons(list) {
  if (!list.length) return ["—"];
  const out = [];
  list.forEach((a, i) => {
    if (i) out.push(", ");
    out.push(el("button", { type: "button", class: "code", title: a.entity_text || a.code, onclick: () => openActor(a.code) }, a.code));
    if (a.entity_text) out.push(` (${a.entity_text})`);
    if (a.resolved_by) out.push(el("span", { class: "hint how" }, ` — how: ${a.resolved_by}`));  // a text node: escaped
  });
  return out;
}

async function openEvent(id, focus = true) {
  state.selected = id;
  writeHash();
  for (const b of document.querySelectorAll("#events li button")) b.setAttribute("aria-current", b.dataset.id === id ? "true" : "false");
  const box = $("#detail");
  box.replaceChildren(el("h2", { id: "detail-title" }, "Event"), el("p", { class: "hint" }, "loading…"));
  let e;
  try {
    e = await api(`/api/events/${encodeURIComponent(id)}`, { view: state.filters.view || "merged" });
  } catch (err) {
    box.replaceChildren(el("h2", { id: "detail-title" }, "Event"), el("p", { class: "status error" }, err.message));
    return;
  }
  await state.statsLoaded;  // the review form lists the PLOVER types
  const r = e.resolution || {};
  const loc = e.event_loc || {};
  const place = loc.resolved_place || loc.extracted_place || loc.country_code;
  const placeHow = !place ? "no place found" :
    loc.extracted_place && loc.resolved_place && loc.extracted_place !== loc.resolved_place
      ? `“${loc.extracted_place}” in the text, resolved to ${loc.resolved_place}` :
    loc.geonameid ? `named in the text, found in the gazetteer (GeoNames ${loc.geonameid})` : "named in the text";
  const dateHow = { explicit: "a date stated in the sentence", discourse: "a date from the story around it",
    dateline: "the article's dateline", published: "the publication date (assumed)", historical: "a past date stated in the text" }[r.date_source] || (r.date_source || "unknown");
  const facts = el("dl", { class: "facts" },
    el("dt", {}, "Type"), el("dd", {}, e.quad_code ? el("span", { class: "quad q" + e.quad_code }) : null,
      `${e.event[0]}${e.mode.length ? " (" + e.mode[0] + ")" : ""} — ${QUADS[e.quad_code] || ""}, score ${e.event_scale ?? "–"}`, badge(e.review)),
    el("dt", {}, "Actors"), el("dd", {}, ...codeButtons(e.actor)),
    el("dt", {}, "Recipients"), el("dd", {}, ...codeButtons(e.recipient)),
    el("dt", {}, "Date"), el("dd", {}, `${shownDate(e)} (${e.date_precision || "no"} precision) — from ${dateHow}`),
    el("dt", {}, "Place"), el("dd", {}, place ? `${place}${loc.country_code ? " [" + loc.country_code + "]" : ""} — ${placeHow}` : placeHow),
    el("dt", {}, "Mentions"), el("dd", {}, `${e.num_mentions} in ${e.num_articles} article${e.num_articles === 1 ? "" : "s"} from ${e.num_sources} source${e.num_sources === 1 ? "" : "s"}`),
    el("dt", {}, "Id"), el("dd", {}, e.id));
  const evidence = [];
  let firstMark = null;
  for (const m of e.evidence) {
    const [article, mark] = highlighted(m);
    firstMark = firstMark || mark;
    evidence.push(el("h3", {}, m.title || m.article_id, " ",
      el("span", { class: "hint" }, [m.source, m.published].filter(Boolean).join(", "))),
      m.url ? el("p", {}, el("a", { href: m.url, rel: "noopener noreferrer", target: "_blank" }, m.url)) : null,
      article);
  }
  box.replaceChildren(el("h2", { id: "detail-title" }, `${e.event[0]}: ${parties(e)}`), facts,
    el("h3", {}, "Evidence"), ...evidence, reviewPanel(e));
  if (firstMark && firstMark.scrollIntoView) {
    const area = firstMark.closest(".article");
    if (area) area.scrollTop = Math.max(0, firstMark.offsetTop - area.offsetTop - 40);
  }
  if (focus) box.focus();
}

function reviewPanel(e) {
  const wrap = el("div", { id: "review" }, el("h3", {}, "Review"));
  if (e.reviews && e.reviews.length) {
    wrap.append(el("ul", { class: "history" }, ...e.reviews.map((r) => el("li", {},
      el("span", { class: "badge " + r.verdict }, r.verdict), ` by ${r.reviewer}, ${r.created_at}`,
      Object.keys(r.changes).length ? ": " + Object.entries(r.changes).map(([k, v]) => `${k} ${JSON.stringify(v.from)} → ${JSON.stringify(v.to)}`).join("; ") : "",
      r.note ? ` — “${r.note}”` : ""))));
  }
  const ex = e.extracted || {
    type: e.event[0], mode: e.mode[0] || "", actors: e.actor.map((a) => a.code), recipients: e.recipient.map((a) => a.code),
    date: shownDate(e) === "undated" ? "" : shownDate(e), place: (e.event_loc || {}).resolved_place || (e.event_loc || {}).extracted_place || "",
  };
  const current = { type: e.event[0], mode: e.mode[0] || "", actors: e.actor.map((a) => a.code).join(","),
    recipients: e.recipient.map((a) => a.code).join(","), date: shownDate(e) === "undated" ? "" : shownDate(e),
    place: (e.event_loc || {}).resolved_place || (e.event_loc || {}).extracted_place || "" };
  const typeSelect = el("select", { name: "type" }, ...state.types.map((t) => el("option", { value: t, selected: t === current.type }, t)));
  const status = el("p", { class: "status", role: "status", "aria-live": "polite" });
  const form = el("form", { class: "review", "aria-label": "Review this event" },
    el("fieldset", {}, el("legend", { class: "hint" }, "Verdict"),
      ...["correct", "wrong", "corrected"].map((v) => el("label", {}, el("input", { type: "radio", name: "verdict", value: v, checked: v === "correct" }),
        v === "corrected" ? "correct it as below" : v))),
    el("label", {}, "Type", typeSelect),
    el("label", {}, "Mode", el("input", { name: "mode", value: current.mode })),
    el("label", {}, "Actors", el("input", { name: "actors", value: current.actors, list: "actor-codes" })),
    el("label", {}, "Recipients", el("input", { name: "recipients", value: current.recipients, list: "actor-codes" })),
    el("label", {}, "Date", el("input", { name: "date", value: current.date, placeholder: "YYYY-MM-DD" })),
    el("label", {}, "Place", el("input", { name: "place", value: current.place })),
    el("label", { class: "wide" }, "Note", el("textarea", { name: "note", rows: 2, maxlength: 2000 })),
    el("label", {}, "Your name", el("input", { name: "reviewer", value: localStorage.getItem("parley-reviewer") || "analyst", maxlength: 80 })),
    el("div", { class: "wide" }, el("button", { type: "submit" }, "Save review"), " ", status));
  form.addEventListener("input", (ev) => {
    if (ev.target.name && !["verdict", "note", "reviewer"].includes(ev.target.name)) form.elements.verdict.value = "corrected";
  });
  form.addEventListener("change", (ev) => {
    if (ev.target.name === "type") form.elements.verdict.value = "corrected";
  });
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = form.elements;
    const verdict = f.verdict.value;
    const changes = {};
    if (verdict === "corrected") {
      for (const k of ["type", "mode", "actors", "recipients", "date", "place"]) {
        const v = f[k].value.trim();
        const was = current[k];
        if (v !== was) changes[k] = v;
      }
      if (!Object.keys(changes).length) { status.className = "status error"; status.textContent = "Change a field, or choose another verdict."; return; }
    }
    localStorage.setItem("parley-reviewer", f.reviewer.value);
    status.className = "status"; status.textContent = "saving…";
    try {
      await api(`/api/events/${encodeURIComponent(e.id)}/reviews`, {}, {
        method: "POST", headers: { "Content-Type": "application/json", "X-Parley": "1" },
        body: JSON.stringify({ verdict, changes, note: f.note.value || null, reviewer: f.reviewer.value || "analyst" }),
      });
      await openEvent(e.id, false);
      $("#review .status").textContent = "Review saved.";
      const item = document.querySelector(`#events li button[data-id="${CSS.escape(e.id)}"]`);
      if (item) {
        const fresh = await api(`/api/events/${encodeURIComponent(e.id)}`, { view: state.filters.view || "merged" });
        item.parentElement.replaceWith(eventItem(fresh));
      }
      loadStats();
    } catch (err) {
      status.className = "status error"; status.textContent = "Not saved: " + err.message;
    }
  });
  void ex;
  wrap.append(form);
  return wrap;
}

// -- actor ----------------------------------------------------------------------------------------
async function openActor(code) {
  const box = $("#actor-box");
  box.replaceChildren(el("h2", { id: "actor-title" }, `Actor ${code}`), el("p", { class: "hint" }, "loading…"));
  let p;
  try { p = await api(`/api/actors/${encodeURIComponent(code)}`, { top: 15 }); } catch (e) {
    box.replaceChildren(el("h2", { id: "actor-title" }, `Actor ${code}`), el("p", { class: "status error" }, e.message));
    return;
  }
  const total = Object.values(p.types).reduce((a, b) => a + b, 0) || 1;
  const palette = ["#1f5fa8", "#6aaed6", "#e69a2e", "#c0392b", "#4d8c57", "#8e6bb0", "#8a6d3b", "#5b6770"];
  const types = Object.entries(p.types);
  const mix = el("div", { class: "mix", role: "img", "aria-label": types.map(([t, n]) => `${t} ${n}`).join(", ") },
    ...types.map(([t, n], i) => { const s = el("span", { title: `${t}: ${n}` }); s.style.width = `${(100 * n) / total}%`; s.style.background = palette[i % palette.length]; return s; }));
  const legend = el("p", { class: "legend types" }, ...types.map(([t, n], i) => { const s = el("span", {}, `${t} ${n}`); s.style.setProperty("--c", palette[i % palette.length]); return s; }));
  legend.querySelectorAll("span").forEach((s, i) => s.classList.add("t" + i));
  const partners = el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, "Partner"), el("th", { class: "num" }, "Events"), el("th", { class: "num" }, "Mean score"), el("th", { class: "num" }, "coop v/m"), el("th", { class: "num" }, "conflict v/m"))),
    el("tbody", {}, ...p.partners.map((r) => el("tr", {},
      el("td", {}, el("button", { type: "button", class: "code", title: `Show the ${p.code}–${r.partner} dyad`, onclick: () => setFilters({ dyad: `${p.code},${r.partner}` }) }, r.partner)),
      el("td", { class: "num" }, r.events), el("td", { class: "num" }, r.mean_score ?? "–"),
      el("td", { class: "num" }, `${r.q1}/${r.q2}`), el("td", { class: "num" }, `${r.q3}/${r.q4}`)))));
  box.replaceChildren(el("h2", { id: "actor-title" }, `Actor ${p.code}`),
    el("p", {}, `${p.events} events (${p.as_actor} as actor, ${p.as_recipient} as recipient), ${p.first || "?"} to ${p.last || "?"}, mean score ${p.mean_score ?? "–"}`),
    el("h3", {}, "Type mix"), mix, legend, el("h3", {}, "Partners"), partners);
  // colour swatches of the legend (no inline style attribute in the page: CSP)
  legend.querySelectorAll("span").forEach((s, i) => { s.style.setProperty("border-left", `0.8em solid ${palette[i % palette.length]}`); s.style.paddingLeft = "0.3em"; });
  box.scrollIntoView({ block: "nearest" });
}

// -- map ------------------------------------------------------------------------------------------
async function loadMap() {
  const box = $("#map");
  // the outline (carried by the page, else fetched beside the places)
  const inline = document.getElementById("world-data");
  if (!state.world && inline) state.world = JSON.parse(inline.textContent);
  const world = state.world ? Promise.resolve(state.world) : api("/static/world.json").catch(() => ({ polygons: {} }));
  let spots = [];
  try { spots = await api(...placesRequest()); } catch (e) { box.replaceChildren(el("p", { class: "status error" }, e.message)); return; }
  state.world = await world;
  const W = 720, H = 300, N = 84, S = -58;
  const x = (lon) => ((lon + 180) / 360) * W;
  const y = (lat) => ((N - lat) / (N - S)) * H;
  const map = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Map of ${spots.length} event places` });
  map.append(svg("rect", { x: 0, y: 0, width: W, height: H, fill: "#e8f0f7" }));
  for (const poly of Object.values(state.world.polygons)) {
    map.append(svg("polygon", { points: poly.map(([lo, la]) => `${x(lo).toFixed(1)},${y(la).toFixed(1)}`).join(" "), fill: "#d9d4c7", stroke: "#a59f90", "stroke-width": 0.6 }));
  }
  const max = Math.max(1, ...spots.map((s) => s.events));
  for (const s of spots) {
    const colour = s.mean_score === null ? "#555" : s.mean_score >= 0 ? "#1f5fa8" : "#c0392b";
    const dot = svg("circle", { cx: x(s.lon).toFixed(1), cy: y(s.lat).toFixed(1), r: (3 + 7 * Math.sqrt(s.events / max)).toFixed(1),
      fill: colour, "fill-opacity": 0.7, stroke: "#fff", "stroke-width": 0.8 });
    dot.append(svg("title", {}, `${s.place} [${s.country || "?"}]: ${s.events} events, mean score ${s.mean_score ?? "–"}`));
    map.append(dot);
  }
  box.replaceChildren(map, el("p", { class: "hint" }, spots.length ? `${spots.length} places (blue: cooperative on average, red: conflictual). Outline is coarse.` : "No placed events for these filters."));
}

// -- wiring ---------------------------------------------------------------------------------------
function setFilters(values) {
  const form = $("#filters");
  for (const [k, v] of Object.entries(values)) form.elements[k].value = v;
  form.requestSubmit();
}

function refresh() {
  writeHash();
  loadTimeline();
  loadEvents(true);
  loadMap();
}

sendEarly();  // the page is still being read: its first data are on their way meanwhile

document.addEventListener("DOMContentLoaded", async () => {
  readHash();
  const form = $("#filters");
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.filters = {};
    for (const k of FILTERS) {
      let v = (form.elements[k].value || "").trim();
      if (["dyad", "actor", "recipient", "either", "type"].includes(k)) v = v.toUpperCase().replace(/\s+/g, "");
      if (k === "view" && v === "merged") v = "";
      if (v) state.filters[k] = v;
    }
    state.period = null;
    refresh();
  });
  $("#clear").addEventListener("click", () => { form.reset(); form.requestSubmit(); });
  $("#period").addEventListener("change", (ev) => { state.by = ev.target.value; state.period = null; refresh(); });
  $("#more").addEventListener("click", () => loadEvents(false));
  state.statsLoaded = loadStats();  // the header line, the codes and the types: beside the first views, not before
  refresh();
  if (state.selected) openEvent(state.selected, false);
});
