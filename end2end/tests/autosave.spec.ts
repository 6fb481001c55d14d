import { test, expect, createDraft, signIn, expectAccessible, waitForHydration } from "./support";

/** Opens the editor of the draft's first question, islands live. */
async function openEditor(page: import("@playwright/test").Page, slug: string) {
  await page.goto(`/staff/consultations/${slug}/questionnaire`);
  await page.getByRole("link", { name: "Edit question 1", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/consultations/${slug}/questions/`));
  await waitForHydration(page);
}

test("the question editor saves each change as it is made, says so, and warns before leaving unsaved work", async ({
  page,
  browser,
  allowConsoleErrors,
}) => {
  // Refused autosaves answer 4xx, which the browser logs.
  allowConsoleErrors(/status of (409|422)/);
  await signIn(page);
  // A draft of its own, with one question, so other tests meet the demo as it was.
  const title = `Autosave ${Date.now()}`;
  const slug = title.toLowerCase().replace(/ /g, "-");
  await createDraft(page, title);
  await page.getByRole("link", { name: "Add a question to page 1", exact: true }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Question", { exact: true }).fill("What kind of public art would you like to see?");
  await page.getByRole("button", { name: "Save question" }).click();
  await openEditor(page, slug);
  const status = page.getByTestId("save-status");
  await expect(status).toHaveText("All changes saved");
  await expectAccessible(page);

  // A change is saved without pressing anything, and is there after a reload.
  const label = page.getByLabel("Question", { exact: true });
  await label.fill("What kind of public art would you most like to see?");
  await expect(status).toHaveText("Saving…");
  await expect(status).toHaveText("All changes saved");
  await page.reload();
  await expect(label).toHaveValue("What kind of public art would you most like to see?");
  await waitForHydration(page);

  // A change that breaks a rule is not saved, and the status says why.
  await label.fill("");
  await expect(status).toHaveText(/^Not saved: 1 thing to fix first/);
  await label.fill("What kind of public art would you like to see?");
  await expect(status).toHaveText("All changes saved");

  // Two people on the same question: the one whose page is out of date is told, and keeps
  // what they typed on the page.
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await signIn(colleague);
  await openEditor(colleague, slug);
  await label.fill("What public art would you like to see?");
  await expect(status).toHaveText("All changes saved");
  const theirs = colleague.getByLabel("Question", { exact: true });
  await theirs.fill("Which public art would you like?");
  await expect(colleague.getByTestId("save-status")).toHaveText(
    /^Not saved: someone else changed this questionnaire since you opened this page/,
  );
  await expect(theirs).toHaveValue("Which public art would you like?");
  await other.close();

  // Pressing "Save question" after autosaves is not refused as stale.
  await page.getByLabel("Hint (optional)").fill("For example, murals or sculpture");
  await expect(status).toHaveText("All changes saved");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("status").first()).toHaveText(/^Question saved/);

  // Leaving with a change not yet saved asks first.
  await openEditor(page, slug);
  await label.fill("A change still being typed");
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", async (dialog) => {
      const type = dialog.type();
      await dialog.dismiss();
      resolve(type);
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  // Dismissed: the page stays, with the change; now leave for good.
  await expect(label).toHaveValue("A change still being typed");
  await page.close();
});
