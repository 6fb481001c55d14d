import { test, expect, expectAccessible, signIn } from "./support";

const PARK = "riverside-park";

test("staff enter a paper response, fixing what the form refused, and the dashboard counts it by channel", async ({ page, allowConsoleErrors }) => {
  allowConsoleErrors(/status of 422/); // the refused form, posted without JavaScript
  await signIn(page);
  await page.goto(`/staff/consultations/${PARK}/responses`);
  await page.getByRole("button", { name: "Enter a paper, phone or email response" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter a response");
  await expectAccessible(page);

  // A required question left blank on paper stays blank; what is missing about the response is named.
  await page.getByLabel("Is there anything else you would like to tell us?").fill("Written on the back: more benches please");
  await page.getByRole("button", { name: "Save response" }).click();
  await expect(page.locator("#error-summary")).toContainText("Select how the response arrived");
  await expect(page.locator("#error-summary")).toContainText("Enter the date the response was received");
  await expect(page.getByLabel("Is there anything else you would like to tell us?")).toHaveValue("Written on the back: more benches please");
  await expectAccessible(page);

  await page.getByRole("radio", { name: "Paper form or letter" }).check();
  const received = page.getByRole("group", { name: "When was it received?" });
  await received.getByLabel("Day").fill("26");
  await received.getByLabel("Month").fill("11");
  await received.getByLabel("Year").fill("2026");
  await page.getByRole("radio", { name: "No, I do not visit it" }).check();
  await page.getByRole("button", { name: "Save response" }).click();
  await expect(page.locator("#entered")).toContainText("Response entered and counted");
  await expect(page.getByTestId("received")).toContainText("26 November 2026");
  await expect(page.getByTestId("entered-by")).toContainText("Demo Staff");
  await expect(page.getByTestId("answers")).toContainText("Written on the back: more benches please");
  await expectAccessible(page);

  await page.goto(`/staff/consultations/${PARK}/results`);
  await expect(page.getByTestId("channels")).toContainText("Paper: 1");
});
