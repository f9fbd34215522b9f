// A dyad's timeline: the index per period on a continuous axis (empty periods are gaps), its events with
// their evidence, and the ties between the two with their history.

import { api } from "./api.js";
import { openArticle } from "./article.js";
import { indexBars } from "./charts.js";
import { KIND_LABELS, indexChip, words } from "./colours.js";
import { $, h, fill } from "./dom.js";
import { offer } from "./download.js";
import { codeOf, label } from "./names.js";
import { go, stale, state } from "./state.js";

export async function showDyad(params) {
  const out = $("#dyad-out");
  const a = params.a ? codeOf(params.a) : null, b = params.b ? codeOf(params.b) : null;
  const by = ["day", "week", "month"].includes(params.by) ? params.by : "month";
  $("#dyad-a").value = a ? label(a) : "";
  $("#dyad-b").value = b ? label(b) : "";
  $("#dyad-by").value = by;
  if (!a || !b) { fill(out, h("p", { class: "muted" }, "Name two actors, e.g. United States (USA) and Venezuela (VEN).")); return; }
  fill(out, h("p", { class: "muted" }, "Loading …"));
  let d;
  const seq = state.seq;
  try { d = await api(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { by }); }
  catch (e) { fill(out, h("p", { class: "error" }, e.message)); return; }
  if (stale(seq)) return;
  offer("dyad", () => ({ name: `dyad-${d.a}-${d.b}-${by}`, json: d, columns: ["period", "events", "goldstein_mean", "mentions"], rows: d.periods }));
  const events = d.events.map((e) => {
    const open = h("button", { type: "button", class: "secondary small open-doc" }, "article");
    open.addEventListener("click", () => openArticle(e.first_doc, { evidence: e.evidence }));
    return h("li", {}, h("span", { class: "muted" }, e.date || "undated"), " ", label(e.source), " → ", label(e.target), " ",
      h("b", {}, e.plover || e.cameo), " ", indexChip(e.goldstein, "Goldstein score"), " ", open, h("div", { class: "evidence" }, e.evidence || ""));
  });
  const rels = d.relations.map((r) => h("li", {}, h("b", {}, KIND_LABELS[r.kind] || r.kind), ` ${words(r.status)}`,
    r.since ? ` since ${r.since}` : "", r.until ? ` until ${r.until}` : "",
    h("ul", {}, r.history.map((s) => h("li", {}, `${s.date || "undated"}: ${words(s.status) || "asserted"} `, h("span", { class: "muted" }, `(${s.doc_id})`))))));
  fill(out, h("h2", { id: "dyad-title" }, `${label(d.a)} – ${label(d.b)}`),
    h("p", { class: "muted" }, `Cooperation–conflict index: mean Goldstein score of the events per ${d.by} (−10 conflict … +10 cooperation); a ${d.by} without events is an empty slot.`),
    h("div", { class: "chart-wrap" }, indexBars(d.periods, d.by, { id: "dyad-chart" })),
    h("div", { class: "cards" },
      h("div", { class: "card" }, h("h3", {}, `Events (${d.events.length})`), h("ul", { id: "dyad-events" }, events.length ? events : h("li", { class: "muted" }, "none"))),
      h("div", { class: "card" }, h("h3", {}, "Ties"), h("ul", { id: "dyad-relations" }, rels.length ? rels : h("li", { class: "muted" }, "none recorded")))));
}

export function setupDyad() {
  $("#dyad-form").addEventListener("submit", (evt) => {
    evt.preventDefault();
    const a = codeOf($("#dyad-a").value), b = codeOf($("#dyad-b").value);
    if (a && b) go("dyad", { ...state.params, a, b, by: $("#dyad-by").value });
  });
}
