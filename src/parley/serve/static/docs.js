// The API reference, drawn from /openapi.json by the project's own script (no CDN).
"use strict";

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function typeOf(schema, spec) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map((s) => typeOf(s, spec)).filter((t) => t !== "null").join(" | ");
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  let t = schema.type || "";
  const limits = [];
  if (schema.minimum !== undefined) limits.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) limits.push(`≤ ${schema.maximum}`);
  if (schema.pattern) limits.push(`pattern ${schema.pattern}`);
  if (schema.maxLength !== undefined) limits.push(`at most ${schema.maxLength} characters`);
  if (schema.format) t += ` (${schema.format})`;
  return t + (limits.length ? `, ${limits.join(", ")}` : "");
}

document.addEventListener("DOMContentLoaded", async () => {
  const box = document.getElementById("api");
  const spec = await (await fetch("/openapi.json")).json();
  const sections = [el("section", {}, el("h2", {}, spec.info.title + " " + spec.info.version), el("p", {}, spec.info.description || ""),
    el("p", { class: "hint" }, "Errors are JSON: {\"error\": message, \"status\": code}. 400: a bad parameter; 401: a token is needed; " +
      "403: a cross-site write, or one without the X-Parley: 1 header; 404: nothing there; 413/411: request body; " +
      "429: too many requests; 503: overloaded or a query over the time limit (see Retry-After)."))];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = (op.parameters || []).map((p) => el("tr", {},
        el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, typeOf(p.schema, spec) + (p.required ? " (required)" : "")),
        el("td", {}, (p.description || (p.schema && p.schema.description) || "") + (p.schema && p.schema.default !== undefined && p.schema.default !== null ? ` Default ${JSON.stringify(p.schema.default)}.` : ""))));
      let body = null;
      if (op.requestBody) {
        const ref = op.requestBody.content["application/json"].schema;
        const name = typeOf(ref, spec);
        const model = spec.components.schemas[name] || {};
        body = el("div", {}, el("h3", {}, `Body (JSON): ${name}`), el("table", {}, el("tbody", {},
          ...Object.entries(model.properties || {}).map(([k, v]) => el("tr", {}, el("td", {}, el("code", {}, k)), el("td", {}, typeOf(v, spec)), el("td", {}, v.description || ""))))));
      }
      sections.push(el("section", {}, el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`)), el("p", {}, op.summary || ""),
        params.length ? el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "parameter"), el("th", {}, "in"), el("th", {}, "type"), el("th", {}, "meaning"))), el("tbody", {}, ...params)) : null,
        body));
    }
  }
  box.replaceChildren(...sections);
});
