// Renders /openapi.json as a list of endpoints with their parameters (no network beyond this server).
(async function () {
  const main = document.getElementById("api-docs");
  const spec = await (await fetch("/openapi.json")).json();
  const esc = (s) => String(s ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
  let html = `<p>${esc(spec.info.title)} ${esc(spec.info.version)}</p>`;
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      html += `<section class="endpoint"><h2><code>${method.toUpperCase()} ${esc(path)}</code></h2>`;
      html += `<p>${esc(op.summary || "")}</p>`;
      const params = op.parameters || [];
      if (params.length) {
        html += "<table><tr><th>parameter</th><th>in</th><th>type</th><th>description</th></tr>";
        for (const p of params) {
          const sch = p.schema || {};
          const type = sch.type || (sch.anyOf || []).map((x) => x.type || x.format).filter((x) => x && x !== "null").join("|");
          const bounds = [sch.minimum !== undefined ? `≥${sch.minimum}` : "", sch.maximum !== undefined ? `≤${sch.maximum}` : "", sch.pattern ? `/${sch.pattern}/` : ""].join(" ");
          html += `<tr><td><code>${esc(p.name)}</code>${p.required ? " *" : ""}</td><td>${esc(p.in)}</td><td>${esc(type)} ${esc(bounds)}</td><td>${esc(p.description || "")}</td></tr>`;
        }
        html += "</table>";
      }
      if (op.requestBody) html += "<p>Body: JSON, see <code>components.schemas</code> in /openapi.json.</p>";
      html += "</section>";
    }
  }
  main.innerHTML = html;
})();
