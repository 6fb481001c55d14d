import {
  test,
  expect,
  continueAndSend,
  continueFrom,
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

/** "Check your answers": the answer given to the question labelled `label`. */
function answerTo(page: Page, label: string) {
  return page.locator(".summary-list__row").filter({ has: page.getByText(label, { exact: true }) }).locator(".summary-list__value");
}

test.describe("with JavaScript", () => {
  test("hub → overview → a page at a time → check your answers → change one → confirmation", async ({ page }) => {
    await openFormFromHub(page, true);
    await expect(page.locator("#progress")).toHaveText("Page 1 of 2");
    const why = page.getByLabel("Tell us why you hold this view (optional)");
    await expect(page.getByText("You have 1000 characters remaining")).toBeVisible();
    await answerEverything(page, "Safer for children walking to school.");
    await expect(page.getByText("You have 963 characters remaining")).toBeVisible();

    await continueFrom(page);
    await expect(page.locator("#progress")).toHaveText("Page 2 of 2");
    await expect(page.getByRole("heading", { name: "Your journeys" })).toBeVisible();
    await waitForHydration(page);
    await expectOnlyFormCode(page);
    await expectAccessible(page);
    // Back keeps what was answered.
    await page.locator("a.back-link").click();
    await expect(why).toHaveValue("Safer for children walking to school.");
    await expect(page.getByRole("checkbox", { name: "The town centre" })).toBeChecked();
    await continueFrom(page);
    await page.getByLabel("Which ward do you live in?").selectOption({ label: "Castle" });
    await continueFrom(page);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers before sending your response");
    await expect(page).toHaveTitle(/^Check your answers/);
    await expect(answerTo(page, "Do you support a 20mph limit on residential streets?")).toHaveText("Support");
    await expect(answerTo(page, "Where would a lower limit matter most to you?")).toContainText("Streets near schools");
    await expect(answerTo(page, "Which ward do you live in?")).toHaveText("Castle");
    await expect(answerTo(page, "What is your postcode?")).toHaveText("Not answered");
    await expectNoCode(page);
    await expectAccessible(page);

    // Change an answer: back to its question, then back to the check page.
    await page.getByRole("link", { name: "Change your answer to \u201cTell us why you hold this view\u201d" }).click();
    await expect(why).toHaveValue("Safer for children walking to school.");
    await expect(page.locator("a.back-link")).toHaveAttribute("href", /\/check$/);
    await why.fill("Safer streets for everyone.");
    await continueFrom(page);
    await expect(page).toHaveURL(/\/check$/);
    await expect(answerTo(page, "Tell us why you hold this view")).toHaveText("Safer streets for everyone.");

    await page.getByRole("button", { name: "Send response" }).click();
    const reference = await expectConfirmation(page);
    await expectNoCode(page);
    // The draft's pages now lead to the confirmation, never to a second response.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/confirmation/${reference}$`));
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
    await page.getByRole("button", { name: "Continue" }).click();
    const link = page.locator("#error-summary").getByRole("link");
    await expect(link).toHaveText([
      "Say what your \u201cOther\u201d answer to \u201cWhere would a lower limit matter most to you?\u201d is",
    ]);
    await expectAccessible(page);
    await link.click();
    await expect(box).toBeFocused();
    await box.fill("Outside the school gates");
    await continueAndSend(page);
    await expectConfirmation(page);
  });

  test("problems are found in the browser, listed, and linked to the question", async ({ page }) => {
    await openFormFromHub(page, true);
    await page.getByLabel("Tell us why you hold this view (optional)").fill("x".repeat(1005));
    await expect(page.getByText("You have 5 characters too many")).toBeVisible();
    await page.getByRole("button", { name: "Continue" }).click();

    const summary = page.locator("#error-summary");
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(summary).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
    const link = summary.getByRole("link", { name: /Select an answer to/ });
    await expect(link).toBeVisible();
    await expect(summary.getByRole("link", { name: /1000 characters or fewer/ })).toBeVisible();
    await expect(page.locator(".error-message").first()).toContainText("Error:");
    await expect(page).toHaveURL(new RegExp(`/consultations/${OPEN_SLUG}/respond$`));
    await expectAccessible(page);

    await link.click();
    await expect(page.getByRole("radio", { name: "Strongly support" })).toBeFocused();

    // Fix everything and send.
    await answerEverything(page, "Fixed it.");
    await continueAndSend(page);
    await expectConfirmation(page);
  });

  test("a double click on Send sends one response", async ({ page }) => {
    await openFormFromHub(page, true);
    await answerEverything(page, "Double click");
    await continueFrom(page);
    await continueFrom(page);
    await page.getByRole("button", { name: "Send response" }).dblclick();
    const reference = await expectConfirmation(page);
    expect(reference).toMatch(REFERENCE);
  });
});

/** The routed demo: "No" on page 1 skips to page 4; every answer on page 3 skips page 4. */
const PARK = "riverside-park";
const VISITS = "Do you visit Riverside Park?";

for (const javascript of [true, false]) {
  test.describe(`a routed questionnaire, JavaScript ${javascript ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: javascript });

    test("two branches, and a changed answer that changes the route", async ({ page, allowConsoleErrors }) => {
      allowConsoleErrors(/status of 422/); // the refused page, without JavaScript
      await page.goto(`/consultations/${PARK}/respond`);
      await expect(page.locator("#progress")).toHaveText("Page 1 of 5");
      await expectAccessible(page, { javascript });

      // Visitors: pages 1, 2, 3, then 5.
      await page.getByRole("radio", { name: "Yes, at least once a month" }).check();
      await continueFrom(page);
      await expect(page.getByRole("heading", { name: "Your visits" })).toBeVisible();
      await expect(page.locator("#progress")).toHaveText("Page 2 of 5");
      await page.getByRole("radio", { name: "Cycling" }).check();
      await continueFrom(page);
      await expect(page.getByRole("heading", { name: "The plans" })).toBeVisible();
      await page.getByRole("radio", { name: "Better paths and lighting" }).check();
      await continueFrom(page);
      await expect(page.getByRole("heading", { name: "About you" })).toBeVisible();
      await expect(page.locator("#progress")).toHaveText("Page 4 of 4");
      await expectAccessible(page, { javascript });
      // Back goes the way they came: to "The plans", not to the page they skipped.
      await page.locator("a.back-link").click();
      await expect(page.getByRole("heading", { name: "The plans" })).toBeVisible();
      await expect(page.getByRole("radio", { name: "Better paths and lighting" })).toBeChecked();
      await continueFrom(page);
      await continueFrom(page);
      await expect(answerTo(page, "How do you usually get to the park?")).toHaveText("Cycling");
      await expect(page.getByRole("heading", { name: "Why you do not visit" })).toHaveCount(0);

      // Changed to "No": the visitors' pages go, the other branch is asked, then back to check.
      await page.getByRole("link", { name: `Change your answer to \u201c${VISITS}\u201d` }).click();
      await page.getByRole("radio", { name: "No, I do not visit it" }).check();
      await continueFrom(page);
      await expect(page.getByRole("heading", { name: "Why you do not visit" })).toBeVisible();
      await expect(page.locator("#progress")).toHaveText("Page 2 of 3");
      // A required question on this branch's page.
      await page.getByRole("button", { name: "Continue" }).click();
      await expect(page.locator("#error-summary").getByRole("link")).toHaveText([
        "Select at least one option for \u201cWhat stops you visiting the park?\u201d",
      ]);
      await expectAccessible(page, { javascript });
      await page.getByRole("checkbox", { name: "I do not feel safe there" }).check();
      await continueFrom(page);
      await expect(page).toHaveURL(/\/check$/);
      await expect(page.locator("#answers-removed")).toContainText("page 2 (Your visits), page 3 (The plans)");
      await expect(answerTo(page, "What stops you visiting the park?")).toHaveText("I do not feel safe there");
      await expect(page.getByText("How do you usually get to the park?")).toHaveCount(0);
      await expectAccessible(page, { javascript });
      await page.getByRole("button", { name: "Send response" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Response sent");
    });
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("hub → overview → pages → check your answers → confirmation with plain form posts", async ({ page }) => {
    await openFormFromHub(page, false);
    await expect(page.getByText("You can enter up to 1000 characters")).toBeVisible();
    // Without JavaScript the "Other" box is always there (it counts only if "Other" is chosen).
    await expect(page.getByLabel("Your other answer")).toBeVisible();
    await answerEverything(page, "Works without JavaScript too.");
    await continueFrom(page);
    await expectAccessible(page, { javascript: false });
    await continueFrom(page);
    await expect(answerTo(page, "Tell us why you hold this view")).toHaveText("Works without JavaScript too.");
    await expectAccessible(page, { javascript: false });
    await page.getByRole("button", { name: "Send response" }).click();
    await expectConfirmation(page, false);
  });

  test("a refused page comes back with errors and every answer kept", async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 422/);
    await openFormFromHub(page, false);
    await page.getByRole("checkbox", { name: "Village streets" }).check();
    await page.getByLabel("Tell us why you hold this view (optional)").fill("I forgot the first question.");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Continue" }).click(),
    ]);
    expect(response.status()).toBe(422);

    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole("link", { name: /Select an answer to/ })).toHaveAttribute("href", /^#q\d+-o\d+$/);
    await expect(page.getByLabel("Tell us why you hold this view (optional)")).toHaveValue("I forgot the first question.");
    await expect(page.getByRole("checkbox", { name: "Village streets" })).toBeChecked();
    await expectAccessible(page, { javascript: false });

    await page.getByRole("radio", { name: "Oppose", exact: true }).check();
    await continueAndSend(page);
    await expectConfirmation(page, false);
  });
});

test.describe("robots", () => {
  test("a post that fills in the hidden box is refused, nothing kept, and a person is told what to do", async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 400/);
    await page.goto(`/consultations/${OPEN_SLUG}/respond`);
    await waitForHydration(page);
    const box = page.locator("#website");
    await expect(box).toBeHidden();
    await page.getByRole("radio", { name: "Support", exact: true }).check();
    // What a form-filling robot does: every box filled, hidden or not.
    await box.evaluate((input: HTMLInputElement) => (input.value = "http://spam.example"));
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST"),
      page.getByRole("button", { name: "Continue" }).click(),
    ]);
    expect(response.status()).toBe(400);
    await expect(page.locator("#error-summary")).toContainText("a box that must stay empty was filled in");
    await expect(box).toHaveValue("");
    await expectAccessible(page);
    // Sent again as a person would, it goes on.
    await page.getByRole("radio", { name: "Support", exact: true }).check();
    await continueFrom(page);
    await expect(page.locator("#progress")).toHaveText("Page 2 of 2");
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
