/**
 * Runs one dataset import: used by the CLI (scripts/import.ts) and, later, the admin UI.
 *
 * Transaction policy (also in every report, see report.ts): one transaction per file, written in
 * batches of `batchSize` rows. Rows are validated before anything is written and a rejected row
 * writes nothing; a file found malformed half-way or a database error rolls the whole file back, so
 * an import is all-or-nothing apart from the individually rejected rows. Imports are serialised by
 * a transaction-scoped advisory lock. A dry run performs the same reads and comparisons in a
 * transaction that is always rolled back and records no ImportRun.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ImportRefusedError, openCsv, type ImportInput } from "./csv";
import { uuidv7 } from "./ids";
import type { Importer, ImportSession } from "./importer";
import { ReportBuilder, type ImportReport } from "./report";

export interface ImportOptions {
  dryRun?: boolean;
  importedById?: string | null;
  onProgress?: (rowsDone: number) => void;
  batchSize?: number;
  /** Defaults to prisma/seed/data under the working directory. */
  placesDataDir?: string;
  /** Longest the whole file may take; the transaction is rolled back after it. */
  timeoutMs?: number;
}

export const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_TIMEOUT_MS = 10 * 60_000;
// Any constant shared by all importers: one import at a time, whatever the dataset.
const IMPORT_LOCK_KEY = 72_177_002;
const UNKNOWN_CHECKSUM = "0".repeat(64);
// The full rejected-row list goes in the report; past this many, ImportRun.report keeps the first ones.
const MAX_STORED_REJECTIONS = 1000;

class DryRunRollback extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run: rolled back");
  }
}

function storedReport(report: ImportReport): Prisma.InputJsonValue {
  const { rejectedRows } = report;
  const kept = rejectedRows.slice(0, MAX_STORED_REJECTIONS);
  return JSON.parse(
    JSON.stringify({
      ...report,
      rejectedRows: kept,
      rejectedRowsOmitted: rejectedRows.length - kept.length,
    }),
  ) as Prisma.InputJsonValue;
}

export async function runImport(
  db: PrismaClient,
  importer: Importer,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const importedById = options.importedById ?? null;
  // Header problems are refused here, before any transaction is opened.
  const csv = await openCsv(input, importer.requiredColumns, importer.dataset);
  const report = new ReportBuilder({
    importer: importer.name,
    dataset: importer.dataset,
    fileName: csv.fileName,
    unit: importer.unit,
    dryRun,
    attribution: importer.attribution,
  });
  const importRunId = dryRun ? null : uuidv7();

  try {
    return await db.$transaction(
      async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK_KEY}::bigint) AS locked`;
        if (!lock?.locked)
          throw new ImportRefusedError(
            "Another import is running; try again when it has finished.",
          );
        if (importRunId) {
          // Created first so that events and observations can reference it; completed at the end.
          await tx.importRun.create({
            data: {
              id: importRunId,
              importer: importer.name,
              fileName: csv.fileName,
              checksum: UNKNOWN_CHECKSUM,
              attribution: importer.attribution,
              startedById: importedById,
            },
          });
        }
        const session: ImportSession = {
          db: tx,
          dryRun,
          importRunId,
          importedById,
          now: new Date(),
          batchSize: options.batchSize ?? DEFAULT_BATCH_SIZE,
          report,
          placesDataDir: options.placesDataDir,
        };
        await importer.process(session, csv.rows(), options.onProgress ?? (() => undefined));
        const finished = report.finish(csv.checksum(), importRunId);
        if (!importRunId) throw new DryRunRollback(finished);
        await tx.importRun.update({
          where: { id: importRunId },
          data: {
            status: "SUCCEEDED",
            checksum: finished.checksum,
            ...finished.counts,
            report: storedReport(finished),
            finishedAt: new Date(finished.finishedAt),
          },
        });
        return finished;
      },
      { maxWait: 10_000, timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    if (error instanceof ImportRefusedError || dryRun) throw error;
    await recordFailure(db, importer, csv.fileName, importedById, error);
    throw error;
  }
}

/** A failed import leaves its data untouched (rolled back) but is recorded, for the admin to see. */
async function recordFailure(
  db: PrismaClient,
  importer: Importer,
  fileName: string,
  importedById: string | null,
  error: unknown,
): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  try {
    await db.importRun.create({
      data: {
        importer: importer.name,
        fileName,
        // The file may not have been read to the end: its checksum is unknown.
        checksum: UNKNOWN_CHECKSUM,
        status: "FAILED",
        report: { error: message },
        attribution: importer.attribution,
        startedById: importedById,
        finishedAt: new Date(),
      },
    });
  } catch (recordError) {
    console.error("Could not record the failed import:", recordError);
  }
}
