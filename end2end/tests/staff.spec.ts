import {
  test,
  expect,
  codeFetched,
  continueAndSend,
  createDraft,
  signIn,
  expectAccessible,
  expectNoCode,
  expectOnlyFormCode,
  staffChunksFetched,
  waitForHydration,
  OPEN_SLUG,
  OPEN_TITLE,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  publishThroughReview,
} from "./support";

test("staff sign in, see a new response in the results, and sign out", async ({ page, browser, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 401/);
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in\?next=\/staff$/);
  await expectNoCode(page);
  await expectAccessible(page);

  // A wrong password is refused with a clear message, the email kept.
  await page.getByLabel("Email address").fill(STAFF_EMAIL);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: "The email address or password is not right" })).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveValue(STAFF_EMAIL);
  await expectAccessible(page);

  await page.getByLabel("Password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByText("Signed in as")).toBeVisible();
  await expectNoCode(page);
  await expectAccessible(page);
  const before = Number(await page.getByTestId(`responses-${OPEN_SLUG}`).textContent());

  // A citizen responds, in a browser of their own.
  const citizen = await browser.newContext({ javaScriptEnabled: false });
  const form = await citizen.newPage();
  await form.goto(`/consultations/${OPEN_SLUG}/respond`);
  await form.getByRole("radio", { name: "Strongly oppose" }).check();
  const words = `Staff should read this ${Date.now()}`;
  await form.getByLabel("Tell us why you hold this view (optional)").fill(words);
  await continueAndSend(form);
  await citizen.close();

  await page.reload();
  await expect(page.getByTestId(`responses-${OPEN_SLUG}`)).toHaveText(String(before + 1));
  await page.getByRole("link", { name: "20mph speed limits in residential streets", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("20mph speed limits in residential streets");
  await expect(page.getByTestId("response-count")).toHaveText((before + 1).toLocaleString("en-GB"));
  await expect(page.getByText(words)).toBeVisible();
  // The first question's chart, and its numbers as a table behind "Show as table".
  const first = page.getByRole("region", { name: /Do you support a 20mph limit/ });
  await expect(first.getByRole("img", { name: /Answers to question 1/ })).toBeVisible();
  await first.getByText("Show as table").click();
  await expect(first.getByRole("row", { name: /Strongly oppose/ })).toBeVisible();
  // The dashboard's figures are live: once its island's own code has loaded, it says so.
  await expect(page.getByTestId("live-status")).toContainText("Live:");
  await staffChunksFetched(page);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You have signed out.")).toBeVisible();
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in/);
});

test("the questionnaire page loads the builder island's own code, which no public page fetches", async ({ page, browser }) => {
  await signIn(page);

  await page.getByRole("link", { name: `Questionnaire of ${OPEN_TITLE}` }).click();
  await expect(page).toHaveURL(new RegExp(`/staff/consultations/${OPEN_SLUG}/questionnaire$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPEN_TITLE);
  await expect(page.getByText("Strongly support", { exact: true })).toBeVisible();
  await waitForHydration(page);
  const chunks = await staffChunksFetched(page);
  await expectAccessible(page);

  // Public pages, cold: the form fetches only the main bundle, the others nothing at all.
  for (const javaScriptEnabled of [true, false]) {
    const citizen = await browser.newContext({ javaScriptEnabled });
    const visit = await citizen.newPage();
    for (const path of ["/", `/consultations/${OPEN_SLUG}`, `/consultations/${OPEN_SLUG}/respond`]) {
      await visit.goto(path);
      if (javaScriptEnabled && path.endsWith("/respond")) {
        await waitForHydration(visit);
        await expectOnlyFormCode(visit);
      } else if (!path.endsWith("/respond")) {
        await expectNoCode(visit);
      }
      const fetched = await codeFetched(visit);
      for (const chunk of chunks) expect(fetched, `${path} fetched a staff chunk`).not.toContain(chunk);
    }
    await citizen.close();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a site admin offers a template, and a new consultation starts from it", async ({ page }) => {
    await signIn(page);
    await page.goto("/staff/consultations/public-art-strategy/questionnaire");
    await page.getByRole("button", { name: "Offer as a template" }).click();
    await expect(page.getByRole("status")).toHaveText(/now offered as a template/);
    await page.goto("/staff/consultations/new");
    await expect(page.getByRole("heading", { name: "Start from a template" })).toBeVisible();
    await expectAccessible(page, { javascript: false });
    await page.getByRole("button", { name: /^Start from this template – Public art strategy/ }).click();
    await expect(page.getByRole("status")).toHaveText(/^Started from the template/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Copy of Public art strategy 2027 to 2032");
    await expect(page.locator(".builder-outline__label")).toContainText(["What kind of public art would you like to see?"]);
    // Stop offering it again, so other tests meet the demo as it was.
    await page.goto("/staff/consultations/public-art-strategy/questionnaire");
    await page.getByRole("button", { name: "Stop offering as a template" }).click();
    await expect(page.getByRole("status")).toHaveText(/no longer offered/);
  });

  test("staff create a draft consultation, fixing what the form refused", async ({ page, allowConsoleErrors }) => {
    allowConsoleErrors(/status of 422/);
    await signIn(page);

    await page.getByRole("button", { name: "Create a consultation" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a consultation");
    await expectNoCode(page);
    await expectAccessible(page, { javascript: false });

    const title = `Allotment rents ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await page.getByRole("button", { name: "Create draft consultation" }).click();
    await expect(page).toHaveTitle(/^Error: Create a consultation/);
    const summary = page.locator("#error-summary");
    await expect(summary.getByRole("link", { name: "Enter a summary" })).toHaveAttribute("href", "#summary");
    await expect(summary.getByRole("link", { name: "Enter the opening date" })).toHaveAttribute("href", "#opens-day");
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expectAccessible(page, { javascript: false });

    await page.getByLabel("Summary").fill("How much should an allotment cost?");
    await page.getByLabel("What the consultation is about").fill("We propose **new rents** from April.");
    await page.getByLabel("Department").selectOption({ label: "Highways and Transport" });
    await page.getByLabel("Contact name").fill("Allotments team");
    await page.getByLabel("Contact email address").fill("allotments@example.gov.uk");
    const opening = page.getByRole("group", { name: "Opening date" });
    await opening.getByLabel("Day").fill("1");
    await opening.getByLabel("Month").fill("6");
    await opening.getByLabel("Year").fill("2027");
    await page.getByLabel("Opening time").fill("9am");
    const closing = page.getByRole("group", { name: "Closing date" });
    await closing.getByLabel("Day").fill("31");
    await closing.getByLabel("Month").fill("8");
    await closing.getByLabel("Year").fill("2027");
    await page.getByLabel("Closing time").fill("11:59pm");
    await page.getByRole("button", { name: "Create draft consultation" }).click();

    await expect(page).toHaveURL(/\/staff\/consultations\/allotment-rents-\d+\/questionnaire\?created=1$/);
    await expect(page.getByRole("status")).toHaveText("Draft consultation created.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByText("There are no questions on this page yet.")).toBeVisible();
    await expectAccessible(page, { javascript: false });

    // The details can be changed later: the form comes filled in.
    await page.getByRole("link", { name: "Change the details" }).click();
    await expect(page.getByLabel("Title")).toHaveValue(title);
    await expect(page.getByLabel("Closing time")).toHaveValue("11:59pm");
    await expectAccessible(page, { javascript: false });
    await page.getByLabel("Summary").fill("How much should an allotment cost from April?");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByRole("status")).toHaveText("Details saved.");

    await page.getByRole("link", { name: "All consultations" }).click();
    const row = page.getByRole("row", { name: new RegExp(title) });
    await expect(row).toContainText("(draft)");
    await expect(row).toContainText("11:59pm on 31 August 2027");
  });
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`the builder, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("build a questionnaire from nothing: add, reword, move, delete and publish", async ({ page, browser, allowConsoleErrors }) => {
      allowConsoleErrors(/status of 422/);
      await signIn(page);

      // A draft to build.
      const title = `Cemetery opening hours ${javaScriptEnabled ? "js" : "nojs"} ${Date.now()}`;
      await createDraft(page, title);
      if (javaScriptEnabled) await waitForHydration(page);

      // A single-choice question, with a third option added on the way.
      await page.getByRole("link", { name: "Add a question to page 1" }).click();
      await expectAccessible(page, { javascript: javaScriptEnabled });
      await page.getByLabel("Single choice").check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByLabel("Question", { exact: true }).fill("When would you visit?");
      await page.getByLabel("Option 1").fill("Mornings");
      await page.getByRole("button", { name: "Add another option" }).click();
      await expect(page.getByLabel("Option 1")).toHaveValue("Mornings");
      await page.getByLabel("Option 2").fill("Afternoons");
      await page.getByLabel("Option 3").fill("Evenings");
      await expectAccessible(page, { javascript: javaScriptEnabled });
      await page.getByRole("button", { name: "Save question" }).click();
      await expect(page.getByRole("status")).toHaveText("Question added: it is question 1.");

      // A long-text question; a mistake first.
      await page.getByRole("link", { name: "Add a question to page 1" }).click();
      await page.getByLabel("Long text").check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByLabel("Character limit").fill("none");
      await page.getByRole("button", { name: "Save question" }).click();
      await expect(page.locator("#error-summary").getByRole("link", { name: "Enter the question" })).toBeVisible();
      await expectAccessible(page, { javascript: javaScriptEnabled });
      await page.getByLabel("Question", { exact: true }).fill("Tell us why");
      await page.getByLabel("Character limit").fill("600");
      await page.getByRole("button", { name: "Save question" }).click();
      await expect(page.getByRole("status")).toHaveText("Question added: it is question 2.");
      if (javaScriptEnabled) await waitForHydration(page);
      await expectAccessible(page, { javascript: javaScriptEnabled });

      // Move it up, reword the first, delete the second.
      await page.getByRole("button", { name: "Move up question 2" }).click();
      await expect(page.getByRole("status")).toHaveText("Question moved: it is now question 1.");
      await expect(page.locator(".builder-outline__label")).toHaveText(["Tell us why", "When would you visit?"]);
      await page.getByRole("link", { name: "Edit question 1" }).click();
      await expect(page.getByLabel("Question", { exact: true })).toHaveValue("Tell us why");
      await page.getByLabel("Question", { exact: true }).fill("Tell us why you visit");
      await page.getByRole("button", { name: "Save question" }).click();
      await expect(page.getByRole("status")).toHaveText("Question saved.");
      await page.getByRole("button", { name: "Duplicate question 2" }).click();
      await expect(page.locator(".builder-outline__label")).toHaveText([
        "Tell us why you visit",
        "When would you visit?",
        "When would you visit?",
      ]);
      await page.getByRole("button", { name: "Delete question 3" }).click();
      await expect(page.getByRole("status")).toContainText("Question deleted.");
      await expectAccessible(page, { javascript: javaScriptEnabled });
      await page.getByRole("button", { name: "Undo the delete" }).click();
      await expect(page.getByRole("status")).toHaveText("Question put back: it is question 3.");
      await expect(page.locator(".builder-outline__label")).toHaveCount(3);
      await page.getByRole("button", { name: "Delete question 3" }).click();
      await expect(page.getByRole("status")).toContainText("Question deleted.");
      await expect(page.locator(".builder-outline__label")).toHaveText(["Tell us why you visit", "When would you visit?"]);

      // Publish: the public form asks these questions.
      await publishThroughReview(page, browser);
      await page.goto("/");
      await page.getByRole("link", { name: title }).click();
      await page.getByRole("button", { name: "Respond online" }).click();
      await expect(page.getByLabel("Tell us why you visit", { exact: true })).toBeVisible();
      await expect(page.getByRole("radio", { name: "Evenings" })).toBeVisible();
    });
  });
}
