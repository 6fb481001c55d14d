import { test, expect, expectAccessible, expectNoCode, OPEN_TITLE } from "./support";

test("the hub lists open, forthcoming and closed consultations", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/^Consultations – Have your say$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Have your say");
  const open = page.getByRole("region", { name: "Open consultations" });
  await expect(open.getByRole("link", { name: OPEN_TITLE })).toBeVisible();
  await expect(open.getByText("Highways and Transport")).toBeVisible();
  const forthcoming = page.getByRole("region", { name: "Forthcoming consultations" });
  await expect(forthcoming.getByRole("link", { name: "Public art strategy 2027 to 2032" })).toBeVisible();
  await expect(forthcoming.getByText(/^Opens (midday|midnight|\d)/)).toBeVisible();
  const closed = page.getByRole("region", { name: "Closed consultations" });
  await expect(closed.getByRole("link", { name: "Library opening hours" })).toBeVisible();
  await expect(closed.getByText("Outcome published")).toBeVisible();
  // UK date format: "1pm on 5 March 2027", "midday on 5 March 2027". (Other tests may have
  // published open consultations of their own by now: the first card is enough.)
  await expect(
    open.getByText(/^Closes (midday|midnight|\d{1,2}(:\d\d)?(am|pm)) on \d{1,2} [A-Z][a-z]+ \d{4}$/).first(),
  ).toBeVisible();
  await expectNoCode(page);
  await expectAccessible(page);
});

test("a forthcoming consultation says when it opens and offers no form", async ({ page }) => {
  await page.goto("/consultations/public-art-strategy");
  await expect(page.getByText(/This consultation is not open yet\. It opens at/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Respond online" })).toHaveCount(0);
  await expectNoCode(page);
  await expectAccessible(page);
});

test("a closed consultation shows its published outcome", async ({ page }) => {
  await page.goto("/consultations/library-opening-hours");
  await expect(page.getByText(/Responses can no longer be sent/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "What we did with your views" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "We did", exact: true })).toBeVisible();
  await expectNoCode(page);
  await expectAccessible(page);
});

test("an unknown address gets a helpful 404 page", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 404/);
  const response = await page.goto("/consultations/no-such-consultation");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: /see all open, forthcoming and closed consultations/ })).toBeVisible();
  await expectNoCode(page);
  await expectAccessible(page);
});

test("keyboard users can skip straight to the content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await expectAccessible(page);
});
