// What each page transfers (compressed, as served, cold cache) by type, and Lighthouse's mobile
// performance score for chosen pages. Run by bench/page-weight.sh against a running server:
//   node measure.mjs BASE_URL
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";

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
  await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
  await page.waitForTimeout(500);
  await Promise.all(pending);
  await context.close();
  const total = Object.values(totals).reduce((a, b) => a + b, 0);
  return { name, path, ...totals, total };
}

async function submitResponse(page) {
  await page.goto(`${base}/consultations/20mph-speed-limits/respond`);
  await page.getByRole("radio", { name: "Support", exact: true }).check();
  await page.locator("form[method=post]").evaluate((form) => form.submit());
  await page.waitForURL(/confirmation/);
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

const rows = [
  await weigh("hub", "/"),
  await weigh("overview", "/consultations/20mph-speed-limits"),
  await weigh("response form", "/consultations/20mph-speed-limits/respond"),
  await weigh("confirmation", confirmation),
  await weigh("sign-in", "/staff/sign-in"),
  await weigh("staff home", "/staff", signIn),
  await weigh("results", "/staff/consultations/20mph-speed-limits/results", signIn),
];
await browser.close();

const kb = (n) => (n / 1000).toFixed(1);
console.log("\nBytes transferred (compressed, as served, cold cache; KB = 1000 bytes)\n");
console.log("| page | HTML | CSS | JS | WASM | other | total |");
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) {
  console.log(`| ${r.name} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.wasm)} | ${kb(r.other)} | **${kb(r.total)}** |`);
}

// Lighthouse, mobile (its default form factor and simulated slow 4G), performance only.
const lighthouse = new URL("./node_modules/.bin/lighthouse", import.meta.url).pathname;
console.log("\nLighthouse mobile performance\n");
console.log("| page | score |");
console.log("|---|---|");
for (const [name, path] of [
  ["hub", "/"],
  ["response form", "/consultations/20mph-speed-limits/respond"],
]) {
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
  console.log(`| ${name} | ${Math.round(report.categories.performance.score * 100)} |`);
}
