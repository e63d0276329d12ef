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
