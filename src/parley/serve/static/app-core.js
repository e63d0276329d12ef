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
