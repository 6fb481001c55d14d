import { test, expect, expectAccessible, signIn, waitForHydration } from "./support";
import type { Page } from "@playwright/test";

// Routes are edited in the builder's outline (decision 0025): a question's Routes panel lists
// where each answer sends people, offering only later pages and the end. In the island "Save
// routes" saves in place; without JavaScript the same button posts the outline's form.

/** A copy of the demo's Riverside Park consultation (its first question routes "No" to page 4):
 * its questionnaire page's address. Copies, so the demo the other tests answer stays as it is. */
async function copyOfThePark(page: Page): Promise<string> {
  await page.goto("/staff/consultations/riverside-park/questionnaire");
  await page.getByRole("button", { name: "Copy this consultation" }).click();
  await expect(page.getByRole("status")).toContainText("Copy created");
  return new URL(page.url()).pathname;
}

const routesOfQuestion1 = (page: Page) => page.locator("summary", { hasText: "Routes" }).first();
const answerNo = (page: Page) => page.getByLabel("If the answer is “No, I do not visit it”");
const firstQuestion = (page: Page) => page.locator(".builder-outline__question").first();

test("the island saves a question's routes in place", async ({ page }) => {
  await signIn(page);
  const outline = await copyOfThePark(page);
  await waitForHydration(page);
  await expect(page.locator(".builder-status")).toHaveText("All changes saved");
  await expect(firstQuestion(page)).toContainText("No, I do not visit it — then skips to page 4 (Why you do not visit)");

  // Closed until asked for; opened, it offers only later pages and the end.
  await expect(answerNo(page)).toBeHidden();
  await routesOfQuestion1(page).click();
  await expect(answerNo(page)).toBeVisible();
  const offered = await answerNo(page).locator("option").allTextContents();
  expect(offered[0]).toBe("Go on to page 2 (Your visits)");
  expect(offered).toContain("Skip to page 3 (The plans)");
  expect(offered.at(-1)).toBe("Skip to the end (check answers)");
  expect(offered.some((words) => words.includes("page 1"))).toBe(false);
  await expectAccessible(page);

  // Saved in place: no new page, the outline redrawn, the change announced.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const revision = await page.locator("#builder-outline input[name=revision]").inputValue();
  await answerNo(page).selectOption({ label: "Skip to the end (check answers)" });
  await page.getByRole("button", { name: "Save routes from question 1" }).click();
  await expect(page.locator("[aria-live=assertive]")).toContainText("Saved. Routes saved");
  await expect(page.locator("#builder-outline input[name=revision]")).not.toHaveValue(revision);
  await expect(firstQuestion(page)).toContainText("No, I do not visit it — then skips the rest of the questions");
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(new URL(page.url()).pathname).toBe(outline);
  // Focus goes back to the panel it came from.
  await expect(page.locator(":focus")).toHaveAccessibleName("Routes from question 1");

  // Kept: the page drawn afresh says the same.
  await page.reload();
  await expect(firstQuestion(page)).toContainText("No, I do not visit it — then skips the rest of the questions");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Routes panel opens and saves with a plain post", async ({ page }) => {
    await signIn(page);
    await copyOfThePark(page);
    await routesOfQuestion1(page).click();
    await expect(answerNo(page)).toBeVisible();
    await expectAccessible(page, { javascript: false });
    await answerNo(page).selectOption({ label: "Skip to the end (check answers)" });
    await page.getByRole("button", { name: "Save routes from question 1" }).click();
    await expect(page.getByRole("status")).toContainText("Routes saved for question 1");
    await expect(firstQuestion(page)).toContainText("No, I do not visit it — then skips the rest of the questions");
  });
});
