import { test, expect, signIn, expectAccessible, expectNoCode } from "./support";

test("a site admin sets the council's name, colour and footer links, shown on every page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page);
  await page.goto("/staff/settings");
  const name = page.getByLabel("Council name", { exact: true });
  const colour = page.getByLabel("Brand colour");
  const before = { name: await name.inputValue(), colour: await colour.inputValue() };

  // Too light a colour is refused beside its field.
  await name.fill("Borsetshire County Council");
  await colour.fill("#ffdd00");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("link", { name: "Choose a darker colour: it must contrast with light grey at least 3 to 1" })).toBeVisible();
  await expectAccessible(page, { javascript: false });
  await colour.fill("#00703c");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Site settings saved.");

  await page.goto("/");
  await expect(page.locator(".header__org")).toHaveText("Borsetshire County Council");
  const border = await page.locator(".header").evaluate((el) => getComputedStyle(el).borderBottomColor);
  expect(border).toBe("rgb(0, 112, 60)");
  await expect(page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" })).toBeVisible();
  await expectNoCode(page);
  await expectAccessible(page, { javascript: false });

  // Back as it was, for the other tests.
  await page.goto("/staff/settings");
  await name.fill(before.name);
  await colour.fill(before.colour);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Site settings saved.");
  await context.close();
});
