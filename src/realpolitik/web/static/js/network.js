// The network at a date: actors (circles: countries, rounded squares: organisations) labelled by name, ties
// coloured by kind (grey dashed: events only), blocs drawn as outlined groups around their members (no
// colour of their own). Click an actor to see its neighbourhood.

/* global cytoscape */
import { api } from "./api.js";
import { EVENTS_ONLY, KIND_COLOURS, KIND_LABELS, indexChip, tieLegend } from "./colours.js";
import { $, count, h, fill } from "./dom.js";
import { offer } from "./download.js";
import { codeOf, label, nameOf } from "./names.js";
import { stale, state, update, urlFor } from "./state.js";
import { currentTime } from "./time.js";

let shown = null;

export async function showNetwork(params) {
  const { at, days } = currentTime();
  const focus = params.actor ? codeOf(params.actor) : null;
  $("#net-pick").value = focus ? label(focus) : "";
  const key = `${at}|${days}|${state.lang}`;
  if (!shown || shown.key !== key) {
    let net;
    const seq = state.seq;
    try { net = await api("/api/network", { at, days }); }
    catch (e) { fill($("#neighbourhood"), h("p", { class: "error" }, e.message)); return; }
    if (stale(seq)) return;
    shown = { key, net };
    draw(net);
  } else if (state.cy) state.cy.resize();
  if (focus && state.cy && state.cy.getElementById(focus).length) focusActor(focus); else resetFocus();
}

function draw(net) {
  const blocs = new Map(net.blocs.map((b) => [b.bloc, b.members]));
  const elements = [];
  for (const [bloc, members] of blocs) elements.push({ data: { id: `bloc-${bloc}`, label: `bloc ${bloc} · ${members.length}`, bloc: true }, classes: "bloc" });
  for (const n of net.nodes) {
    elements.push({ data: { id: n.id, label: nameOf(n.id), size: 16 + 4 * Math.min(n.degree, 8), parent: blocs.has(n.bloc) ? `bloc-${n.bloc}` : undefined },
      classes: n.kind === "country" ? "country" : "organisation" });
  }
  net.edges.forEach((e, i) => elements.push({ data: { id: `e${i}`, source: e.source, target: e.target, kind: e.kind,
    colour: KIND_COLOURS[e.kind] || EVENTS_ONLY, width: e.relations.length ? 3.5 : 1 + Math.min(e.events, 5),
    line: e.relations.length ? "solid" : "dashed" } }));
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({
    container: $("#cy"), elements, minZoom: 0.2, maxZoom: 4,
    style: [
      { selector: "node[size]", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#46505e",
        "border-width": 2, "border-color": "#ffffff", "font-size": 13, "font-weight": 500, color: "#1d2330", "text-valign": "bottom",
        "text-margin-y": 4, "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 2,
        "text-background-shape": "roundrectangle" } },
      { selector: "node.organisation", style: { shape: "round-rectangle", "background-color": "#8a6d3b" } },
      { selector: "node.bloc", style: { shape: "round-rectangle", "background-color": "#f3f5f8", "background-opacity": 0.6,
        "border-width": 1.5, "border-style": "dashed", "border-color": "#7d8796", label: "data(label)", "text-valign": "top",
        "text-halign": "center", "font-size": 11, color: "#5b6270", "text-background-opacity": 0, padding: 18 } },
      { selector: "edge", style: { "line-color": "data(colour)", width: "data(width)", "line-style": "data(line)", "curve-style": "bezier", opacity: 0.9 } },
      { selector: ".faded", style: { opacity: 0.15 } },
      { selector: "node.focus", style: { "border-width": 4, "border-color": "#111111" } },
    ],
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 90,
      edgeElasticity: () => 100, nodeOverlap: 200, componentSpacing: 120, padding: 30, nestingFactor: 0.6, gravity: 40,
      numIter: 2500 },
  });
  window.rp.cy = state.cy;
  // Labels keep their size on screen (13 px) whatever the zoom that fits the graph into the panel.
  const restyle = () => {
    const z = state.cy.zoom(), px = (n) => n / z;
    state.cy.style().selector("node[size]").style({ "font-size": px(13), "text-margin-y": px(4), "text-background-padding": px(2) })
      .selector("node.bloc").style({ "font-size": px(11) }).update();
  };
  state.cy.on("zoom", restyle);
  restyle();
  state.cy.on("tap", "node", (evt) => { if (!evt.target.data("bloc")) update({ actor: evt.target.id() }, false); });
  state.cy.on("tap", (evt) => { if (evt.target === state.cy) update({ actor: undefined }, false); });
  fill($("#net-legend"), tieLegend(true),
    h("div", { class: "legend-block" }, h("h3", {}, "Actors"),
      h("div", { class: "legend-item" }, h("span", { class: "node-dot" }), "country"),
      h("div", { class: "legend-item" }, h("span", { class: "node-dot org" }), "organisation"),
      h("div", { class: "legend-item" }, h("span", { class: "bloc-box" }), "bloc (community of close ties)")));
  fill($("#blocs"), h("h3", {}, "Blocs"), net.blocs.length
    ? net.blocs.map((b) => h("div", { class: "bloc-line", "data-bloc": String(b.bloc) }, h("b", {}, `bloc ${b.bloc}: `), b.members.map(label).join(", ")))
    : h("p", { class: "muted" }, "none"));
  offer("network", () => ({ name: `network-${net.at}`, json: net,
    columns: ["source", "source_name", "target", "target_name", "kind", "relations", "events", "goldstein"],
    rows: net.edges.map((e) => ({ ...e, source_name: nameOf(e.source), target_name: nameOf(e.target), relations: e.relations.join("; ") })) }));
  resetFocus();
}

function focusActor(id) {
  const cy = state.cy, node = cy.getElementById(id), hood = node.closedNeighborhood();
  cy.elements().addClass("faded");
  hood.removeClass("faded");
  hood.nodes().parents().removeClass("faded");
  cy.nodes().removeClass("focus");
  node.addClass("focus");
  cy.fit(hood, 70);  // the neighbourhood fills the panel; "All actors" shows everything again
  const ties = shown.net.edges.filter((e) => e.source === id || e.target === id);
  fill($("#neighbourhood"), h("h3", { id: "hood-title" }, label(id)),
    h("p", {}, h("a", { href: urlFor("country", { actor: id }) }, "Country page →"), " · ", h("a", { href: urlFor("map", { actor: id }) }, "on the map")),
    h("ul", { id: "hood-list", class: "rank" }, ties.map((e) => {
      const other = e.source === id ? e.target : e.source;
      return h("li", { "data-code": other }, h("span", { class: "swatch-line", style: `background:${KIND_COLOURS[e.kind] || EVENTS_ONLY}` }),
        h("a", { href: urlFor("dyad", { a: id, b: other }) }, label(other)), ": ",
        e.relations.length ? e.relations.map((k) => KIND_LABELS[k] || k).join(", ") : "events only",
        `; ${count(e.events, "event")} `, e.events ? indexChip(e.goldstein) : null);
    })));
}

function resetFocus() {
  if (!state.cy) return;
  state.cy.elements().removeClass("faded");
  state.cy.nodes().removeClass("focus");
  state.cy.fit(undefined, 30);
  const net = shown.net;
  fill($("#neighbourhood"), h("p", { class: "muted" }, `${net.nodes.length} actors, ${net.edges.length} ties on ${net.at} (events of the ${net.days} days before). Click an actor to see its neighbourhood.`));
}

export function setupNetwork() {
  $("#net-reset").addEventListener("click", () => update({ actor: undefined }, false));
  $("#net-pick").addEventListener("change", () => { const code = codeOf($("#net-pick").value); if (code) update({ actor: code }, false); });
}
