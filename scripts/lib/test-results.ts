export interface ResultCounts {
  passed: number;
  failed: number;
  skipped: number;
}

interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
}

interface PlaywrightReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}

/** Reads the counts out of a Vitest or Playwright JSON report. */
export function countResults(kind: "vitest" | "playwright", report: unknown): ResultCounts {
  if (kind === "vitest") {
    const r = report as VitestReport;
    return {
      passed: r.numPassedTests ?? 0,
      failed: r.numFailedTests ?? 0,
      skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
    };
  }
  const stats = (report as PlaywrightReport).stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

export type ReportFile = readonly [path: string, kind: "vitest" | "playwright"];

/** Sums the counts of the reports that exist (a step that did not run left none). */
export function sumReports(
  files: readonly ReportFile[],
  read: (path: string) => string | null,
): ResultCounts {
  const totals: ResultCounts = { passed: 0, failed: 0, skipped: 0 };
  for (const [file, kind] of files) {
    const text = read(file);
    if (text === null) continue;
    const counts = countResults(kind, JSON.parse(text) as unknown);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  return totals;
}
