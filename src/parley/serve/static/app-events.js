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
