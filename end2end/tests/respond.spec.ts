import {
  test,
  expect,
  expectAccessible,
  expectNoCode,
  expectOnlyFormCode,
  waitForHydration,
  OPEN_SLUG,
  OPEN_TITLE,
  REFERENCE,
} from "./support";
import type { Page } from "@playwright/test";

async function openFormFromHub(page: Page, javascript: boolean) {
  await page.goto("/");
  if (javascript) await expectNoCode(page);
  await expectAccessible(page, { javascript });
  await page.getByRole("link", { name: OPEN_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPEN_TITLE);
  if (javascript) await expectNoCode(page);
  await expectAccessible(page, { javascript });
  await page.getByRole("button", { name: "Respond online" }).click();
  await expect(page).toHaveURL(new RegExp(`/consultations/${OPEN_SLUG}/respond$`));
  if (javascript) {
    await waitForHydration(page);
    await expectOnlyFormCode(page);
  }
  await expectAccessible(page, { javascript });
}

async function answerEverything(page: Page, why: string) {
  await page.getByRole("radio", { name: "Support", exact: true }).check();
  await page.getByRole("checkbox", { name: "Streets near schools" }).check();
  await page.getByRole("checkbox", { name: "The town centre" }).check();
  await page.getByLabel("Tell us why you hold this view (optional)").fill(why);
  await page.getByLabel("What is the name of the street you live on? (optional)").fill("Mill Lane");
}

async function expectConfirmation(page: Page, javascript = true) {
  await expect(page).toHaveURL(new RegExp(`/consultations/${OPEN_SLUG}/confirmation/`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Response sent");
  const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(REFERENCE);
  await expect(page).toHaveTitle(/^Response sent – Have your say$/);
  await expectAccessible(page, { javascript });
  return reference;
}

test.describe("with JavaScript", () => {
  test("hub → overview → answer → confirmation, without a page reload", async ({ page }) => {
    await openFormFromHub(page, true);
    // A marker on window survives only if the app navigates without reloading the page.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    const why = page.getByLabel("Tell us why you hold this view (optional)");
    await expect(page.getByText("You have 1000 characters remaining")).toBeVisible();
    await answerEverything(page, "Safer for children walking to school.");
    await expect(page.getByText("You have 963 characters remaining")).toBeVisible();
    await expect(why).toHaveValue("Safer for children walking to school.");

    await page.getByRole("button", { name: "Send response" }).click();
    const reference = await expectConfirmation(page);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();

    // The address is the confirmation's own: reloading draws it on the server, with no code.
    await page.reload();
    await expect(page.getByTestId("reference")).toHaveText(reference);
    await expectNoCode(page);
    await expectAccessible(page);
    // The confirmation took the form's place in the history: back leaves for the overview.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/consultations/${OPEN_SLUG}$`));
    await expect(page.getByRole("button", { name: "Respond online" })).toBeVisible();
  });

  test("choosing \u201cOther\u201d reveals a box to say what, which must then be filled in", async ({ page }) => {
    await page.goto(`/consultations/${OPEN_SLUG}/respond`);
    await waitForHydration(page);
    const box = page.getByLabel("Your other answer");
    await expect(box).toBeHidden();
    await page.getByRole("radio", { name: "Support", exact: true }).check();
    const other = page.getByRole("checkbox", { name: "Other", exact: true });
    await other.check();
    await expect(box).toBeVisible();
    await other.uncheck();
    await expect(box).toBeHidden();
    await other.check();
    await page.getByRole("button", { name: "Send response" }).click();
    const link = page.locator("#error-summary").getByRole("link");
    await expect(link).toHaveText([
      "Say what your \u201cOther\u201d answer to \u201cWhere would a lower limit matter most to you?\u201d is",
    ]);
    await expectAccessible(page);
    await link.click();
    await expect(box).toBeFocused();
    await box.fill("Outside the school gates");
    await page.getByRole("button", { name: "Send response" }).click();
    await expectConfirmation(page);
  });

  test("problems are found in the browser, listed, and linked to the question", async ({ page }) => {
    await openFormFromHub(page, true);
    await page.getByLabel("Tell us why you hold this view (optional)").fill("x".repeat(1005));
    await expect(page.getByText("You have 5 characters too many")).toBeVisible();
    await page.getByRole("button", { name: "Send response" }).click();

    const summary = page.locator("#error-summary");
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    const link = summary.getByRole("link", { name: /Select an answer to/ });
    await expect(link).toBeVisible();
    await expect(summary.getByRole("link", { name: /1000 characters or fewer/ })).toBeVisible();
    await expect(page.locator(".error-message").first()).toContainText("Error:");
    await expectAccessible(page);

    await link.click();
    await expect(page.getByRole("radio", { name: "Strongly support" })).toBeFocused();

    // Fix everything and send.
    await answerEverything(page, "Fixed it.");
    await page.getByRole("button", { name: "Send response" }).click();
    await expectConfirmation(page);
  });

  test("a double click sends one response", async ({ page }) => {
    await openFormFromHub(page, true);
    await answerEverything(page, "Double click");
    await page.getByRole("button", { name: "Send response" }).dblclick();
    const reference = await expectConfirmation(page);
    expect(reference).toMatch(REFERENCE);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("hub → overview → answer → confirmation with a plain form post", async ({ page }) => {
    await openFormFromHub(page, false);
    await expect(page.getByText("You can enter up to 1000 characters")).toBeVisible();
    // Without JavaScript the "Other" box is always there (it counts only if "Other" is chosen).
    await expect(page.getByLabel("Your other answer")).toBeVisible();
    await answerEverything(page, "Works without JavaScript too.");
    await page.getByRole("button", { name: "Send response" }).click();
    await expectConfirmation(page, false);
  });

  test("a refused form comes back with errors and every answer kept", async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 422/);
    await openFormFromHub(page, false);
    await page.getByRole("checkbox", { name: "Village streets" }).check();
    await page.getByLabel("Tell us why you hold this view (optional)").fill("I forgot the first question.");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Send response" }).click(),
    ]);
    expect(response.status()).toBe(422);

    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole("link", { name: /Select an answer to/ })).toHaveAttribute("href", /^#q\d+-o\d+$/);
    await expect(page.getByLabel("Tell us why you hold this view (optional)")).toHaveValue("I forgot the first question.");
    await expect(page.getByRole("checkbox", { name: "Village streets" })).toBeChecked();
    await expectAccessible(page, { javascript: false });

    await page.getByRole("radio", { name: "Oppose", exact: true }).check();
    await page.getByRole("button", { name: "Send response" }).click();
    await expectConfirmation(page, false);
  });
});

test.describe("hostile input", () => {
  // Typed into the long answer, sent as a plain form post (as without JavaScript), and shown back
  // on the refused form in a browser that runs scripts: it must come back as the exact text typed
  // and nothing in it may become markup or run.
  const payload =
    '</textarea><img id="fz-injected" src="/x" onerror="window.fzRan=1"><script>window.fzRan=1</script>\n"quoted" & <b>bold</b>';

  test("typed markup comes back as text and runs nothing", async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 422/);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openFormFromHub(page, true);
    const why = page.getByLabel("Tell us why you hold this view (optional)");
    await why.fill(payload);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      // form.submit() skips the page's own submit handling: the browser posts the plain form.
      page.locator("form[method=post]").evaluate((form: HTMLFormElement) => form.submit()),
    ]);
    expect(response.status()).toBe(422);
    await waitForHydration(page);

    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(why).toHaveValue(payload);
    await expect(page.locator("#fz-injected")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { fzRan?: number }).fzRan)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await expectAccessible(page);
  });
});
