// The timeline page's behaviour: a panel with the clicked event's evidence and sources, and
// filters by actor, CAMEO root and modality. Every text from the data goes in as textContent,
// never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var docs = {};
  data.documents.forEach(function (d) { docs[d.id] = d; });
  var panel = document.getElementById("panel");
  var nodes = {};
  data.events.forEach(function (e) {
    var g = document.getElementById(e.svg_id);
    if (g) {
      nodes[e.svg_id] = g;
      g.classList.add("event");
    }
  });

  function el(tag, text, cls) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) n.textContent = text;
    if (cls) n.className = cls;
    return n;
  }

  function show(e) {
    panel.replaceChildren();
    panel.appendChild(el("h2", e.summary || "(no summary)"));
    panel.appendChild(el("p", e.date + " · " + e.modality + " · " + e.root, "meta"));
    if (e.type) panel.appendChild(el("p", "CAMEO " + e.type, "meta"));
    if (e.actors_text) panel.appendChild(el("p", e.actors_text));
    panel.appendChild(el("h3", e.mentions.length === 1 ? "Evidence" : "Evidence (" + e.mentions.length + ")"));
    e.mentions.forEach(function (m) {
      panel.appendChild(el("blockquote", m.text));
      var d = docs[m.document];
      var p = el("p", "", "doc");
      if (d) {
        var label = [d.source || "unknown source", d.published || "date unknown", d.title || ""].filter(Boolean).join(" · ");
        if (d.url && /^https?:\/\//i.test(d.url)) {
          var a = el("a", label);
          a.href = d.url;
          a.rel = "noopener noreferrer";
          p.appendChild(a);
        } else {
          p.textContent = label;
        }
      } else {
        p.textContent = m.document;
      }
      panel.appendChild(p);
    });
    Object.keys(nodes).forEach(function (id) { nodes[id].classList.toggle("selected", id === e.svg_id); });
  }

  data.events.forEach(function (e) {
    var g = nodes[e.svg_id];
    if (g) g.addEventListener("click", function (ev) { ev.preventDefault(); show(e); });
  });

  function fill(select, values) {
    values.forEach(function (v) {
      var o = el("option", v);
      o.value = v;
      select.appendChild(o);
    });
  }
  function uniq(list) { return Array.from(new Set(list)).sort(); }
  var fa = document.getElementById("filter-actor");
  var fr = document.getElementById("filter-root");
  var fm = document.getElementById("filter-modality");
  fill(fa, uniq([].concat.apply([], data.events.map(function (e) { return e.actors; }))));
  fill(fr, uniq(data.events.map(function (e) { return e.root; })));
  fill(fm, uniq(data.events.map(function (e) { return e.modality; })));
  var count = document.getElementById("filter-count");

  function apply() {
    var shown = 0;
    data.events.forEach(function (e) {
      var ok = (!fa.value || e.actors.indexOf(fa.value) >= 0) && (!fr.value || e.root === fr.value) &&
               (!fm.value || e.modality === fm.value);
      if (ok) shown++;
      var g = nodes[e.svg_id];
      if (g) g.classList.toggle("dim", !ok);
    });
    count.textContent = shown + " of " + data.events.length + " events";
  }
  [fa, fr, fm].forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();
