/**
 * What an import did (or, in a dry run, would do): counts, every rejected row with its reasons,
 * quality flags raised, notes. Stored as JSON in ImportRun.report and printed by the CLI.
 */
import type { RowProblem } from "./values";

export interface RejectedRow {
  row: number;
  problems: RowProblem[];
}

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportReport {
  importer: string;
  dataset: string;
  fileName: string;
  checksum: string;
  dryRun: boolean;
  importRunId: string | null;
  /** What inserted / updated / unchanged count: events, or observations (aggregated from rows). */
  unit: "event" | "observation";
  rowsRead: number;
  /** `rejected` counts rows; the other three count `unit`s. */
  counts: ImportCounts;
  rejectedRows: RejectedRow[];
  /** Tallies worth knowing: quality flags raised, actors created, values kept from a final release… */
  tallies: Record<string, number>;
  notes: string[];
  transactionPolicy: string;
  attribution: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
}

export const TRANSACTION_POLICY =
  "One transaction per file, written in batches: rows are validated first and a rejected row " +
  "writes nothing; good rows are written in batches inside a single transaction, so a file that " +
  "turns out malformed half-way, or a database error, rolls everything back. A dry run executes " +
  "the same reads and comparisons inside a transaction that is always rolled back.";

export interface ReportHeader {
  importer: string;
  dataset: string;
  fileName: string;
  unit: ImportReport["unit"];
  dryRun: boolean;
  attribution: string;
}

export class ReportBuilder {
  private readonly counts: ImportCounts = { inserted: 0, updated: 0, unchanged: 0, rejected: 0 };
  private readonly rejectedRows: RejectedRow[] = [];
  private readonly rejectedNumbers = new Set<number>();
  private readonly tallies: Record<string, number> = {};
  private readonly notes: string[] = [];
  private readonly started = new Date();
  rowsRead = 0;

  constructor(private readonly header: ReportHeader) {}

  reject(row: number, problems: RowProblem[]): void {
    if (this.rejectedNumbers.has(row)) return;
    this.rejectedNumbers.add(row);
    this.counts.rejected += 1;
    this.rejectedRows.push({ row, problems });
  }

  count(outcome: "inserted" | "updated" | "unchanged", amount = 1): void {
    this.counts[outcome] += amount;
  }

  tally(name: string, amount = 1): void {
    this.tallies[name] = (this.tallies[name] ?? 0) + amount;
  }

  note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  finish(checksum: string, importRunId: string | null): ImportReport {
    const finished = new Date();
    return {
      ...this.header,
      checksum,
      importRunId,
      rowsRead: this.rowsRead,
      counts: { ...this.counts },
      rejectedRows: [...this.rejectedRows].sort((a, b) => a.row - b.row),
      tallies: Object.fromEntries(
        Object.entries(this.tallies).sort(([a], [b]) => a.localeCompare(b)),
      ),
      notes: [...this.notes],
      transactionPolicy: TRANSACTION_POLICY,
      startedAt: this.started.toISOString(),
      finishedAt: finished.toISOString(),
      durationMs: finished.getTime() - this.started.getTime(),
    };
  }
}

function describeProblem(problem: RowProblem): string {
  const where = problem.column === null ? "" : `column ${problem.column}: `;
  const value = problem.value === undefined ? "" : ` (${JSON.stringify(problem.value)})`;
  return `${where}${problem.reason}${value}`;
}

/** The report as the CLI prints it: counts, then the first `maxRejected` rejected rows. */
export function formatReport(report: ImportReport, maxRejected = 20): string {
  const { counts } = report;
  const lines = [
    `${report.dryRun ? "DRY RUN — nothing was written. " : ""}${report.dataset} (${report.importer}) from ${report.fileName}`,
    `sha256 ${report.checksum}`,
    `rows read: ${report.rowsRead}; ${report.unit}s inserted: ${counts.inserted}, updated: ${counts.updated}, ` +
      `unchanged: ${counts.unchanged}; rows rejected: ${counts.rejected}`,
  ];
  for (const [name, amount] of Object.entries(report.tallies)) lines.push(`  ${name}: ${amount}`);
  for (const note of report.notes) lines.push(`note: ${note}`);
  if (report.rejectedRows.length > 0) {
    lines.push(
      `rejected rows (first ${Math.min(maxRejected, report.rejectedRows.length)} of ${report.rejectedRows.length}):`,
    );
    for (const rejected of report.rejectedRows.slice(0, maxRejected)) {
      lines.push(`  row ${rejected.row}: ${rejected.problems.map(describeProblem).join("; ")}`);
    }
  }
  lines.push(
    `took ${(report.durationMs / 1000).toFixed(2)} s${report.importRunId ? `; import run ${report.importRunId}` : ""}`,
  );
  lines.push(`transactions: ${report.transactionPolicy}`);
  lines.push(`attribution: ${report.attribution}`);
  return lines.join("\n");
}
