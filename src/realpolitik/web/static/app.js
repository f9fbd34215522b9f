// realpolitik web page: four views over the HTTP API, no build step. Views are chosen by the URL hash.
"use strict";

const KIND_COLOURS = {
  defense_pact: "#7b1fa2", strategic_partnership: "#1565c0", cooperation_agreement: "#00897b",
  membership: "#f9a825", ally: "#43a047", rivalry: "#c62828", events: "#9aa3b2",
};
const BLOC_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"];
const state = { meta: null, cy: null, offset: 0, limit: 50, total: 0, network: null };

const $ = (sel) => document.querySelector(sel);
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const blocColour = (b) => (b >= 0 ? BLOC_COLOURS[b % BLOC_COLOURS.length] : "#b0b7c3");

async function api(path, options) {
  const response = await fetch(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || `${response.status} ${response.statusText}`);
  return body;
}

function showView() {
  const name = (location.hash.replace("#", "").split("/")[0]) || "network";
  document.querySelectorAll(".view").forEach((v) => { v.hidden = v.id !== `view-${name}`; });
  document.querySelectorAll("#tabs a[data-view]").forEach((a) => a.classList.toggle("active", a.dataset.view === name));
  if (name === "network" && !state.network) loadNetwork();
  if (name === "network" && state.cy) state.cy.resize();
  if (name === "events" && !state.eventsLoaded) loadEvents();
  if (name === "dyad") {
    const parts = location.hash.split("/");
    if (parts.length === 3) { $("#dyad-a").value = parts[1]; $("#dyad-b").value = parts[2]; loadDyad(); }
  }
}

// ---- network ---------------------------------------------------------------------------------------------
function legend() {
  $("#legend").innerHTML = "<h3>Ties</h3>" + Object.entries(KIND_COLOURS).map(([k, c]) =>
    `<span class="legend-item"><span class="swatch" style="background:${c}"></span>${k.replace("_", " ")}</span>`).join("");
}

async function loadNetwork() {
  const at = $("#net-at").value, days = $("#net-days").value;
  const q = new URLSearchParams({ days });
  if (at) q.set("at", at);
  try {
    state.network = await api(`/api/network?${q}`);
  } catch (e) { $("#neighbourhood").innerHTML = `<p class="error">${esc(e.message)}</p>`; return; }
  drawNetwork(state.network);
}

function drawNetwork(net) {
  const elements = [];
  for (const n of net.nodes) elements.push({ data: { id: n.id, label: n.id, bloc: n.bloc, colour: blocColour(n.bloc), size: 18 + 4 * Math.min(n.degree, 8) } });
  net.edges.forEach((e, i) => elements.push({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind,
    colour: KIND_COLOURS[e.kind] || KIND_COLOURS.events, width: e.relations.length ? 4 : 1 + Math.min(e.events, 6), dashed: e.relations.length ? "solid" : "dashed" } }));
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: $("#cy"), elements, wheelSensitivity: 0.3,
    style: [
      { selector: "node", style: { label: "data(label)", "background-color": "data(colour)", width: "data(size)", height: "data(size)",
        "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, color: "#1d2330" } },
      { selector: "edge", style: { "line-color": "data(colour)", width: "data(width)", "line-style": "data(dashed)", "curve-style": "bezier", opacity: 0.85 } },
      { selector: ".faded", style: { opacity: 0.12 } },
      { selector: "node.focus", style: { "border-width": 3, "border-color": "#111" } },
    ],
    layout: { name: "cose", animate: false, randomize: true, nodeRepulsion: () => 40000, idealEdgeLength: () => 130, nodeOverlap: 30, componentSpacing: 120, padding: 30 },
  });
  state.cy.on("tap", "node", (evt) => focusActor(evt.target.id()));
  state.cy.on("tap", (evt) => { if (evt.target === state.cy) resetFocus(); });
  $("#blocs").innerHTML = "<h3>Blocs</h3>" + (net.blocs.length ? net.blocs.map((b) =>
    `<div><span class="dot" style="background:${blocColour(b.bloc)}"></span> ${b.members.map(esc).join(", ")}</div>`).join("") : "<p class='muted'>none</p>");
  $("#neighbourhood").innerHTML = `<p class="muted">${net.nodes.length} actors, ${net.edges.length} ties at ${esc(net.at)}. Click an actor to see its neighbourhood.</p>`;
}

function focusActor(id) {
  const cy = state.cy, node = cy.getElementById(id), hood = node.closedNeighborhood();
  cy.elements().addClass("faded"); hood.removeClass("faded");
  cy.nodes().removeClass("focus"); node.addClass("focus");
  const ties = state.network.edges.filter((e) => e.source === id || e.target === id);
  const rows = ties.map((e) => {
    const other = e.source === id ? e.target : e.source;
    const what = e.relations.length ? e.relations.join(", ") : "events only";
    const idx = e.goldstein === null || e.goldstein === undefined ? "" : ` · index <span class="${e.goldstein >= 0 ? "pos" : "neg"}">${e.goldstein}</span>`;
    return `<li><a href="#dyad/${esc(id)}/${esc(other)}">${esc(other)}</a>: ${esc(what)}; ${e.events} events${idx}</li>`;
  }).join("");
  $("#neighbourhood").innerHTML = `<h3 id="hood-title">${esc(id)}</h3><ul id="hood-list">${rows}</ul>`;
}

function resetFocus() {
  if (!state.cy) return;
  state.cy.elements().removeClass("faded"); state.cy.nodes().removeClass("focus");
}

// ---- dyad --------------------------------------------------------------------------------------------------
async function loadDyad() {
  const a = $("#dyad-a").value.trim().toUpperCase(), b = $("#dyad-b").value.trim().toUpperCase(), by = $("#dyad-by").value;
  const out = $("#dyad-out");
  if (!a || !b) return;
  out.innerHTML = "<p class='muted'>Loading…</p>";
  let d;
  try { d = await api(`/api/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}?by=${by}`); }
  catch (e) { out.innerHTML = `<p class="error">${esc(e.message)}</p>`; return; }
  const events = d.events.map((e) => `<li><span class="muted">${esc(e.date || "undated")}</span> ${esc(e.source)} → ${esc(e.target)}
      <b>${esc(e.plover || e.cameo)}</b> <span class="${(e.goldstein ?? 0) >= 0 ? "pos" : "neg"}">${e.goldstein ?? ""}</span>
      <a href="#events" data-doc="${esc(e.first_doc)}" data-evidence="${esc(e.evidence)}" class="open-doc">article</a><br>${esc(e.evidence || "")}</li>`).join("");
  const rels = d.relations.map((r) => `<li><b>${esc(r.kind.replace("_", " "))}</b> ${esc(r.status || "")}${r.since ? " since " + esc(r.since) : ""}${r.until ? " until " + esc(r.until) : ""}
      <ul>${r.history.map((h) => `<li>${esc(h.date || "undated")}: ${esc(h.status || "asserted")} <span class="muted">(${esc(h.doc_id)})</span></li>`).join("")}</ul></li>`).join("");
  out.innerHTML = `<h2 id="dyad-title">${esc(d.a)} – ${esc(d.b)}</h2>
    <p class="muted">Cooperation–conflict index: mean Goldstein score of the events per ${esc(d.by)} (−10 conflict … +10 cooperation).</p>
    ${chart(d.periods)}
    <div class="cards"><div class="card"><h3>Events (${d.events.length})</h3><ul id="dyad-events">${events || "<li class='muted'>none</li>"}</ul></div>
    <div class="card"><h3>Relations</h3><ul id="dyad-relations">${rels || "<li class='muted'>none recorded</li>"}</ul></div></div>`;
}

function chart(periods) {
  if (!periods.length) return "<p class='muted'>No dated events between these two.</p>";
  const w = Math.max(320, periods.length * 48), h = 220, mid = h / 2, bw = Math.min(36, (w - 40) / periods.length - 6);
  const bars = periods.map((p, i) => {
    const v = p.goldstein_mean ?? 0, x = 30 + i * ((w - 40) / periods.length), bh = Math.abs(v) / 10 * (mid - 24);
    const y = v >= 0 ? mid - bh : mid;
    return `<g><rect class="bar" x="${x}" y="${y}" width="${bw}" height="${Math.max(bh, 1)}" fill="${v >= 0 ? "#2e8b57" : "#c0392b"}"><title>${esc(p.period)}: ${v} (${p.events} events)</title></rect>
      <text x="${x + bw / 2}" y="${h - 4}" font-size="10" text-anchor="middle">${esc(p.period)}</text>
      <text x="${x + bw / 2}" y="${v >= 0 ? y - 3 : y + bh + 11}" font-size="10" text-anchor="middle">${v}</text></g>`;
  }).join("");
  return `<svg class="chart" id="dyad-chart" viewBox="0 0 ${w} ${h}" preserveAspectRatio="xMinYMid meet">
    <line x1="24" x2="${w}" y1="${mid}" y2="${mid}" stroke="#999"/><text x="2" y="14" font-size="10">+10</text>
    <text x="2" y="${h - 18}" font-size="10">−10</text>${bars}</svg>`;
}

// ---- events -------------------------------------------------------------------------------------------------
function eventQuery() {
  const q = new URLSearchParams();
  for (const [k, v] of new FormData($("#events-form"))) if (String(v).trim()) q.set(k, String(v).trim());
  return q;
}

async function loadEvents() {
  state.eventsLoaded = true;
  const q = eventQuery();
  $("#events-csv").href = `/api/events?${q}&format=csv&limit=1000`;
  q.set("limit", state.limit); q.set("offset", state.offset);
  let page;
  try { page = await api(`/api/events?${q}`); }
  catch (e) { $("#events-status").innerHTML = `<span class="error">${esc(e.message)}</span>`; return; }
  state.total = page.total;
  $("#events-status").textContent = `${page.total} events; showing ${page.total ? page.offset + 1 : 0}–${page.offset + page.items.length}`;
  $("#events-table tbody").innerHTML = page.items.map((e) => `<tr data-doc="${esc(e.doc_id)}" data-start="${e.evidence_start}" data-end="${e.evidence_end}">
    <td>${esc(e.date || "")}</td><td>${esc(e.source || "")}</td><td>${esc(e.target || "")}</td><td>${esc(e.plover || "")}${e.negated ? " (not)" : ""}</td>
    <td>${esc(e.cameo)}</td><td class="num ${(e.goldstein ?? 0) >= 0 ? "pos" : "neg"}">${e.goldstein ?? ""}</td><td class="evidence">${esc(e.evidence)}</td></tr>`).join("");
  $("#prev").disabled = state.offset === 0;
  $("#next").disabled = state.offset + state.limit >= state.total;
}

async function openArticle(docId, start, end, evidence) {
  let doc;
  try { doc = await api(`/api/documents/${encodeURIComponent(docId)}`); }
  catch (e) { alert(e.message); return; }
  if (start === undefined && evidence) { const i = doc.text.indexOf(evidence); if (i >= 0) { start = i; end = i + evidence.length; } }
  const text = doc.text;
  const body = start !== undefined && start >= 0 && end <= text.length
    ? `${esc(text.slice(0, start))}<mark id="evidence">${esc(text.slice(start, end))}</mark>${esc(text.slice(end))}` : esc(text);
  $("#article-title").textContent = doc.title || doc.id;
  $("#article-meta").innerHTML = [doc.published, doc.outlet, doc.lang, doc.url ? `<a href="${esc(doc.url)}" rel="noreferrer">source</a>` : ""].filter(Boolean).map((x) => x.startsWith("<a") ? x : esc(x)).join(" · ");
  $("#article-text").innerHTML = body;
  $("#article").hidden = false;
  const mark = $("#evidence"); if (mark) mark.scrollIntoView({ block: "center" });
}

// ---- ingest -------------------------------------------------------------------------------------------------
async function ingest(evt) {
  evt.preventDefault();
  const out = $("#ingest-out"), token = $("#ingest-token").value.trim();
  const body = {};
  if ($("#ingest-text").value.trim()) body.text = $("#ingest-text").value;
  if ($("#ingest-url").value.trim()) body.url = $("#ingest-url").value.trim();
  if ($("#ingest-published").value) body.published = $("#ingest-published").value;
  out.innerHTML = "<p class='muted'>Extracting…</p>";
  try {
    const r = await api("/api/documents", { method: "POST", headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
    if (!r.stored) { out.innerHTML = `<p class="notice">Already stored as ${esc(r.doc_id)}.</p>`; return; }
    const ev = r.events.map((e) => `<tr><td>${esc(e.source || "")}</td><td>${esc(e.target || "")}</td><td>${esc(e.plover || "")}</td><td>${esc(e.cameo)}</td><td>${esc(e.evidence)}</td></tr>`).join("");
    const rel = r.relations.map((x) => `<li>${esc(x.a)} – ${esc(x.b)}: ${esc(x.kind)} ${esc(x.status || "")}</li>`).join("");
    out.innerHTML = `<h3 id="ingest-result">Stored ${esc(r.doc_id)} (${esc(r.lang)}): ${r.events.length} events, ${r.relations.length} relations</h3>
      <div class="table-wrap"><table><thead><tr><th>source</th><th>target</th><th>type</th><th>CAMEO</th><th>evidence</th></tr></thead><tbody>${ev}</tbody></table></div><ul>${rel}</ul>`;
    state.network = null; state.eventsLoaded = false;
  } catch (e) { out.innerHTML = `<p class="error" id="ingest-error">${esc(e.message)}</p>`; }
}

// ---- start ---------------------------------------------------------------------------------------------------
async function start() {
  legend();
  try {
    state.meta = await api("/api/meta");
    const c = state.meta.counts;
    $("#summary").textContent = `${c.documents} articles · ${c.event_mentions} event mentions · ${c.relations} relations`;
    if (state.meta.last_date) $("#net-at").value = state.meta.last_date;
    $("#ingest-off").hidden = state.meta.ingest_enabled;
  } catch (e) { $("#summary").textContent = e.message; }
  $("#network-form").addEventListener("submit", (e) => { e.preventDefault(); loadNetwork(); });
  $("#net-reset").addEventListener("click", resetFocus);
  $("#dyad-form").addEventListener("submit", (e) => { e.preventDefault(); location.hash = `dyad/${$("#dyad-a").value.trim().toUpperCase()}/${$("#dyad-b").value.trim().toUpperCase()}`; loadDyad(); });
  $("#events-form").addEventListener("submit", (e) => { e.preventDefault(); state.offset = 0; loadEvents(); });
  $("#prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - state.limit); loadEvents(); });
  $("#next").addEventListener("click", () => { state.offset += state.limit; loadEvents(); });
  $("#events-table tbody").addEventListener("click", (e) => {
    const tr = e.target.closest("tr"); if (tr) openArticle(tr.dataset.doc, Number(tr.dataset.start), Number(tr.dataset.end));
  });
  $("#dyad-out").addEventListener("click", (e) => {
    const a = e.target.closest("a.open-doc"); if (a) { e.preventDefault(); openArticle(a.dataset.doc, undefined, undefined, a.dataset.evidence); }
  });
  $("#article-close").addEventListener("click", () => { $("#article").hidden = true; });
  $("#article").addEventListener("click", (e) => { if (e.target.id === "article") $("#article").hidden = true; });
  $("#ingest-form").addEventListener("submit", ingest);
  window.addEventListener("hashchange", showView);
  showView();
}
start();
