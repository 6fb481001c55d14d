import { createHmac } from "node:crypto";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { test as base, expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

type Fixtures = {
  /** Console errors a test expects (e.g. the 422 of a refused form); any other fails the test. */
  allowConsoleErrors: (pattern: RegExp) => void;
};

/** Every test fails on any browser console error or uncaught exception: that is how hydration
 * mismatches and panics in the WASM show themselves. */
export const test = base.extend<Fixtures>({
  allowConsoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const allowed: RegExp[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
      await use((pattern) => allowed.push(pattern));
      const unexpected = errors.filter((e) => !allowed.some((p) => p.test(e)));
      expect(unexpected, "browser console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Runs axe-core for WCAG 2.0, 2.1 and 2.2 A/AA on the page as it is now.
 *
 * axe is JavaScript, so on a page whose JavaScript is switched off it runs on a copy: the same
 * HTML (scripts removed, so it stays exactly as the server drew it) served at the same address,
 * with the real stylesheet, in a second tab that may run scripts. */
export async function expectAccessible(page: Page, options: { javascript?: boolean } = {}) {
  if (options.javascript === false) {
    const html = (await page.content())
      .replace(/<script\b[\s\S]*?<\/script>/gi, "")
      .replace(/<link[^>]*rel="modulepreload"[^>]*>/gi, "")
      .replace(/<link[^>]*rel="preload"[^>]*as="fetch"[^>]*>/gi, "");
    const url = page.url();
    // Explicitly on: Playwright applies the test's own options (JavaScript off) to new contexts.
    const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
    try {
      const copy = await context.newPage();
      await copy.route((u) => u.href === url, (route) => route.fulfill({ body: html, contentType: "text/html" }));
      await copy.goto(url);
      await expectAccessible(copy);
    } finally {
      await context.close();
    }
    return;
  }
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until the page's island has come to life (the response form marks <body data-hydrated>). */
export async function waitForHydration(page: Page) {
  await expect(page.locator("body[data-hydrated]")).toHaveCount(1, { timeout: 30_000 });
}

/** The scripts and WebAssembly this document fetched, as paths (Resource Timing: what this page
 * loaded, not earlier pages). */
export async function codeFetched(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  return urls.map((u) => new URL(u).pathname).filter((p) => /\.(m?js|wasm)$/.test(p));
}

/** A page with nothing interactive: no script element and nothing fetched but HTML, CSS and images. */
export async function expectNoCode(page: Page) {
  await expect(page.locator("script, link[rel=modulepreload], link[as=fetch]")).toHaveCount(0);
  expect(await codeFetched(page), `code fetched by ${page.url()}`).toEqual([]);
}

/** The main bundle: its JS glue, its WASM, and the small loader of split-off chunks
 * (`__wasm_split.js`). Names may carry a content hash: consult.<hash>.wasm. */
const MAIN_BUNDLE = /^\/pkg\/(consult|__wasm_split)(\.[\w-]+)?\.(js|wasm)$/;

/** The response form's code: the main bundle and nothing else (no staff chunk). */
export async function expectOnlyFormCode(page: Page) {
  const fetched = await codeFetched(page);
  expect(fetched.filter((p) => p.endsWith(".wasm")), `WASM fetched by ${page.url()}`).toHaveLength(1);
  for (const path of fetched) {
    expect(path, `code fetched by ${page.url()}`).toMatch(MAIN_BUNDLE);
  }
}

/** A staff page with a lazy island: the main bundle plus the island's own chunk(s), which it
 * returns (a public page must never fetch them). */
export async function staffChunksFetched(page: Page): Promise<string[]> {
  const chunks = (await codeFetched(page)).filter((p) => !MAIN_BUNDLE.test(p));
  expect(chunks.filter((p) => p.endsWith(".wasm")), `staff chunks fetched by ${page.url()}`).not.toHaveLength(0);
  return chunks;
}

export const OPEN_TITLE = "20mph speed limits in residential streets";
export const OPEN_SLUG = "20mph-speed-limits";
export const STAFF_EMAIL = "demo.staff@example.gov.uk";
export const STAFF_PASSWORD = "demo-password-2026";
export const REFERENCE = /^[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/;

/** Signs in as the demo staff member (lands on the staff home). */
export async function signIn(page: Page) {
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill(STAFF_EMAIL);
  await page.getByLabel("Password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
}

/** "Create a consultation" from the staff home: a draft titled `title`, open 1 Jan 2026 to 31 Dec 2030. */
export async function createDraft(page: Page, title: string) {
  await page.getByRole("button", { name: "Create a consultation" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Which play areas need work?");
  await page.getByLabel("What the consultation is about").fill("We are reviewing play areas.");
  await page.getByLabel("Department").selectOption({ index: 1 });
  await page.getByLabel("Contact name").fill("Parks team");
  await page.getByLabel("Contact email address").fill("parks@example.gov.uk");
  const opening = page.getByRole("group", { name: "Opening date" });
  await opening.getByLabel("Day").fill("1");
  await opening.getByLabel("Month").fill("1");
  await opening.getByLabel("Year").fill("2026");
  await page.getByLabel("Opening time").fill("9am");
  const closing = page.getByRole("group", { name: "Closing date" });
  await closing.getByLabel("Day").fill("31");
  await closing.getByLabel("Month").fill("12");
  await closing.getByLabel("Year").fill("2030");
  await page.getByLabel("Closing time").fill("5pm");
  await page.getByRole("button", { name: "Create draft consultation" }).click();
  await expect(page.getByRole("status")).toHaveText("Draft consultation created.");
}

/** Presses a response page's Continue and waits for the page it leads to. */
export async function continueFrom(page: Page) {
  const here = page.url();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.toString() !== here);
}

/** From a page of a response: Continue through the pages left (answering nothing more), then
 * "Send response" on "Check your answers". */
export async function continueAndSend(page: Page) {
  for (let pages = 0; pages < 20; pages++) {
    if (/\/check$/.test(new URL(page.url()).pathname)) break;
    await continueFrom(page);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers before sending your response");
  await page.getByRole("button", { name: "Send response" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Response sent");
}

/** An email the platform sent, as the local SMTP server received it (mail-sink.mjs). */
export type Mail = { to: string[]; subject: string; text: string; html: string };

/** The first email to `to` matching `match` (waits up to 20 seconds for it to arrive). */
export async function mailTo(to: string, match: (mail: Mail) => boolean = () => true): Promise<Mail> {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const dir = process.env.E2E_MAIL_DIR!;
  for (let tries = 0; tries < 200; tries++) {
    const names = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
    for (const name of names) {
      const mail = JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Mail;
      if (mail.to.includes(to) && match(mail)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no email to ${to} arrived in ${dir}`);
}

/** Adds a staff account with the server's own command, to the database the test server uses
 * (`department` none: a site admin). */
export function createStaff(email: string, name: string, role: string, department: string | null, password: string) {
  const repoRoot = path.resolve(__dirname, "..", "..");
  const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(repoRoot, "target");
  const where = department === null ? [] : ["--department", department];
  execFileSync(
    path.join(targetDir, "debug", "server"),
    ["create-staff", "--email", email, "--name", name, "--role", role, ...where],
    {
      env: { ...process.env, DATABASE_URL: `sqlite://${process.env.E2E_DATABASE}?mode=rwc`, STAFF_PASSWORD: password, RUST_LOG: "warn" },
      stdio: "pipe",
    },
  );
}

export const REVIEWER_EMAIL = "rhian.reviewer@example.gov.uk";
const REVIEWER_PASSWORD = "the reviewer's long password";

/** A second site admin, signed in in a browser of their own: the reviewer of what the demo's
 * admin sends for review (nobody approves their own). */
export async function reviewerPage(browser: Browser): Promise<Page> {
  try {
    createStaff(REVIEWER_EMAIL, "Rhian Reviewer", "site_admin", null, REVIEWER_PASSWORD);
  } catch {
    // Made by an earlier test: the account is there.
  }
  // Explicitly on: Playwright applies the test's own options (JavaScript off) to new contexts.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill(REVIEWER_EMAIL);
  await page.getByLabel("Password").fill(REVIEWER_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  return page;
}

/** From a consultation's builder: takes it public as staff do (decision 0038) — "Review and
 * publish", "Send for review"; a second site admin approves it, confirming every checklist
 * item; the author schedules it — and comes back to the builder. Each page is checked with axe. */
export async function publishThroughReview(page: Page, browser: Browser) {
  const builder = page.url();
  await page.getByRole("link", { name: "Review and publish" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Review and publish");
  const review = page.url();
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("status")).toContainText("Sent for review.");
  // (The page has no island: its HTML as drawn is what everyone gets, scripts or not.)
  await expectAccessible(page, { javascript: false });
  const reviewer = await reviewerPage(browser);
  await reviewer.goto(review);
  for (const box of await reviewer.getByRole("checkbox").all()) await box.check();
  await reviewer.getByLabel("Comment", { exact: true }).fill("Approved for publication.");
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Approved.");
  await expectAccessible(reviewer);
  await reviewer.context().close();
  await page.goto(review);
  await page.getByRole("button", { name: "Schedule it" }).click();
  await expect(page.getByRole("status")).toContainText("Scheduled");
  await expect(page.getByTestId("workflow-stage")).toHaveText(/Open|Scheduled/);
  await page.goto(builder);
}

/** RFC 4648 base 32, as the page writes the key (in groups of four). */
export function base32Decode(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text.replace(/\s/g, "")) {
    value = ((value << 5) | alphabet.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The code an authenticator app shows for `key`, `steps` 30-second steps from now (RFC 6238). */
export function appCode(key: Buffer, steps = 0): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30000) + steps));
  const digest = createHmac("sha1", key).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const value =
    ((digest[offset] & 0x7f) << 24) | (digest[offset + 1] << 16) | (digest[offset + 2] << 8) | digest[offset + 3];
  return String(value % 1_000_000).padStart(6, "0");
}
