// Output safety in headless Chromium: the HTML and SVG renderings of a hostile article (script
// elements, event-handler attributes, javascript: links, CSS with url() to another host) are
// loaded from 127.0.0.1; no script may run, no dialog open and no request leave for anything
// but the page itself. The hostile text must still be on the page, as text.
// usage: node test/hostile_output.test.mjs PAGE.html PICTURE.svg
// Exit 0 = passed, 1 = failed, 77 = skipped (no Chromium or playwright-core).
import { createServer } from "node:http";
import { readFileSync, existsSync } from "node:fs";
import assert from "node:assert/strict";

const [htmlPath, svgPath] = process.argv.slice(2);
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
if (!htmlPath || !svgPath) { console.error("usage: hostile_output.test.mjs PAGE.html PICTURE.svg"); process.exit(2); }
if (!existsSync(chromiumPath)) { console.log(`skipped: no Chromium at ${chromiumPath}`); process.exit(77); }
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.log("skipped: playwright-core is not installed (npm ci in render/web)");
  process.exit(77);
}

const files = { "/page.html": [htmlPath, "text/html; charset=utf-8"], "/picture.svg": [svgPath, "image/svg+xml"] };
const server = createServer((req, res) => {
  const path = new URL(req.url, "http://127.0.0.1").pathname;
  // Chromium asks for a favicon by itself when it shows an SVG document: not the article's doing.
  if (path === "/favicon.ico") { res.writeHead(204); return res.end(); }
  const f = files[path];
  if (!f) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { "content-type": f[1] });
  res.end(readFileSync(f[0]));
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
  for (const path of ["/page.html", "/picture.svg"]) {
    const page = await browser.newPage();
    const requests = [], dialogs = [], console_ = [], errors = [];
    page.on("request", r => requests.push(r.url()));
    page.on("dialog", d => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    page.on("console", m => console_.push(m.text()));
    page.on("pageerror", e => errors.push(e.message));
    await page.goto(base + path, { waitUntil: "load" });
    // Give handlers (onload, onerror, animations, CSS fetches) the chance to fire; then hover
    // and click everything, which is what would trigger javascript: links and onclick.
    await page.waitForTimeout(500);
    for (const el of await page.$$("a, [onclick], [onmouseover], text, tspan, title")) {
      await el.hover({ force: true, timeout: 1000 }).catch(() => {});
      await el.click({ force: true, timeout: 1000, noWaitAfter: true }).catch(() => {});
    }
    await page.waitForTimeout(300);
    const pwned = await page.evaluate(() => window.__pwned);
    const text = await page.evaluate(() => document.documentElement.textContent);
    // The HTML page has its own script (pinned by a CSP hash) and a JSON data block; any other
    // script element, or one holding the article's text, came from the article.
    const scripts = await page.evaluate(() => [...document.querySelectorAll("script")]
      .filter(e => e.type !== "application/json")
      .map(e => e.textContent.includes("__pwned") ? "article script" : "own script"));
    const dataBlocks = await page.evaluate(() => document.querySelectorAll('script[type="application/json"]').length);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll("*")].flatMap(e => [...e.attributes].filter(a => /^on/i.test(a.name)).map(a => a.name)));
    const jsLinks = await page.evaluate(() =>
      [...document.querySelectorAll("[href], [src]")].map(e => e.getAttribute("href") || e.getAttribute("src"))
        .filter(u => /^\s*(javascript|data|vbscript):/i.test(u)));
    assert.equal(pwned, undefined, `${path}: a script from the article ran (window.__pwned = ${pwned})`);
    assert.deepEqual(dialogs, [], `${path}: a dialog opened`);
    assert.deepEqual(requests, [base + path], `${path}: requests other than the page itself`);
    assert.deepEqual(console_, [], `${path}: console messages`);
    assert.deepEqual(errors, [], `${path}: script errors`);
    assert.ok(scripts.length <= 1 && !scripts.includes("article script"), `${path}: scripts in the output: ${scripts}`);
    assert.ok(dataBlocks <= 1, `${path}: ${dataBlocks} JSON data blocks: the article broke out of one`);
    assert.deepEqual(handlers, [], `${path}: event-handler attributes in the output`);
    assert.deepEqual(jsLinks, [], `${path}: javascript:/data: URLs in the output`);
    // The hostile text did reach the output, as inert text (else this test proves nothing).
    assert.ok(text.includes("window.__pwned"), `${path}: the article's markup is not on the page as text`);
    console.log(`${path}: ${requests.length} request, no script ran, no dialog, hostile markup shown as text`);
    await page.close();
  }
} catch (e) {
  failed = true;
  console.error("hostile output test failed:", e.message);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
