// "CSV" and "JSON" buttons that download exactly what a view shows (built from the data it drew).

import { $$, h, fill } from "./dom.js";

const providers = {};

/** Register what view `view` offers for download: () => ({name, rows, columns, json}) or null. */
export function offer(view, provider) {
  providers[view] = provider;
  for (const slot of $$(`.downloads[data-for="${view}"]`)) {
    fill(slot, h("span", { class: "muted" }, "Download "),
      button(view, "csv", "CSV"), " ", button(view, "json", "JSON"));
  }
}

function button(view, fmt, text) {
  const b = h("button", { type: "button", class: "secondary small", dataset: { download: fmt } }, text);
  b.addEventListener("click", () => {
    const what = providers[view] && providers[view]();
    if (!what) return;
    if (fmt === "csv") save(`${what.name}.csv`, "text/csv", toCSV(what.rows, what.columns));
    else save(`${what.name}.json`, "application/json", JSON.stringify(what.json ?? what.rows, null, 2));
  });
  return b;
}

/** CSV (RFC 4180) of `rows` by `columns`; a text cell a spreadsheet would run as a formula gets a quote. */
export function toCSV(rows, columns) {
  const cell = (v) => {
    if (v === null || v === undefined) return "";
    let s = typeof v === "object" ? JSON.stringify(v) : String(v);
    if (typeof v !== "number" && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.join(","), ...rows.map((r) => columns.map((c) => cell(r[c])).join(","))].join("\r\n") + "\r\n";
}

export function save(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = h("a", { download: name });
  a.href = url;  // a blob: URL made here, not data from the API
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
