// The world map: pick a country and every other country is filled by its cooperation–conflict index with
// it over the window, its allies and rivals outlined in their tie's colour, the ties drawn as arcs; hover
// shows name, index and the latest event. Without a pick each country is filled by the index of all its
// events. Shapes: Natural Earth via world-atlas, vendored (no tiles, no network).

/* global d3, topojson */
import { api } from "./api.js";
import { $, count, h, fill, cut } from "./dom.js";
import { EVENTS_ONLY, KIND_COLOURS, KIND_LABELS, indexChip, indexColour, indexLegend, tieLegend, words } from "./colours.js";
import { offer } from "./download.js";
import { codeOf, isCountry, label, nameOf } from "./names.js";
import { stale, state, update, urlFor } from "./state.js";
import { currentTime } from "./time.js";

const W = 960, H = 500, LABEL_PX = 11;
let world = null;
let view = { k: 1, x: 0, y: 0 };
let shown = null;  // {actor, at, days, rows: Map(code → row), partners, overview}

async function loadWorld() {
  if (world) return world;
  const topo = await (await fetch("/static/vendor/world/countries-50m.json")).json();
  const features = topojson.feature(topo, topo.objects.countries).features.filter((f) => f.id !== "ATA");
  const projection = d3.geoNaturalEarth1().fitExtent([[6, 6], [W - 6, H - 6]], { type: "FeatureCollection", features });
  const path = d3.geoPath(projection);
  const centre = new Map();
  for (const f of features) {
    if (!f.id) continue;
    let main = f.geometry;
    if (main.type === "MultiPolygon") {
      const parts = main.coordinates.map((c) => ({ type: "Polygon", coordinates: c }));
      main = parts.reduce((a, b) => (d3.geoArea(b) > d3.geoArea(a) ? b : a));
    }
    centre.set(f.id, projection(d3.geoCentroid(main)));
  }
  world = { features, projection, path, centre };
  return world;
}

function svg(tag, attrs = {}, ...children) { return h(`svg:${tag}`, attrs, ...children); }

function drawBase() {
  const map = $("#map");
  map.setAttribute("viewBox", `0 0 ${W} ${H}`);
  const countries = world.features.map((f) => svg("path", {
    class: f.id ? "country" : "country unknown", d: world.path(f), "data-code": f.id || "",
    "vector-effect": "non-scaling-stroke" }));
  fill(map, svg("g", { id: "map-zoom" },
    svg("path", { class: "sphere", d: world.path({ type: "Sphere" }) }),
    svg("path", { class: "graticule", d: world.path(d3.geoGraticule10()), "vector-effect": "non-scaling-stroke" }),
    svg("g", { id: "map-countries" }, countries),
    svg("g", { id: "map-outlines" }), svg("g", { id: "map-arcs" }), svg("g", { id: "map-labels" })));
  applyZoom();
}

/** Show the map for the URL's actor, date and window. */
export async function showMap(params) {
  const { at, days, since } = currentTime();
  const actor = params.actor ? codeOf(params.actor) : null;
  $("#map-pick").value = actor ? label(actor) : "";
  const map = $("#map"), seq = state.seq;
  map.dataset.state = "loading";
  try {
    await loadWorld();
    if (!$("#map-zoom")) drawBase();
    const rows = new Map();
    let partners = null;
    if (actor) {
      partners = await api(`/api/partners/${encodeURIComponent(actor)}`, { at, days });
      for (const p of partners.items) rows.set(p.partner, p);
    } else {
      const net = await api("/api/network", { at, days, max_edges: 5000 });
      for (const e of net.edges) {
        if (!e.events || e.goldstein === null || e.goldstein === undefined) continue;
        for (const code of [e.source, e.target]) {
          const r = rows.get(code) || { partner: code, events: 0, sum: 0, partners: 0 };
          r.events += e.events; r.sum += e.goldstein * e.events; r.partners += 1;
          rows.set(code, r);
        }
      }
      for (const r of rows.values()) r.index = Math.round((r.sum / r.events) * 1000) / 1000;
    }
    if (stale(seq)) return;
    shown = { actor, at, days, since, rows, partners, overview: !actor };
    paint();
    info();
    map.dataset.actor = actor || "";
    map.dataset.state = "ready";
  } catch (e) {
    map.dataset.state = "error";
    fill($("#map-info"), h("p", { class: "error" }, e.message));
  }
}

function paint() {
  const { actor, rows } = shown;
  for (const el of document.querySelectorAll("#map-countries path.country")) {
    const code = el.dataset.code, row = rows.get(code);
    const value = row && row.events ? row.index : null;
    el.setAttribute("fill", code && code === actor ? "#2b2f36" : indexColour(value));
    el.classList.toggle("selected", code === actor);
    if (value === null || value === undefined) delete el.dataset.index; else el.dataset.index = String(value);
  }
  const outlines = [], arcs = [], labels = [];
  if (actor && world.centre.has(actor)) {
    const from = world.centre.get(actor);
    labels.push([actor, from, true]);
    for (const row of shown.partners.items) {
      if (!world.centre.has(row.partner)) continue;
      const to = world.centre.get(row.partner);
      const kind = row.tie;
      if (kind) {
        const feature = world.features.find((f) => f.id === row.partner);
        outlines.push(svg("path", { class: "outline", d: world.path(feature), stroke: KIND_COLOURS[kind], "data-code": row.partner,
          "data-kind": kind, "vector-effect": "non-scaling-stroke" }));
      }
      if (kind || row.events) arcs.push(arc(from, to, kind, row.partner));
      if (kind || row.events) labels.push([row.partner, to, false]);
    }
  } else if (!actor) {
    const busiest = [...rows.values()].filter((r) => isCountry(r.partner)).sort((a, b) => b.events - a.events).slice(0, 12);
    for (const r of busiest) if (world.centre.has(r.partner)) labels.push([r.partner, world.centre.get(r.partner), false]);
  }
  fill($("#map-outlines"), outlines);
  fill($("#map-arcs"), arcs);
  fill($("#map-labels"), labels.map(([code, [x, y], main]) => svg("text", { x, y, class: main ? "map-label main" : "map-label", "data-code": code }, nameOf(code))));
  relabel();
}

function arc(from, to, kind, partner) {
  const [x1, y1] = from, [x2, y2] = to, dx = x2 - x1, dy = y2 - y1;
  const cx = (x1 + x2) / 2 - dy * 0.2, cy = (y1 + y2) / 2 + dx * 0.2 - Math.hypot(dx, dy) * 0.05;
  return svg("path", { class: kind ? "arc" : "arc events", d: `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`,
    stroke: kind ? KIND_COLOURS[kind] : EVENTS_ONLY, "data-kind": kind || "events", "data-partner": partner,
    "vector-effect": "non-scaling-stroke" });
}

function info() {
  const { actor, rows, partners, at, days, since } = shown;
  const window = h("p", { class: "muted small" }, `Events ${since} – ${at} (${days} days); ties in force on ${at}.`);
  offer("map", () => ({ name: actor ? `map-${actor}-${at}` : `map-${at}`, columns: ["code", "name", "index", "events", "tie", "latest_date", "latest_event"],
    rows: [...rows.values()].map((r) => ({ code: r.partner, name: nameOf(r.partner), index: r.events ? r.index : null, events: r.events,
      tie: r.tie || "", latest_date: r.latest?.date || "", latest_event: r.latest ? `${r.latest.plover || r.latest.cameo}: ${r.latest.evidence || ""}` : "" })),
    json: actor ? partners : { at, days, countries: [...rows.values()] } }));
  if (!actor) {
    const busiest = [...rows.values()].sort((a, b) => b.events - a.events).slice(0, 15);
    fill($("#map-info"), h("h2", {}, "All countries"), window,
      h("p", {}, "Each country is filled by the index of all its events. Click a country to see it with its partners."),
      busiest.length ? h("ol", { class: "rank", id: "map-ranking" }, busiest.map((r) => h("li", {},
        pick(r.partner), " ", indexChip(r.index), h("span", { class: "muted" }, ` ${count(r.events, "event")}`)))) : h("p", { class: "muted" }, "No events in this window."));
  } else {
    const ties = partners.items.filter((p) => p.ties.length);
    const byEvents = partners.items.filter((p) => !p.ties.length && p.events);
    const offMap = partners.items.filter((p) => !world.centre.has(p.partner));
    fill($("#map-info"), h("h2", { id: "map-title" }, label(actor)), window,
      h("p", {}, indexChip(partners.index, "index of all its events"), ` ${count(partners.events, "event")} with ${count(partners.items.filter((p) => p.events).length, "partner")}`),
      h("p", {}, h("a", { href: urlFor("country", { actor }), "data-nav": "country", class: "button-link" }, "Country page →"), " ",
        h("a", { href: urlFor("network", { actor }), "data-nav": "network" }, "in the network")),
      ties.length ? [h("h3", {}, "Allies and rivals"), h("ul", { class: "rank", id: "map-ties" }, ties.map((p) => h("li", {},
        h("span", { class: "swatch-line", style: `background:${KIND_COLOURS[p.tie]}` }), pick(p.partner), " ",
        h("span", { class: "muted" }, KIND_LABELS[p.tie] + (p.ties[0].status ? `, ${words(p.ties[0].status)}` : "")), " ", indexChip(p.events ? p.index : null))))] : null,
      byEvents.length ? [h("h3", {}, "Other partners (events)"), h("ul", { class: "rank", id: "map-partners" }, byEvents.map((p) => h("li", {},
        pick(p.partner), " ", indexChip(p.index), h("span", { class: "muted" }, ` ${count(p.events, "event")}`))))] : null,
      offMap.length ? h("p", { class: "muted small" }, "Not on the map: ", offMap.map((p) => label(p.partner)).join(", ")) : null,
      partners.items.length ? null : h("p", { class: "muted" }, "No events or ties in this window."));
  }
  fill($("#map-legend"), indexLegend(Boolean(actor)), tieLegend(Boolean(actor)));  // arcs only with a country picked
}

function pick(code) {
  const a = h("a", { href: urlFor("map", { ...state.params, actor: code }), class: "pick", "data-code": code }, label(code));
  a.addEventListener("click", (e) => { e.preventDefault(); update({ actor: code }, false); });
  return a;
}

// ---- hover, click, zoom ---------------------------------------------------------------------------------
function tip(evt) {
  const el = evt.target.closest ? evt.target.closest("path.country") : null;
  const box = $("#map-tip");
  if (!el || !el.dataset.code || !shown) { box.hidden = true; return; }
  const code = el.dataset.code, row = shown.rows.get(code);
  const parts = [h("strong", {}, label(code))];
  if (code === shown.actor) parts.push(h("div", {}, "selected"));
  else if (row) {
    parts.push(h("div", {}, indexChip(row.events ? row.index : null), ` ${count(row.events || 0, "event")}`,
      row.cooperation !== undefined ? ` (${row.cooperation} cooperative, ${row.conflict} conflictual)` : ""));
    if (row.ties && row.ties.length) parts.push(h("div", {}, row.ties.map((t) => `${KIND_LABELS[t.kind]}${t.status ? " (" + words(t.status) + ")" : ""}${t.since ? " since " + t.since : ""}`).join("; ")));
    if (row.latest) parts.push(h("div", { class: "tip-event" }, h("span", { class: "muted" }, `${row.latest.date} · ${row.latest.plover || row.latest.cameo} · ${nameOf(row.latest.source)} → ${nameOf(row.latest.target)}`),
      h("div", {}, cut(row.latest.evidence, 180))));
  } else parts.push(h("div", { class: "muted" }, shown.actor ? "no events or ties in this window" : "no events in this window"));
  fill(box, parts);
  box.hidden = false;
  const wrap = $(".map-wrap").getBoundingClientRect();
  const x = evt.clientX - wrap.left, y = evt.clientY - wrap.top;
  box.style.left = `${Math.min(x + 14, wrap.width - box.offsetWidth - 4)}px`;
  box.style.top = `${y + 14 + box.offsetHeight > wrap.height ? Math.max(0, y - box.offsetHeight - 10) : y + 14}px`;
}

function applyZoom() {
  const g = $("#map-zoom");
  if (g) g.setAttribute("transform", `translate(${view.x},${view.y}) scale(${view.k})`);
  relabel();
}

function relabel() {
  const width = $("#map").getBoundingClientRect().width || W;
  const size = (LABEL_PX * W) / width / view.k;
  for (const t of document.querySelectorAll("#map-labels text")) t.setAttribute("font-size", size.toFixed(2));
}

function zoom(factor, cx = W / 2, cy = H / 2) {
  const k = Math.max(1, Math.min(12, view.k * factor));
  view = { k, x: cx - ((cx - view.x) * k) / view.k, y: cy - ((cy - view.y) * k) / view.k };
  if (k === 1) view = { k: 1, x: 0, y: 0 };
  applyZoom();
}

function svgPoint(evt) {
  const r = $("#map").getBoundingClientRect(), s = Math.max(W / r.width, H / r.height);
  return [(evt.clientX - r.left) * s - (r.width * s - W) / 2, (evt.clientY - r.top) * s - (r.height * s - H) / 2];
}

export function setupMap() {
  const map = $("#map");
  let drag = null, moved = false;
  map.addEventListener("pointermove", (evt) => {
    if (drag) {
      const [x, y] = svgPoint(evt);
      if (Math.hypot(x - drag.x, y - drag.y) > 3) moved = true;
      if (moved) { view.x = drag.vx + x - drag.x; view.y = drag.vy + y - drag.y; applyZoom(); }
      return;
    }
    tip(evt);
  });
  map.addEventListener("pointerleave", () => { $("#map-tip").hidden = true; });
  map.addEventListener("pointerdown", (evt) => {
    if (view.k === 1 || evt.button !== 0) return;
    const [x, y] = svgPoint(evt);
    drag = { x, y, vx: view.x, vy: view.y };
    moved = false;
  });
  window.addEventListener("pointerup", () => { drag = null; });
  map.addEventListener("click", (evt) => {
    if (moved) { moved = false; return; }
    const el = evt.target.closest("path.country");
    if (el && el.dataset.code) update({ actor: el.dataset.code === shown?.actor ? undefined : el.dataset.code }, false);
  });
  map.addEventListener("wheel", (evt) => { evt.preventDefault(); const [x, y] = svgPoint(evt); zoom(evt.deltaY < 0 ? 1.25 : 0.8, x, y); }, { passive: false });
  $("#map-zoom-in").addEventListener("click", () => zoom(1.5));
  $("#map-zoom-out").addEventListener("click", () => zoom(1 / 1.5));
  $("#map-zoom-reset").addEventListener("click", () => { view = { k: 1, x: 0, y: 0 }; applyZoom(); });
  $("#map-clear").addEventListener("click", () => update({ actor: undefined }, false));
  $("#map-pick").addEventListener("change", () => { const code = codeOf($("#map-pick").value); if (code) update({ actor: code }, false); });
  window.addEventListener("resize", relabel);
}
