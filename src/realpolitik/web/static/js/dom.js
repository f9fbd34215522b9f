// Building the page from data safely: every string from the API becomes a text node or a DOM attribute,
// never HTML; a URL becomes a link only when it is http(s). Nothing here parses markup.

const SVG_NS = "http://www.w3.org/2000/svg";

/** A new element: h("a", {href, class: "x"}, "text", child, ...). Attributes named on* are refused. */
export function h(tag, attrs = {}, ...children) {
  const el = tag.startsWith("svg:") ? document.createElementNS(SVG_NS, tag.slice(4)) : document.createElement(tag);
  setAttrs(el, attrs);
  append(el, ...children);
  return el;
}

export function setAttrs(el, attrs) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`event handler attribute ${name} refused; use addEventListener`);
    if (name === "href" || name === "src") {
      const url = safeUrl(value, true);
      if (url) el.setAttribute(name, url);
    } else if (name === "dataset") {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(name, value === true ? "" : String(value));
    }
  }
}

/** Children: strings and numbers as text nodes, nodes as they are, arrays flattened, null skipped. */
export function append(el, ...children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Empty `el` and fill it with `children`. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, ...children);
}

/**
 * The URL if it is http(s) (absolute), or with `local` a path on this server ("/country/VEN"); else null.
 * javascript:, data:, vbscript: and every other scheme, and protocol-relative "//host" URLs, are refused.
 */
export function safeUrl(value, local = false) {
  const text = String(value ?? "").trim();
  if (local && /^\/(?!\/)/.test(text) && !/[\\\u0000-\u001f]/.test(text)) return text;
  let url;
  try { url = new URL(text); } catch { return null; }
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

export const $ = (sel, root = document) => root.querySelector(sel);
export const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

/** Text cut to `n` characters with an ellipsis. */
export function cut(text, n) {
  const s = String(text ?? "");
  return s.length > n ? s.slice(0, n - 1).trimEnd() + "…" : s;
}

/** A sentence with the given substrings marked (<mark>), built from text nodes. */
export function marked(sentence, parts) {
  const text = String(sentence ?? "");
  const spans = [];
  for (const part of parts || []) {
    if (!part) continue;
    const i = text.indexOf(part);
    if (i >= 0) spans.push([i, i + part.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    out.push(text.slice(at, start), h("mark", {}, text.slice(start, end)));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

/** "1 event", "3 events": a count with its noun in the right number (English page words). */
export function count(n, noun) { return `${n} ${noun}${n === 1 ? "" : "s"}`; }
