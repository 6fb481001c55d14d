import { test, expect, expectAccessible, createStaff, mailTo, signIn, OPEN_SLUG, OPEN_TITLE } from "./support";

// Roles in workspaces (decision 0032) and the staff member's own account (decision 0033), as a
// viewer in the Highways workspace meets them.

const EMAIL = "vera.viewer@example.gov.uk";
const FIRST = "first viewer password";
const SECOND = "second viewer password";

test("a viewer sees their workspace's consultations and counts, changes their password and signs out everywhere", async ({ page, browser, allowConsoleErrors }) => {
  // Refused forms are pages answered 422, which the browser logs.
  allowConsoleErrors(/status of 422/);
  createStaff(EMAIL, "Vera Viewer", "viewer", "highways", FIRST);

  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByLabel("Password").fill(FIRST);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  // Only the Highways workspace's consultation, and nothing to create.
  await expect(page.getByRole("link", { name: OPEN_TITLE })).toBeVisible();
  await expect(page.getByRole("link", { name: "Public art strategy 2027 to 2032" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Create a consultation" })).toHaveCount(0);
  await expectAccessible(page, { javascript: true });

  // The results: counts and charts, but no way to the responses and no downloads.
  await page.goto(`/staff/consultations/${OPEN_SLUG}/results`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPEN_TITLE);
  await expect(page.getByRole("link", { name: "Read every response" })).toHaveCount(0);
  await expect(page.locator('a[href*="responses.csv"], a[href*="responses.xlsx"], form[action$="/downloads"]')).toHaveCount(0);
  await expectAccessible(page, { javascript: true });
  // The builder is not theirs to open.
  const builder = await page.goto(`/staff/consultations/${OPEN_SLUG}/questionnaire`);
  expect(builder?.status()).toBe(403);
  allowConsoleErrors(/status of 403/);

  // Their account: where they work and as what.
  await page.goto("/staff");
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  const row = page.getByRole("row", { name: /Highways and Transport/ });
  await expect(row.getByRole("cell").nth(1)).toHaveText("Viewer");
  await expectAccessible(page, { javascript: true });

  // A second browser signed in as them, to be signed out by the password change.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto("/staff/sign-in");
  await otherPage.getByLabel("Email address").fill(EMAIL);
  await otherPage.getByLabel("Password").fill(FIRST);
  await otherPage.getByRole("button", { name: "Sign in" }).click();
  await expect(otherPage).toHaveURL(/\/staff$/);

  // Mistakes are said beside their fields and in the summary, the passwords never sent back.
  await page.getByLabel("Current password").fill(FIRST);
  await page.getByLabel("New password", { exact: true }).fill(SECOND);
  await page.getByLabel("Type the new password again").fill("something else entirely");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("link", { name: "The passwords do not match: type the new password again" })).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveValue("");
  await expectAccessible(page, { javascript: true });
  await page.getByLabel("Current password").fill(FIRST);
  await page.getByLabel("New password", { exact: true }).fill(SECOND);
  await page.getByLabel("Type the new password again").fill(SECOND);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password has been changed");
  await expectAccessible(page, { javascript: true });
  // The other browser was signed out; this one goes on.
  await otherPage.goto("/staff");
  await expect(otherPage).toHaveURL(/\/staff\/sign-in\?next=/);
  await other.close();

  // Sign out everywhere ends this session too; the new password signs in.
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in\?signed_out=1/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in\?next=/);
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByLabel("Password").fill(SECOND);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
});

test("a site admin adds a partner organisation's workspace and looks after its people", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 422/);
  createStaff("pat.partner@example.gov.uk", "Pat Partner", "viewer", "culture", FIRST);
  await signIn(page);
  await page.getByRole("link", { name: "Workspaces" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Workspaces");
  await expectAccessible(page, { javascript: true });

  // A mistake first, then the workspace.
  await page.getByLabel("Name").fill("Riverside Police Partnership");
  await page.getByRole("button", { name: "Add workspace" }).click();
  await expect(page.getByRole("link", { name: "Enter a code for the workspace" })).toBeVisible();
  await expectAccessible(page, { javascript: true });
  await page.getByLabel("Code").fill("police");
  await page.getByLabel("Kind").selectOption("partner");
  await page.getByRole("button", { name: "Add workspace" }).click();
  await expect(page.getByRole("status")).toHaveText("Workspace added. Add the people who work in it.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Riverside Police Partnership");
  await expectAccessible(page, { javascript: true });

  // Someone added, given another role, taken out.
  await page.getByLabel("Email address").fill("pat.partner@example.gov.uk");
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByRole("button", { name: "Add to workspace" }).click();
  await expect(page.getByRole("status")).toHaveText("Person added to the workspace.");
  await expect(page.getByLabel("Role of Pat Partner")).toHaveValue("editor");
  await expectAccessible(page, { javascript: true });
  await page.getByLabel("Role of Pat Partner").selectOption("analyst");
  await page.getByRole("button", { name: "Change role of Pat Partner" }).click();
  await expect(page.getByRole("status")).toHaveText("Role changed.");
  await expect(page.getByLabel("Role of Pat Partner")).toHaveValue("analyst");
  await page.getByRole("button", { name: "Take Pat Partner out" }).click();
  await expect(page.getByRole("status")).toContainText("Person taken out of the workspace.");
  await expect(page.getByText("Nobody belongs to this workspace yet.")).toBeVisible();

  // Every account: Pat switched off, then on again.
  await page.getByRole("link", { name: "Back to workspaces" }).click();
  await page.getByRole("link", { name: "Every staff account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Staff accounts");
  await expectAccessible(page, { javascript: true });
  await page.getByRole("button", { name: "Deactivate Pat Partner" }).click();
  await expect(page.getByRole("status")).toContainText("Account deactivated");
  await expect(page.getByRole("row", { name: /Pat Partner/ })).toContainText("Deactivated");
  await expectAccessible(page, { javascript: true });
  await page.getByRole("button", { name: "Reactivate Pat Partner" }).click();
  await expect(page.getByRole("status")).toContainText("Account reactivated");
});

test("a site admin reads the audit log of what was done, filters it and finds each change", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 422/);
  createStaff("alex.audit@example.gov.uk", "Alex Audit", "viewer", "culture", FIRST);
  await signIn(page);
  // Changes to record: a workspace, someone added to it and given another role.
  await page.getByRole("link", { name: "Workspaces" }).click();
  await page.getByLabel("Name").fill("Audit Test Housing Association");
  await page.getByLabel("Code").fill("audit-housing");
  await page.getByLabel("Kind").selectOption("partner");
  await page.getByRole("button", { name: "Add workspace" }).click();
  await page.getByLabel("Email address").fill("alex.audit@example.gov.uk");
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByRole("button", { name: "Add to workspace" }).click();
  await page.getByLabel("Role of Alex Audit").selectOption("viewer");
  await page.getByRole("button", { name: "Change role of Alex Audit" }).click();
  await expect(page.getByRole("status")).toHaveText("Role changed.");

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  const entries = page.getByTestId("audit-entry");
  // Newest first: the role change, the person added, the workspace, the sign-in.
  await expect(entries.nth(0)).toContainText("Changed someone's role");
  await expect(entries.nth(0)).toContainText("alex.audit@example.gov.uk");
  await expect(entries.nth(0)).toContainText(/Before\s*editor\s*After\s*viewer/);
  await expect(entries.nth(1)).toContainText("Added someone to a workspace");
  await expect(entries.nth(2)).toContainText("Added a workspace");
  await expect(entries.nth(2)).toContainText("Audit Test Housing Association");
  await expect(entries.nth(3)).toContainText("Signed in");
  await expect(entries.nth(0)).toContainText("Demo Staff");
  await expectAccessible(page, { javascript: true });

  // Filtered to one kind of change, then a day that cannot be read.
  await page.getByLabel("What they did").selectOption("member-role-changed");
  await page.getByLabel("About").fill("alex.audit");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("showing")).toHaveText("Showing 1 entry.");
  await expect(entries).toHaveCount(1);
  await expect(page.getByTestId("audit-csv")).toHaveAttribute("href", "/staff/audit/entries.csv?action=member-role-changed&about=alex.audit");
  await page.getByLabel("From").fill("31/02/2026");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByRole("link", { name: "Enter a real date, for example 28/11/2026" })).toBeVisible();
  await expect(page.getByLabel("From")).toHaveValue("31/02/2026");
  await expectAccessible(page, { javascript: true });
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByLabel("What they did")).toHaveValue("");
});

test("someone new is invited by email, chooses a password, and later resets a forgotten one", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 422/);
  allowConsoleErrors(/status of 404/);
  const who = "ivy.invited@example.gov.uk";
  await signIn(page);
  await page.goto("/staff/workspaces/highways");
  await page.getByLabel("Email address").fill(who);
  await page.getByRole("button", { name: "Add to workspace" }).click();
  await expect(page.getByRole("link", { name: "Choose a role" })).toBeVisible();
  await page.getByLabel("Role", { exact: true }).selectOption("editor");
  await page.getByRole("button", { name: "Add to workspace" }).click();
  await expect(page.getByRole("link", { name: /enter their name to invite them/ })).toBeVisible();
  await expectAccessible(page, { javascript: true });
  await page.getByLabel(/^Name/).fill("Ivy Invited");
  await page.getByRole("button", { name: "Add to workspace" }).click();
  await expect(page.getByRole("status")).toContainText("Invitation sent");
  await expect(page.getByRole("row", { name: /Ivy Invited/ })).toContainText("Invited: no password yet");
  await expectAccessible(page, { javascript: true });
  await page.getByRole("button", { name: "Sign out" }).first().click();

  const invitation = await mailTo(who, (mail) => mail.subject === "You have been invited to run consultations");
  expect(invitation.text).toContain("Demo Staff has given you a staff account in the workspace Highways and Transport");
  const link = invitation.text.match(/http:\/\/\S+\/staff\/set-password\/[0-9a-f]{64}/)![0];
  expect(invitation.html).toContain(`href="${link}"`);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose your password");
  await expect(page.getByText("Welcome, Ivy Invited.")).toBeVisible();
  await expectAccessible(page, { javascript: true });
  await page.getByLabel("New password", { exact: true }).fill(FIRST);
  await page.getByLabel("Type the new password again").fill("not the same at all");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("link", { name: "The passwords do not match: type the new password again" })).toBeVisible();
  await expectAccessible(page, { javascript: true });
  await page.getByLabel("New password", { exact: true }).fill(FIRST);
  await page.getByLabel("Type the new password again").fill(FIRST);
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("status")).toHaveText("Your password has been saved. Sign in with it.");
  await page.getByLabel("Email address").fill(who);
  await page.getByLabel("Password").fill(FIRST);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: OPEN_TITLE, exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).first().click();

  // The invitation works once.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
  await expectAccessible(page, { javascript: true });

  // Forgotten: a reset link by email.
  await page.goto("/staff/sign-in");
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
  await expectAccessible(page, { javascript: true });
  await page.getByLabel("Email address").fill(who);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await expectAccessible(page, { javascript: true });
  const reset = await mailTo(who, (mail) => mail.subject === "Reset your password");
  await page.goto(reset.text.match(/http:\/\/\S+\/staff\/set-password\/[0-9a-f]{64}/)![0]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
  await page.getByLabel("New password", { exact: true }).fill(SECOND);
  await page.getByLabel("Type the new password again").fill(SECOND);
  await page.getByRole("button", { name: "Save password" }).click();
  await page.getByLabel("Email address").fill(who);
  await page.getByLabel("Password").fill(SECOND);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
});

test("an invitation goes in Welsh and again, and a site admin corrects the account's details", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 422/);
  allowConsoleErrors(/status of 404/);
  const who = "wyn.welsh@example.gov.uk";
  await signIn(page);
  await page.goto("/staff/workspaces/highways");
  await page.getByLabel("Email address").fill(who);
  await page.getByLabel(/^Name/).fill("Wyn Welsh");
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  // English is chosen until Cymraeg is.
  await expect(page.getByRole("radio", { name: "English" })).toBeChecked();
  await page.getByRole("radio", { name: "Cymraeg" }).check();
  await page.getByRole("button", { name: "Add to workspace" }).click();
  await expect(page.getByRole("status")).toContainText("Invitation sent");
  const first = await mailTo(who, (mail) => mail.subject === "Rydych wedi cael gwahoddiad i redeg ymgynghoriadau");
  expect(first.html).toContain('<html lang="cy">');
  expect(first.text).toContain("Helo Wyn Welsh,");
  const firstLink = first.text.match(/http:\/\/\S+\/staff\/set-password\/[0-9a-f]{64}/)![0];

  // Lost in a mailbox: sent again, and only the newest link works.
  await page.getByRole("button", { name: "Send the invitation to Wyn Welsh again" }).click();
  await expect(page.getByRole("status")).toContainText("The invitation has been sent again");
  await expectAccessible(page, { javascript: true });
  const second = await mailTo(who, (mail) => mail.subject.startsWith("Rydych") && !mail.text.includes(firstLink));
  const secondLink = second.text.match(/http:\/\/\S+\/staff\/set-password\/[0-9a-f]{64}/)![0];

  // A site admin corrects the name and address from the accounts list.
  await page.goto("/staff/accounts");
  await expect(page.getByRole("row", { name: /Wyn Welsh/ })).toContainText("Invited: no password yet");
  await page.getByRole("link", { name: "Change details of Wyn Welsh" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change the details of Wyn Welsh");
  await expect(page.getByRole("radio", { name: "Cymraeg" })).toBeChecked();
  await expectAccessible(page, { javascript: true });
  await page.getByLabel("Name", { exact: true }).fill("");
  await page.getByLabel("Email address").fill("not an address");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("link", { name: "Enter a name" })).toBeVisible();
  await expect(page.getByRole("link", { name: /correct format/ })).toBeVisible();
  await expectAccessible(page, { javascript: true });
  await page.getByLabel("Name", { exact: true }).fill("Wyn Williams");
  await page.getByLabel("Email address").fill("wyn.williams@example.gov.uk");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status")).toHaveText("The account’s details have been saved.");
  await expect(page.getByRole("row", { name: /Wyn Williams/ })).toContainText("wyn.williams@example.gov.uk");
  await mailTo(who, (mail) => mail.subject === "Mae cyfeiriad e-bost eich cyfrif staff wedi newid");

  // One's own details: the form on the account page (a refused post shows where).
  await page.goto("/staff/account");
  await expect(page.getByLabel("Your name")).toHaveValue("Demo Staff");
  await page.getByLabel("Your name").fill("");
  await page.getByRole("button", { name: "Save your details" }).click();
  await expect(page.getByRole("link", { name: "Enter a name" })).toBeVisible();
  await expectAccessible(page, { javascript: true });
  await page.getByRole("button", { name: "Sign out" }).first().click();

  // The newest link sets the password; the earlier one no longer works.
  await page.goto(firstLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
  await page.goto(secondLink);
  await expect(page.getByText("Welcome, Wyn Williams.")).toBeVisible();
});
