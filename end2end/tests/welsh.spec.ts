import { test, expect, expectAccessible, expectNoCode, mailTo, signIn, waitForHydration, OPEN_SLUG, OPEN_TITLE, REFERENCE } from "./support";

const PARK = "riverside-park";

// The Welsh site (decision 0030): the same pages under /cy, chosen by the switch on every page,
// kept through every link, form and redirect, with the consultation's English words marked so.
for (const javascript of [true, false]) {
  test.describe(`in Welsh, JavaScript ${javascript ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: javascript });

    test("the switch → the list → a consultation → its pages → check your answers → confirmation, all in Welsh", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await page.getByTestId("language-switch").click();
      await expect(page).toHaveURL(/\/cy$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "cy");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dweud eich dweud");
      await expect(page).toHaveTitle("Ymgynghoriadau – Dweud eich dweud");
      await expect(page.getByRole("heading", { name: "Ymgynghoriadau sydd ar agor" })).toBeVisible();
      if (javascript) await expectNoCode(page);
      await expectAccessible(page, { javascript });

      const title = page.getByRole("link", { name: OPEN_TITLE });
      await expect(title).toHaveAttribute("lang", "en");
      await title.click();
      await expect(page).toHaveURL(new RegExp(`/cy/consultations/${OPEN_SLUG}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPEN_TITLE);
      await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
      await expect(page.getByText("Mae’r ymgynghoriad hwn ar agor tan")).toBeVisible();
      await expectAccessible(page, { javascript });
      // The switch leads to this same page in English.
      await expect(page.getByTestId("language-switch")).toHaveAttribute("href", `/consultations/${OPEN_SLUG}`);

      await page.getByRole("button", { name: "Ymateb ar-lein" }).click();
      await expect(page).toHaveURL(new RegExp(`/cy/consultations/${OPEN_SLUG}/respond$`));
      if (javascript) await waitForHydration(page);
      await expect(page.locator("#progress")).toHaveText("Tudalen 1 o 2");
      await expect(page.getByText("Gallwch ddefnyddio hyd at 1000 nod")).toHaveCount(javascript ? 0 : 1);
      await expectAccessible(page, { javascript });
      await page.getByRole("radio", { name: "Support", exact: true }).check();
      await page.getByRole("checkbox", { name: "Streets near schools" }).check();
      await page.getByLabel("Tell us why you hold this view (dewisol)").fill("Strydoedd mwy diogel.");
      if (javascript) await expect(page.getByText("Mae gennych 979 nod ar ôl")).toBeVisible();
      await page.getByRole("button", { name: "Parhau" }).click();

      await expect(page).toHaveURL(new RegExp(`/cy/consultations/${OPEN_SLUG}/respond/[0-9a-f]{32}/2$`));
      await expect(page.locator("#progress")).toHaveText("Tudalen 2 o 2");
      await expect(page.locator("a.back-link")).toHaveText("Yn ôl");
      await expectAccessible(page, { javascript });
      await page.getByRole("button", { name: "Parhau" }).click();

      await expect(page).toHaveURL(/\/cy\/consultations\/.*\/check$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gwiriwch eich atebion cyn anfon eich ymateb");
      await expect(page.getByText("Heb ei ateb").first()).toBeVisible();
      await expectAccessible(page, { javascript });
      const who = `cymraeg-${javascript ? "js" : "nojs"}@example.com`;
      await page.getByLabel("Cyfeiriad e-bost (dewisol)").fill(who);
      await page.getByRole("button", { name: "Anfon ymateb" }).click();

      await expect(page).toHaveURL(new RegExp(`/cy/consultations/${OPEN_SLUG}/confirmation/`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ymateb wedi’i anfon");
      await expect(page).toHaveTitle(/^Ymateb wedi’i anfon – Dweud eich dweud$/);
      const reference = (await page.getByTestId("reference").textContent())!.trim();
      expect(reference).toMatch(REFERENCE);
      await expect(page.locator("#copy-sent")).toContainText("Rydym yn anfon copi o’ch atebion");
      // The copy is in Welsh too.
      const copy = await mailTo(who);
      expect(copy.subject).toBe(`Eich ymateb i \u201c${OPEN_TITLE}\u201d: ${reference}`);
      expect(copy.html).toContain('<html lang="cy">');
      expect(copy.text).toContain("Eich atebion");
      expect(copy.text).toContain("/cy/consultations/");
      await expect(page.getByText("Cawsom eich ymateb i")).toBeVisible();
      await expectAccessible(page, { javascript });
      await page.getByTestId("language-switch").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Response sent");
    });
  });
}

test("staff write the Welsh of a consultation, and Welsh pages show it", async ({ page }) => {
  await signIn(page);
  await page.goto(`/staff/consultations/${PARK}/questionnaire`);
  await page.getByRole("link", { name: "Welsh version" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welsh version");
  await expectAccessible(page);
  await page.getByLabel("Consultation title in Welsh", { exact: true }).fill("Gwella Parc Glan yr Afon");
  await page.getByLabel("Question 1 in Welsh", { exact: true }).fill("Ydych chi’n ymweld â Pharc Glan yr Afon?");
  await page.getByLabel("Question 1: option 1 in Welsh", { exact: true }).fill("Ydw, o leiaf unwaith y mis");
  await page.getByRole("button", { name: "Save the Welsh" }).click();
  await expect(page.locator("#welsh-saved")).toContainText("The Welsh has been saved.");
  await expect(page.getByLabel("Consultation title in Welsh", { exact: true })).toHaveValue("Gwella Parc Glan yr Afon");
  await expectAccessible(page);

  await page.goto(`/cy/consultations/${PARK}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText("Gwella Parc Glan yr Afon");
  await expect(heading).not.toHaveAttribute("lang", /.*/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ymateb ar-lein" }).click();
  await waitForHydration(page);
  await expect(page.getByRole("group", { name: "Ydych chi’n ymweld â Pharc Glan yr Afon?" })).toBeVisible();
  const translated = page.getByRole("radio", { name: "Ydw, o leiaf unwaith y mis" });
  await expect(translated).toBeVisible();
  // An option still in English is marked so.
  await expect(page.locator("label[lang='en']").first()).toBeVisible();
  await expectAccessible(page);
  await translated.check();
  await page.getByRole("button", { name: "Parhau" }).click();
  await expect(page.locator("#progress")).toHaveText("Tudalen 2 o 5");
});
