import { test, expect, expectAccessible, appCode, base32Decode, createStaff } from "./support";

// Two-factor sign-in (decision 0036) as a site admin meets it: set up from their account with
// an authenticator app (the test computes the app's codes from the key on the page), signing in
// with a code and with a recovery code, and the site settings page. A new account, so the demo
// account other tests sign in with keeps signing in with its password alone.

const EMAIL = "tariq.two-factor@example.gov.uk";
const PASSWORD = "two factor admin password";

async function enterPassword(page: import("@playwright/test").Page) {
  await page.goto("/staff/sign-in");
  await page.getByLabel("Email address").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("a site admin sets up two-factor sign-in and signs in with a code and a recovery code", async ({ page, allowConsoleErrors }) => {
  // A refused code is a page answered 401 or 422, which the browser logs.
  allowConsoleErrors(/status of (401|422)/);
  createStaff(EMAIL, "Tariq Admin", "site_admin", null, PASSWORD);
  await enterPassword(page);
  await expect(page).toHaveURL(/\/staff$/);

  // From their account page.
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("Off");
  await page.getByRole("link", { name: "Set up two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set up two-factor sign-in");
  await expect(page.getByRole("img", { name: /QR code for your authenticator app/ })).toBeVisible();
  await expectAccessible(page);
  const key = base32Decode(await page.getByTestId("two-factor-key").innerText());
  expect(key.length).toBe(20);

  // A wrong code first: the error summary leads to the field.
  await page.getByLabel("Security code").fill("12345");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("alert")).toContainText("Enter the 6-digit code from your app, like 123456");
  await expectAccessible(page);
  await page.getByLabel("Security code").fill(appCode(key));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Save your recovery codes");
  const codes = await page.getByTestId("recovery-codes").getByRole("listitem").allInnerTexts();
  expect(codes).toHaveLength(10);
  expect(codes[0]).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("On");

  // Signing in again: the password, then a code from the app (the next one: the code shown
  // now was used to set up, and works once).
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await enterPassword(page);
  await expect(page).toHaveURL(/\/staff\/sign-in\/code$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter your security code");
  await expectAccessible(page);
  await page.getByLabel("Security code").fill("000000");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("That code is not right");
  await page.getByLabel("Security code").fill(appCode(key, 1));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);

  // Without the phone: a recovery code.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await enterPassword(page);
  await page.getByRole("link", { name: /use a recovery code/ }).click();
  await expect(page.getByLabel("Recovery code")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Recovery code").fill(codes[3]);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);

  // Their two-factor page now: codes left, new codes, turning it off.
  await page.goto("/staff/two-factor");
  await expect(page.getByText("You have 9 recovery codes left.")).toBeVisible();
  await expectAccessible(page);

  // The site settings page (looked at, not changed: other tests sign in with passwords).
  await page.getByRole("link", { name: "Site settings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Site settings");
  await expect(page.getByLabel("Require two-factor sign-in of all staff")).not.toBeChecked();
  await expectAccessible(page);

  // The audit log has each step.
  await page.goto(`/staff/audit?who=${encodeURIComponent(EMAIL)}`);
  await expect(page.getByRole("cell", { name: "Turned on two-factor sign-in" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Signed in with a recovery code" })).toBeVisible();
});
