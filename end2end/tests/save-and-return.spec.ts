import type { BrowserContext } from "@playwright/test";
import { test, expect, expectAccessible, continueFrom, mailTo, REFERENCE } from "./support";

const PARK = "riverside-park";
const RETURN_CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** A browser context that keeps no cookies: none are sent, none are stored. */
async function withoutCookies(context: BrowserContext) {
  await context.route("**/*", async (route) => {
    const headers = { ...route.request().headers() };
    delete headers.cookie;
    const response = await route.fetch({ headers });
    const kept = Object.fromEntries(
      Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== "set-cookie"),
    );
    await route.fulfill({ response, headers: kept });
  });
}

for (const javascript of [true, false]) {
  test.describe(`save and come back later, JavaScript ${javascript ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: javascript });

    test("saved half done, the emailed link opens it on another device, and a copy is emailed", async ({ page, browser, allowConsoleErrors }) => {
      allowConsoleErrors(/status of 422/); // the mistyped address, refused
      const who = `resident-${javascript ? "js" : "nojs"}@example.com`;
      await page.goto(`/consultations/${PARK}/respond`);
      await page.getByRole("radio", { name: "Yes, at least once a month" }).check();
      await continueFrom(page);
      await expect(page.locator("#progress")).toHaveText("Page 2 of 5");
      const page2 = page.url();
      // Half done: the required question is left, and saving does not mind.
      await page.getByRole("checkbox", { name: "Sport" }).check();
      await page.getByRole("button", { name: "Save and come back later" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your answers have been saved");
      const code = (await page.getByTestId("return-code").textContent())!.trim();
      expect(code).toMatch(RETURN_CODE);
      await expect(page.getByText("You can come back until the consultation closes at")).toBeVisible();
      await expectAccessible(page, { javascript });

      // A link by email: a mistyped address first.
      await page.getByLabel("Email address").fill("resident@example");
      await page.getByRole("button", { name: "Email me a link" }).click();
      await expect(page.locator("#error-summary")).toContainText("Enter an email address in the correct format");
      await expect(page.getByTestId("return-code")).toHaveText(code);
      await expectAccessible(page, { javascript });
      await page.getByLabel("Email address").fill(who);
      await page.getByRole("button", { name: "Email me a link" }).click();
      await expect(page.locator("#link-sent")).toContainText(`We have sent a link to ${who}`);
      const linkMail = await mailTo(who, (mail) => mail.subject.startsWith("Continue your response"));
      expect(linkMail.subject).toBe("Continue your response to \u201cImproving Riverside Park\u201d");
      const link = linkMail.text.match(/http:\/\/\S+\/return\/[0-9a-f]{32}/)![0];
      expect(linkMail.html).toContain(`href="${link}"`);

      // The pages this browser knew open nothing now (a shared computer keeps nothing).
      allowConsoleErrors(/status of 404/);
      await page.goto(page2);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find these answers");
      await expectAccessible(page, { javascript });

      // Another device: a fresh browser with cookies blocked opens the link.
      const other = await browser.newContext({ javaScriptEnabled: javascript });
      await withoutCookies(other);
      try {
        const device = await other.newPage();
        await device.goto(link);
        await expect(device.getByRole("heading", { name: "Your visits" })).toBeVisible();
        await expect(device.locator("#progress")).toHaveText("Page 2 of 5");
        await expect(device.getByRole("checkbox", { name: "Sport" })).toBeChecked();
        await expectAccessible(device, { javascript });
        await device.getByRole("radio", { name: "Walking" }).check();
        await continueFrom(device);
        await device.getByRole("radio", { name: "Better paths and lighting" }).check();
        await continueFrom(device);
        await continueFrom(device);
        await expect(device.getByRole("heading", { level: 1 })).toHaveText("Check your answers before sending your response");
        const copyTo = `copy-${who}`;
        await device.getByLabel("Email address (optional)").fill(copyTo);
        await expectAccessible(device, { javascript });
        await device.getByRole("button", { name: "Send response" }).click();
        await expect(device.getByRole("heading", { level: 1 })).toHaveText("Response sent");
        await expect(device.locator("#copy-sent")).toBeVisible();
        await expectAccessible(device, { javascript });
        const reference = (await device.getByTestId("reference").textContent())!.trim();
        expect(reference).toMatch(REFERENCE);
        expect(await other.cookies()).toEqual([]);

        // The copy: the reference and every answer, in plain text and HTML.
        const copy = await mailTo(copyTo);
        expect(copy.subject).toBe(`Your response to \u201cImproving Riverside Park\u201d: ${reference}`);
        for (const part of [copy.text, copy.html]) {
          expect(part).toContain(reference);
          expect(part).toContain("Yes, at least once a month");
          expect(part).toContain("Walking");
          expect(part).toContain("Sport");
          expect(part).toContain("Better paths and lighting");
        }
        expect(copy.html).toContain('<html lang="en">');
      } finally {
        await other.close();
      }

      // The return code of answers sent leads to their confirmation.
      await page.goto(`/consultations/${PARK}/return`);
      await page.getByLabel("Return code").fill(code.toLowerCase().replaceAll("-", " "));
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Response sent");
    });

    test("a return code typed on the return page opens the answers where they were left", async ({ page, allowConsoleErrors }) => {
      allowConsoleErrors(/status of 422/); // the wrong code, refused
      await page.goto(`/consultations/${PARK}/respond`);
      await page.getByRole("radio", { name: "No, I do not visit it" }).check();
      await page.getByRole("button", { name: "Save and come back later" }).click();
      const code = (await page.getByTestId("return-code").textContent())!.trim();

      await page.goto(`/consultations/${PARK}`);
      await page.getByRole("link", { name: "Continue a saved response" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Continue a saved response");
      await expectAccessible(page, { javascript });
      await page.getByLabel("Return code").fill("0000-0000-0000");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.locator("#error-summary")).toContainText("No saved answers to this consultation have that return code");
      await expectAccessible(page, { javascript });
      await page.getByLabel("Return code").fill(code);
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.getByRole("heading", { name: "Why you do not visit" })).toBeVisible();
      await expect(page.locator("#progress")).toHaveText("Page 2 of 3");
      await page.locator("a.back-link").click();
      await expect(page.getByRole("radio", { name: "No, I do not visit it" })).toBeChecked();
    });
  });
}

test("return codes tried too fast from one connection are refused with a page that says when to try again", async ({ browser, baseURL }) => {
  // A client address of its own (the server trusts X-Forwarded-For in these tests), so the other
  // tests' allowance is untouched.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77" } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && !/status of 429/.test(m.text()) && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    const guesses = [];
    for (let i = 0; i < 60; i++) {
      guesses.push(
        page.request.post(`/consultations/${PARK}/return`, {
          form: { code: "0000-0000-0000" },
          headers: { Origin: baseURL! },
          maxRedirects: 0,
        }),
      );
    }
    const statuses = (await Promise.all(guesses)).map((r) => r.status());
    expect(statuses.filter((s) => s === 422)).toHaveLength(60);
    await page.goto(`/consultations/${PARK}/return`);
    await page.getByLabel("Return code").fill("0000-0000-0000");
    const [refused] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Continue" }).click(),
    ]);
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("There is a problem");
    await expect(page.getByText("Nothing you sent has been lost")).toBeVisible();
    await expectAccessible(page);
    expect(errors, "browser console errors").toEqual([]);
  } finally {
    await context.close();
  }
});
