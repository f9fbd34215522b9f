// Time as a first-class control: a date slider over the span of the store, the exact date, a window
// length, and a play button that steps through time. Map, network and country page read `at` and
// `days` from the URL; moving the slider rewrites them.

import { $ } from "./dom.js";
import { state, update } from "./state.js";

const DAY = 86400000;
let first = null, last = null, timer = null, pending = null;

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const parse = (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s || "") ? Date.parse(`${s}T00:00:00Z`) : NaN);

/** The date shown (URL `at`, else the store's last date, else today) and the window in days. */
export function currentTime() {
  const at = Number.isNaN(parse(state.params.at)) ? (state.meta?.last_date || iso(Date.now())) : state.params.at;
  const days = Math.min(3660, Math.max(1, parseInt(state.params.days, 10) || 365));
  return { at, days, since: iso(parse(at) - (days - 1) * DAY) };
}

export function shiftDate(at, days) { return iso(parse(at) + days * DAY); }

export function setupTime() {
  first = parse(state.meta?.first_date) || Date.now() - 365 * DAY;
  last = parse(state.meta?.last_date) || Date.now();
  if (last < first) last = first;
  const slider = $("#time-slider");
  slider.min = 0;
  slider.max = Math.round((last - first) / DAY);
  $("#time-range").textContent = state.meta?.first_date ? `store: ${state.meta.first_date} – ${state.meta.last_date}` : "";
  slider.addEventListener("input", () => {
    $("#time-at").value = iso(first + Number(slider.value) * DAY);
    clearTimeout(pending);
    pending = setTimeout(() => update({ at: $("#time-at").value }), 250);
  });
  $("#time-at").addEventListener("change", () => { if (!Number.isNaN(parse($("#time-at").value))) update({ at: $("#time-at").value }); });
  $("#time-days").addEventListener("change", () => update({ days: $("#time-days").value }));
  $("#time-play").addEventListener("click", () => (timer ? stop() : play()));
}

/** Show the bar for views that use time, with the URL's values. */
export function showTime(visible) {
  $("#timebar").hidden = !visible;
  if (!visible) { stop(); return; }
  const { at, days } = currentTime();
  $("#time-at").value = at;
  $("#time-slider").value = Math.round((parse(at) - first) / DAY);
  const select = $("#time-days");
  if (![...select.options].some((o) => o.value === String(days))) select.append(new Option(`${days} days`, String(days)));
  select.value = String(days);
}

function play() {
  const step = Math.max(7, Math.round(currentTime().days / 12));
  let at = parse(currentTime().at);
  if (at >= last) at = first;
  $("#time-play").textContent = "❚❚";
  timer = setInterval(() => {
    at = Math.min(last, at + step * DAY);
    update({ at: iso(at) });
    if (at >= last) stop();
  }, 1200);
}

function stop() {
  clearInterval(timer);
  timer = null;
  $("#time-play").textContent = "▶";
}
