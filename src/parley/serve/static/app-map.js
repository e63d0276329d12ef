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
