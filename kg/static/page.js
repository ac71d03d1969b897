/* healthkg network page: draws the JSON in #kg-data with vis-network. Article text only ever
   reaches the DOM through textContent, and vis-network draws labels on a canvas. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var t0 = performance.now();
  var classes = {};
  data.classes.forEach(function (c) { classes[c.key] = c; });
  var hiddenCls = {};
  data.classes.forEach(function (c) { if (c.hidden) { hiddenCls[c.key] = true; } });
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var big = data.nodes.length > 800;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function tipElement(lines) {
    var div = el("div", "kg-tip");
    lines.forEach(function (line, i) { div.appendChild(el(i === 0 ? "strong" : "div", "", line)); });
    return div;
  }

  function nodeLines(n) {
    var c = classes[n.cls];
    var lines = [n.label, "类别: " + c.zh + " (" + c.en + ")"];
    if (n.names.length > 1) { lines.push("名称: " + n.names.join("、")); }
    lines = lines.concat(n.info);
    lines.push("连线: " + n.degree);
    return lines;
  }

  function edgeLines(e) {
    var lines = [byId[e.from].label + " → " + byId[e.to].label + "：" + e.label].concat(e.lines);
    if (e.more) { lines.push("…另有 " + e.more + " 条"); }
    return lines;
  }

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var c = classes[n.cls];
    return {
      id: n.id, label: n.label, shape: c.shape, size: n.size, hidden: !!hiddenCls[n.cls],
      title: tipElement(nodeLines(n)),
      color: { background: c.color, border: "#ffffff", highlight: { background: c.color, border: "#111827" },
               hover: { background: c.color, border: "#111827" } }
    };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    return {
      id: i, from: e.from, to: e.to, label: e.label, dashes: e.former, title: tipElement(edgeLines(e)),
      hidden: !!(hiddenCls[byId[e.from].cls] || hiddenCls[byId[e.to].cls])
    };
  }));

  var options = {
    autoResize: true,
    layout: { randomSeed: 7, improvedLayout: false },
    physics: {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, centralGravity: 0.025, springLength: 80,
                          springConstant: 0.08, damping: 0.5, avoidOverlap: 0.2 },
      stabilization: { enabled: true, iterations: 200, updateInterval: 20, fit: true },
      maxVelocity: 60, minVelocity: 1, timestep: 0.5, adaptiveTimestep: true
    },
    nodes: {
      borderWidth: 1.5, borderWidthSelected: 3,
      font: { size: 13, face: "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif",
              color: "#1f2937", strokeWidth: 3, strokeColor: "#ffffff" }
    },
    edges: {
      smooth: false, width: 1, selectionWidth: 2, hoverWidth: 0.5,
      arrows: { to: { enabled: true, scaleFactor: 0.45 } },
      color: { color: "#b8c0cc", highlight: "#374151", hover: "#6b7280", inherit: false },
      font: { size: 11, color: "#4b5563", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal",
              face: "Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif" }
    },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   navigationButtons: false, keyboard: false }
  };

  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var status = document.getElementById("kg-status");
  window.kgNetwork = network;
  window.kgStabilized = false;
  document.body.setAttribute("data-node-count", String(nodes.length));
  document.body.setAttribute("data-edge-count", String(edges.length));

  network.on("stabilizationProgress", function (p) {
    status.textContent = "正在布局… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  function settled() {
    // Physics stays off once laid out: a large graph would otherwise keep the CPU busy forever.
    network.setOptions({ physics: { enabled: false } });
    if (!window.kgStabilized) {
      window.kgStabilizedMs = Math.round(performance.now() - t0);
      window.kgStabilized = true;
      document.body.setAttribute("data-stabilized", "1");
    }
    status.textContent = "布局完成";
  }
  network.on("stabilizationIterationsDone", settled);
  network.on("stabilized", settled);
  if (nodes.length === 0) { settled(); }

  document.getElementById("kg-counts").textContent =
    data.nodes.length + " 个节点 · " + data.edges.length + " 条连线";

  function relayout() {
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(120);
  }

  function applyFilter(showing) {
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !!hiddenCls[n.cls] }; }));
    edges.update(data.edges.map(function (e, i) {
      return { id: i, hidden: !!(hiddenCls[byId[e.from].cls] || hiddenCls[byId[e.to].cls]) };
    }));
    if (showing) { relayout(); }
  }

  var checkboxes = {};
  var legend = document.getElementById("kg-legend");
  data.classes.forEach(function (c) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = !c.hidden;
    box.addEventListener("change", function () {
      hiddenCls[c.key] = !box.checked;
      applyFilter(box.checked);
    });
    checkboxes[c.key] = box;
    var swatch = el("span", "kg-swatch kg-shape-" + c.shape);
    swatch.style.color = c.color;
    label.appendChild(box);
    label.appendChild(swatch);
    label.appendChild(el("span", "kg-cls", c.zh + " " + c.en));
    label.appendChild(el("span", "kg-n", String(c.count)));
    li.appendChild(label);
    legend.appendChild(li);
  });

  var details = document.getElementById("kg-details");
  function showDetails(lines) {
    details.textContent = "";
    details.appendChild(tipElement(lines));
  }

  function focusNode(id) {
    var n = byId[id];
    if (!n) { return; }
    if (hiddenCls[n.cls]) {
      hiddenCls[n.cls] = false;
      checkboxes[n.cls].checked = true;
      applyFilter(false);
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showDetails(nodeLines(n));
  }
  window.kgFocus = focusNode;

  network.on("selectNode", function (p) { if (p.nodes.length) { showDetails(nodeLines(byId[p.nodes[0]])); } });
  network.on("selectEdge", function (p) {
    if (!p.nodes.length && p.edges.length) { showDetails(edgeLines(data.edges[p.edges[0]])); }
  });

  var index = data.nodes.map(function (n) {
    return n.names.map(function (s) { return s.toLowerCase(); });
  });
  var search = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var hits = [];
  function find(q) {
    q = q.trim().toLowerCase();
    var exact = [], partial = [];
    if (!q) { return []; }
    for (var i = 0; i < index.length; i++) {
      var names = index[i];
      if (names.indexOf(q) >= 0) { exact.push(i); }
      else if (names.some(function (s) { return s.indexOf(q) >= 0; })) { partial.push(i); }
    }
    return exact.concat(partial).slice(0, 30);
  }
  function renderResults() {
    hits = find(search.value);
    results.textContent = "";
    hits.forEach(function (i) {
      var n = data.nodes[i];
      var li = el("li");
      var b = el("button", "kg-hit");
      b.type = "button";
      b.appendChild(el("span", "kg-dot", "●")).style.color = classes[n.cls].color;
      b.appendChild(el("span", "", n.label));
      b.appendChild(el("span", "kg-n", classes[n.cls].zh));
      b.addEventListener("click", function () { focusNode(n.id); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (search.value.trim() && !hits.length) { results.appendChild(el("li", "kg-none", "没有找到")); }
  }
  search.addEventListener("input", renderResults);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      renderResults();
      if (hits.length) { focusNode(data.nodes[hits[0]].id); }
      ev.preventDefault();
    }
  });
})();
