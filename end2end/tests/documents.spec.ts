import { test, expect, publishThroughReview, createDraft, signIn, expectAccessible, expectNoCode } from "./support";

// A tiny but real PDF (its signature is what the server checks) and a web page renamed as one.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const FAKE_PDF = Buffer.from("<!doctype html><script>alert(1)</script>");

test("staff add a link and upload a file without JavaScript; citizens see and open them", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page);
  const title = `Play areas ${Date.now()}`;
  await createDraft(page, title);
  await page.getByRole("link", { name: "Related documents" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Related documents");
  await expect(page.getByText("There are no related documents yet.")).toBeVisible();
  await expectNoCode(page);
  await expectAccessible(page, { javascript: false });

  // A link: a wrong address is explained, the title kept.
  await page.locator("#link_title").fill("Play strategy 2027");
  await page.getByLabel("Web address").fill("www.example.gov.uk/play");
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByRole("link", { name: /Enter a web address in the correct format/ })).toBeVisible();
  await expect(page.locator("#link_title")).toHaveValue("Play strategy 2027");
  await expectAccessible(page, { javascript: false });
  await page.getByLabel("Web address").fill("https://www.example.gov.uk/play");
  await page.getByRole("button", { name: "Add link" }).click();
  await expect(page.getByRole("status")).toHaveText("Link added. It is listed on the consultation page.");

  // A file: a web page named .pdf is refused and the title kept; a real PDF is stored.
  await page.locator("#file_title").fill("Map of the play areas");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "map.pdf", mimeType: "application/pdf", buffer: FAKE_PDF });
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("link", { name: /The selected file is not a real PDF file/ })).toBeVisible();
  await expect(page.locator("#file_title")).toHaveValue("Map of the play areas");
  await expectAccessible(page, { javascript: false });
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "Play areas map.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("status")).toHaveText("File uploaded. It is listed on the consultation page.");
  const items = page.locator(".document-list__item");
  await expect(items).toHaveCount(2);
  await expect(items.nth(1)).toContainText(`PDF, ${PDF.length} bytes`);

  // Reordered with the plain buttons.
  await page.getByRole("button", { name: "Move up – Map of the play areas" }).click();
  await expect(page.getByRole("status")).toHaveText("Document moved.");
  await expect(items.nth(0)).toContainText("Map of the play areas");
  await expectAccessible(page, { javascript: false });

  // The file as staff get it from a draft: exactly what was uploaded, shown in the browser.
  const href = await items.nth(0).getByRole("link", { name: "Map of the play areas", exact: true }).getAttribute("href");
  const file = await page.request.get(href!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toBe(
    "inline; filename=\"Play areas map.pdf\"; filename*=UTF-8''Play%20areas%20map.pdf",
  );
  expect(Buffer.compare(await file.body(), PDF)).toBe(0);

  // Removing asks first.
  await page.getByRole("link", { name: "Remove – Play strategy 2027" }).click();
  await expect(page.getByRole("heading", { name: "Remove “Play strategy 2027”?" })).toBeVisible();
  await expectAccessible(page, { javascript: false });
  await page.getByRole("link", { name: "No, keep it" }).click();
  await expect(items).toHaveCount(2);
  await page.getByRole("link", { name: "Remove – Play strategy 2027" }).click();
  await page.getByRole("button", { name: "Yes, remove it" }).click();
  await expect(page.getByRole("status")).toHaveText("Document removed.");
  await expect(items).toHaveCount(1);
  await page.locator("#link_title").fill("Play strategy 2027");
  await page.getByLabel("Web address").fill("https://www.example.gov.uk/play");
  await page.getByRole("button", { name: "Add link" }).click();

  // Published, the consultation page lists them for everyone, saying what each is.
  await page.getByRole("link", { name: "Back to the questionnaire" }).click();
  await page.getByRole("button", { name: "Add these questions – About you" }).click();
  // The empty first page goes, so the questionnaire can be published.
  await page.getByText("Page settings for page 1").click();
  await page.getByRole("button", { name: "Remove page 1", exact: true }).click();
  await publishThroughReview(page, browser);
  const citizen = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await citizen.newPage();
  const slug = title.toLowerCase().replace(/ /g, "-");
  await visitor.goto(`/consultations/${slug}`);
  const section = visitor.getByRole("region", { name: "Related documents" });
  await expect(section.getByRole("listitem")).toHaveText([
    `Map of the play areasPDF, ${PDF.length} bytes`,
    "Play strategy 2027www.example.gov.uk",
  ]);
  await expectNoCode(visitor);
  await expectAccessible(visitor, { javascript: false });
  const publicFile = await visitor.request.get(href!);
  expect(publicFile.status()).toBe(200);
  expect(publicFile.headers()["cache-control"]).toBe("public, max-age=300");
  await citizen.close();
  await context.close();
});
