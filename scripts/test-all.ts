/**
 * README's test command: typecheck, lint, unit tests, integration tests (real PostgreSQL),
 * production build, end-to-end tests in Chromium — in that order, stopping at the first failure.
 * The database is DATABASE_URL or the embedded one, started once for the whole run.
 */
import { readFileSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { acquireDatabase } from "./lib/database";
import { run } from "./lib/run";
import { countResults, type ResultCounts } from "./lib/test-results";

const RESULTS = "test-results";
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const database = await acquireDatabase();
const env = { ...process.env, DATABASE_URL: database.url };
const totals: ResultCounts = { passed: 0, failed: 0, skipped: 0 };
const timings: string[] = [];

function readReport(file: string, kind: "vitest" | "playwright"): void {
  if (!existsSync(file)) return;
  const counts = countResults(kind, JSON.parse(readFileSync(file, "utf8")) as unknown);
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
}

async function step(
  label: string,
  command: string,
  args: string[],
  report?: [string, "vitest" | "playwright"],
) {
  const started = Date.now();
  console.info(`\n━━ ${label}`);
  const code = await run(command, args, env);
  if (report) readReport(report[0], report[1]);
  timings.push(
    `${label}: ${((Date.now() - started) / 1000).toFixed(1)} s${code === 0 ? "" : " ✖"}`,
  );
  if (code !== 0) {
    await finish(code, label);
  }
}

async function finish(code: number, failedStep?: string): Promise<never> {
  await database.release();
  console.info(`\n━━ summary\n${timings.join("\n")}`);
  if (failedStep) console.error(`✖ ${failedStep} failed`);
  // The plain closing line CI reads: counts from the unit, integration and end-to-end runners.
  console.info(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code === 0 && totals.failed > 0 ? 1 : code);
}

const vitestJson = (name: string) => [
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${RESULTS}/${name}.json`,
];

await step("typecheck", "tsc", ["--noEmit"]);
await step("lint", "eslint", ["--max-warnings=0", "."]);
await step(
  "unit tests",
  "vitest",
  ["run", "--project", "unit", ...vitestJson("unit")],
  [`${RESULTS}/unit.json`, "vitest"],
);
await step(
  "integration tests",
  "vitest",
  ["run", "--project", "integration", ...vitestJson("integration")],
  [`${RESULTS}/integration.json`, "vitest"],
);
await step("build", "next", ["build"]);
await step("end-to-end tests", "playwright", ["test"], [`${RESULTS}/e2e.json`, "playwright"]);
await finish(0);
