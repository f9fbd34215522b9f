// realpolitik web page: views over the public HTTP API, no build step. Each view's state is in its URL.

import { api } from "./api.js";
import { setupArticle } from "./article.js";
import { setupCountry, showCountry } from "./country.js";
import { $, $$ } from "./dom.js";
import { setupDyad, showDyad } from "./dyad.js";
import { setupEvents, showEvents } from "./events.js";
import { setupIngest } from "./ingest.js";
import { setupMap, showMap } from "./map.js";
import { loadNames } from "./names.js";
import { setupNetwork, showNetwork } from "./network.js";
import { VIEWS, onNavigate, parseLocation, render, state, update, urlFor } from "./state.js";
import { setupTime, showTime } from "./time.js";

const SHOW = { map: showMap, country: showCountry, network: showNetwork, dyad: showDyad, events: showEvents, ingest: () => {} };
const TIMED = new Set(["map", "country", "network"]);
const LANGS = ["en", "de", "es", "fr", "ru"];
window.rp = { state, cy: null, ready: false };

async function show(view, params) {
  const lang = LANGS.includes(params.lang) ? params.lang : state.lang;
  if (lang !== state.lang || !window.rp.namesLoaded) {
    state.lang = lang;
    await loadNames(lang);
    window.rp.namesLoaded = true;
    document.documentElement.lang = lang;
    localStorage.setItem("realpolitik.lang", lang);
  }
  $("#lang").value = state.lang;
  for (const section of $$(".view")) section.hidden = section.id !== `view-${view}`;
  for (const a of $$("#tabs a[data-view]")) {
    a.classList.toggle("active", a.dataset.view === view);
    if (a.dataset.view === view) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
    const keep = { lang: params.lang, at: params.at, days: params.days };
    if (["map", "network", "country"].includes(a.dataset.view) && params.actor) keep.actor = params.actor;
    a.setAttribute("href", urlFor(a.dataset.view, keep));
  }
  showTime(TIMED.has(view));
  window.rp.view = view;
  window.rp.ready = false;
  const seq = ++state.seq;
  await SHOW[view](params);
  if (seq === state.seq) window.rp.ready = true;
}

/** Links to the page's own views change the URL without reloading the page. */
function followLinks(evt) {
  const a = evt.target.closest("a[href]");
  if (!a || evt.defaultPrevented || a.target || evt.ctrlKey || evt.metaKey || evt.shiftKey || evt.button !== 0) return;
  const url = new URL(a.href, window.location.href);
  if (url.origin !== window.location.origin || !VIEWS.includes(url.pathname.split("/")[1])) return;
  evt.preventDefault();
  if (url.pathname + url.search !== window.location.pathname + window.location.search) history.pushState(null, "", url.pathname + url.search);
  render();
}

async function start() {
  const initial = parseLocation();
  state.lang = LANGS.includes(initial.params.lang) ? initial.params.lang : (localStorage.getItem("realpolitik.lang") || "en");
  if (window.location.hash.length > 1 && window.location.pathname === "/") history.replaceState(null, "", urlFor(initial.view, initial.params));
  try {
    state.meta = await api("/api/meta");
    const c = state.meta.counts;
    $("#summary").textContent = `${c.documents} articles · ${c.event_mentions} event mentions · ${c.relations} relations`;
  } catch (e) { $("#summary").textContent = e.message; }
  setupTime();
  setupArticle();
  setupMap();
  setupCountry();
  setupNetwork();
  setupDyad();
  setupEvents();
  setupIngest(Boolean(state.meta && state.meta.ingest_enabled));
  $("#lang").addEventListener("change", () => update({ lang: $("#lang").value }));
  document.addEventListener("click", followLinks);
  window.addEventListener("popstate", render);
  onNavigate(show);
  await render();
}

start();
