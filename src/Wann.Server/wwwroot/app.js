// The Wann viewer page: plain DOM and inline SVG, no framework, so it needs no build step.
"use strict";

const $ = (id) => document.getElementById(id);
const svgNs = "http://www.w3.org/2000/svg";
let current = null;
let replayTimer = 0;

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

function fmt(value, digits = 1) {
  return typeof value === "number" && isFinite(value) ? value.toFixed(digits) : "–";
}

async function loadRuns() {
  const runs = await getJson("/api/runs");
  const list = $("runs");
  list.replaceChildren();
  if (runs.length === 0) {
    const li = document.createElement("li");
    li.className = "muted";
    li.textContent = "no runs in this folder yet";
    list.append(li);
    return;
  }
  for (const run of runs) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `#${encodeURIComponent(run.name)}`;
    a.dataset.run = run.name;
    a.textContent = run.name;
    const small = document.createElement("small");
    small.textContent = `${run.task ?? "?"} · ${run.generations} generations · champion ${fmt(run.championScore)} (${run.championConnections ?? "–"} connections)`;
    a.append(small);
    a.addEventListener("click", (e) => { e.preventDefault(); openRun(run); });
    li.append(a);
    list.append(li);
  }
  const wanted = decodeURIComponent(location.hash.slice(1));
  const initial = runs.find((r) => r.name === wanted);
  if (initial) openRun(initial);
}

function axes(svg, xs, series, labels) {
  svg.replaceChildren();
  const w = 640, h = 260, left = 50, right = 10, top = 10, bottom = 30;
  const all = series.flatMap((s) => s.values).filter((v) => isFinite(v));
  if (xs.length === 0 || all.length === 0) return;
  const xmin = Math.min(...xs), xmax = Math.max(...xs);
  let ymin = Math.min(...all), ymax = Math.max(...all);
  if (ymax === ymin) { ymax += 1; ymin -= 1; }
  const sx = (x) => left + ((x - xmin) / ((xmax - xmin) || 1)) * (w - left - right);
  const sy = (y) => top + (1 - (y - ymin) / (ymax - ymin)) * (h - top - bottom);
  const line = (x1, y1, x2, y2, color) => {
    const l = document.createElementNS(svgNs, "line");
    Object.entries({ x1, y1, x2, y2, stroke: color }).forEach(([k, v]) => l.setAttribute(k, v));
    svg.append(l);
  };
  const text = (x, y, content, anchor = "middle") => {
    const t = document.createElementNS(svgNs, "text");
    Object.entries({ x, y, "font-size": 11, "text-anchor": anchor }).forEach(([k, v]) => t.setAttribute(k, v));
    t.textContent = content;
    svg.append(t);
    return t;
  };
  line(left, h - bottom, w - right, h - bottom, "#999");
  line(left, top, left, h - bottom, "#999");
  text(left - 4, sy(ymax) + 4, fmt(ymax, 2), "end");
  text(left - 4, sy(ymin), fmt(ymin, 2), "end");
  text(sx(xmin), h - bottom + 14, fmt(xmin, 1));
  text(sx(xmax), h - bottom + 14, fmt(xmax, 1));
  text((left + w) / 2, h - 4, labels.x);
  series.forEach((s, i) => {
    const p = document.createElementNS(svgNs, "polyline");
    const points = xs.map((x, k) => (isFinite(s.values[k]) ? `${sx(x).toFixed(1)},${sy(s.values[k]).toFixed(1)}` : "")).filter(Boolean).join(" ");
    Object.entries({ points, fill: "none", stroke: s.color, "stroke-width": 1.5 }).forEach(([k, v]) => p.setAttribute(k, v));
    p.dataset.series = s.name;
    svg.append(p);
    text(w - right - 4, top + 12 + 13 * i, s.name, "end").setAttribute("fill", s.color);
  });
  return { sx, sy };
}

async function openRun(run) {
  current = run;
  $("study").hidden = true;
  document.querySelectorAll("#studies a").forEach((a) => a.classList.remove("selected"));
  document.querySelectorAll("#runs a").forEach((a) => a.classList.toggle("selected", a.dataset.run === run.name));
  history.replaceState(null, "", `#${encodeURIComponent(run.name)}`);
  $("run").hidden = false;
  $("run-title").textContent = run.name;
  $("run-facts").textContent = `task ${run.task ?? "?"} · ${run.generations} generations · champion ${fmt(run.championScore)} with ${run.championConnections ?? "–"} connections`;
  $("topology").replaceChildren();
  $("replay").removeAttribute("src");

  const [metrics, svgText] = await Promise.all([
    getJson(`/api/runs/${encodeURIComponent(run.name)}/metrics`).catch(() => null),
    fetch(`/api/runs/${encodeURIComponent(run.name)}/topology.svg`).then((r) =>
      r.ok ? r.text() : r.status === 422 || r.status === 503 ? r.text().then((message) => ({ message })) : null),
  ]);
  if (current !== run) return;
  if (metrics) {
    axes($("curves"), metrics.generation, [
      { name: "best mean", values: metrics.bestMean, color: "#1e88e5" },
      { name: "average mean", values: metrics.averageMean, color: "#90a4ae" },
      { name: "best max", values: metrics.bestMax, color: "#43a047" },
    ], { x: "generation" });
  }
  if (svgText && svgText.message) {
    // Too large to draw, or still being drawn: the server says which.
    $("topology").textContent = svgText.message;
  } else if (svgText) {
    // Inline (not <img>) so the nodes' <title> hover texts work.
    const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
    $("topology").append(document.importNode(doc.documentElement, true));
  } else {
    $("topology").textContent = "no champion yet";
  }
  loadProfile(run);
}

async function loadProfile(run) {
  $("weight-readout").textContent = "(computing…)";
  const profile = await getJson(`/api/runs/${encodeURIComponent(run.name)}/profile`).catch(() => null);
  if (current !== run || !profile) { $("weight-readout").textContent = ""; return; }
  const svg = $("profile");
  const scale = axes(svg, profile.weights, [{ name: "mean score", values: profile.scores, color: "#e53935" }], { x: "shared weight" });
  const marker = document.createElementNS(svgNs, "circle");
  marker.setAttribute("r", 5);
  marker.setAttribute("fill", "#e53935");
  marker.id = "weight-marker";
  svg.append(marker);
  const slider = $("weight");
  slider.max = profile.weights.length - 1;
  const start = profile.weights.indexOf(1);
  slider.value = start >= 0 ? start : Math.floor(profile.weights.length / 2);
  const show = () => {
    const i = Number(slider.value);
    const w = profile.weights[i], s = profile.scores[i];
    $("weight-readout").textContent = `w = ${fmt(w, 2)}: ${fmt(s, 3)} (${profile.episodes} episodes)`;
    if (scale) { marker.setAttribute("cx", scale.sx(w)); marker.setAttribute("cy", scale.sy(s)); }
    clearTimeout(replayTimer);
    replayTimer = setTimeout(() => { $("replay").src = `/api/runs/${encodeURIComponent(run.name)}/replay?weight=${w}`; }, 250);
  };
  slider.oninput = show;
  show();
}

async function loadStudies() {
  const studies = await getJson("/api/studies");
  const list = $("studies");
  list.replaceChildren();
  if (studies.length === 0) {
    const li = document.createElement("li");
    li.className = "muted";
    li.textContent = "no studies in this folder";
    list.append(li);
    return;
  }
  for (const study of studies) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = "#";
    a.dataset.study = study.name;
    a.textContent = study.name;
    const small = document.createElement("small");
    small.textContent = `${study.runs} runs · ${study.arms.length} arm${study.arms.length === 1 ? "" : "s"} · ${study.plots.length} plots`;
    a.append(small);
    a.addEventListener("click", (e) => { e.preventDefault(); openStudy(study); });
    li.append(a);
    list.append(li);
  }
}

function openStudy(study) {
  current = null;
  document.querySelectorAll("#runs a").forEach((a) => a.classList.remove("selected"));
  document.querySelectorAll("#studies a").forEach((a) => a.classList.toggle("selected", a.dataset.study === study.name));
  $("run").hidden = true;
  $("study").hidden = false;
  $("study-title").textContent = study.name;
  $("study-facts").textContent = `${study.runs} finished runs · arms: ${study.arms.join(", ") || "–"}`;
  const base = `/api/studies/${encodeURIComponent(study.name)}`;
  if (study.hasReport) $("study-report").src = `${base}/report`;
  else $("study-report").removeAttribute("src");
  const plots = $("study-plots");
  plots.replaceChildren();
  for (const file of study.plots) {
    const figure = document.createElement("figure");
    const caption = document.createElement("figcaption");
    caption.textContent = file;
    const img = document.createElement("img");
    img.src = `${base}/plots/${encodeURIComponent(file)}`;
    img.alt = file;
    figure.append(caption, img);
    plots.append(figure);
  }
}

loadRuns().catch((e) => { $("runs").textContent = `cannot list runs: ${e.message}`; });
loadStudies().catch((e) => { $("studies").textContent = `cannot list studies: ${e.message}`; });
