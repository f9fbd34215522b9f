// The article behind an event, its evidence sentence highlighted: text nodes and one <mark>, never HTML.

import { api } from "./api.js";
import { $, h, fill, safeUrl } from "./dom.js";

export async function openArticle(docId, { start, end, evidence } = {}) {
  let doc;
  try { doc = await api(`/api/documents/${encodeURIComponent(docId)}`); }
  catch (e) { fill($("#article-title"), "Article not available"); fill($("#article-meta"), e.message); fill($("#article-text")); $("#article").hidden = false; return; }
  const text = String(doc.text ?? "");
  if (!(Number.isInteger(start) && start >= 0 && end <= text.length && end > start) && evidence) {
    const i = text.indexOf(evidence);
    if (i >= 0) { start = i; end = i + evidence.length; } else { start = undefined; }
  }
  fill($("#article-title"), doc.title || doc.id);
  const link = safeUrl(doc.url);
  const meta = [doc.published, doc.outlet, doc.lang].filter(Boolean).map(String);
  fill($("#article-meta"), meta.join(" · "), link ? [meta.length ? " · " : "", h("a", { href: link, rel: "noopener noreferrer", target: "_blank", id: "article-source" }, "source")] : null);
  const body = Number.isInteger(start)
    ? [text.slice(0, start), h("mark", { id: "evidence" }, text.slice(start, end)), text.slice(end)] : [text];
  fill($("#article-text"), body);
  $("#article").hidden = false;
  const mark = $("#evidence");
  if (mark) mark.scrollIntoView({ block: "center" });
}

export function setupArticle() {
  const close = () => { $("#article").hidden = true; };
  $("#article-close").addEventListener("click", close);
  $("#article").addEventListener("click", (e) => { if (e.target.id === "article") close(); });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") close(); });
}
