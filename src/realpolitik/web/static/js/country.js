// The country page (/country/VEN): allies and rivals ranked by depth with since, status and areas; the index
// per partner over time; what changed in the last 30 and 90 days; the latest events with their evidence;
// the articles behind it all. Every part comes from the public API.

import { api } from "./api.js";
import { openArticle } from "./article.js";
import { heatStrip, periodOf } from "./charts.js";
import { KIND_COLOURS, KIND_LABELS, indexChip, indexLegend, tieLegend, words } from "./colours.js";
import { $, count, h, fill, marked, safeUrl } from "./dom.js";
import { offer } from "./download.js";
import { codeOf, label, nameOf } from "./names.js";
import { go, stale, state, urlFor } from "./state.js";
import { currentTime, shiftDate } from "./time.js";

let shown = null;

export async function showCountry(params) {
  const out = $("#country-out");
  const actor = params.actor ? codeOf(params.actor) : null;
  $("#country-pick").value = actor ? label(actor) : "";
  if (!actor) {
    fill(out, h("p", { class: "muted", id: "country-empty" }, "Pick a country above, or click one on the map."));
    return;
  }
  const { at, days, since } = currentTime(), seq = state.seq;
  out.dataset.state = "loading";
  fill(out, h("p", { class: "muted" }, `Loading ${label(actor)} …`));
  let partners, recent, quarter, events, docs;
  try {
    [partners, recent, quarter, events, docs] = await Promise.all([
      api(`/api/partners/${encodeURIComponent(actor)}`, { at, days, by: days > 400 ? "month" : days > 60 ? "week" : "day" }),
      api("/api/changes", { actor, since: shiftDate(at, -29), until: at }),
      api("/api/changes", { actor, since: shiftDate(at, -89), until: at }),
      api("/api/events", { actor, until: at, since, limit: 15, sort: "-date" }),
      api("/api/documents", { actor, until: at, limit: 30 }),
    ]);
  } catch (e) {
    out.dataset.state = "error";
    fill(out, h("p", { class: "error" }, e.message));
    return;
  }
  if (stale(seq)) return;
  shown = { actor, at, days, since, partners, recent, quarter, events, docs };
  offer("country", () => ({ name: `country-${actor}-${at}`, json: shown,
    columns: ["partner", "name", "tie", "status", "since", "areas", "index", "events", "cooperation", "conflict", "latest_date", "latest_evidence"],
    rows: partners.items.map((p) => ({ partner: p.partner, name: nameOf(p.partner), tie: p.tie || "", status: p.ties[0]?.status || "",
      since: p.ties[0]?.since || "", areas: (p.ties[0]?.areas || []).join("; "), index: p.events ? p.index : null, events: p.events,
      cooperation: p.cooperation, conflict: p.conflict, latest_date: p.latest?.date || "", latest_evidence: p.latest?.evidence || "" })) }));
  fill(out,
    h("div", { class: "country-head" },
      h("h2", { id: "country-title" }, label(actor)),
      h("p", {}, indexChip(partners.index, "index of all its events in the window"),
        ` ${count(partners.events, "event")} with ${count(partners.items.filter((p) => p.events).length, "partner")}, ${since} – ${at}; ties in force on ${at}. `,
        link("map", { actor }, "On the map"), " · ", link("network", { actor }, "In the network"), " · ", link("events", { actor }, "All its events"))),
    h("div", { class: "cards wide-first" },
      card("Allies", "country-allies", alliesTable(partners.items.filter((p) => p.ties.some((t) => t.kind !== "rivalry")))),
      card("Rivals and conflicts", "country-rivals", rivalsTable(partners.items.filter((p) => p.rival || (p.events && p.index < 0))))),
    card("Index per partner over time", "country-timeline", timeline(partners, since, at), h("div", { class: "legend inline" }, indexLegend())),
    h("div", { class: "cards" },
      card("Last 30 days", "country-changes-30", changes(recent, actor)),
      card("Last 90 days", "country-changes-90", changes(quarter, actor))),
    h("div", { class: "cards" },
      card("Latest events", "country-events", eventList(events.items)),
      card("Articles", "country-articles", articleList(docs))),
    h("div", { class: "legend inline" }, tieLegend()));
  out.dataset.state = "ready";
  out.dataset.actor = actor;
}

function card(title, id, ...body) { return h("section", { class: "card", id }, h("h3", {}, title), ...body); }

function link(view, params, text) { return h("a", { href: urlFor(view, params) }, text); }

function partnerLink(code) { return h("a", { href: urlFor("country", { actor: code }), class: "partner", "data-code": code }, label(code)); }

function tieCell(tie) {
  return h("span", { class: "tie", style: `border-left-color:${KIND_COLOURS[tie.kind]}`, "data-kind": tie.kind }, KIND_LABELS[tie.kind] || tie.kind);
}

function alliesTable(rows) {
  if (!rows.length) return h("p", { class: "muted" }, "No alliance ties on record at this date.");
  return h("div", { class: "table-wrap" }, h("table", { class: "compact" },
    h("thead", {}, h("tr", {}, ["#", "partner", "tie", "status", "since", "areas", "index", "events"].map((c) => h("th", {}, c)))),
    h("tbody", {}, rows.map((p, i) => {
      const tie = p.ties.find((t) => t.kind !== "rivalry");
      return h("tr", { "data-code": p.partner, "data-kind": tie.kind },
        h("td", { class: "num" }, String(i + 1)), h("td", { class: "name" }, partnerLink(p.partner)), h("td", {}, tieCell(tie)),
        h("td", { "data-label": "status" }, words(tie.status) || "asserted"),
        h("td", { class: "date", "data-label": "since" }, tie.since || ""),
        h("td", { "data-label": (tie.areas || []).length ? "areas" : null }, (tie.areas || []).join(", ")),
        h("td", { "data-label": "index" }, indexChip(p.events ? p.index : null)),
        h("td", { class: "num", "data-label": "events" }, String(p.events)));
    }))));
}

function rivalsTable(rows) {
  if (!rows.length) return h("p", { class: "muted" }, "No rivalry and no partner with a negative index in this window.");
  rows.sort((a, b) => (b.rival - a.rival) || ((a.index ?? 0) - (b.index ?? 0)));
  return h("div", { class: "table-wrap" }, h("table", { class: "compact" },
    h("thead", {}, h("tr", {}, ["partner", "basis", "index", "conflictual", "latest event"].map((c) => h("th", {}, c)))),
    h("tbody", {}, rows.map((p) => {
      const rivalry = p.ties.find((t) => t.kind === "rivalry");
      return h("tr", { "data-code": p.partner },
        h("td", {}, partnerLink(p.partner)),
        h("td", {}, rivalry ? [tieCell(rivalry), rivalry.since ? ` since ${rivalry.since}` : ""] : "events"),
        h("td", { "data-label": "index" }, indexChip(p.events ? p.index : null)),
        h("td", { class: "num", "data-label": "conflictual" }, `${p.conflict} of ${p.events}`),
        h("td", { class: "latest" }, p.latest ? [h("span", { class: "muted" }, `${p.latest.date} ${p.latest.plover || p.latest.cameo}: `), p.latest.evidence || ""] : ""));
    }))));
}

function timeline(partners, since, at) {
  const rows = partners.items.filter((p) => p.events).sort((a, b) => b.events - a.events).slice(0, 14)
    .map((p) => ({ key: p.partner, series: p.series || [] }));
  const by = partners.by;
  const firstSeen = rows.flatMap((r) => r.series.map((s) => s.period)).sort()[0];
  const start = firstSeen && firstSeen > periodOf(since, by) ? firstSeen : periodOf(since, by);
  return h("div", { class: "chart-wrap" }, heatStrip(rows, start, periodOf(at, by), by,
    { id: "country-heat", rowLabel: (r) => label(r.key), onRow: (r) => go("dyad", { a: partners.actor, b: r.key, by }) }),
    h("p", { class: "muted small" }, `Per ${by}; an empty cell is a ${by} without events. Click a partner for the dyad's timeline.`));
}

function changes(result, actor) {
  const items = [];
  for (const r of result.relations || []) {
    const other = r.a === actor ? r.b : r.a;
    items.push(h("li", { "data-change": r.change }, h("b", {}, r.change), ": ", KIND_LABELS[r.kind] || r.kind, " with ", partnerLink(other),
      r.after ? ` (${words(r.before) || "none"} → ${words(r.after)})` : ""));
  }
  for (const s of result.shifts || []) {
    const other = s.a === actor ? s.b : s.a;
    items.push(h("li", { "data-shift": other }, "index with ", partnerLink(other), " ", indexChip(s.mean_before), " → ", indexChip(s.mean_after),
      h("span", { class: "muted" }, ` (${s.events_before} → ${s.events_after} events)`)));
  }
  return items.length ? h("ul", { class: "changes" }, items) : h("p", { class: "muted" }, `No change recorded ${result.since} – ${result.until}.`);
}

function eventList(items) {
  if (!items.length) return h("p", { class: "muted" }, "No events in this window.");
  return h("ul", { class: "events" }, items.map((e) => {
    const open = h("button", { type: "button", class: "secondary small" }, "article");
    open.addEventListener("click", () => openArticle(e.doc_id, { start: e.evidence_start, end: e.evidence_end, evidence: e.evidence }));
    return h("li", { "data-event": String(e.id) },
      h("div", {}, h("span", { class: "muted" }, e.date || ""), " ", h("b", {}, label(e.source)), " → ", h("b", {}, label(e.target)), " ",
        h("span", { class: "type" }, e.plover || e.cameo), " ", indexChip(e.goldstein, "Goldstein score of this event"), " ", open),
      h("blockquote", { class: "evidence" }, marked(e.evidence, [e.source_text, e.target_text])));
  }));
}

function articleList(docs) {
  if (!docs.items.length) return h("p", { class: "muted" }, "No articles.");
  return h("ul", { class: "articles" }, docs.items.map((d) => {
    const open = h("button", { type: "button", class: "linklike open-doc", "data-doc": d.id }, d.title || d.id);
    open.addEventListener("click", () => openArticle(d.id));
    const url = safeUrl(d.url);
    return h("li", {}, h("span", { class: "muted" }, d.published || ""), " ", open,
      d.outlet ? h("span", { class: "muted" }, ` · ${d.outlet}`) : null,
      url ? [" · ", h("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "source")] : null);
  }), docs.total > docs.items.length ? h("li", { class: "muted" }, `… ${docs.total - docs.items.length} more`) : null);
}

export function setupCountry() {
  $("#country-pick").addEventListener("change", () => {
    const code = codeOf($("#country-pick").value);
    if (code) go("country", { ...state.params, actor: code });
  });
}
