/**
 * The shape every dataset importer has, and the one loop that drives them: parse and validate each
 * row (pure), hand the good ones to the importer's writer in batches, reject the bad ones with
 * their reasons. Importers differ only in how they parse a row and what they write.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CsvRow } from "./csv";
import type { ImportReport, ReportBuilder } from "./report";
import type { RowResult } from "./values";

/** The transaction an import runs in. */
export type ImportDb = Prisma.TransactionClient;

export interface ImportSession {
  db: ImportDb;
  dryRun: boolean;
  /** The ImportRun row being written; null in a dry run (no row is recorded then). */
  importRunId: string | null;
  importedById: string | null;
  /** One timestamp for the whole run: publishedAt of what it inserts. */
  now: Date;
  batchSize: number;
  report: ReportBuilder;
  /** Where the in-repo place data (country outlines) lives; tests may point elsewhere. */
  placesDataDir?: string;
}

export interface ParsedRow<T> {
  row: number;
  value: T;
}

export interface BatchWriter<T> {
  /** Called with at most `batchSize` valid rows, in file order. */
  writeBatch(rows: ParsedRow<T>[]): Promise<void>;
  /** Called once after the last batch (aggregating importers do their writing here). */
  finish(): Promise<void>;
  /** Told about each row rejected at parsing, e.g. so that an aggregate it belonged to is not written. */
  rejectedRow?(row: CsvRow): void;
}

/**
 * For importers whose output needs the whole file (sums over rows, year-on-year comparisons): keeps
 * the valid rows, then hands them all to `write`. The files concerned are small (≤ a few thousand rows).
 */
export function collectingWriter<T>(
  write: (rows: ParsedRow<T>[]) => Promise<void>,
  rejectedRow?: (row: CsvRow) => void,
): BatchWriter<T> {
  const collected: ParsedRow<T>[] = [];
  return {
    writeBatch: async (rows) => {
      collected.push(...rows);
    },
    finish: () => write(collected),
    ...(rejectedRow ? { rejectedRow } : {}),
  };
}

export interface ImporterDefinition<T> {
  /** CLI name, e.g. "ucdp-ged". */
  name: string;
  /** Human name of the dataset, used in messages. */
  dataset: string;
  unit: ImportReport["unit"];
  requiredColumns: readonly string[];
  attribution: string;
  parseRow(row: CsvRow): RowResult<T>;
  /** Preloads lookups and upserts the importer's sources / indicators. Runs inside the transaction. */
  start(session: ImportSession): Promise<BatchWriter<T>>;
}

/** An importer with its row type hidden, so that importers of different rows share one registry. */
export interface Importer {
  name: string;
  dataset: string;
  unit: ImportReport["unit"];
  requiredColumns: readonly string[];
  attribution: string;
  process(
    session: ImportSession,
    rows: AsyncIterable<CsvRow>,
    onProgress: (rowsDone: number) => void,
  ): Promise<void>;
}

export function defineImporter<T>(definition: ImporterDefinition<T>): Importer {
  const { name, dataset, unit, requiredColumns, attribution } = definition;
  return {
    name,
    dataset,
    unit,
    requiredColumns,
    attribution,
    async process(session, rows, onProgress) {
      const writer = await definition.start(session);
      // The previous batch is written while the next one is read and parsed (pure work), so the
      // database and the parser overlap. Only one write is ever in flight: writes stay in file order.
      let writing: Promise<void> = Promise.resolve();
      const write = async (batch: ParsedRow<T>[], rowsDone: number) => {
        await writing;
        writing = writer.writeBatch(batch).then(() => onProgress(rowsDone));
        writing.catch(() => undefined); // awaited below; this only stops an "unhandled rejection" meanwhile
      };
      try {
        let batch: ParsedRow<T>[] = [];
        for await (const row of rows) {
          session.report.rowsRead += 1;
          // A record with too few or too many fields is misaligned: its cells cannot be trusted one by one.
          const shape = row.shapeProblem();
          const parsed: RowResult<T> = shape
            ? { ok: false, problems: [{ column: null, reason: shape }] }
            : definition.parseRow(row);
          if (parsed.ok) batch.push({ row: row.number, value: parsed.value });
          else {
            session.report.reject(row.number, parsed.problems);
            writer.rejectedRow?.(row);
          }
          if (batch.length >= session.batchSize) {
            await write(batch, session.report.rowsRead);
            batch = [];
          }
        }
        if (batch.length > 0) await write(batch, session.report.rowsRead);
        await writing;
      } catch (error) {
        // Never leave a statement running on the transaction while it is being rolled back.
        await writing.catch(() => undefined);
        throw error;
      }
      await writer.finish();
      onProgress(session.report.rowsRead);
    },
  };
}
