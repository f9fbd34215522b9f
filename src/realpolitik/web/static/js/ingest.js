// Posting an article (POST /api/documents with the server's token) and showing what was found in it.

import { api } from "./api.js";
import { $, h, fill } from "./dom.js";
import { label } from "./names.js";

async function ingest(evt) {
  evt.preventDefault();
  const out = $("#ingest-out"), token = $("#ingest-token").value.trim();
  const body = {};
  if ($("#ingest-text").value.trim()) body.text = $("#ingest-text").value;
  if ($("#ingest-url").value.trim()) body.url = $("#ingest-url").value.trim();
  if ($("#ingest-published").value) body.published = $("#ingest-published").value;
  fill(out, h("p", { class: "muted" }, "Extracting …"));
  try {
    const r = await api("/api/documents", {}, { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    if (!r.stored) { fill(out, h("p", { class: "notice" }, `Already stored as ${r.doc_id}.`)); return; }
    fill(out, h("h3", { id: "ingest-result" }, `Stored ${r.doc_id} (${r.lang}): ${r.events.length} events, ${r.relations.length} relations`),
      h("div", { class: "table-wrap" }, h("table", {}, h("thead", {}, h("tr", {}, ["source", "target", "type", "CAMEO", "evidence"].map((c) => h("th", {}, c)))),
        h("tbody", {}, r.events.map((e) => h("tr", {}, h("td", {}, label(e.source)), h("td", {}, label(e.target)), h("td", {}, e.plover || ""),
          h("td", {}, e.cameo), h("td", { class: "evidence" }, e.evidence)))))),
      h("ul", {}, r.relations.map((x) => h("li", {}, `${label(x.a)} – ${label(x.b)}: ${x.kind} ${x.status || ""}`))));
  } catch (e) { fill(out, h("p", { class: "error", id: "ingest-error" }, e.message)); }
}

export function setupIngest(enabled) {
  $("#ingest-off").hidden = enabled;
  $("#ingest-form").addEventListener("submit", ingest);
}
