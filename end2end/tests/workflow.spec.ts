import { execFileSync } from "node:child_process";
import { test, expect, expectAccessible, appCode, base32Decode, mailTo, signIn, waitForHydration, STAFF_EMAIL, type Page } from "./support";

// The whole workflow as a council meets it (issue 10, section 6; decision 0038): a site admin
// invites someone new, who chooses a password, turns on two-factor sign-in and signs in with
// it, creates a consultation and sends it for review; the admin approves it; it opens on its
// date and closes on its date by the platform's clock; its author writes the outcome, which the
// admin publishes. Every page is checked with axe, the people involved are emailed at each step,
// and the audit log records each step.

const AUTHOR = "priya.author@example.gov.uk";
const PASSWORD = "priya's long password";

/** Moves consultation `slug`'s dates in the database the test server uses: the date comes as if
 * time had passed (the clock runs every 2 seconds here). Written as the server writes them. */
function moveDate(slug: string, column: "opens_at" | "closes_at", at: Date) {
  const value = at.toISOString().replace("Z", "+00:00");
  execFileSync(
    "python3",
    [
      "-c",
      "import sqlite3, sys\n" +
        "db = sqlite3.connect(sys.argv[1], timeout=30)\n" +
        `db.execute('UPDATE consultations SET ${column} = ? WHERE slug = ?', (sys.argv[2], sys.argv[3]))\n` +
        "db.commit()",
      process.env.E2E_DATABASE!,
      value,
      slug,
    ],
    { stdio: "pipe" },
  );
}

/** Waits for the review page to show `stage` (the clock takes its step within seconds). */
async function waitForStage(page: Page, stage: string) {
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("workflow-stage")).toHaveText(stage, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/** The audit log's entries about `title`, as a site admin filters it: their "What" column. */
async function audited(page: Page, title: string): Promise<string[]> {
  await page.goto(`/staff/audit?about=${encodeURIComponent(title)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  return page.locator('td[data-label="What"]').allInnerTexts();
}

test("invited, two-factor, created, reviewed, opened and closed on its dates, outcome published", async ({ page, browser, allowConsoleErrors }) => {
  test.setTimeout(240_000);
  // Refused forms are pages answered 401, 409 or 422, which the browser logs.
  allowConsoleErrors(/status of (401|409|422)/);
  const title = `Street lighting ${Date.now()}`;

  // 1. The site admin invites Priya into the Highways workspace as an editor.
  const admin = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
  await signIn(admin);
  await admin.goto("/staff/workspaces/highways");
  await admin.getByLabel("Email address").fill(AUTHOR);
  await admin.getByRole("button", { name: "Add to workspace" }).click();
  await admin.getByLabel("Role", { exact: true }).selectOption("editor");
  await admin.getByRole("button", { name: "Add to workspace" }).click();
  await admin.getByLabel(/^Name/).fill("Priya Author");
  await admin.getByRole("button", { name: "Add to workspace" }).click();
  await expect(admin.getByRole("status")).toContainText("Invitation sent");

  // 2. Priya chooses her password from the emailed link, and turns on two-factor sign-in.
  const invitation = await mailTo(AUTHOR, (mail) => mail.subject === "You have been invited to run consultations");
  await page.goto(invitation.text.match(/http:\/\/\S+\/staff\/set-password\/[0-9a-f]{64}/)![0]);
  await page.getByLabel("New password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Type the new password again").fill(PASSWORD);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password has been saved. Sign in with it.");
  await page.getByLabel("Email address").fill(AUTHOR);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await page.goto("/staff/two-factor");
  const key = base32Decode(await page.getByTestId("two-factor-key").innerText());
  await page.getByLabel("Security code").fill(appCode(key));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Save your recovery codes");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill(AUTHOR);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in\/code$/);
  // The next code: the one shown now was used to turn it on, and works once.
  await page.getByLabel("Security code").fill(appCode(key, 1));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);

  // 3. She creates the consultation: open from next month for eight weeks, one question.
  const opens = new Date(Date.now() + 30 * 86_400_000);
  const closes = new Date(opens.getTime() + 8 * 7 * 86_400_000);
  await page.getByRole("button", { name: "Create a consultation" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Summary").fill("Should street lights dim after midnight?");
  await page.getByLabel("What the consultation is about").fill("We propose dimming street lights from midnight to 5am.");
  await page.getByLabel("Department").selectOption({ label: "Highways and Transport" });
  await page.getByLabel("Contact name").fill("Street lighting team");
  await page.getByLabel("Contact email address").fill("lighting@example.gov.uk");
  for (const [group, date] of [["Opening date", opens], ["Closing date", closes]] as const) {
    const fields = page.getByRole("group", { name: group });
    await fields.getByLabel("Day").fill(String(date.getUTCDate()));
    await fields.getByLabel("Month").fill(String(date.getUTCMonth() + 1));
    await fields.getByLabel("Year").fill(String(date.getUTCFullYear()));
  }
  await page.getByLabel("Opening time").fill("9am");
  await page.getByLabel("Closing time").fill("5pm");
  await page.getByRole("button", { name: "Create draft consultation" }).click();
  await expect(page.getByRole("status")).toHaveText("Draft consultation created.");
  await waitForHydration(page);
  await page.getByRole("link", { name: "Add a question to page 1" }).click();
  await page.getByLabel("Single choice").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Question", { exact: true }).fill("Should lights dim after midnight?");
  await page.getByLabel("Option 1").fill("Yes");
  await page.getByLabel("Option 2").fill("No");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("status")).toHaveText("Question added: it is question 1.");

  // 4. She sends it for review; the admin is told by email.
  await page.getByRole("link", { name: "Review and publish" }).first().click();
  const review = page.url();
  await expect(page.getByTestId("workflow-stage")).toHaveText("Draft");
  await expectAccessible(page, { javascript: false });
  await page.getByLabel("A note for the reviewer (optional)").fill("Ready for the lighting <team>.");
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("status")).toContainText("Sent for review.");
  await expect(page.getByText("so someone else approves it")).toBeVisible();
  const told = await mailTo(STAFF_EMAIL, (mail) => mail.subject === `${title}: In review`);
  expect(told.text).toContain("Sent it for review — Priya Author");
  expect(told.text).toContain("Their comment: Ready for the lighting <team>.");
  expect(told.html).toContain("Ready for the lighting &lt;team&gt;.");

  // 5. The admin returns it once, then approves it confirming every item.
  const reviewLink = told.text.match(/http:\/\/\S+\/review/)![0];
  await admin.goto(reviewLink);
  await admin.getByRole("button", { name: "Return to its author" }).click();
  await expect(admin.getByRole("link", { name: "Say what should change before returning it" })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByLabel("Comment", { exact: true }).fill("Say when the lights dim.");
  await admin.getByRole("button", { name: "Return to its author" }).click();
  await expect(admin.getByRole("status")).toContainText("Returned to its author");
  const returned = await mailTo(AUTHOR, (mail) => mail.subject === `${title}: Draft`);
  expect(returned.text).toContain("Their comment: Say when the lights dim.");
  await page.goto(review);
  await expect(page.getByText("Say when the lights dim.")).toBeVisible();
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("status")).toContainText("Sent for review.");
  await admin.goto(reviewLink);
  for (const box of await admin.getByRole("checkbox").all()) await box.check();
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(admin.getByRole("status")).toContainText("Approved.");
  await expectAccessible(admin);
  await mailTo(AUTHOR, (mail) => mail.subject === `${title}: Approved`);

  // 6. She schedules it: public as forthcoming, not yet open.
  await page.goto(review);
  await page.getByRole("button", { name: "Schedule it" }).click();
  await expect(page.getByRole("status")).toContainText("Scheduled");
  await expect(page.getByTestId("workflow-stage")).toHaveText("Scheduled");
  await expectAccessible(page, { javascript: false });

  // 7. Its opening date comes: the clock opens it, and both are told.
  moveDate(new URL(review).pathname.split("/")[3], "opens_at", new Date(Date.now() - 60_000));
  await waitForStage(page, "Open");
  await mailTo(AUTHOR, (mail) => mail.subject === `${title}: Open`);
  await mailTo(STAFF_EMAIL, (mail) => mail.subject === `${title}: Open`);
  await expect(page.locator(".review-history__entry").filter({ hasText: "Opened it" })).toContainText("The platform, on the date");

  // While open, she adds a question: it goes live only when the admin approves the change.
  const slug = new URL(review).pathname.split("/")[3];
  await page.goto(`/staff/consultations/${slug}/questionnaire`);
  await waitForHydration(page);
  await expect(page.getByText("Changes to a public consultation go live after review")).toHaveCount(0);
  await page.getByRole("link", { name: "Add a question to page 1" }).click();
  await page.getByLabel("Single choice").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Question", { exact: true }).fill("Have you noticed the lights at night?");
  await page.getByLabel("Option 1").fill("Yes");
  await page.getByLabel("Option 2").fill("No");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByRole("status")).toHaveText("Question added: it is question 2.");
  await expect(page.getByText("Changes to a public consultation go live after review")).toBeVisible();
  await page.goto(review);
  await page.getByRole("button", { name: "Send the changes for review" }).click();
  await expect(page.getByRole("status")).toContainText("The changes have been sent for review.");
  await expect(page.getByTestId("workflow-stage")).toHaveText("Open, changes in review");
  await page.goto(`/consultations/${slug}/respond`);
  await expect(page.getByText("Have you noticed the lights at night?")).toHaveCount(0);
  await admin.goto(reviewLink);
  await expect(admin.getByRole("link", { name: "Preview the changed questionnaire" })).toBeVisible();
  for (const box of await admin.getByRole("checkbox").all()) await box.check();
  await admin.getByRole("button", { name: "Approve the changes" }).click();
  await expect(admin.getByRole("status")).toContainText("The changes are approved and live");
  await expectAccessible(admin);
  await page.goto(review);
  await expect(page.getByTestId("workflow-stage")).toHaveText("Open");

  // 8. Its closing date comes: the clock closes it.
  moveDate(slug, "closes_at", new Date(Date.now() - 1_000));
  await waitForStage(page, "Closed");
  await mailTo(AUTHOR, (mail) => mail.subject === `${title}: Closed`);

  // 9. She writes the outcome and sends it for review; the admin publishes it.
  await page.getByRole("link", { name: "Write the outcome" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outcome: we asked, you said, we did");
  await expectAccessible(page, { javascript: false });
  await page.getByRole("button", { name: "Save the outcome" }).click();
  await expect(page.getByRole("link", { name: "Enter the outcome" })).toBeVisible();
  await expectAccessible(page, { javascript: false });
  await page.getByLabel("The outcome").fill("We asked whether lights should dim.\n\nYou said **yes**, so they will from April.");
  await page.getByRole("button", { name: "Save the outcome" }).click();
  await expect(page.getByRole("status")).toContainText("The outcome has been saved.");
  await page.getByRole("button", { name: "Send the outcome for review" }).click();
  await expect(page.getByRole("status")).toContainText("The outcome has been sent for review.");
  await mailTo(STAFF_EMAIL, (mail) => mail.subject === `${title}: Outcome in review`);
  await admin.goto(reviewLink);
  await expect(admin.locator(".inset-text strong")).toHaveText("yes");
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Publish the outcome" }).click();
  await expect(admin.getByRole("status")).toContainText("The outcome is published");
  await mailTo(AUTHOR, (mail) => mail.subject === `${title}: Outcome published`);

  // The public page shows it; the staff list names the stage.
  await page.goto(`/consultations/${slug}`);
  await expect(page.getByText("so they will from April.")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/staff");
  await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("(outcome published)");

  // The audit log has every step, the clock's by the scheduled task.
  const what = await audited(admin, title);
  for (const step of [
    "Sent a consultation for review",
    "Returned a consultation to its author",
    "Approved a consultation",
    "Changed a questionnaire",
    "Scheduled a consultation",
    "Opened a consultation on its date",
    "Closed a consultation on its date",
    "Changed the outcome of a consultation",
    "Published the outcome of a consultation",
  ]) {
    expect(what, step).toContain(step);
  }
  await expect(admin.getByRole("cell", { name: "Scheduled task" }).first()).toBeVisible();
  await expectAccessible(admin);
  await admin.context().close();
});

test("a site admin rewords, moves, removes and adds the reviewer's checklist items", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 422/);
  await signIn(page);
  await page.goto("/staff/settings");
  await page.getByRole("link", { name: "Change the reviewer’s checklist" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The reviewer’s checklist");
  await expectAccessible(page);
  const first = page.getByLabel("Item 1", { exact: true });
  const words = await first.inputValue();
  // A refusal names the box; the words come back.
  await page.getByLabel("What the reviewer confirms").fill("x".repeat(301));
  await page.getByRole("button", { name: "Add the item" }).click();
  await expect(page.getByRole("link", { name: "An item must be 300 characters or fewer" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("What the reviewer confirms").fill("The consultation’s maps can be read on a phone");
  await page.getByRole("button", { name: "Add the item" }).click();
  await expect(page.getByRole("status")).toHaveText("The checklist has been changed.");
  const count = await page.getByLabel(/^Item \d+$/).count();
  await expect(page.getByLabel(`Item ${count}`, { exact: true })).toHaveValue("The consultation’s maps can be read on a phone");
  // Moved up once, then removed: the list is as it was.
  await page.getByRole("button", { name: `Move up item ${count}`, exact: true }).click();
  await expect(page.getByLabel(`Item ${count - 1}`, { exact: true })).toHaveValue("The consultation’s maps can be read on a phone");
  await page.getByRole("button", { name: `Remove item ${count - 1}`, exact: true }).click();
  await expect(page.getByLabel(/^Item \d+$/)).toHaveCount(count - 1);
  await expect(page.getByLabel("Item 1", { exact: true })).toHaveValue(words);
  await expectAccessible(page);
});
