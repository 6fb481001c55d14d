import { readFileSync } from "node:fs";
import { type Browser, type Page } from "@playwright/test";
import { test, expect, expectAccessible, signIn, staffChunksFetched, continueAndSend, continueFrom, OPEN_SLUG } from "./support";

const RESULTS = `/staff/consultations/${OPEN_SLUG}/results`;

/** A citizen answers "Do you support…?" with `choice`, in a browser of their own. */
async function respond(browser: Browser, choice: string) {
  const citizen = await browser.newContext({ javaScriptEnabled: false });
  const form = await citizen.newPage();
  await form.goto(`/consultations/${OPEN_SLUG}/respond`);
  await form.getByRole("radio", { name: choice, exact: true }).check();
  await continueAndSend(form);
  await citizen.close();
}

const responses = (page: Page) => page.getByTestId("response-count");
const asNumber = (text: string | null) => Number((text ?? "").replace(/,/g, ""));

test("an open dashboard follows responses within a second, in place, and says so politely", async ({ page, browser }) => {
  await signIn(page);
  await page.goto(RESULTS);
  await expect(page.getByTestId("live-status")).toContainText("Live: the figures change as responses arrive.");
  await staffChunksFetched(page);
  await expectAccessible(page);

  const before = asNumber(await responses(page).textContent());
  const first = page.getByRole("region", { name: /Do you support a 20mph limit/ });
  const chart = first.getByRole("img", { name: /Answers to question 1/ });
  await expect(chart).toBeVisible();
  // Open the table: it must stay open while the figures change under it.
  await first.getByText("Show as table").click();
  const supportRow = first.locator("tbody tr").nth(1);
  await expect(supportRow.locator("th")).toHaveText("Support");
  const supportBefore = asNumber(await supportRow.locator("td").first().textContent());
  const barBefore = await chart.locator("text.chart__value").nth(1).textContent();

  await respond(browser, "Support");
  const sent = Date.now();
  await expect(responses(page)).toHaveText((before + 1).toLocaleString("en-GB"), { timeout: 1000 });
  const took = Date.now() - sent;
  console.log(`dashboard updated ${took} ms after the confirmation page showed`);
  await expect(supportRow.locator("td").first()).toHaveText((supportBefore + 1).toLocaleString("en-GB"));
  await expect(chart.locator("text.chart__value").nth(1)).not.toHaveText(barBefore ?? "");
  await expect(first.locator("details")).toHaveAttribute("open", "");
  await expect(page.getByTestId("responses-today")).not.toHaveText("0");
  // Screen readers hear a summary, not every change.
  await expect(page.getByTestId("live-announcement")).toHaveText(/^1 new response\. .* in all\.$/);

  // Two more in quick succession: both counted; the next announcement waits its turn.
  await respond(browser, "Oppose");
  await respond(browser, "Oppose");
  await expect(responses(page)).toHaveText((before + 3).toLocaleString("en-GB"), { timeout: 2000 });
  await expect(page.getByTestId("live-announcement")).toHaveText(/^2 new responses\. /, { timeout: 15_000 });
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("staff read each response, and search every answer to a text question", async ({ page, browser }) => {
    const words = `Slower streets please ${Date.now()}`;
    const citizen = await browser.newContext({ javaScriptEnabled: false });
    const form = await citizen.newPage();
    await form.goto(`/consultations/${OPEN_SLUG}/respond`);
    await form.getByRole("radio", { name: "Oppose", exact: true }).check();
    await form.getByLabel("Tell us why you hold this view (optional)").fill(words);
    await continueAndSend(form);
    const reference = (await form.getByTestId("reference").textContent())!.trim();
    await citizen.close();

    await signIn(page);
    await page.goto(RESULTS);
    await page.getByRole("link", { name: "Read every response" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("20mph speed limits in residential streets");
    await expect(page.getByTestId("showing")).toContainText("Showing 1 to 50 of");
    await expectAccessible(page, { javascript: false });
    // Newest first: this one heads the list.
    await page.getByRole("link", { name: reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Response ${reference}`);
    const answers = page.getByTestId("answers");
    await expect(answers).toContainText("Oppose");
    await expect(answers).toContainText(words);
    await expectAccessible(page, { javascript: false });

    await page.goto(RESULTS);
    const why = page.getByRole("region", { name: /Tell us why you hold this view/ });
    await why.getByRole("link", { name: /^Read all [\d,]+ answers$/ }).click();
    await page.getByLabel("Search the answers").fill(words);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("showing")).toHaveText("Showing 1 answer.");
    await expect(page.locator(".answer-list__item")).toContainText(words);
    await expectAccessible(page, { javascript: false });
    await page.getByRole("link", { name: `Response ${reference}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Response ${reference}`);
  });

  test("the dashboard shows the numbers as they are, with charts, tables and a refresh link", async ({ page, browser }) => {
    await signIn(page);
    await page.goto(RESULTS);
    const before = asNumber(await responses(page).textContent());
    await expect(page.getByTestId("live-status")).not.toContainText("Live:");
    await expect(page.getByRole("img", { name: /Responses per (day|week)/ })).toBeVisible();
    await respond(browser, "Strongly oppose");
    await page.getByRole("link", { name: "Refresh the figures" }).click();
    await expect(responses(page)).toHaveText((before + 1).toLocaleString("en-GB"));
    const first = page.getByRole("region", { name: /Do you support a 20mph limit/ });
    await first.getByText("Show as table").click();
    await expect(first.getByRole("row", { name: /Strongly oppose/ })).toBeVisible();
    await expectAccessible(page, { javascript: false });
  });
});

/** A citizen answers "Do you support…?" with `choice` and the ward question with `ward`. */
async function respondWithWard(browser: Browser, choice: string, ward: string) {
  const citizen = await browser.newContext({ javaScriptEnabled: false });
  const form = await citizen.newPage();
  await form.goto(`/consultations/${OPEN_SLUG}/respond`);
  await form.getByRole("radio", { name: choice, exact: true }).check();
  await continueFrom(form);
  await form.getByLabel("Which ward do you live in?").selectOption({ label: ward });
  await continueAndSend(form);
  await citizen.close();
}

/** "Showing 12 of 1,503 responses" → [12, 1503]. */
async function shownOf(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId("filtered-count").textContent()) ?? "";
  const match = text.match(/Showing ([\d,]+) of ([\d,]+) responses?/);
  expect(match, text).not.toBeNull();
  return [asNumber(match![1]), asNumber(match![2])];
}

test("filters and a cross-tab count a known set of responses exactly", async ({ page, browser }) => {
  await signIn(page);
  const filterTo = async (answers: string[]) => {
    await page.goto(RESULTS);
    await page.getByText(/^(Filter responses|Change the filter)$/).click();
    for (const [i, label] of answers.entries()) {
      await page.getByLabel(`Answer ${i + 1}`).selectOption({ label });
    }
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByTestId("filter-summary")).toBeVisible();
  };
  const compare = async () => {
    await page.goto(`${RESULTS}/compare`);
    await page.getByLabel("Rows: answers to").selectOption({ label: "Do you support a 20mph limit on residential streets?" });
    await page.getByLabel("Columns: answers to").selectOption({ label: "Which ward do you live in?" });
    await page.getByRole("button", { name: "Compare" }).click();
    const table = page.getByTestId("cross-tab");
    await expect(table).toBeVisible();
    // Row 3: Oppose; columns 0 and 1: Abbey and Castle.
    const cell = async (r: number, c: number) =>
      asNumber(await table.getByTestId(`cell-${r}-${c}`).locator(".cross-tab__count").textContent());
    return { opposeAbbey: await cell(3, 0), opposeCastle: await cell(3, 1) };
  };

  await filterTo(["Oppose", "Castle"]);
  const [before, totalBefore] = await shownOf(page);
  await expectAccessible(page);
  const tab = await compare();
  // The cross-tab's box and the filtered count are the same people.
  expect(tab.opposeCastle).toBe(before);
  await expectAccessible(page);

  // The known set: two Oppose in Castle, one Oppose in Abbey, one Support in Castle.
  await respondWithWard(browser, "Oppose", "Castle");
  await respondWithWard(browser, "Oppose", "Castle");
  await respondWithWard(browser, "Oppose", "Abbey");
  await respondWithWard(browser, "Support", "Castle");

  const after = await compare();
  expect(after.opposeCastle).toBe(tab.opposeCastle + 2);
  expect(after.opposeAbbey).toBe(tab.opposeAbbey + 1);

  await filterTo(["Oppose", "Castle"]);
  const [shown, total] = await shownOf(page);
  // Other tests may respond meanwhile, but never with this pair unless they say so.
  expect(shown).toBe(before + 2);
  expect(total).toBeGreaterThanOrEqual(totalBefore + 4);
  // Every chart is over the filtered responses: question 1 says Oppose for all of them.
  const first = page.getByRole("region", { name: /Do you support a 20mph limit/ });
  await first.getByText("Show as table").click();
  const rows = first.locator("tbody tr");
  await expect(rows.nth(3).locator("th")).toHaveText("Oppose");
  await expect(rows.nth(3).locator("td").first()).toHaveText(shown.toLocaleString("en-GB"));
  await expect(rows.nth(1).locator("td").first()).toHaveText("0");
  await expect(page.getByTestId("response-count")).toHaveText(shown.toLocaleString("en-GB"));

  // The filtered responses download as CSV: a byte-order mark, a header row, one row each.
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download these responses as CSV" }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`${OPEN_SLUG}-responses-filtered.csv`);
  const text = readFileSync((await csv.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^Reference,Submitted \(UK time\),Channel,Version,/);
  expect(lines.length - 1).toBe(shown);
  const [xlsx] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download as an Excel workbook" }).click(),
  ]);
  expect(xlsx.suggestedFilename()).toBe(`${OPEN_SLUG}-responses-filtered.xlsx`);
  // A workbook is a zip.
  expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe("PK");

  // Clearing the filter goes back to every response, live.
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page.getByTestId("filter-summary")).toHaveCount(0);
  await expect(page.getByTestId("live-status")).toContainText("Live: the figures change as responses arrive.");
});

/** Reads a downloaded CSV: its rows after the header (no byte-order mark, no trailing line). */
function csvRows(text: string): string[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toMatch(/^Reference,Submitted \(UK time\),Channel,Version,/);
  return lines.slice(1);
}

test("a large export is prepared with its progress shown, then downloads every response", async ({ page }) => {
  await signIn(page);
  await page.goto(RESULTS);
  const total = asNumber(await responses(page).textContent());
  expect(total).toBeGreaterThan(1000);
  // Too many to send at once: the page offers to prepare the file instead of a link.
  await expect(page.getByRole("link", { name: "Download the responses as CSV" })).toHaveCount(0);
  await page.getByRole("button", { name: "Prepare a CSV file" }).click();
  await expect(page).toHaveURL(/\/staff\/downloads\/[0-9a-f]{32}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Download: CSV file");
  // The island asks how it is getting on; the page never reloads.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await expect(page.getByTestId("download-status")).toHaveText("Your download is ready.", { timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  await expectAccessible(page);
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-file").click()]);
  expect(csv.suggestedFilename()).toBe(`${OPEN_SLUG}-responses.csv`);
  const rows = csvRows(readFileSync((await csv.path())!, "utf8"));
  // Responses sent by other tests meanwhile may be in it too.
  expect(rows.length).toBeGreaterThanOrEqual(total);

  // Back on the dashboard, it is listed as ready.
  await page.goto(RESULTS);
  const listed = page.getByTestId("prepared-downloads").getByRole("listitem").first();
  await expect(listed).toContainText(/CSV file of [\d,]+ responses, asked for .*: Ready/);
  await expectAccessible(page);
});

test.describe("prepared downloads without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page says how far it has got, and 'Check again' shows when it is ready", async ({ page }) => {
    await signIn(page);
    await page.goto(RESULTS);
    await page.getByRole("button", { name: "Prepare an Excel workbook" }).click();
    await expect(page).toHaveURL(/\/staff\/downloads\/[0-9a-f]{32}$/);
    await expectAccessible(page, { javascript: false });
    const status = page.getByTestId("download-status");
    for (let i = 0; i < 60 && (await status.textContent()) !== "Your download is ready."; i++) {
      await expect(status).toHaveText(/written|Waiting|putting the file together/);
      await page.waitForTimeout(500);
      await page.getByRole("link", { name: "Check again" }).click();
    }
    await expect(status).toHaveText("Your download is ready.");
    await expectAccessible(page, { javascript: false });
    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-file").click()]);
    expect(xlsx.suggestedFilename()).toBe(`${OPEN_SLUG}-responses.xlsx`);
    expect(readFileSync((await xlsx.path())!).subarray(0, 2).toString()).toBe("PK");
  });
});
