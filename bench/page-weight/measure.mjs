// What each page transfers (compressed, as served, cold cache) by type, and Lighthouse's mobile
// performance score for chosen pages. Run by bench/page-weight.sh against a running server:
//   node measure.mjs BASE_URL
import { chromium } from "playwright-core";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const base = process.argv[2] ?? "http://127.0.0.1:3030";
const chromiumArgs = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: chromiumArgs });

function kind(request) {
  const url = request.url();
  if (url.endsWith(".wasm")) return "wasm";
  switch (request.resourceType()) {
    case "document": return "html";
    case "stylesheet": return "css";
    case "script": return "js";
    default: return "other";
  }
}

/** Loads `path` in a fresh context (cold cache) after `prepare`, returning bytes by kind. */
async function weigh(name, path, prepare) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  if (prepare) await prepare(page);
  const totals = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
  const pending = [];
  page.on("requestfinished", (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        totals[kind(request)] += sizes.responseBodySize + sizes.responseHeadersSize;
      }),
    );
  });
  // A fresh cache for the page itself (the preparation may have loaded assets).
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.clearBrowserCache");
  const response = await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  const html = await response.text();
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await context.close();
  const total = Object.values(totals).reduce((a, b) => a + b, 0);
  return { name, path, ...totals, total, document: html };
}

async function submitResponse(page) {
  await page.goto(`${base}/consultations/20mph-speed-limits/respond`);
  await page.getByRole("radio", { name: "Support", exact: true }).check();
  await page.getByRole("checkbox", { name: "Streets near schools" }).check();
  // A page at a time (decision 0026): each page's form, then "Check your answers", sent.
  for (let pages = 0; pages < 20 && !/confirmation/.test(page.url()); pages++) {
    const here = page.url();
    await page.locator("form[method=post]").first().evaluate((form) => form.submit());
    await page.waitForURL((url) => url.toString() !== here);
  }
  return new URL(page.url()).pathname;
}

async function signIn(page) {
  await page.goto(`${base}/staff/sign-in`);
  await page.getByLabel("Email address").fill("demo.staff@example.gov.uk");
  await page.getByLabel("Password").fill("demo-password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByText("Signed in as").waitFor();
}

// The confirmation's address exists only after a response.
const setup = await browser.newPage();
const confirmation = await submitResponse(setup);
await setup.close();

// Targets (issue 6): public pages with nothing interactive ship no WASM and at most 30 KB in all;
// the response form at most 80 KB of WASM and 110 KB in all. Staff pages have none.
const PUBLIC = { wasm: 0, total: 30_000, lighthouse: 98 };
const FORM = { wasm: 80_000, total: 110_000, lighthouse: 95 };
const rows = [
  { ...(await weigh("hub", "/")), target: PUBLIC },
  { ...(await weigh("overview", "/consultations/20mph-speed-limits")), target: PUBLIC },
  { ...(await weigh("closed consultation", "/consultations/library-opening-hours")), target: PUBLIC },
  { ...(await weigh("response form", "/consultations/20mph-speed-limits/respond")), target: FORM },
  // The Welsh pages (decision 0030): the same pages under /cy.
  { ...(await weigh("hub (Welsh)", "/cy")), target: PUBLIC },
  { ...(await weigh("overview (Welsh)", "/cy/consultations/20mph-speed-limits")), target: PUBLIC },
  { ...(await weigh("response form (Welsh)", "/cy/consultations/20mph-speed-limits/respond")), target: FORM },
  { ...(await weigh("confirmation", confirmation)), target: PUBLIC },
  { ...(await weigh("sign-in", "/staff/sign-in")), target: PUBLIC },
  // Lighthouse refuses to score a page answered with 404.
  { ...(await weigh("page not found", "/consultations/no-such-consultation")), target: PUBLIC, lighthouse: false },
  await weigh("staff home", "/staff", signIn),
  await weigh("results", "/staff/consultations/20mph-speed-limits/results", signIn),
  // The builder's lazy island: the main bundle plus its own chunk.
  await weigh("questionnaire (builder)", "/staff/consultations/20mph-speed-limits/questionnaire", signIn),
];
await browser.close();

const kb = (n) => (n / 1000).toFixed(1);
const meets = (r) =>
  !r.target ? "–" : r.wasm <= r.target.wasm && r.total <= r.target.total ? "yes" : "**no**";
console.log("\nBytes transferred (compressed, as served, cold cache; KB = 1000 bytes)\n");
console.log("| page | HTML | CSS | JS | WASM | other | total | within target |");
console.log("|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(
    `| ${r.name} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.wasm)} | ${kb(r.other)} | **${kb(r.total)}** | ${meets(r)} |`,
  );
}

// The W3C Nu HTML checker on each document exactly as served (errors only).
const vnu = new URL("./node_modules/vnu-jar/build/dist/vnu.jar", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "page-weight-"));
const files = rows.map((r, i) => {
  const file = join(dir, `${i}.html`);
  writeFileSync(file, r.document);
  return file;
});
const checked = spawnSync("java", ["-jar", vnu, "--errors-only", "--format", "json", ...files], {
  maxBuffer: 64 * 1024 * 1024,
});
const messages = JSON.parse(checked.stderr.toString() || "{\"messages\":[]}").messages;
rmSync(dir, { recursive: true, force: true });
console.log("\nW3C Nu HTML checker errors (vnu-jar, as served)\n");
console.log("| page | errors | most common |");
console.log("|---|---|---|");
rows.forEach((r, i) => {
  const mine = messages.filter((m) => m.url && m.url.endsWith(`/${i}.html`) && m.type === "error");
  const counts = new Map();
  for (const m of mine) counts.set(m.message, (counts.get(m.message) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  console.log(`| ${r.name} | ${mine.length} | ${top ? `${top[1]}× ${top[0].slice(0, 90)}` : ""} |`);
});

// Lighthouse, mobile (its default form factor and simulated slow 4G), performance only.
const lighthouse = new URL("./node_modules/.bin/lighthouse", import.meta.url).pathname;
console.log("\nLighthouse mobile performance\n");
console.log("| page | score | target |");
console.log("|---|---|---|");
for (const r of rows.filter((r) => r.target && r.lighthouse !== false)) {
  const { name, path } = r;
  const out = execFileSync(
    lighthouse,
    [
      `${base}${path}`,
      "--only-categories=performance",
      "--output=json",
      "--quiet",
      `--chrome-flags=${chromiumArgs.join(" ")}`,
    ],
    { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(out.toString());
  console.log(`| ${name} | ${Math.round(report.categories.performance.score * 100)} | ≥ ${r.target.lighthouse} |`);
}
