import { type Browser, type Page } from "@playwright/test";
import { test, expect, expectAccessible, signIn, staffChunksFetched, OPEN_SLUG } from "./support";

const RESULTS = `/staff/consultations/${OPEN_SLUG}/results`;

/** A citizen answers "Do you support…?" with `choice`, in a browser of their own. */
async function respond(browser: Browser, choice: string) {
  const citizen = await browser.newContext({ javaScriptEnabled: false });
  const form = await citizen.newPage();
  await form.goto(`/consultations/${OPEN_SLUG}/respond`);
  await form.getByRole("radio", { name: choice, exact: true }).check();
  await form.getByRole("button", { name: "Send response" }).click();
  await expect(form.getByRole("heading", { name: "Response sent" })).toBeVisible();
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
    await form.getByRole("button", { name: "Send response" }).click();
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
