import { test, expect, expectAccessible, waitForHydration, OPEN_SLUG } from "./support";
import { STAFF_EMAIL, STAFF_PASSWORD } from "./support";

// Staff pages in Welsh (decision 0031): the same pages under /cy/staff, the islands drawing their
// words from the staff messages the page carries (the WASM holds only the respondents').

test("staff sign in, rearrange a questionnaire and watch results, all in Welsh", async ({ page, allowConsoleErrors }) => {
  // The refused sign-in is a page answered 422, which the browser logs.
  allowConsoleErrors(/status of 422/);
  await page.goto("/cy/staff/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mewngofnodi i reoli ymgynghoriadau");
  await expectAccessible(page, { javascript: true });
  // A mistake is told in Welsh, beside the field and in the summary.
  await page.getByRole("button", { name: "Mewngofnodi" }).click();
  await expect(page.getByRole("heading", { name: "Mae problem wedi codi" })).toBeVisible();
  await expectAccessible(page, { javascript: true });
  await page.getByLabel("Cyfeiriad e-bost").fill(STAFF_EMAIL);
  await page.getByLabel("Cyfrinair").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Mewngofnodi" }).click();
  await expect(page).toHaveURL(/\/cy\/staff$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ymgynghoriadau");
  await expect(page).toHaveTitle("Ymgynghoriadau a chanlyniadau – Dweud eich dweud");
  await expectAccessible(page, { javascript: true });

  // The builder's island, woken on a Welsh page of a copy (the demo the other tests answer stays
  // as it is): its status, its announcements and its redrawn outline are Welsh.
  await page.goto("/cy/staff/consultations/riverside-park/questionnaire");
  await page.getByRole("button", { name: "Copïo’r ymgynghoriad hwn" }).click();
  await expect(page.getByRole("status")).toContainText("Copi wedi’i greu");
  await expect(page).toHaveURL(/\/cy\/staff\/consultations\/.*\/questionnaire/);
  await waitForHydration(page);
  await expect(page.locator(".builder-status")).toHaveText("Pob newid wedi’i gadw");
  await expectAccessible(page, { javascript: true });
  // Inside a Welsh sentence, only the consultation's own words are marked English.
  const routeLabel = page.locator(".builder-routes__route label").first();
  await expect(routeLabel).toContainText("Os ");
  await expect(routeLabel.locator("span[lang=en]")).toHaveText("Yes, at least once a month");
  const live = page.locator("[aria-live=assertive]");
  const move = page.getByRole("button", { name: "Symud cwestiwn 1", exact: true });
  await move.focus();
  await page.keyboard.press("Space");
  await expect(live).toContainText("Wedi codi cwestiwn 1");
  await page.keyboard.press("ArrowDown");
  await expect(live).toHaveText("Wedi symud: ei le fyddai cwestiwn 1, ar dudalen 2.");
  await page.keyboard.press("Space");
  await expect(live).toContainText("Wedi cadw.");
  await expect(page.locator(".builder-status")).toHaveText("Pob newid wedi’i gadw");
  // The switch leads to the same page in English, which says the same.
  await page.getByTestId("language-switch").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await waitForHydration(page);
  await expect(page.locator(".builder-status")).toHaveText("All changes saved");

  // The live dashboard, in Welsh.
  await page.goto(`/cy/staff/consultations/${OPEN_SLUG}/results`);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  // The island's own words, drawn once its live stream is open.
  await expect(page.getByTestId("live-status")).toContainText("Byw: mae’r ffigurau’n newid wrth i ymatebion gyrraedd.");
  await expectAccessible(page, { javascript: true });
});
