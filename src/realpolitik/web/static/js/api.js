// The page is a client of the public HTTP API (/docs): nothing here is private to the page.

/** GET (or `options`) `path` with query `params`; the JSON body, or an Error with the API's `detail`. */
export async function api(path, params = {}, options = undefined) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") query.set(k, v);
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(typeof body.detail === "string" ? body.detail : `${response.status} ${response.statusText}`);
  return body;
}
