import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return configured;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    // Never download a browser: tell the reader what to install instead.
    console.error(
      "No Chromium found (looked in " +
        CANDIDATES.join(", ") +
        "). Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.",
    );
    process.exit(1);
  }
  return found;
}

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "e2e",
  // Per port, so parallel runs in one checkout do not clobber each other's traces.
  outputDir: `test-results/e2e-artifacts-${PORT}`,
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // A fresh database for every run, migrated and seeded by the same start command as README's.
    command: `tsx scripts/with-db.ts --database sahel_monitor_e2e_${PORT} --fresh -- tsx scripts/app.ts start --port ${PORT}`,
    url: `${baseURL}/api/health/ready`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
