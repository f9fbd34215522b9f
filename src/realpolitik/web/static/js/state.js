// The state of every view lives in the URL (path + query string), so any view can be bookmarked or shared:
// /map?actor=VEN&at=2025-10-27&days=365&lang=de, /country/VEN, /dyad/USA/VEN?by=month, /events?actor=VEN ...

export const VIEWS = ["map", "country", "network", "dyad", "events", "ingest"];
const SHARED = ["lang", "at", "days"];
export const state = { meta: null, lang: "en", view: "map", params: {}, cy: null, shown: {}, seq: 0 };
/** True when a newer navigation started since `seq` was taken: a view drops its stale answer. */
export const stale = (seq) => seq !== state.seq;
let renderer = () => {};

export function onNavigate(fn) { renderer = fn; }

/** {view, params} of the current URL; the old #network / #dyad/A/B addresses still work. */
export function parseLocation(loc = window.location) {
  let parts = loc.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const params = Object.fromEntries(new URLSearchParams(loc.search));
  if (!parts.length && loc.hash.length > 1) parts = loc.hash.slice(1).split("/").map(decodeURIComponent);
  let view = VIEWS.includes(parts[0]) ? parts[0] : "map";
  if (view === "country" && parts[1]) params.actor = parts[1];
  if (view === "dyad" && parts[1] && parts[2]) { params.a = parts[1]; params.b = parts[2]; }
  for (const key of ["actor", "a", "b"]) if (params[key]) params[key] = params[key].toUpperCase().replace(/[^A-Z_]/g, "");
  if (parts[0] && !VIEWS.includes(parts[0])) view = "map";
  return { view, params };
}

/** The URL of `view` with `params` (the shared date, window and language carried along). */
export function urlFor(view, params = {}) {
  const p = { ...params };
  for (const key of SHARED) if (p[key] === undefined && state.params[key] !== undefined) p[key] = state.params[key];
  let path = `/${view}`;
  if (view === "country" && p.actor) { path += `/${encodeURIComponent(p.actor)}`; delete p.actor; }
  if (view === "dyad" && p.a && p.b) { path += `/${encodeURIComponent(p.a)}/${encodeURIComponent(p.b)}`; delete p.a; delete p.b; }
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(p)) if (v !== undefined && v !== null && v !== "") query.set(k, v);
  const q = query.toString();
  return q ? `${path}?${q}` : path;
}

/** Show `view` with `params`: a new history entry (or the current one replaced) and a render. */
export function go(view, params = {}, replace = false) {
  const url = urlFor(view, params);
  if (url !== window.location.pathname + window.location.search) history[replace ? "replaceState" : "pushState"](null, "", url);
  return render();
}

/** Change some parameters of the current view (the URL follows). */
export function update(changes, replace = true) {
  return go(state.view, { ...state.params, ...changes }, replace);
}

export function render() {
  const { view, params } = parseLocation();
  state.view = view;
  state.params = params;
  return renderer(view, params);
}
