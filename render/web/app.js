// dateline viewer: loads a dateline.timeline/1 JSON and shows it on a vis-timeline with the
// same colours, modality styles and filters as the SVG. Every string from the timeline goes
// into the page through textContent or DOM nodes, never as HTML.
"use strict";

const QUAD_LABELS = {
  1: "Verbal cooperation", 2: "Material cooperation",
  3: "Verbal conflict", 4: "Material conflict", 0: "Outside CAMEO",
};
const MODALITIES = ["occurred", "expected", "proposed", "alleged", "negated", "hypothetical"];

const state = { timeline: null, vis: null, items: null, shown: [] };

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "className") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function dayToDate(s) { return s ? new Date(s + "T00:00:00Z") : null; }
function addDays(d, n) { return new Date(d.getTime() + n * 86400000); }

function quadOf(ev) {
  const q = ev.type && ev.type.quad_class;
  return q >= 1 && q <= 4 ? q : 0;
}

// The date shown for an event: its value, else its bounds.
function dateLabel(w) {
  if (!w) return "undated";
  if (w.value && !/_REF$/.test(w.value)) return w.value;
  if (w.earliest && w.latest) return w.earliest === w.latest ? w.earliest : `${w.earliest} – ${w.latest}`;
  if (w.earliest) return `≥ ${w.earliest}`;
  if (w.latest) return `≤ ${w.latest}`;
  return "undated";
}

function actorNames(ev) { return (ev.actors || []).map(a => a.name).filter(Boolean); }

function passes(ev) {
  const actor = document.getElementById("filter-actor").value;
  const root = document.getElementById("filter-root").value;
  const mods = new Set([...document.querySelectorAll("#filter-modality input:checked")].map(i => i.value));
  if (actor && !actorNames(ev).includes(actor)) return false;
  if (root && ((ev.type && ev.type.root) || "none") !== root) return false;
  return mods.has(ev.modality);
}

function showEvidence(ev) {
  const box = document.getElementById("evidence");
  box.replaceChildren();
  box.append(el("h2", {}, ev.summary || "(no summary)"));
  box.append(el("p", { className: "meta" }, `${dateLabel(ev.when)} · ${ev.modality} · ` +
    `${ev.type && ev.type.cameo ? "CAMEO " + ev.type.cameo + " " : ""}${(ev.type && ev.type.label) || ""}`));
  const actors = actorNames(ev);
  if (actors.length) box.append(el("p", {}, "Actors: " + (ev.actors || []).map(a => `${a.name} (${a.role})`).join(", ")));
  const docs = new Map((state.timeline.documents || []).map(d => [d.id, d]));
  for (const m of ev.mentions || []) {
    box.append(el("blockquote", { className: "mention" }, m.text || ""));
    const d = docs.get(m.document);
    if (d) box.append(el("p", { className: "source" },
      [d.source, d.title, d.published].filter(Boolean).join(" · ") + ` (bytes ${m.start}–${m.end})`));
  }
  box.dataset.event = ev.id;
}

function render() {
  const t = state.timeline;
  const dated = [], undated = [];
  for (const ev of t.events || []) {
    if (!passes(ev)) continue;
    const w = ev.when || {};
    (w.earliest || w.latest ? dated : undated).push(ev);
  }
  state.shown = dated.concat(undated);
  const items = dated.map(ev => {
    const w = ev.when;
    const start = dayToDate(w.earliest || w.latest);
    const end = addDays(dayToDate(w.latest || w.earliest), 1);
    const exact = w.earliest && w.latest && w.earliest === w.latest;
    const content = el("span", {}, el("b", {}, dateLabel(w)), " ", ev.summary || "");
    const classes = ["ev", "q" + quadOf(ev), "m-" + ev.modality];
    if (!exact) classes.push("bounded");
    const item = { id: ev.id, content, className: classes.join(" "), title: (ev.mentions && ev.mentions[0] && ev.mentions[0].text) || "" };
    if (exact) { item.start = start; item.type = "box"; }
    else if (w.earliest && w.latest) { item.start = start; item.end = end; item.type = "range"; }
    else { item.start = start; item.type = "box"; }
    return item;
  });
  state.items.clear();
  state.items.add(items);
  if (items.length) state.vis.fit({ animation: false });
  const list = document.getElementById("undated");
  list.replaceChildren(...undated.map(ev => {
    const li = el("li", { "data-event": ev.id, className: "undated-event q" + quadOf(ev) }, ev.summary || "(no summary)");
    li.addEventListener("click", () => showEvidence(ev));
    return li;
  }));
  document.getElementById("undated-section").hidden = undated.length === 0;
  document.body.dataset.shown = String(state.shown.length);
}

function fillFilters(t) {
  const actors = new Set(), roots = new Map();
  for (const ev of t.events || []) {
    actorNames(ev).forEach(a => actors.add(a));
    const r = (ev.type && ev.type.root) || "none";
    if (!roots.has(r)) roots.set(r, r === "none" ? "outside CAMEO" : r);
  }
  const actorSel = document.getElementById("filter-actor");
  actorSel.replaceChildren(el("option", { value: "" }, "all"), ...[...actors].sort().map(a => el("option", { value: a }, a)));
  const rootSel = document.getElementById("filter-root");
  rootSel.replaceChildren(el("option", { value: "" }, "all"), ...[...roots.keys()].sort().map(r => el("option", { value: r }, roots.get(r))));
  const mods = document.getElementById("filter-modality");
  mods.replaceChildren(el("legend", {}, "Modality"), ...MODALITIES.map(m => {
    const box = el("input", { type: "checkbox", value: m, name: "modality" });
    box.checked = true;
    return el("label", {}, box, " " + m);
  }));
  for (const id of ["filter-actor", "filter-root"]) document.getElementById(id).onchange = render;
  mods.onchange = render;
}

function load(t) {
  if (!t || typeof t.schema !== "string" || !t.schema.startsWith("dateline.timeline/1"))
    throw new Error("not a dateline.timeline/1 document");
  state.timeline = t;
  const docs = t.documents || [];
  document.getElementById("title").textContent = (docs.length === 1 && docs[0].title) || "dateline timeline";
  document.getElementById("sources").textContent = docs.map(d =>
    [d.source, d.published].filter(Boolean).join(", ") || d.path || d.id).join(" · ");
  fillFilters(t);
  render();
  document.getElementById("status").textContent = "";
  document.body.dataset.loaded = "true";
}

function fail(msg) {
  document.getElementById("status").textContent = msg;
  document.body.dataset.loaded = "error";
}

function init() {
  const legend = document.getElementById("legend");
  for (const q of [1, 2, 3, 4, 0]) {
    const sw = el("span", { className: "swatch" });
    sw.style.borderColor = `var(--q${q})`;
    legend.append(el("li", {}, sw, QUAD_LABELS[q]));
  }
  legend.append(el("li", {}, "solid = occurred · dashed = expected/proposed · grey = alleged · struck = negated · dotted = hypothetical"));
  state.items = new vis.DataSet();
  state.vis = new vis.Timeline(document.getElementById("timeline"), state.items,
    { stack: true, zoomable: true, orientation: "top", margin: { item: 6 }, xss: { disabled: false } });
  state.vis.on("select", props => {
    const ev = (state.timeline.events || []).find(e => e.id === props.items[0]);
    if (ev) showEvidence(ev);
  });
  document.getElementById("file").addEventListener("change", e => {
    const f = e.target.files[0];
    if (!f) return;
    f.text().then(s => load(JSON.parse(s))).catch(err => fail("Could not load " + f.name + ": " + err.message));
  });
  const src = new URLSearchParams(location.search).get("src");
  if (src) {
    fetch(src).then(r => { if (!r.ok) throw new Error(r.status + " " + r.statusText); return r.json(); })
      .then(load).catch(err => fail("Could not load " + src + ": " + err.message));
  }
}

init();
