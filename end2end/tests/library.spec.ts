import { test, expect, signIn, expectAccessible, expectNoCode } from "./support";

const SAVED = "Do you support a 20mph limit on residential streets?";

test("a question saved to the library is added as a copy to another questionnaire", async ({ page }) => {
  await signIn(page);
  await page.goto("/staff/consultations/20mph-speed-limits/questionnaire");
  await page.getByRole("link", { name: "Edit question 1", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit question");
  await page.getByRole("button", { name: "Save a copy to the library" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "Question 1, on page 1: a copy is saved to the question library. Anyone building a consultation can add it.",
  );

  // Another department's consultation: "Add a question" offers it, and adds it there.
  await page.goto("/staff/consultations/public-art-strategy/questionnaire");
  await page.getByRole("link", { name: "Add a question to page 1", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Or add a question from the library" })).toBeVisible();
  await expectNoCode(page);
  await expectAccessible(page);
  await page.getByRole("button", { name: `Add this question – ${SAVED}` }).click();
  await expect(page.getByRole("status")).toHaveText(/^Question added: it is question 2/);
  await expect(page.getByText(SAVED)).toBeVisible();

  // The library page: whoever saved it may take it out; the copy stays.
  await page.goto("/staff");
  await page.getByRole("link", { name: "Question library" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Question library");
  await expectNoCode(page);
  await expectAccessible(page);
  await page.getByRole("button", { name: `Remove from the library – ${SAVED}` }).click();
  await expect(page.getByRole("status")).toHaveText(/^Question removed from the library/);
  await expect(page.getByText("No questions have been saved yet.")).toBeVisible();
  await page.goto("/staff/consultations/public-art-strategy/questionnaire");
  await expect(page.getByText(SAVED)).toBeVisible();
});
