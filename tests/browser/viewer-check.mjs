// Opens the `wann serve` page in headless Chromium and reports what a user would see, as one JSON line:
// the run list, then, after clicking the run named on the command line, the topology drawing, the curves,
// the weight profile and the replay frame. Exit 0 with the JSON when the page worked, 1 with a message when not.
// Usage: node viewer-check.mjs URL RUN
import { chromium } from "playwright-core";

const [url, run] = process.argv.slice(2);
if (!url || !run) {
  console.error("usage: node viewer-check.mjs URL RUN");
  process.exit(2);
}

const executablePath = process.env.WANN_CHROMIUM ?? "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: "domcontentloaded" });
  await page.waitForSelector("#runs a[data-run]", { timeout: 15000 });
  const runs = await page.$$eval("#runs a[data-run]", (links) => links.map((a) => a.dataset.run));

  await page.click(`#runs a[data-run="${run}"]`);
  await page.waitForSelector("#topology svg g.node", { timeout: 15000 });
  const nodes = await page.$$eval("#topology svg g.node", (gs) => gs.map((g) => ({ id: g.dataset.id, activation: g.dataset.activation, title: g.querySelector("title")?.textContent ?? "" })));
  await page.waitForSelector("#curves polyline", { timeout: 15000 });
  const curves = await page.$$eval("#curves polyline", (ps) => ps.map((p) => ({ series: p.dataset.series, points: p.getAttribute("points").split(" ").length })));
  await page.waitForSelector("#profile polyline", { timeout: 30000 });
  const readout = await page.textContent("#weight-readout");

  // Move the slider to its first position (w = -2) and wait for the replay frame to follow.
  await page.$eval("#weight", (s) => { s.value = "0"; s.dispatchEvent(new Event("input")); });
  await page.waitForFunction(() => document.getElementById("replay").src.includes("weight=-2"), null, { timeout: 15000 });
  const frame = page.frame({ url: /replay\?weight=-2/ }) ?? (await (await page.$("#replay")).contentFrame());
  await frame.waitForSelector("canvas", { timeout: 15000 });
  const replayTitle = await frame.title();

  console.log(JSON.stringify({ runs, nodes, curves, readout, replayTitle, errors }));
} catch (e) {
  console.error(`viewer check failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}
