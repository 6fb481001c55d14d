import { defineConfig } from "@playwright/test";
import * as os from "node:os";
import * as path from "node:path";

// A port of its own, so a platform already running on 3000 is never tested by mistake.
const port = Number(process.env.E2E_PORT ?? 3011);
const baseURL = `http://127.0.0.1:${port}`;
// A fresh database for every run: the server creates, migrates and fills it with demo content.
const database = path.join(os.tmpdir(), `consult-e2e-${Date.now()}.db`);
const repoRoot = path.resolve(__dirname, "..");
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(repoRoot, "target");

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
  webServer: {
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
      // The demo's open consultation (1,500 responses and more) is then prepared in the
      // background; small filtered sets still download at once.
      PREPARE_DOWNLOADS_ABOVE: "1000",
    },
  },
});
