// Event mentions with filters (kept in the URL), paging, and the article behind each row.

import { api } from "./api.js";
import { openArticle } from "./article.js";
import { indexChip } from "./colours.js";
import { $, h, fill, marked } from "./dom.js";
import { offer } from "./download.js";
import { codeOf, label, nameOf } from "./names.js";
import { go, stale, state } from "./state.js";

const FIELDS = ["actor", "type", "cameo", "since", "until", "text"];
const LIMIT = 50;
const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
  "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];

export async function showEvents(params) {
  const form = $("#events-form");
  for (const f of FIELDS) form.elements[f].value = f === "actor" && params.actor ? label(params.actor) : (params[f] || "");
  const active = FIELDS.filter((f) => params[f]);
  fill($("#events-filters"), active.length
    ? ["Filtered by ", active.map((f, i) => [i ? ", " : "", h("span", { class: "filter" }, `${f} = ${f === "actor" ? label(params[f]) : params[f]}`)])]
    : "No filter: all events, newest first.");
  const offset = Math.max(0, parseInt(params.offset, 10) || 0);
  const query = { sort: "-date", limit: LIMIT, offset };
  for (const f of active) query[f] = params[f];
  let page;
  const seq = state.seq;
  try { page = await api("/api/events", query); }
  catch (e) { fill($("#events-status"), h("span", { class: "error" }, e.message)); fill($("#events-table tbody")); return; }
  if (stale(seq)) return;
  $("#events-status").textContent = `${page.total}${page.total_capped ? "+" : ""} events; showing ${page.total ? offset + 1 : 0}–${offset + page.items.length}`;
  fill($("#events-table tbody"), page.items.map((e) => {
    const tr = h("tr", { "data-doc": e.doc_id },
      h("td", { class: "date" }, e.date || ""), h("td", { title: e.source || "" }, actorCell(e.source)), h("td", { class: "target", title: e.target || "" }, actorCell(e.target)),
      h("td", {}, `${e.plover || ""}${e.negated ? " (not)" : ""}`), h("td", {}, e.cameo), h("td", { class: "num" }, indexChip(e.goldstein, "Goldstein score")),
      h("td", { class: "evidence" }, marked(e.evidence, [e.source_text, e.target_text])));
    tr.addEventListener("click", () => openArticle(e.doc_id, { start: e.evidence_start, end: e.evidence_end, evidence: e.evidence }));
    return tr;
  }));
  offer("events", () => ({ name: "events", json: page.items, rows: page.items.map((e) => ({ ...e, source_name: nameOf(e.source), target_name: nameOf(e.target) })),
    columns: ["date", "source", "source_name", "target", "target_name", "plover", "cameo", "goldstein", "negated", "evidence", "doc_id", "title", "url"] }));
  $("#prev").disabled = offset === 0;
  $("#next").disabled = offset + LIMIT >= page.total;
  state.shown.events = { offset };
}

function actorCell(code) {
  if (!code) return "";
  const name = nameOf(code);
  return name === code ? code : [name, " ", h("span", { class: "code" }, code)];
}

function submit() {
  const form = $("#events-form"), params = { lang: state.params.lang };
  for (const f of FIELDS) {
    const v = String(form.elements[f].value || "").trim();
    if (v) params[f] = f === "actor" ? codeOf(v) : v;
  }
  go("events", params);
}

export function setupEvents() {
  const select = $("#events-type");
  for (const t of TYPES) select.append(h("option", { value: t }, t));
  $("#events-form").addEventListener("submit", (evt) => { evt.preventDefault(); submit(); });
  $("#events-clear").addEventListener("click", () => go("events", { lang: state.params.lang }));
  $("#prev").addEventListener("click", () => go("events", { ...state.params, offset: Math.max(0, (state.shown.events?.offset || 0) - LIMIT) || undefined }));
  $("#next").addEventListener("click", () => go("events", { ...state.params, offset: (state.shown.events?.offset || 0) + LIMIT }));
}
