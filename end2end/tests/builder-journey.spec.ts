import type { Browser, Locator, Page } from "@playwright/test";
import { test, expect, publishThroughReview, continueAndSend, continueFrom, createDraft, expectAccessible, signIn, waitForHydration } from "./support";

// The builder's whole journey: a three-page questionnaire holding every kind of question and
// block, built by dragging kinds from the palette with a mouse and then with the keyboard only;
// the starter words refused at publishing until written; published; answered with JavaScript on
// and off; every question counted on the results page.

const saved = (page: Page) => expect(page.locator(".builder-status")).toHaveText("All changes saved");
const revision = (page: Page) => page.locator("#builder-outline input[name=revision]");
const live = (page: Page) => page.locator("[aria-live=assertive]");
const pageLabels = (page: Page, n: number) => page.locator(".builder-page").nth(n - 1).locator(".builder-outline__label");

/** Does `act` (a drop) and waits until it is stored: a new revision, and "All changes saved". */
async function savedAfter(page: Page, act: () => Promise<void>) {
  const before = await revision(page).inputValue();
  await act();
  await expect(revision(page)).not.toHaveValue(before);
  await saved(page);
}

async function addPages(page: Page, count: number) {
  for (let i = 0; i < count; i++) {
    await page.locator("summary", { hasText: "Page settings" }).last().click();
    await page.getByRole("button", { name: "Add a page after this one" }).last().click();
    await expect(page.getByRole("status")).toHaveText("Page added.");
  }
}

/** Drags kind `kind` from the palette with the mouse to `target` (its top edge, or its middle
 * when `middle`), following the target as the outline makes room, as a hand would. */
async function dragKind(page: Page, kind: string, target: () => Locator, middle = false) {
  const from = (await page.getByRole("button", { name: kind, exact: true }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  for (let i = 0; i < 3; i++) {
    const to = (await target().boundingBox())!;
    await page.mouse.move(to.x + 20, middle ? to.y + to.height / 2 : to.y + 2, { steps: i === 0 ? 12 : 3 });
  }
  await page.mouse.up();
}

const endOf = (page: Page, n: number) => () => page.locator(".builder-page").nth(n - 1).locator(".builder-add");
const question = (page: Page, label: string) => () =>
  page.locator(".builder-outline__question", { has: page.locator(".builder-outline__label", { hasText: label }) });

const LAYOUT = [
  ["New heading", "New short text question", "New long text question", "New single choice question", "New multiple choice question"],
  ["New drop-down list question", "New grid (Likert scale) question", "New ranking question", "New points allocation question", "New number question"],
  ["New paragraph of text", "New date question", "New email address question", "New UK postcode question"],
];

async function expectLayout(page: Page, layout: string[][]) {
  for (const [i, labels] of layout.entries()) await expect(pageLabels(page, i + 1)).toHaveText(labels);
}

// The words each question gets, in the order of the outline.
const ENTRANCE = "Which entrance do you use?";
const BETTER = "What would make the park better?";
const OFTEN = "How often do you visit?";
const FACILITIES = "Which facilities do you use?";
const WARD = "Which ward do you live in?";
const AGREE = "How far do you agree?";
const RANK = "Put these improvements in order";
const SHARE = "Share 100 points between the projects";
const MINUTES = "How many minutes do you walk to get there?";
const VISITED = "When did you last visit?";
const EMAIL = "Your email address";
const POSTCODE = "Your postcode";
const WORDS: { label: string; field?: string; options?: string[] }[] = [
  { label: "Using the park", field: "Heading" },
  { label: ENTRANCE },
  { label: BETTER },
  { label: OFTEN, options: ["Weekly", "Rarely"] },
  { label: FACILITIES, options: ["Café", "Playground"] },
  { label: WARD, options: ["Abbey", "Castle"] },
  { label: AGREE, options: ["The park feels safe", "The park is clean"] },
  { label: RANK, options: ["Lighting", "Benches"] },
  { label: SHARE, options: ["Pond", "Trees"] },
  { label: MINUTES },
  { label: "Last, a few details so we can reply.", field: "Text" },
  { label: VISITED },
  { label: EMAIL },
  { label: POSTCODE },
];

/** Opens item `number`'s editor, writes its words in place of the starter words, saves. */
async function writeWords(page: Page, number: number) {
  const words = WORDS[number - 1];
  const noun = words.field ? "block" : "question";
  await page.getByRole("link", { name: `Edit ${noun} ${number}`, exact: true }).click();
  await page.getByLabel(words.field ?? "Question", { exact: true }).fill(words.label);
  for (const [i, option] of (words.options ?? []).entries()) {
    const field = page.getByLabel(new RegExp(`^(Option|Statement) ${i + 1}$`));
    await field.fill(option);
  }
  await page.getByRole("button", { name: words.field ? "Save" : "Save question", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(new RegExp(`^${words.field ? "Block" : "Question"} saved`));
}

function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && !/status of 422/.test(m.text()) && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** A citizen answers every question, with JavaScript or without. */
async function respond(browser: Browser, slug: string, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const errors = consoleErrors(page);
  await page.goto(`/consultations/${slug}/respond`);
  if (javaScriptEnabled) await waitForHydration(page);
  await expect(page.getByRole("heading", { name: "Using the park" })).toBeVisible();
  await expect(page.locator("#progress")).toHaveText("Page 1 of 3");
  await expectAccessible(page, { javascript: javaScriptEnabled });
  await page.getByLabel(ENTRANCE).fill(javaScriptEnabled ? "North gate" : "South gate");
  await page.getByLabel(BETTER).fill("More bins & <b>benches</b>");
  await page.getByRole("group", { name: OFTEN }).getByLabel(javaScriptEnabled ? "Weekly" : "Rarely").check();
  const facilities = page.getByRole("group", { name: FACILITIES });
  await facilities.getByLabel("Café").check();
  if (javaScriptEnabled) await facilities.getByLabel("Playground").check();
  // One page at a time: the questions dropped on page 2 come next.
  await continueFrom(page);
  if (javaScriptEnabled) await waitForHydration(page);
  await page.getByLabel(WARD).selectOption({ label: javaScriptEnabled ? "Abbey" : "Castle" });
  const grid = page.getByRole("group", { name: AGREE });
  await grid.getByRole("group", { name: "The park feels safe" }).getByLabel("Agree", { exact: true }).check();
  await grid.getByRole("group", { name: "The park is clean" }).getByLabel(javaScriptEnabled ? "Disagree" : "Agree", { exact: true }).check();
  const ranking = page.getByRole("group", { name: RANK });
  if (javaScriptEnabled) {
    // Benches dragged by its grip with the mouse above Lighting: each ranked by its place.
    const grip = (await ranking.locator(".ranking__item", { hasText: "Benches" }).locator(".ranking__grip").boundingBox())!;
    const top = (await ranking.locator(".ranking__item", { hasText: "Lighting" }).boundingBox())!;
    await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip.x + grip.width / 2, top.y + 2, { steps: 8 });
    await page.mouse.up();
    await expect(ranking.locator(".ranking__label")).toHaveText(["Benches", "Lighting"]);
    await expect(ranking.getByLabel("Benches")).toHaveValue("1");
    await expect(ranking.getByLabel("Lighting")).toHaveValue("2");
    await expect(page.getByText("Benches: rank 1 of 2")).toBeAttached();
  } else {
    await ranking.getByLabel("Lighting").selectOption("1");
    await ranking.getByLabel("Benches").selectOption("2");
  }
  const points = page.getByRole("group", { name: SHARE });
  await points.getByLabel("Pond").fill(javaScriptEnabled ? "60" : "100");
  await points.getByLabel("Trees").fill(javaScriptEnabled ? "40" : "0");
  await page.getByLabel(MINUTES).fill(javaScriptEnabled ? "10" : "25");
  await continueFrom(page);
  await expect(page.getByText("Last, a few details so we can reply.")).toBeVisible();
  await expectAccessible(page, { javascript: javaScriptEnabled });
  const visited = page.getByRole("group", { name: VISITED });
  await visited.getByLabel("Day").fill(javaScriptEnabled ? "1" : "15");
  await visited.getByLabel("Month").fill("3");
  await visited.getByLabel("Year").fill("2026");
  if (!javaScriptEnabled) await page.getByLabel(EMAIL).fill("resident@example.com");
  await page.getByLabel(POSTCODE).fill(javaScriptEnabled ? "sw1a2aa" : "m1 1ae");
  await continueAndSend(page);
  expect(errors, "citizen's console errors").toEqual([]);
  await context.close();
}

// Tall enough that the palette and the whole outline are on screen together.
test.use({ viewport: { width: 1280, height: 4200 } });

test("every kind dragged from the palette with a mouse onto three pages, written, published, answered with JavaScript on and off, counted", async ({ page, browser, allowConsoleErrors }) => {
  test.setTimeout(240_000);
  allowConsoleErrors(/status of 409/); // the refused sending for review
  await signIn(page);
  await createDraft(page, `Riverside park ${Date.now()}`);
  const slug = page.url().match(/\/staff\/consultations\/([^/]+)\//)![1];
  await addPages(page, 2);
  await waitForHydration(page);
  await saved(page);
  await expect(page.getByRole("region", { name: "Drag in a new question" }).getByRole("button")).toHaveCount(14);
  await expectAccessible(page);

  // Let go off the outline (back over the palette): nothing is added.
  const before = await revision(page).inputValue();
  await dragKind(page, "Short text", () => page.getByRole("button", { name: "Long text", exact: true }), true);
  await expect(live(page)).toHaveText("Not added: drop it on a page, where the question should go.");
  await expect(page.locator(".builder-outline__question")).toHaveCount(0);
  await expect(revision(page)).toHaveValue(before);

  // Each kind dropped at the end of its page, saved as it drops.
  for (const [n, kinds] of [
    [1, ["Short text", "Long text", "Single choice", "Multiple choice"]],
    [2, ["Drop-down list", "Grid (Likert scale)", "Ranking", "Points allocation", "Number"]],
    [3, ["Date", "Email address", "UK postcode"]],
  ] as [number, string[]][]) {
    for (const kind of kinds) await savedAfter(page, () => dragKind(page, kind, endOf(page, n), true));
  }
  await expect(live(page)).toContainText("Saved. Question added to page 3, position 3 of 3. Edit it next");
  // And two blocks dropped above questions: a heading at the top of page 1, a paragraph at the
  // top of page 3.
  await savedAfter(page, () => dragKind(page, "Heading (not a question)", question(page, "New short text question")));
  await savedAfter(page, () => dragKind(page, "Paragraph of text (not a question)", question(page, "New date question")));
  await expectLayout(page, LAYOUT);
  await page.reload();
  await waitForHydration(page);
  await expectLayout(page, LAYOUT);
  await expectAccessible(page);

  // Starter words are not sent for review: the quality checklist says what to write.
  const builderAddress = page.url();
  await page.getByRole("link", { name: "Review and publish" }).first().click();
  await expect(page.locator(".checklist")).toContainText("To fix");
  await page.getByRole("button", { name: "Send for review" }).click();
  const problems = page.locator("#error-summary");
  await expect(problems).toContainText("It cannot be sent for review yet.");
  await expect(problems).toContainText("Question 2 (\u201cNew short text question\u201d) still has the words it was added with");
  await expect(problems).toContainText("Block 11 (\u201cNew paragraph of text\u201d) still has the words it was added with");
  await expectAccessible(page, { javascript: false });
  await page.goto(builderAddress);
  await waitForHydration(page);

  for (let number = 1; number <= WORDS.length; number++) await writeWords(page, number);
  await expect(page.locator(".builder-outline__label")).toHaveText(WORDS.map((w) => w.label));
  await publishThroughReview(page, browser);

  await respond(browser, slug, true);
  await respond(browser, slug, false);

  await page.goto(`/staff/consultations/${slug}/results`);
  await expect(page.getByTestId("response-count")).toHaveText("2");
  const result = (label: string) => page.getByRole("region", { name: new RegExp(label.replace(/[?]/g, "\\?")) });
  for (const label of [ENTRANCE, BETTER, OFTEN, FACILITIES, WARD, AGREE, RANK, SHARE, MINUTES, VISITED, POSTCODE]) {
    await expect(result(label).locator(".hint").first()).toContainText("2 people answered");
  }
  await expect(result(EMAIL).locator(".hint").first()).toContainText("1 person answered");
  await expect(result(ENTRANCE)).toContainText("North gate");
  await expect(result(ENTRANCE)).toContainText("South gate");
  await expect(result(BETTER).getByRole("listitem").first()).toHaveText("More bins & <b>benches</b>");
  await expect(result(OFTEN).locator("tbody td")).toHaveText(["1", "50%", "1", "50%"]);
  await expect(result(FACILITIES).locator("tbody td")).toHaveText(["2", "100%", "1", "50%"]);
  await expect(result(WARD).locator("tbody td")).toHaveText(["1", "50%", "1", "50%"]);
  await expect(result(AGREE).locator("tbody tr").nth(1).locator("td")).toHaveText(["0 (0%)", "1 (50%)", "0 (0%)", "1 (50%)", "0 (0%)"]);
  await expect(result(SHARE).locator("tbody td")).toHaveText(["160", "80", "80%", "40", "20", "20%"]);
  // Lowest, median, highest, average.
  await expect(result(MINUTES).locator("dd")).toHaveText(["10", "17.5", "25", "17.5"]);
  await expect(result(VISITED).locator("dd")).toHaveText(["1 March 2026", "1 March 2026", "15 March 2026"]);
  await expect(result(POSTCODE).getByRole("listitem")).toHaveText(["M1 1AE", "SW1A 2AA"]);
  await expectAccessible(page);
});

test("every kind added from the palette with the keyboard only, put in place with the arrow keys", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  await createDraft(page, `Riverside park by keyboard ${Date.now()}`);
  await addPages(page, 2);
  await waitForHydration(page);
  await saved(page);

  // Picked up: it appears at the end of the last page, and the arrow keys move it.
  await page.getByRole("button", { name: "Short text", exact: true }).focus();
  await page.keyboard.press("Space");
  await expect(live(page)).toHaveText(
    "Picked up \u201cNew short text question\u201d. It would be question 1, on page 3. Use the up and down arrow keys to choose its place, space to add it there, escape to cancel.",
  );
  await expect(pageLabels(page, 3)).toHaveText(["New short text question"]);
  await page.keyboard.press("ArrowUp");
  await expect(live(page)).toHaveText("Moved: it would be question 1, on page 2.");
  // Escape: nothing added, focus back on the palette.
  await page.keyboard.press("Escape");
  await expect(live(page)).toHaveText("Cancelled: no question was added.");
  await expect(page.locator(".builder-outline__question")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Short text", exact: true })).toBeFocused();

  // A key held down repeats: the repeat does not drop what the first press picked up.
  await page.getByRole("button", { name: "Number", exact: true }).focus();
  await page.keyboard.down("Space");
  await page.keyboard.down("Space");
  await page.keyboard.up("Space");
  await expect(page.locator(".builder-outline__question--held")).toHaveCount(1);
  await expect(page.locator(".builder-status")).toHaveText("All changes saved");
  // A pointer pressed elsewhere ends a keyboard hold: nothing added.
  await page.getByRole("heading", { level: 1 }).click();
  await expect(live(page)).toHaveText("Cancelled: no question was added.");
  await expect(page.locator(".builder-outline__question")).toHaveCount(0);

  /** Adds `kind` by keyboard: picked up, `ups` presses of the up arrow, dropped. */
  async function addByKeyboard(kind: string, ups: number) {
    await page.getByRole("button", { name: kind, exact: true }).focus();
    await page.keyboard.press("Enter");
    for (let i = 0; i < ups; i++) await page.keyboard.press("ArrowUp");
    await savedAfter(page, () => page.keyboard.press("Enter"));
    await expect(live(page)).toContainText("Saved. ");
    // Focus on the new question's Edit link, to write its words next.
    await expect(page.locator(":focus")).toHaveAccessibleName(/^Edit (question|block) \d+$/);
  }
  // Page 3 first (where a new one starts), then page 2 and page 1 by moving up past the pages.
  for (const kind of ["Date", "Email address", "UK postcode"]) await addByKeyboard(kind, 0);
  await addByKeyboard("Paragraph of text (not a question)", 3);
  // From the end of page 3 (four on it): four places up, then over onto the end of page 2.
  for (const kind of ["Drop-down list", "Grid (Likert scale)", "Ranking", "Points allocation", "Number"]) {
    await addByKeyboard(kind, 5);
  }
  await expectLayout(page, [[], LAYOUT[1], LAYOUT[2]]);
  // And on past page 2's five to the end of page 1.
  for (const kind of ["Short text", "Long text", "Single choice", "Multiple choice"]) await addByKeyboard(kind, 11);
  // A screen reader's "press" (a click with no pointer behind it) picks up too.
  await page.getByRole("button", { name: "Heading (not a question)", exact: true }).dispatchEvent("click");
  await expect(live(page)).toContainText("Picked up \u201cNew heading\u201d.");
  // Fifteen presses take it to the top (thirteen places, and over two page boundaries); the
  // sixteenth is refused.
  for (let i = 0; i < 16; i++) await page.keyboard.press("ArrowUp");
  await expect(live(page)).toHaveText("It is already the first question.");
  // And the same press on its handle drops it.
  await savedAfter(page, () => page.locator("#handle-new-question").dispatchEvent("click"));
  await page.reload();
  await waitForHydration(page);
  await expectLayout(page, LAYOUT);
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every kind added with Add a question and put on three pages with the move buttons", async ({ page, browser }) => {
    test.setTimeout(180_000);
    await signIn(page);
    await createDraft(page, `Riverside park without JavaScript ${Date.now()}`);
    await addPages(page, 2);
    await expect(page.getByRole("region", { name: "Drag in a new question" })).toHaveCount(0);

    // Every kind added to page 1, the short text first: the heading goes above it afterwards.
    const kinds: [string, string, string?][] = [
      ["Short text", ENTRANCE],
      ["Heading (not a question)", "Using the park", "Heading"],
      ["Long text", BETTER],
      ["Single choice", OFTEN],
      ["Multiple choice", FACILITIES],
      ["Drop-down list", WARD],
      ["Grid (Likert scale)", AGREE],
      ["Ranking", RANK],
      ["Points allocation", SHARE],
      ["Number", MINUTES],
      ["Paragraph of text (not a question)", "Last, a few details so we can reply.", "Text"],
      ["Date", VISITED],
      ["Email address", EMAIL],
      ["UK postcode", POSTCODE],
    ];
    for (const [kind, label, field] of kinds) {
      await page.getByRole("link", { name: "Add a question to page 1", exact: true }).click();
      await page.getByLabel(kind, { exact: true }).check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.getByLabel(field ?? "Question", { exact: true }).fill(label);
      const options = WORDS.find((w) => w.label === label)?.options ?? [];
      for (const [i, option] of options.entries()) {
        await page.getByLabel(new RegExp(`^(Option|Statement) ${i + 1}$`)).fill(option);
      }
      await page.getByRole("button", { name: field ? "Save" : "Save question", exact: true }).click();
      await expect(page.getByRole("status")).toHaveText(/added: it is/);
    }
    // The heading up above the short text.
    await page.getByRole("button", { name: "Move up block 2", exact: true }).click();
    await expect(page.getByRole("status")).toHaveText("Block moved: it is now block 1, on page 1.");
    // Five questions to page 2, then four items to page 3. Each goes to the end of its page,
    // so the one to move next is always number 6, and the moved one becomes number 14.
    for (let i = 0; i < 9; i++) {
      const to = i < 5 ? 2 : 3;
      const noun = i === 5 ? "block" : "question";
      await page.getByLabel(`Move to (for ${noun} 6)`).selectOption({ label: `Page ${to}` });
      await page.getByRole("button", { name: `Move to page ${noun} 6`, exact: true }).click();
      await expect(page.getByRole("status")).toHaveText(new RegExp(`moved: it is now ${noun} 14, on page ${to}\\.$`));
    }
    await expectLayout(page, [WORDS.slice(0, 5), WORDS.slice(5, 10), WORDS.slice(10)].map((p) => p.map((w) => w.label)));
    await expectAccessible(page, { javascript: false });
    await publishThroughReview(page, browser);
  });
});

test.describe("on a phone", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 1800 } });

  test("a kind dragged from the palette with a finger lands where it is let go", async ({ page }) => {
    await signIn(page);
    await createDraft(page, `Riverside park by touch ${Date.now()}`);
    await waitForHydration(page);
    await saved(page);
    // Touch input as the screen sends it (Chromium makes pointer events of it).
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: string, x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x, y }] });
    const from = (await page.getByRole("button", { name: "Single choice", exact: true }).boundingBox())!;
    const to = (await endOf(page, 1)().boundingBox())!;
    await savedAfter(page, async () => {
      await touch("touchStart", from.x + from.width / 2, from.y + from.height / 2);
      for (let i = 1; i <= 10; i++) {
        const y = from.y + from.height / 2 + ((to.y + to.height / 2 - from.y - from.height / 2) * i) / 10;
        await touch("touchMove", to.x + 20, y);
      }
      await touch("touchEnd", 0, 0);
    });
    await expect(pageLabels(page, 1)).toHaveText(["New single choice question"]);
    await expect(live(page)).toContainText("Saved. Question added to page 1, position 1 of 1.");
  });
});
