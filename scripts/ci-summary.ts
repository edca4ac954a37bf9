/**
 * Prints CI's closing line, summed over every JSON report the run left in test-results/
 * (npm test's unit, integration and end-to-end runs, and the external-database run).
 */
import { existsSync, readFileSync } from "node:fs";
import { sumReports, type ReportFile } from "./lib/test-results";

const REPORTS: ReportFile[] = [
  ["test-results/unit.json", "vitest"],
  ["test-results/integration.json", "vitest"],
  ["test-results/e2e.json", "playwright"],
  ["test-results/external.json", "vitest"],
];

const totals = sumReports(REPORTS, (file) =>
  existsSync(file) ? readFileSync(file, "utf8") : null,
);
console.info(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
