// Screenshots of the main pages, for looking at what we built:
//   node end2end/screenshots.mjs [base URL] [output folder]
// (start a server first; the demo content must be loaded).
import { chromium } from "playwright-core";

const base = process.argv[2] ?? "http://127.0.0.1:3000";
const out = process.argv[3] ?? "/tmp/consult-screenshots";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const fs = await import("node:fs");
fs.mkdirSync(out, { recursive: true });

for (const [name, viewport] of [["desktop", { width: 1100, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
  const page = await browser.newPage({ viewport });
  const shot = async (file) => page.screenshot({ path: `${out}/${name}-${file}.png`, fullPage: true });
  await page.goto(`${base}/`);
  await shot("hub");
  await page.goto(`${base}/consultations/20mph-speed-limits`);
  await shot("overview");
  await page.goto(`${base}/consultations/library-opening-hours`);
  await shot("closed");
  await page.goto(`${base}/consultations/20mph-speed-limits/respond`);
  await page.locator("body[data-hydrated]").waitFor();
  await shot("respond");
  // Typed answers that do not fit: each kind's own message.
  await page.getByLabel("On how many days a week do you drive in the borough? (optional)").fill("9");
  const since = page.getByRole("group", { name: /When did you start/ });
  await since.getByLabel("Day").fill("31");
  await since.getByLabel("Month").fill("2");
  await since.getByLabel("Year").fill("2020");
  await page.getByLabel("What is your postcode? (optional)").fill("SW1A");
  await page.getByRole("button", { name: "Send response" }).click();
  await page.locator("#error-summary").waitFor();
  await shot("respond-errors");
  // Ranking moved with its buttons, points with a running total over the limit.
  const ranking = page.getByRole("group", { name: /Which streets should we change first/ });
  await ranking.getByRole("button", { name: "Move up Streets with the most collisions" }).click();
  await page.getByLabel("Safer crossings").fill("70");
  await page.getByLabel("Cycle lanes").fill("40");
  await page.getByLabel("Cycle lanes").blur();
  await page.getByRole("group", { name: /Which streets should we change first/ }).screenshot({ path: `${out}/${name}-respond-ranking.png` });
  await page.getByRole("group", { name: /How should we spend/ }).screenshot({ path: `${out}/${name}-respond-points.png` });
  await page.getByLabel("Safer crossings").fill("");
  await page.getByLabel("Cycle lanes").fill("");
  // Markup typed into an answer, shown back on the refused no-JavaScript form.
  await page.getByLabel("Tell us why you hold this view (optional)").fill("</textarea><script>alert(1)</script> & <b>bold</b>");
  await page.locator("form[method=post]").evaluate((form) => form.submit());
  await page.locator("#error-summary").waitFor();
  await shot("respond-hostile");
  await page.getByRole("radio", { name: "Support", exact: true }).check();
  await page.getByLabel("Tell us why you hold this view (optional)").fill("");
  await page.getByLabel("Which ward do you live in? (optional)").selectOption({ label: "Castle" });
  await page.getByLabel("On how many days a week do you drive in the borough? (optional)").fill("4");
  await page.getByRole("group", { name: /When did you start/ }).getByLabel("Day").fill("28");
  await page.getByLabel("What is your postcode? (optional)").fill("sw1a2aa");
  await page.getByRole("button", { name: "Send response" }).click();
  await page.getByTestId("reference").waitFor();
  await shot("confirmation");
  // A refusal (a method the address does not take), drawn as a page of the site.
  const refusedUrl = `${base}/consultations/20mph-speed-limits/respond?refused`;
  await page.route(refusedUrl, async (route) =>
    route.fulfill({ response: await page.request.fetch(refusedUrl, { method: "PUT" }) }),
  );
  await page.goto(refusedUrl);
  await shot("refusal");
  await page.goto(`${base}/staff/sign-in`);
  await page.getByLabel("Email address").fill("demo.staff@example.gov.uk");
  await page.getByLabel("Password").fill("demo-password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByText("Signed in as").waitFor();
  await shot("staff");
  await page.goto(`${base}/staff/consultations/20mph-speed-limits/results`);
  await shot("results");
  await page.goto(`${base}/staff/consultations/20mph-speed-limits/questionnaire`);
  await page.locator("body[data-hydrated]").waitFor({ timeout: 30_000 });
  await shot("questionnaire");
  // A question held with the keyboard and moved up one place (then put back with Escape).
  await page.getByRole("button", { name: "Move question 2", exact: true }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowUp");
  await page.locator(".builder-outline__question--held").waitFor();
  await shot("questionnaire-holding");
  await page.keyboard.press("Escape");
  await page.getByRole("link", { name: "Edit question 2" }).click();
  await shot("question-editor");
  await page.goto(`${base}/staff/consultations/20mph-speed-limits/questionnaire`);
  await page.getByRole("link", { name: "Add a question to page 1" }).click();
  await shot("question-kind");
  for (const [kind, file] of [["Number", "question-editor-number"], ["Date", "question-editor-date"]]) {
    await page.goto(`${base}/staff/consultations/20mph-speed-limits/questionnaire`);
    await page.getByRole("link", { name: "Add a question to page 1" }).click();
    await page.getByLabel(kind, { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await shot(file);
  }
  await page.goto(`${base}/staff/consultations/20mph-speed-limits/preview`);
  await page.locator("body[data-hydrated]").waitFor();
  await shot("preview");
  await page.getByRole("radio", { name: "Support", exact: true }).check();
  await page.getByRole("button", { name: "Send response" }).click();
  await page.locator("#preview-checked").waitFor();
  await shot("preview-checked");
  await page.goto(`${base}/preview/p1.1.1.00000000000000000000000000000000`);
  await shot("preview-link-broken");
  await page.goto(`${base}/staff/consultations/20mph-speed-limits/details`);
  await page.getByRole("button", { name: "Preview the description" }).click();
  await page.locator("#body-preview").waitFor();
  await shot("details-preview");
  await page.goto(`${base}/staff/consultations/20mph-speed-limits/questionnaire`);
  await page.getByRole("link", { name: "Edit question 1", exact: true }).click();
  await page.getByRole("button", { name: "Move down option 1" }).click();
  await shot("question-editor-option-moved");
  await page.goto(`${base}/staff?status=open`);
  await shot("staff-filtered");
  await page.goto(`${base}/staff/consultations/new`);
  await shot("new-consultation");
  await page.getByLabel("Title").fill("Allotment rents");
  await page.getByLabel("Opening time").fill("25:00");
  await page.getByRole("button", { name: "Create draft consultation" }).click();
  await page.locator("#error-summary").waitFor();
  await shot("new-consultation-errors");
  await page.close();
}
await browser.close();
console.log(`screenshots in ${out}`);
