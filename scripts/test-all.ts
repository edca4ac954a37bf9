/**
 * README's test command: typecheck, lint, unit tests, integration tests (real PostgreSQL),
 * production build, end-to-end tests in Chromium — in that order, stopping at the first failure.
 * The database is DATABASE_URL or the embedded one, started once for the whole run.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { acquireDatabase } from "./lib/database";
import { run } from "./lib/run";
import { sumReports, type ReportFile } from "./lib/test-results";

const RESULTS = "test-results";
const REPORTS: ReportFile[] = [
  [`${RESULTS}/unit.json`, "vitest"],
  [`${RESULTS}/integration.json`, "vitest"],
  [`${RESULTS}/e2e.json`, "playwright"],
];
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const database = await acquireDatabase();
const env = { ...process.env, DATABASE_URL: database.url };
const timings: string[] = [];

async function finish(code: number, failedStep?: string): Promise<never> {
  await database.release();
  console.info(`\n━━ summary\n${timings.join("\n")}`);
  if (failedStep) console.error(`✖ ${failedStep} failed`);
  // The plain closing line CI reads: counts from the unit, integration and end-to-end runners.
  const totals = sumReports(REPORTS, (file) =>
    existsSync(file) ? readFileSync(file, "utf8") : null,
  );
  console.info(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(code === 0 && totals.failed > 0 ? 1 : code);
}

async function step(label: string, command: string, args: string[]) {
  const started = Date.now();
  console.info(`\n━━ ${label}`);
  const code = await run(command, args, env);
  timings.push(
    `${label}: ${((Date.now() - started) / 1000).toFixed(1)} s${code === 0 ? "" : " ✖"}`,
  );
  if (code !== 0) await finish(code, label);
}

const vitestJson = (name: string) => [
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${RESULTS}/${name}.json`,
];

await step("typecheck", "tsc", ["--noEmit"]);
await step("lint", "eslint", ["--max-warnings=0", "."]);
await step("format", "prettier", ["--check", "."]);
await step("unit tests", "vitest", ["run", "--project", "unit", ...vitestJson("unit")]);
await step("integration tests", "vitest", [
  "run",
  "--project",
  "integration",
  ...vitestJson("integration"),
]);
await step("build", "next", ["build"]);
await step("end-to-end tests", "playwright", ["test"]);
await finish(0);
