import { test, expect, signIn, expectAccessible, expectNoCode } from "./support";
import path from "node:path";

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

test("a site admin uploads the council's logo, shown in every page's header, and removes it", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page);
  await page.goto("/staff/settings");
  await page.getByRole("link", { name: "Add a logo" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your council’s logo");
  await expectAccessible(page, { javascript: false });

  // Not an image: refused beside the file input.
  const file = page.getByLabel("Upload a file");
  await file.setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from("<svg onload='alert(1)'/>") });
  await page.getByRole("button", { name: "Upload the logo" }).click();
  await expect(page.getByRole("link", { name: "The selected file must be a PNG, JPEG or WebP image" })).toBeVisible();
  await expectAccessible(page, { javascript: false });

  await file.setInputFiles(path.join(__dirname, "fixtures", "council-logo.png"));
  await page.getByRole("button", { name: "Upload the logo" }).click();
  await expect(page.getByRole("status")).toHaveText("The logo has been uploaded. Every page shows it now.");
  await expect(page.getByRole("img", { name: "Your council’s logo, as the header shows it" })).toBeVisible();
  await expectAccessible(page, { javascript: false });

  // Every page: the header shows it beside the name, drawn (loaded), 40 pixels high.
  for (const address of ["/", "/cy"]) {
    await page.goto(address);
    const logo = page.locator("header img.header__logo");
    await expect(logo).toBeVisible();
    const drawn = await logo.evaluate((img: HTMLImageElement) => ({ loaded: img.complete && img.naturalWidth, height: img.getBoundingClientRect().height }));
    expect(drawn).toEqual({ loaded: 240, height: 40 });
    await expectNoCode(page);
    await expectAccessible(page, { javascript: false });
  }

  // Removed: the header is as it was.
  await page.goto("/staff/settings/logo");
  await page.getByRole("button", { name: "Remove the logo" }).click();
  await expect(page.getByRole("status")).toHaveText("The logo has been removed.");
  await page.goto("/");
  await expect(page.locator("header img")).toHaveCount(0);
  await context.close();
});
