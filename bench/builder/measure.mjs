// The builder at scale (bench/builder.sh): a published 200-question, 10-page questionnaire.
// Reports, each as median and p95 over many runs:
//   - load: navigation start to the builder island alive (body[data-hydrated]), warm cache;
//   - keyboard move: an arrow key pressed on a held question to the outline redrawn;
//   - keyboard drop: space pressed to the drop saved ("All changes saved", new revision);
//   - pointer drop: pointer released to the drop saved;
//   - palette drop: a new question added from the palette by keyboard, space to it saved;
//   - the respondent page of that questionnaire server-rendered (time to the whole document).
// Timings are taken inside the page (performance.now) so Playwright's own round trips are not
// counted.  node measure.mjs BASE_URL
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), "..", "page-weight", "package.json"));
const { chromium } = require("playwright-core");

const base = process.argv[2] ?? "http://127.0.0.1:3031";
const SLUG = "big-questionnaire";
const RUNS = Number(process.env.BUILDER_RUNS ?? 30);

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { n: sorted.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
};
const show = (name, s, target) =>
  console.log(
    `${name.padEnd(34)} median ${s.median.toFixed(1).padStart(7)} ms   p95 ${s.p95.toFixed(1).padStart(7)} ms   (n=${s.n}${target ? `, target ${target}` : ""})`,
  );

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
page.on("pageerror", (e) => { console.error("page error:", e.message); process.exitCode = 1; });

await page.goto(`${base}/staff/sign-in`);
await page.getByLabel("Email address").fill("demo.staff@example.gov.uk");
await page.getByLabel("Password").fill("demo-password-2026");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(/\/staff$/);

const builder = `${base}/staff/consultations/${SLUG}/questionnaire`;
const loads = [];
for (let i = 0; i < Math.min(RUNS, 15) + 1; i++) {
  await page.goto(builder);
  await page.waitForSelector("body[data-hydrated]", { timeout: 30_000 });
  await page.waitForSelector(".builder-handle");
  const ms = await page.evaluate(() => performance.now());
  if (i > 0) loads.push(ms); // the first load fills the cache
}

const count = await page.locator(".builder-outline__question").count();
if (count !== 200) throw new Error(`expected 200 questions, found ${count}`);

// In-page helpers: wait for the outline's order to change, or for the save to finish.
await page.evaluate(() => {
  window.__firstLabel = () => document.querySelector(".builder-outline__label")?.textContent;
  window.__until = (test) =>
    new Promise((resolve) => {
      if (test()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (test()) { observer.disconnect(); resolve(performance.now()); }
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
  window.__saved = () => document.querySelector(".builder-status")?.textContent === "All changes saved";
  window.__revision = () => document.querySelector("input[name=revision]")?.value;
});

const key = (handle, k) =>
  handle.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true, cancelable: true }));

const moves = [];
const keyboardDrops = [];
for (let i = 0; i < RUNS; i++) {
  const [move, drop] = await page.evaluate(async (k) => {
    const press = (handle, name) =>
      handle.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
    const handle = () => document.querySelector(".builder-handle");
    const first = window.__firstLabel();
    press(handle(), " ");
    await new Promise((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    press(handle(), "ArrowDown");
    const t1 = await window.__until(() => window.__firstLabel() !== first);
    // The held question is now second: drop it there.
    const held = document.querySelector(".builder-handle[aria-pressed=true]");
    const revision = window.__revision();
    const t2 = performance.now();
    press(held, " ");
    const t3 = await window.__until(() => window.__saved() && window.__revision() !== revision);
    return [t1 - t0, t3 - t2];
  }, i);
  moves.push(move);
  keyboardDrops.push(drop);
}

const pointerDrops = [];
for (let i = 0; i < RUNS; i++) {
  pointerDrops.push(
    await page.evaluate(async () => {
      const items = document.querySelectorAll(".builder-outline__question");
      const handle = items[0].querySelector(".builder-handle");
      const from = handle.getBoundingClientRect();
      const below = items[1].getBoundingClientRect();
      const first = window.__firstLabel();
      const y = below.bottom - 2;
      handle.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, cancelable: true, button: 0, isPrimary: true, pointerId: 1, clientX: from.x + 5, clientY: from.y + 5 }));
      window.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, isPrimary: true, pointerId: 1, clientX: from.x + 5, clientY: y }));
      await window.__until(() => window.__firstLabel() !== first);
      const revision = window.__revision();
      const t0 = performance.now();
      window.dispatchEvent(new PointerEvent("pointerup", { bubbles: true, isPrimary: true, pointerId: 1, clientX: from.x + 5, clientY: y }));
      const t1 = await window.__until(() => window.__saved() && window.__revision() !== revision);
      return t1 - t0;
    }),
  );
}

// A new question from the palette, by keyboard: space on a kind (it appears at the end of the
// last page), then space to add it there; timed from that second press to it saved.
const paletteDrops = [];
for (let i = 0; i < RUNS; i++) {
  paletteDrops.push(
    await page.evaluate(async () => {
      const press = (element, name) =>
        element.dispatchEvent(new KeyboardEvent("keydown", { key: name, bubbles: true, cancelable: true }));
      const questions = () => document.querySelectorAll(".builder-outline__question").length;
      const before = questions();
      press(document.getElementById("palette-short_text"), " ");
      await window.__until(() => document.getElementById("handle-new-question") && questions() === before + 1);
      const revision = window.__revision();
      const t0 = performance.now();
      press(document.getElementById("handle-new-question"), " ");
      const t1 = await window.__until(
        () => window.__saved() && window.__revision() !== revision && !document.getElementById("handle-new-question"),
      );
      return t1 - t0;
    }),
  );
}
const added = await page.locator(".builder-outline__question").count();
if (added !== count + RUNS) throw new Error(`expected ${count + RUNS} questions after the palette drops, found ${added}`);

// The respondent page, as the server renders it (no browser): whole document, keep-alive.
const respond = [];
for (let i = 0; i < RUNS + 5; i++) {
  const t0 = performance.now();
  const reply = await fetch(`${base}/consultations/${SLUG}/respond`);
  const body = await reply.text();
  const ms = performance.now() - t0;
  if (!reply.ok || !body.includes("Question 200")) throw new Error(`respondent page: ${reply.status}`);
  if (i >= 5) respond.push(ms);
}

console.log(`builder with ${count} questions on 10 pages, ${RUNS} runs each (2 cores, release build)`);
show("load to builder alive (warm cache)", stats(loads), "< 1500 ms");
show("keyboard move: arrow to redrawn", stats(moves), "p95 < 100 ms");
show("keyboard drop: space to saved", stats(keyboardDrops), "p95 < 100 ms");
show("pointer drop: release to saved", stats(pointerDrops), "p95 < 100 ms");
show("palette drop: space to added, saved", stats(paletteDrops), "p95 < 100 ms");
show("respondent page server-rendered", stats(respond), "< 50 ms");
await browser.close();
