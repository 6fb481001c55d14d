import { test, expect, createDraft, expectAccessible, signIn, waitForHydration } from "./support";
import type { Page } from "@playwright/test";

// Drag and drop in the builder island (JavaScript on): by keyboard and by mouse, each drop
// saved at once; a second editor working on an old revision is told and shown the latest.

async function addShortQuestion(page: Page, label: string) {
  await page.getByRole("link", { name: "Add a question to page 1" }).click();
  await page.getByLabel("Short text").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Question", { exact: true }).fill(label);
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("status")).toContainText("Question added");
}

const labels = (page: Page) => page.locator(".builder-outline__label");
const saved = (page: Page) => expect(page.locator(".builder-status")).toHaveText("All changes saved");
const revision = (page: Page) => page.locator("#builder-outline input[name=revision]");

/** Does `act` (a drop) and waits until it is stored: a new revision, and "All changes saved". */
async function savedAfter(page: Page, act: () => Promise<void>) {
  const before = await revision(page).inputValue();
  await act();
  await expect(revision(page)).not.toHaveValue(before);
  await saved(page);
}

/** Drags question `from` (its handle) to just above question `to`, or into page section `toPage`. */
async function drag(page: Page, from: number, target: { question?: number; page?: number }) {
  const handle = page.getByRole("button", { name: `Move question ${from}`, exact: true });
  const box = (await handle.boundingBox())!;
  const over = target.question
    ? page.locator(".builder-outline__question").nth(target.question - 1)
    : page.locator(".builder-page").nth(target.page! - 1).locator("h2");
  const to = (await over.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // In steps, as a hand moves: every pointermove redraws the outline.
  await page.mouse.move(box.x + box.width / 2, to.y + 2, { steps: 12 });
  await page.mouse.up();
}

// Tall enough that a drag from the first question to the second page stays on screen.
test.use({ viewport: { width: 1280, height: 1600 } });

test("questions move by keyboard and by mouse, saved as they drop; a stale editor is told", async ({ page, browser }) => {
  await signIn(page);
  await createDraft(page, `Play areas ${Date.now()}`);
  for (const label of ["Alpha", "Bravo", "Charlie"]) await addShortQuestion(page, label);
  // A second, empty page.
  await page.locator("summary", { hasText: "Page settings" }).click();
  await page.getByRole("button", { name: "Add a page after this one" }).click();
  await expect(page.getByRole("status")).toHaveText("Page added.");
  await waitForHydration(page);
  await saved(page);
  await expect(labels(page)).toHaveText(["Alpha", "Bravo", "Charlie"]);
  await expectAccessible(page);

  // Keyboard: pick up, move down one, drop.
  const live = page.locator("[aria-live=assertive]");
  await page.getByRole("button", { name: "Move question 1", exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(live).toContainText("Picked up question 1");
  await expect(page.getByRole("button", { name: "Move question 1", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText("Moved: it would be question 2, on page 1.");
  await expect(labels(page)).toHaveText(["Bravo", "Alpha", "Charlie"]);
  await savedAfter(page, () => page.keyboard.press("Space"));
  await expect(live).toContainText("Saved.");
  // Focus stays on the moved question's handle.
  await expect(page.locator(":focus")).toHaveAccessibleName("Move question 2");

  // Escape puts it back; nothing is saved.
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowUp");
  await expect(labels(page)).toHaveText(["Alpha", "Bravo", "Charlie"]);
  await page.keyboard.press("Escape");
  await expect(live).toHaveText("Move cancelled: the question is back where it was.");
  await expect(labels(page)).toHaveText(["Bravo", "Alpha", "Charlie"]);

  // Down past the last question of page 1: onto the empty page 2.
  await page.getByRole("button", { name: "Move question 3", exact: true }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText("Moved: it would be question 3, on page 2.");
  await savedAfter(page, () => page.keyboard.press("Space"));
  await page.reload();
  await waitForHydration(page);
  await expect(page.locator(".builder-page").nth(1).locator(".builder-outline__label")).toHaveText(["Charlie"]);

  // Mouse: Alpha (question 2) dragged above Bravo (question 1).
  await savedAfter(page, () => drag(page, 2, { question: 1 }));
  await expect(labels(page)).toHaveText(["Alpha", "Bravo", "Charlie"]);
  // And Charlie, on page 2, dragged up into page 1 at the top.
  await savedAfter(page, () => drag(page, 3, { question: 1 }));
  await expect(labels(page)).toHaveText(["Charlie", "Alpha", "Bravo"]);
  await page.reload();
  await waitForHydration(page);
  await expect(labels(page)).toHaveText(["Charlie", "Alpha", "Bravo"]);
  await expectAccessible(page);

  // Two editors: the second opened the page before the first moved a question.
  const other = await browser.newContext({ storageState: await page.context().storageState() });
  try {
    const stale = await other.newPage();
    await stale.goto(page.url());
    await waitForHydration(stale);
    await savedAfter(page, () => drag(page, 1, { page: 2 }));
    await expect(labels(page)).toHaveText(["Alpha", "Bravo", "Charlie"]);

    await stale.getByRole("button", { name: "Move question 3", exact: true }).focus();
    await stale.keyboard.press("Space");
    await stale.keyboard.press("ArrowUp");
    await stale.keyboard.press("Space");
    await expect(stale.locator(".builder-status")).toContainText("Not saved: Someone else changed this questionnaire");
    // Shown the latest, as stored: nothing of the first editor's move is lost.
    await expect(labels(stale)).toHaveText(["Alpha", "Bravo", "Charlie"]);
    await expect(stale.locator(".builder-page").nth(1).locator(".builder-outline__label")).toHaveText(["Charlie"]);
    // And it can go on from there.
    await stale.getByRole("button", { name: "Move question 1", exact: true }).focus();
    await stale.keyboard.press("Space");
    await stale.keyboard.press("ArrowDown");
    await savedAfter(stale, () => stale.keyboard.press("Space"));
    await expect(labels(stale)).toHaveText(["Bravo", "Alpha", "Charlie"]);
  } finally {
    await other.close();
  }
});
