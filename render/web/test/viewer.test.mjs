// End-to-end test of the viewer in headless Chromium: serve render/web and a timeline JSON on
// 127.0.0.1, load it, check that every event is shown, and that a click shows its evidence.
// usage: node test/viewer.test.mjs TIMELINE.json
// Exit 0 = passed, 1 = failed, 77 = skipped (no Chromium).
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, normalize, extname, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const timelinePath = process.argv[2];
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
if (!timelinePath) { console.error("usage: viewer.test.mjs TIMELINE.json"); process.exit(2); }
if (!existsSync(chromiumPath)) { console.log(`skipped: no Chromium at ${chromiumPath}`); process.exit(77); }

let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.log("skipped: playwright-core is not installed (npm ci in render/web)");
  process.exit(77);
}

// vis draws a box item as a box, a line and a dot, all with the item class: count boxes and ranges.
const ITEM = ".vis-item.ev.vis-box, .vis-item.ev.vis-range";
const timeline = JSON.parse(readFileSync(timelinePath, "utf8"));
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
const server = createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (url.pathname === "/timeline.json") {
    res.writeHead(200, { "content-type": "application/json" });
    return res.end(readFileSync(timelinePath));
  }
  const file = normalize(join(root, decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname)));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise(r => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = false;
try {
  const page = await browser.newPage();
  const foreign = [];
  page.on("request", r => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) foreign.push(r.url()); });
  const errors = [];
  page.on("pageerror", e => errors.push(e.message));
  await page.goto(`${base}/index.html?src=/timeline.json`);
  await page.waitForFunction(() => document.body.dataset.loaded, null, { timeout: 20000 });
  assert.equal(await page.evaluate(() => document.body.dataset.loaded), "true",
               await page.textContent("#status"));

  const events = timeline.events;
  const minEvents = Number(process.env.MIN_EVENTS || 1);
  assert.ok(events.length >= minEvents, `the timeline has at least ${minEvents} events (has ${events.length})`);
  const dated = events.filter(e => e.when && (e.when.earliest || e.when.latest));
  const undated = events.length - dated.length;
  // Every event is on the page: dated ones as timeline items, the rest in the undated list.
  await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [ITEM, dated.length], { timeout: 10000 })
    .catch(() => {});
  const shownItems = await page.$$eval(ITEM, els => els.length);
  assert.equal(shownItems, dated.length, "dated events shown on the timeline");
  assert.equal(await page.$$eval("#undated li", els => els.length), undated, "undated events listed");
  const text = await page.textContent("body");
  for (const e of events) assert.ok(text.includes(e.summary), `event summary on the page: ${e.summary}`);

  // A click on an event shows its evidence.
  if (dated.length) {
    const target = dated[0];
    await page.click(`${ITEM} >> text=${target.summary.slice(0, 40)}`);
    await page.waitForFunction(id => document.getElementById("evidence").dataset.event === id, target.id, { timeout: 5000 });
    const evidence = await page.textContent("#evidence");
    assert.ok(evidence.includes(target.mentions[0].text.slice(0, 60)), "evidence panel shows the mention text");
  }
  // Filters: unticking every modality but one shows only events of that modality.
  const mod = events[0] ? events[0].modality : "occurred";
  for (const m of ["occurred", "expected", "proposed", "alleged", "negated", "hypothetical"])
    if (m !== mod) await page.uncheck(`#filter-modality input[value="${m}"]`);
  const expectShown = events.filter(e => e.modality === mod).length;
  assert.equal(Number(await page.evaluate(() => document.body.dataset.shown)), expectShown, "modality filter");

  assert.deepEqual(foreign, [], "no request leaves the page's own server");
  assert.deepEqual(errors, [], "no script errors");
  console.log(`viewer: ${events.length} events shown (${dated.length} dated, ${undated} undated); evidence on click; filters work`);
} catch (e) {
  failed = true;
  console.error("viewer test failed:", e.message);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
