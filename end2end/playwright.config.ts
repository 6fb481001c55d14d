import { defineConfig } from "@playwright/test";
import * as os from "node:os";
import * as path from "node:path";

// A port of its own, so a platform already running on 3000 is never tested by mistake.
const port = Number(process.env.E2E_PORT ?? 3011);
const baseURL = `http://127.0.0.1:${port}`;
// A fresh database for every run: the server creates, migrates and fills it with demo content.
// Set once in the main process, like the mail folder below, so tests can add accounts to it
// with the server's own command.
process.env.E2E_DATABASE ??= path.join(os.tmpdir(), `consult-e2e-${Date.now()}.db`);
const database = process.env.E2E_DATABASE;
const repoRoot = path.resolve(__dirname, "..");
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(repoRoot, "target");
// A local SMTP server takes the platform's email; tests read it from this folder. Set once, in the
// main process: workers inherit it (the config is read again in each of them).
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? port + 14);
process.env.E2E_SMTP_PORT = String(smtpPort);
process.env.E2E_MAIL_DIR ??= path.join(os.tmpdir(), `consult-e2e-mail-${process.pid}`);

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Two cores: one browser at a time next to the server keeps timings honest.
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: "node mail-sink.mjs",
      cwd: __dirname,
      port: smtpPort,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
      env: { E2E_SMTP_PORT: String(smtpPort), E2E_MAIL_DIR: process.env.E2E_MAIL_DIR },
    },
    {
      command: path.join(targetDir, "debug", "server"),
      cwd: repoRoot,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        DATABASE_URL: `sqlite://${database}?mode=rwc`,
        LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
        LEPTOS_SITE_ROOT: "target/site",
        LEPTOS_OUTPUT_NAME: "consult",
        RUST_LOG: "warn",
        DEMO_DATA: "on",
        // The demo's open consultation (1,500 responses and more) is then prepared in the
        // background; small filtered sets still download at once.
        PREPARE_DOWNLOADS_ABOVE: "1000",
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        MAIL_FROM: "Have your say <consultations@example.gov.uk>",
        PUBLIC_URL: baseURL,
        // The workflow's clock looks every 2 seconds: a consultation whose date has come opens
        // (or closes) while the test waits.
        WORKFLOW_CLOCK_SECONDS: "2",
        // The rate limit test sends as a client of its own (every other test shares 127.0.0.1).
        CLIENT_ADDRESS_HEADER: "X-Forwarded-For",
      },
    },
  ],
});
