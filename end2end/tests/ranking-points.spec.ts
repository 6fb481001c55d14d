import type { Browser, Page } from "@playwright/test";
import { test, expect, publishThroughReview, continueAndSend, continueFrom, createDraft, signIn, expectAccessible, waitForHydration } from "./support";

// Ranking, points allocation and a grid (Likert) end to end: built with the plain-form editor, answered with
// JavaScript (items moved with buttons, a running total) and without it (a rank drop-down and a
// points box per option), wrong answers refused by the same Rust rules first, and counted on
// the results page.

const RANK = "Which should we improve first?";
const SHARE = "Share 10 points among the parks";
const ITEMS = ["Play areas", "Toilets", "Paths"];
const PARKS = ["Riverside Park", "Castle Gardens", "Mill Green"];
const GRID = "How far do you agree with each statement?";
const STATEMENTS = ["The parks feel safe", "The parks are clean"];

async function addOptionsQuestion(page: Page, kind: string, label: string, options: string[], fill: () => Promise<void> = async () => {}) {
  await page.getByRole("link", { name: "Add a question to page 1" }).click();
  await page.getByLabel(kind, { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Question", { exact: true }).fill(label);
  for (const [index, option] of options.entries()) {
    if (index >= 2) await page.getByRole("button", { name: "Add another option" }).click();
    await page.getByLabel(`Option ${index + 1}`).fill(option);
  }
  await fill();
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("status")).toHaveText(/^Question added/);
}

function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && !/status of 422/.test(m.text()) && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/// With JavaScript: items put in order with "Move up"/"Move down" (each move announced, focus
/// kept), points typed with a running total; a wrong total refused in the browser first.
async function respondWithJavaScript(browser: Browser, slug: string) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const errors = consoleErrors(page);
  await page.goto(`/consultations/${slug}/respond`);
  await waitForHydration(page);
  await expect(page.getByRole("heading", { name: "Your parks", level: 2 })).toBeVisible();

  const ranking = page.getByRole("group", { name: RANK });
  await expect(ranking).toHaveAccessibleDescription(/Number the items from 1 to 3, with 1 for your first choice/);
  // The question's guidance, closed until asked for, rendered from the Markdown.
  await expect(ranking.getByText("most visitors use the paths")).toBeHidden();
  await ranking.getByText("Help with this question").click();
  await expect(ranking.getByRole("listitem")).toHaveText(["most visitors use the paths", "the toilets close at 4pm"]);
  await expect(ranking.locator("strong")).toHaveText("parks survey");
  // Paths to the top: two moves up, by keyboard.
  await ranking.getByRole("button", { name: "Move up Paths" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Paths: rank 2 of 3")).toBeAttached();
  await expect(ranking.getByRole("button", { name: "Move up Paths" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Paths: rank 1 of 3")).toBeAttached();
  // At the top its "Move up" is gone: focus is on its "Move down".
  await expect(ranking.getByRole("button", { name: "Move down Paths" })).toBeFocused();
  await expect(ranking.locator(".ranking__label")).toHaveText(["Paths", "Play areas", "Toilets"]);
  await expect(ranking.getByLabel("Paths")).toHaveValue("1");
  await expect(ranking.getByLabel("Play areas")).toHaveValue("2");
  await expect(ranking.getByLabel("Toilets")).toHaveValue("3");

  const points = page.getByRole("group", { name: SHARE });
  await expect(points).toContainText("You have given 0 of 10 points: 10 points left");
  await points.getByLabel(PARKS[0]).fill("7");
  await points.getByLabel(PARKS[1]).fill("5");
  await expect(points).toContainText("You have given 12 of 10 points: 2 points too many");
  // The grid: one statement answered of the two it needs.
  const grid = page.getByRole("group", { name: GRID });
  await grid.getByRole("group", { name: STATEMENTS[0] }).getByLabel("Agree", { exact: true }).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue" }).click();
  const problems = page.locator("#error-summary").getByRole("link");
  await expect(problems).toHaveText([
    `The points for \u201c${SHARE}\u201d must add up to 10: they add up to 12`,
    `Select an answer for \u201c${STATEMENTS[1]}\u201d in \u201c${GRID}\u201d`,
  ]);
  await problems.nth(1).click();
  await expect(grid.getByRole("group", { name: STATEMENTS[1] }).getByLabel("Strongly agree")).toBeFocused();
  await grid.getByRole("group", { name: STATEMENTS[1] }).getByLabel("Disagree", { exact: true }).check();
  await points.getByLabel(PARKS[1]).fill("3");
  await expect(points).toContainText("You have given all 10 points");
  // The "About you" block from the library is the next page.
  await continueFrom(page);
  await expect(page.getByText("Equality Act 2010")).toBeVisible();
  await expect(page.getByRole("group", { name: "What is your age? (optional)" }).getByRole("radio")).toHaveCount(9);
  await continueAndSend(page);
  expect(errors, "citizen's console errors").toEqual([]);
  await context.close();
}

/// Without JavaScript: a rank drop-down for each item (a rank given twice is refused and kept),
/// a points box for each option.
async function respondWithoutJavaScript(browser: Browser, slug: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const errors = consoleErrors(page);
  await page.goto(`/consultations/${slug}/respond`);
  const ranking = page.getByRole("group", { name: RANK });
  await expect(ranking.getByRole("button")).toHaveCount(0);
  await ranking.getByLabel("Play areas").selectOption("1");
  await ranking.getByLabel("Toilets").selectOption("1");
  await ranking.getByLabel("Paths").selectOption("2");
  const points = page.getByRole("group", { name: SHARE });
  await points.getByLabel(PARKS[1]).fill("10");
  const grid = page.getByRole("group", { name: GRID });
  await grid.getByRole("group", { name: STATEMENTS[0] }).getByLabel("Agree", { exact: true }).check();
  await grid.getByRole("group", { name: STATEMENTS[1] }).getByLabel("Agree", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("#error-summary").getByRole("link")).toHaveText([
    `Give each item of \u201c${RANK}\u201d a different rank: 1 is given more than once`,
  ]);
  await expect(page.getByRole("group", { name: RANK }).getByLabel("Toilets")).toHaveValue("1");
  await expect(page.getByRole("group", { name: SHARE }).getByLabel(PARKS[1])).toHaveValue("10");
  await expectAccessible(page, { javascript: false });
  await page.getByRole("group", { name: RANK }).getByLabel("Toilets").selectOption("3");
  await continueAndSend(page);
  expect(errors, "citizen's console errors").toEqual([]);
  await context.close();
}

test.describe("ranking, points and grid", () => {
  test.use({ javaScriptEnabled: false });

  test("built, answered with JavaScript on and off, counted", async ({ page, browser }) => {
    test.setTimeout(120_000);
    await signIn(page);
    await createDraft(page, `Parks improvements ${Date.now()}`);
    const slug = page.url().match(/\/staff\/consultations\/([^/]+)\//)![1];

    // A heading block first: not a question, only its text.
    await page.getByRole("link", { name: "Add a question to page 1" }).click();
    await page.getByLabel("Heading (not a question)").check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByLabel("Respondents must answer this question")).toHaveCount(0);
    await page.getByLabel("Heading", { exact: true }).fill("Your parks");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Block added: it is block 1/);

    await addOptionsQuestion(page, "Ranking", RANK, ITEMS, async () => {
      await page.getByLabel("Guidance (optional)").fill("Our **parks survey** found:\n\n- most visitors use the paths\n- the toilets close at 4pm");
    });
    await addOptionsQuestion(page, "Points allocation", SHARE, PARKS, async () => {
      await page.getByLabel("Points to share", { exact: true }).fill("10");
      await expect(page.getByLabel("Exactly the points to share")).toBeChecked();
      await expectAccessible(page, { javascript: false });
    });
    // A grid starts with the agreement scale: one point taken out, statements typed.
    await page.getByRole("link", { name: "Add a question to page 1" }).click();
    await page.getByLabel("Grid (Likert scale)", { exact: true }).check();
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByLabel("Question", { exact: true }).fill(GRID);
    await page.getByLabel("Statement 1").fill(STATEMENTS[0]);
    await page.getByLabel("Statement 2").fill(STATEMENTS[1]);
    await expect(page.getByLabel("Point 3")).toHaveValue("Neither agree nor disagree");
    await page.getByLabel("Point 3").fill("");
    await expectAccessible(page, { javascript: false });
    await page.getByRole("button", { name: "Save question" }).click();
    await expect(page.getByRole("status")).toHaveText(/^Question added/);

    // The library's standard "About you" questions, as a new last page.
    await page.getByRole("button", { name: /^Add these questions – About you/ }).click();
    await expect(page.getByRole("status")).toHaveText(/^Standard questions added/);
    await expect(page.getByRole("heading", { name: "Page 2: About you" })).toBeVisible();

    await publishThroughReview(page, browser);

    await respondWithJavaScript(browser, slug);
    await respondWithoutJavaScript(browser, slug);

    await page.goto(`/staff/consultations/${slug}/results`);
    await expect(page.getByTestId("response-count")).toHaveText("2");
    // Ranks: Play areas 2 and 1 (1.5), Paths 1 and 2 (1.5: a tie keeps the question's order),
    // Toilets 3 and 3.
    const ranked = page.getByRole("region", { name: new RegExp(RANK) });
    await expect(ranked.locator("tbody th")).toHaveText(["Play areas", "Paths", "Toilets"]);
    // Average rank, ranked first by, ranked by.
    await expect(ranked.locator("tbody td")).toHaveText(["1.5", "1", "2", "1.5", "1", "2", "3", "0", "2"]);
    // Points: Riverside 7, Castle 3 + 10, Mill none.
    const shared = page.getByRole("region", { name: new RegExp(SHARE) });
    await expect(shared.locator("tbody th")).toHaveText(PARKS);
    await expect(shared.locator("tbody td")).toHaveText(["7", "3.5", "35%", "13", "6.5", "65%", "0", "0", "0%"]);
    // Grid: safe Agree twice; clean Disagree once, Agree once.
    const grid = page.getByRole("region", { name: new RegExp(GRID) });
    await expect(grid.locator("thead th")).toHaveText(["Statement", "Strongly agree", "Agree", "Disagree", "Strongly disagree"]);
    await expect(grid.locator("tbody tr").nth(0).locator("td")).toHaveText(["0 (0%)", "2 (100%)", "0 (0%)", "0 (0%)"]);
    await expect(grid.locator("tbody tr").nth(1).locator("td")).toHaveText(["0 (0%)", "1 (50%)", "1 (50%)", "0 (0%)"]);
    await expectAccessible(page, { javascript: false });
  });
});
