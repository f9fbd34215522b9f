// Timelines on a continuous time axis: every period between the first and the last has its slot, so an
// empty month is an empty slot (a gap), never squeezed out. SVG built through the DOM.

import { count, h } from "./dom.js";
import { indexColour } from "./colours.js";

const svg = (tag, attrs = {}, ...children) => h(`svg:${tag}`, attrs, ...children);

/** Period labels from `first` to `last` inclusive: months "2025-05", ISO weeks and days "2025-10-27". */
export function periodRange(first, last, by) {
  const out = [];
  if (!first || !last || first > last) return out;
  if (by === "month") {
    let [y, m] = first.split("-").map(Number);
    const [ly, lm] = last.split("-").map(Number);
    while (y < ly || (y === ly && m <= lm)) {
      out.push(`${y}-${String(m).padStart(2, "0")}`);
      m += 1; if (m > 12) { m = 1; y += 1; }
      if (out.length > 600) break;
    }
    return out;
  }
  const step = by === "week" ? 7 : 1;
  for (let t = Date.parse(`${first}T00:00:00Z`), end = Date.parse(`${last}T00:00:00Z`); t <= end; t += step * 86400000) {
    out.push(new Date(t).toISOString().slice(0, 10));
    if (out.length > 1500) break;
  }
  return out;
}

/** The period label of a date. */
export function periodOf(day, by) {
  if (by === "month") return day.slice(0, 7);
  if (by === "week") {
    const t = new Date(`${day}T00:00:00Z`), wd = (t.getUTCDay() + 6) % 7;
    return new Date(t.getTime() - wd * 86400000).toISOString().slice(0, 10);
  }
  return day;
}

/** Label every n-th slot so that labels of about 48 px do not overlap. */
function tickEvery(slotWidth, by) { const need = by === "month" ? 46 : 64; return Math.max(1, Math.ceil(need / slotWidth)); }

/** Bars of the mean index per period (up: cooperation, down: conflict), empty periods as gaps. */
export function indexBars(periods, by, { id = "index-chart", height = 220 } = {}) {
  if (!periods.length) return h("p", { class: "muted" }, "No dated events in this range.");
  const slots = periodRange(periods[0].period, periods[periods.length - 1].period, by);
  const byLabel = new Map(periods.map((p) => [p.period, p]));
  const left = 34, right = 8, slotW = Math.max(14, Math.min(48, 900 / slots.length));
  const w = left + right + slots.length * slotW, mid = height / 2 - 8, scale = (mid - 22) / 10;
  const every = tickEvery(slotW, by);
  const parts = [
    svg("line", { x1: left, x2: w - right, y1: mid, y2: mid, class: "axis" }),
    ...[10, 5, -5, -10].map((v) => svg("line", { x1: left, x2: w - right, y1: mid - v * scale, y2: mid - v * scale, class: "grid" })),
    svg("text", { x: left - 4, y: mid - 10 * scale + 4, class: "tick", "text-anchor": "end" }, "+10"),
    svg("text", { x: left - 4, y: mid + 4, class: "tick", "text-anchor": "end" }, "0"),
    svg("text", { x: left - 4, y: mid + 10 * scale + 4, class: "tick", "text-anchor": "end" }, "−10"),
  ];
  slots.forEach((label, i) => {
    const x = left + i * slotW, p = byLabel.get(label);
    if (i % every === 0) parts.push(svg("text", { x: x + slotW / 2, y: height - 4, class: "tick", "text-anchor": "middle" }, label));
    if (!p) { parts.push(svg("rect", { class: "gap", x: x + 1, y: mid - 1, width: slotW - 2, height: 2, "data-period": label })); return; }
    const v = p.goldstein_mean ?? p.index ?? 0, bh = Math.max(2, Math.abs(v) * scale);
    parts.push(svg("rect", { class: "bar", x: x + 2, y: v >= 0 ? mid - bh : mid, width: slotW - 4, height: bh, fill: indexColour(v),
      stroke: "#5b6270", "stroke-width": 0.5, "data-period": label, "data-index": String(v) },
      svg("title", {}, `${label}: index ${v} (${count(p.events, "event")})`)));
    parts.push(svg("text", { x: x + slotW / 2, y: v >= 0 ? mid - bh - 3 : mid + bh + 11, class: "value", "text-anchor": "middle" }, String(Math.round(v * 10) / 10)));
  });
  return svg("svg", { class: "chart", id, viewBox: `0 0 ${w} ${height}`, width: w, height, "data-slots": slots.length }, parts);
}

/** A heat strip: one row per partner, one cell per period coloured by the index; no events, no cell. */
export function heatStrip(rows, first, last, by, { id = "heat", rowLabel = (r) => r.key, onRow = null } = {}) {
  const slots = periodRange(first, last, by);
  if (!rows.length || !slots.length) return h("p", { class: "muted" }, "No dated events in this window.");
  const left = 190, cell = Math.max(10, Math.min(44, 900 / slots.length)), rowH = 22, top = 4;
  const w = left + slots.length * cell + 6, height = top + rows.length * rowH + 22, every = tickEvery(cell, by);
  const parts = [];
  rows.forEach((row, r) => {
    const y = top + r * rowH;
    const name = svg("text", { x: left - 8, y: y + rowH / 2 + 4, class: "row-label", "text-anchor": "end", "data-code": row.key }, rowLabel(row));
    if (onRow) { name.classList.add("link"); name.addEventListener("click", () => onRow(row)); }
    parts.push(svg("rect", { class: "lane", x: left, y: y + 2, width: slots.length * cell, height: rowH - 4 }), name);
    const cells = new Map(row.series.map((p) => [p.period, p]));
    slots.forEach((label, i) => {
      const p = cells.get(label);
      if (!p || p.index === null || p.index === undefined) return;
      parts.push(svg("rect", { class: "cell", x: left + i * cell + 1, y: y + 3, width: cell - 2, height: rowH - 6, fill: indexColour(p.index),
        "data-code": row.key, "data-period": label, "data-index": String(p.index) }, svg("title", {}, `${rowLabel(row)}, ${label}: index ${p.index} (${count(p.events, "event")})`)));
    });
  });
  slots.forEach((label, i) => {
    if (i % every === 0) parts.push(svg("text", { x: left + i * cell + cell / 2, y: height - 6, class: "tick", "text-anchor": "middle" }, label));
  });
  return svg("svg", { class: "chart heat", id, viewBox: `0 0 ${w} ${height}`, width: w, height, "data-slots": slots.length }, parts);
}
