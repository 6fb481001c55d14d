import type { Browser, Page } from "@playwright/test";
import { test, expect, publishThroughReview, continueAndSend, createDraft, signIn, expectAccessible, waitForHydration } from "./support";

// The typed question kinds end to end: built by staff with the plain-form editor (no
// JavaScript), published, answered by citizens with JavaScript on and off (wrong answers first,
// each refused with its own message by the same Rust rules in the browser and on the server),
// and counted on the results page.

async function addQuestion(page: Page, kind: string, label: string, fill: () => Promise<void> = async () => {}) {
  await page.getByRole("link", { name: "Add a question to page 1" }).click();
  await page.getByLabel(kind, { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Question", { exact: true }).fill(label);
  await fill();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Question added/);
}

const SITE = "Which allotment site would you like?";
const PLOTS = "How many plots would you like?";
const START = "When could you start?";
const EMAIL = "Your email address";
const POSTCODE = "Your postcode";

async function respond(browser: Browser, slug: string, javaScriptEnabled: boolean, answers: { site: string; plots: string; day: string; postcode: string }) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && !/status of 422/.test(m.text()) && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`/consultations/${slug}/respond`);
  if (javaScriptEnabled) await waitForHydration(page);

  // What a screen reader is given: labels, the date's group and the hints that say what fits.
  await expect(page.getByLabel(SITE).locator("option")).toHaveText(["Choose an option", "Abbey Fields", "Mill Lane"]);
  await expect(page.getByLabel(PLOTS)).toHaveAccessibleDescription("Enter a whole number between 1 and 3, in plots.");
  const date = page.getByRole("group", { name: START });
  await expect(date).toHaveAccessibleDescription(/on or after 1 January 2026/);
  await expect(page.getByLabel(POSTCODE)).toHaveAccessibleDescription("For example, SW1A 2AA.");

  // Wrong answers first: each refused with its own message, nothing sent.
  await page.getByLabel(PLOTS).fill("2.5");
  await date.getByLabel("Day").fill("31");
  await date.getByLabel("Month").fill("2");
  await date.getByLabel("Year").fill("2026");
  await page.getByLabel(`${EMAIL} (optional)`).fill("ann@");
  await page.getByLabel(POSTCODE).fill("SW1A");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.locator("#error-summary");
  await expect(summary.getByRole("link")).toHaveText([
    `Select an answer to \u201c${SITE}\u201d`,
    `\u201c${PLOTS}\u201d must be a whole number, like 12`,
    `The date for \u201c${START}\u201d must be a real date`,
    `Enter an email address in the correct format, like name@example.com, for \u201c${EMAIL}\u201d`,
    `Enter a full UK postcode, like SW1A 2AA, for \u201c${POSTCODE}\u201d`,
  ]);
  // What was typed is still there to correct.
  await expect(page.getByLabel(POSTCODE)).toHaveValue("SW1A");
  await expect(date.getByLabel("Day")).toHaveValue("31");
  await expectAccessible(page, { javascript: javaScriptEnabled });

  // Corrected (in forms people really type: a spaceless, lower-case postcode).
  await page.getByLabel(SITE).selectOption({ label: answers.site });
  await page.getByLabel(PLOTS).fill(answers.plots);
  await date.getByLabel("Day").fill(answers.day);
  await date.getByLabel("Month").fill("3");
  await page.getByLabel(`${EMAIL} (optional)`).fill("");
  await page.getByLabel(POSTCODE).fill(answers.postcode);
  await continueAndSend(page);
  expect(errors, "citizen's console errors").toEqual([]);
  await context.close();
}

test.describe("typed question kinds", () => {
  test.use({ javaScriptEnabled: false });

  test("drop-down, number, date, email and postcode: built, answered with JavaScript on and off, counted", async ({ page, browser, allowConsoleErrors }) => {
    test.setTimeout(120_000);
    allowConsoleErrors(/status of 422/); // the editor's refused post
    await signIn(page);
    const title = `Allotment waiting list ${Date.now()}`;
    await createDraft(page, title);
    const slug = page.url().match(/\/staff\/consultations\/([^/]+)\//)![1];

    await addQuestion(page, "Drop-down list", SITE, async () => {
      // Typed in the wrong order, then put right with "Move up" (a plain form: nothing saved yet).
      await page.getByLabel("Option 1").fill("Mill Lane");
      await page.getByLabel("Option 2").fill("Abbey Fields");
      await page.getByRole("button", { name: "Move up option 2" }).click();
      await expect(page.getByLabel("Option 1")).toHaveValue("Abbey Fields");
      await expect(page.getByLabel("Option 2")).toHaveValue("Mill Lane");
      await expect(page.getByLabel("Question", { exact: true })).toHaveValue(SITE);
      await expectAccessible(page, { javascript: false });
    });

    // A number with limits the wrong way round first.
    await page.getByRole("link", { name: "Add a question to page 1" }).click();
    await page.getByLabel("Number", { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("Question", { exact: true }).fill(PLOTS);
    await page.getByLabel("Lowest number allowed (optional)").fill("5");
    await page.getByLabel("Highest number allowed (optional)").fill("3");
    await page.getByLabel("Unit (optional)").fill("plots");
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(page.locator("#error-summary").getByRole("link")).toHaveText([
      "The lowest number cannot be more than the highest",
    ]);
    await expect(page.getByLabel("Unit (optional)")).toHaveValue("plots");
    await expectAccessible(page, { javascript: false });
    await page.getByLabel("Lowest number allowed (optional)").fill("1");
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Question added/);

    await addQuestion(page, "Date", START, async () => {
      const earliest = page.getByRole("group", { name: "Earliest date allowed (optional)" });
      await earliest.getByLabel("Day").fill("1");
      await earliest.getByLabel("Month").fill("1");
      await earliest.getByLabel("Year").fill("2026");
      await expectAccessible(page, { javascript: false });
    });
    await addQuestion(page, "Email address", EMAIL, async () => {
      await page.getByLabel("Respondents must answer this question").uncheck();
    });
    await addQuestion(page, "UK postcode", POSTCODE);
    await expect(page.locator(".builder-outline__label")).toHaveText([SITE, PLOTS, START, EMAIL, POSTCODE]);

    // Editing keeps each kind's settings.
    await page.getByRole("link", { name: "Edit question 2" }).click();
    await expect(page.getByLabel("Lowest number allowed (optional)")).toHaveValue("1");
    await expect(page.getByLabel("Highest number allowed (optional)")).toHaveValue("3");
    await expect(page.getByLabel("Decimal places allowed")).toHaveValue("0");
    await page.getByRole("link", { name: "Back to the questionnaire" }).click();

    // A preview before publishing: the respondent's own form, answers checked, nothing stored.
    await page.getByRole("link", { name: "Preview the questionnaire" }).click();
    await expect(page.getByRole("heading", { name: "This is a preview" })).toBeVisible();
    await expectAccessible(page, { javascript: false });
    await page.getByLabel(POSTCODE).fill("SW1A");
    await page.getByRole("button", { name: "Send response" }).click();
    await expect(page.locator("#error-summary").getByRole("link")).toContainText([`Enter a full UK postcode, like SW1A 2AA, for \u201c${POSTCODE}\u201d`]);
    await expect(page.getByLabel(POSTCODE)).toHaveValue("SW1A");
    const shareLink = (await page.getByRole("link", { name: "this preview link" }).getAttribute("href"))!;
    // A colleague without an account, with JavaScript: checked in the browser, nothing sent.
    const colleague = await browser.newContext({ javaScriptEnabled: true });
    const preview = await colleague.newPage();
    const colleagueErrors: string[] = [];
    preview.on("console", (m) => m.type() === "error" && colleagueErrors.push(m.text()));
    await preview.goto(shareLink);
    await waitForHydration(preview);
    await expectAccessible(preview);
    await preview.getByLabel(SITE).selectOption({ label: "Mill Lane" });
    await preview.getByLabel(PLOTS).fill("1");
    const when = preview.getByRole("group", { name: START });
    await when.getByLabel("Day").fill("2");
    await when.getByLabel("Month").fill("2");
    await when.getByLabel("Year").fill("2026");
    await preview.getByLabel(POSTCODE).fill("w1a 0ax");
    await preview.getByRole("button", { name: "Send response" }).click();
    await expect(preview.getByRole("status")).toHaveText("Every answer fits the rules. Nothing was stored: this is a preview.");
    await expect(preview).toHaveURL(shareLink);
    expect(colleagueErrors).toEqual([]);
    await colleague.close();
    await page.getByRole("link", { name: "Back to the questionnaire" }).click();

    await publishThroughReview(page, browser);

    await respond(browser, slug, true, { site: "Abbey Fields", plots: "3", day: "1", postcode: "sw1a2aa" });
    await respond(browser, slug, false, { site: "Mill Lane", plots: "2", day: "15", postcode: "m1 1ae" });

    await page.goto(`/staff/consultations/${slug}/results`);
    await expect(page.getByTestId("response-count")).toHaveText("2");
    // The counts' table is behind "Show as table", under the chart.
    await expect(page.locator("tr", { hasText: "Abbey Fields" }).locator("td").first()).toHaveText("1");
    const plots = page.getByRole("region", { name: new RegExp(PLOTS) });
    await expect(plots.locator("dd")).toHaveText(["2", "2.5", "3", "2.5"]);
    const start = page.getByRole("region", { name: new RegExp(START) });
    await expect(start.locator("dd")).toHaveText(["1 March 2026", "1 March 2026", "15 March 2026"]);
    await expect(page.getByRole("region", { name: new RegExp(EMAIL) })).toContainText("not listed");
    const postcodes = page.getByRole("region", { name: new RegExp(POSTCODE) });
    await expect(postcodes.getByRole("listitem")).toHaveText(["M1 1AE", "SW1A 2AA"]);
    await expectAccessible(page, { javascript: false });
  });
});
