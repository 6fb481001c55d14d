import {
  test,
  expect,
  createDraft,
  signIn,
  expectAccessible,
  expectNoCode,
  continueFrom,
  continueAndSend,
  OPEN_SLUG,
  OPEN_TITLE,
} from "./support";

test("a citizen reads the privacy notice from a question page, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/consultations/${OPEN_SLUG}/respond`);
  await page.getByRole("link", { name: "How we use your information (privacy notice)" }).click();
  await expect(page).toHaveURL(new RegExp(`/consultations/${OPEN_SLUG}/privacy$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
  await expect(page.getByText(OPEN_TITLE).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "How long we keep it" })).toBeVisible();
  await expect(page.getByText(/months after the consultation closes/)).toBeVisible();
  await expectNoCode(page);
  await expectAccessible(page, { javascript: false });
  await page.getByRole("link", { name: "Back to the consultation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPEN_TITLE);
  await context.close();
});

test("editors set the privacy notice, retention period and personal data questions", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page);
  const title = `Allotments ${Date.now()}`;
  await createDraft(page, title);
  await page.getByRole("link", { name: "Review and publish" }).first().click();
  await page.getByRole("link", { name: "Privacy and personal data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy and personal data");
  // The demo site's template is shown for this consultation, and its default period filled in.
  await page.getByText("The site’s privacy notice, used while this consultation has none of its own").click();
  await expect(page.getByText(`in "${title}"`)).toBeVisible();
  await expect(page.getByLabel(/How many months after the consultation closes/)).toHaveValue("12");
  await expectNoCode(page);
  await expectAccessible(page, { javascript: false });

  // A wrong period is explained and the notice typed is kept.
  await page.getByLabel("This consultation’s own privacy notice").fill("## Who we are\n\nThe allotments team uses your answers.");
  await page.getByLabel(/How many months after the consultation closes/).fill("a year");
  await page.getByRole("button", { name: "Save" }).click();
  const problem = page.getByRole("link", { name: "Enter a whole number of months from 1 to 120" });
  await expect(problem).toBeVisible();
  await expect(page.getByLabel("This consultation’s own privacy notice")).toHaveValue(
    "## Who we are\n\nThe allotments team uses your answers.",
  );
  await expectAccessible(page, { javascript: false });
  await page.getByLabel(/How many months after the consultation closes/).fill("18");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "The privacy notice and personal data settings have been saved.",
  );
  await expect(page.getByText(/will be erased on/)).toBeVisible();
  await expectAccessible(page, { javascript: false });

  // The review page's checklist counts it; the audit log records it.
  await page.getByRole("link", { name: "Back to the review page" }).click();
  const check = page.locator(".checklist__item", { hasText: "A privacy notice and how long personal data is kept" });
  await expect(check).toContainText("Passed");
  await page.goto("/staff/audit");
  await expect(page.locator("tbody").getByText("Changed the privacy notice or personal data of a consultation").first()).toBeVisible();
  await context.close();
});

test("a site admin finds, downloads and erases a person's responses by their email address", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true });
  const page = await context.newPage();
  const email = `erin.${Date.now()}@example.com`;
  await page.goto(`/consultations/${OPEN_SLUG}/respond`);
  await page.getByLabel("Support", { exact: true }).check();
  await continueFrom(page);
  await page.getByLabel("Your email address, if you would like to hear what we decide").fill(email);
  await continueAndSend(page);

  await signIn(page);
  await page.goto("/staff/settings");
  await page.getByRole("link", { name: /Requests about personal data/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requests about personal data");
  await expectNoCode(page);
  await expectAccessible(page, { javascript: false });
  await page.getByLabel("Email address").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Find responses" }).click();
  await expect(page.getByRole("heading", { name: "1 response gave this email address" })).toBeVisible();
  await expectAccessible(page, { javascript: false });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the responses (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^responses-by-email-\d{4}-\d{2}-\d{2}\.csv$/);
  await page.getByLabel("Why are you deleting it?").fill("The respondent asked us to erase it");
  await page.getByRole("button", { name: "Delete this response" }).click();
  await expect(page.getByRole("status")).toHaveText("1 response has been deleted.");
  await expectAccessible(page, { javascript: false });
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Find responses" }).click();
  await expect(page.getByText("No response gave this email address.")).toBeVisible();
  await context.close();
});
