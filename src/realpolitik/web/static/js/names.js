// Names of actor codes in the chosen language, from GET /api/names: "Venezuela (VEN)", "United States:
// government (USAGOV)". Countries by CLDR; a code the API does not know is shown as it is.

import { api } from "./api.js";
import { $, h, fill } from "./dom.js";

const table = { lang: null, countries: new Map(), organisations: new Map(), agents: new Map() };

export async function loadNames(lang) {
  if (table.lang === lang) return;
  const body = await api("/api/names", { lang });
  table.lang = lang;
  for (const map of [table.countries, table.organisations, table.agents]) map.clear();
  for (const item of body.items) table[`${item.kind === "country" ? "countries" : item.kind === "agent" ? "agents" : "organisations"}`].set(item.code, item.name);
  fill($("#actor-list"), [...table.countries, ...table.organisations].map(([code, name]) =>
    h("option", { value: `${name} (${code})` })));
}

/** The bare name: "Venezuela", "United States: government"; the code when unknown. */
export function nameOf(code) {
  const c = String(code ?? "").toUpperCase();
  if (!c) return "";
  if (table.countries.has(c)) return table.countries.get(c);
  if (table.organisations.has(c)) return table.organisations.get(c);
  const head = c.slice(0, 3), tail = c.slice(3);
  if (table.countries.has(head) && tail) {
    const agent = table.agents.get(tail.slice(0, 3));
    return agent && tail.length === 3 ? `${table.countries.get(head)}: ${agent}` : `${table.countries.get(head)} (${tail})`;
  }
  return c;
}

/** "Venezuela (VEN)"; just "NATO" when name and code are the same. */
export function label(code) {
  const c = String(code ?? "").toUpperCase();
  const name = nameOf(c);
  return !c ? "" : name === c ? c : `${name} (${c})`;
}

export function isCountry(code) { return table.countries.has(String(code ?? "").toUpperCase()); }

/** A code from what a person typed: "VEN", "ven", "Venezuela", "Venezuela (VEN)" → "VEN"; null if none. */
export function codeOf(text) {
  const s = String(text ?? "").trim();
  if (!s) return null;
  const inParens = s.match(/\(([A-Za-z_]{2,12})\)\s*$/);
  if (inParens) return inParens[1].toUpperCase();
  if (/^[A-Za-z_]{2,12}$/.test(s) && (table.countries.has(s.toUpperCase()) || table.organisations.has(s.toUpperCase()) || s === s.toUpperCase())) return s.toUpperCase();
  const lower = s.toLowerCase();
  for (const map of [table.countries, table.organisations]) {
    for (const [code, name] of map) if (name.toLowerCase() === lower) return code;
  }
  return /^[A-Za-z_]{2,12}$/.test(s) ? s.toUpperCase() : null;
}
