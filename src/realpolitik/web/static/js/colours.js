// One colour channel per meaning: the cooperation–conflict index is a diverging red–yellow–blue fill
// (RdYlBu), tie kinds are line colours kept out of that range, blocs are outlines (no colour), and
// "no events" is grey.

import { h } from "./dom.js";

const INDEX_STOPS = [[-10, "#a50026"], [-7, "#d73027"], [-4, "#f46d43"], [-2, "#fdae61"], [0, "#ffffbf"],
  [2, "#abd9e9"], [4, "#74add1"], [7, "#4575b4"], [10, "#313695"]];
export const NO_EVENTS = "#dfe2e7";
export const KIND_COLOURS = {
  defense_pact: "#111111", strategic_partnership: "#7570b3", cooperation_agreement: "#1b9e77",
  membership: "#a6761d", ally: "#66a61e", rivalry: "#e7298a",
};
export const EVENTS_ONLY = "#8a94a6";
/** A status as words: "in_force" → "in force". */
export const words = (s) => String(s ?? "").replace(/_/g, " ");

export const KIND_LABELS = {
  defense_pact: "defence pact", strategic_partnership: "strategic partnership",
  cooperation_agreement: "cooperation agreement", membership: "membership", ally: "ally (asserted)",
  rivalry: "rivalry",
};

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** The fill of an index value (−10 … +10); NO_EVENTS for null. */
export function indexColour(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return NO_EVENTS;
  const v = Math.max(-10, Math.min(10, Number(value)));
  for (let i = 1; i < INDEX_STOPS.length; i++) {
    const [x1, c1] = INDEX_STOPS[i - 1], [x2, c2] = INDEX_STOPS[i];
    if (v <= x2) {
      const t = (v - x1) / (x2 - x1), a = rgb(c1), b = rgb(c2);
      return "#" + a.map((ch, k) => Math.round(ch + (b[k] - ch) * t).toString(16).padStart(2, "0")).join("");
    }
  }
  return INDEX_STOPS[INDEX_STOPS.length - 1][1];
}

/** Dark or light text for a background. */
export function textOn(hex) {
  const [r, g, b] = rgb(hex);
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#1d2330" : "#ffffff";
}

/** A value as a coloured chip: "+4.5" on its index colour; "–" without events. */
export function indexChip(value, title) {
  const none = value === null || value === undefined;
  const bg = indexColour(value);
  return h("span", { class: "chip index", style: `background:${bg};color:${textOn(bg)}`, title: title || "cooperation–conflict index",
    dataset: { index: none ? "" : String(value) } }, none ? "–" : (value > 0 ? "+" : "") + Number(value).toFixed(1));
}

/** The legend of the index scale: a gradient bar, its ends named, and the no-events swatch; `pair` says whether
 * a fill is the index of a pair (a picked country and another) or of all a country's events. */
export function indexLegend(pair = true) {
  const stops = INDEX_STOPS.map(([x, c]) => `${c} ${((x + 10) / 20) * 100}%`).join(", ");
  return h("div", { class: "legend-block", id: "index-legend" },
    h("h3", {}, "Cooperation–conflict index"),
    h("div", { class: "gradient", style: `background: linear-gradient(to right, ${stops})` }),
    h("div", { class: "gradient-labels" }, h("span", {}, "−10 conflict"), h("span", {}, "0"), h("span", {}, "+10 cooperation")),
    h("div", { class: "legend-item" }, h("span", { class: "swatch-box", style: `background:${NO_EVENTS}` }), "no events in the window"),
    h("p", { class: "muted small" }, pair ? "Mean Goldstein score of the events between the two in the window."
      : "Mean Goldstein score of all the country's events in the window."));
}

/** The legend of the tie kinds (line colours). */
export function tieLegend(withEvents = false) {
  return h("div", { class: "legend-block", id: "tie-legend" }, h("h3", {}, "Ties"),
    Object.entries(KIND_COLOURS).map(([kind, colour]) => h("div", { class: "legend-item", dataset: { kind } },
      h("span", { class: "swatch-line", style: `background:${colour}` }), KIND_LABELS[kind])),
    withEvents ? h("div", { class: "legend-item" }, h("span", { class: "swatch-line dashed", style: `border-color:${EVENTS_ONLY}` }), "events only") : null);
}
