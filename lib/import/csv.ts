/**
 * Streaming CSV input for the importers: RFC 4180 parsing (quoted fields with embedded newlines)
 * by csv-parse, a sha256 of the exact bytes read, and a header check that refuses a file without
 * the importer's columns before anything is written.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import path from "node:path";
import { PassThrough, pipeline, type Readable } from "node:stream";
import { parse, type Parser } from "csv-parse";

/** A file path (the CLI, tests) or a stream with its name (an upload in the admin UI). */
export type ImportInput =
  { path: string; fileName?: string } | { stream: Readable; fileName: string };

/** The file as a whole cannot be imported (empty, not CSV, wrong columns, unreadable). Nothing is written. */
export class ImportRefusedError extends Error {
  override readonly name = "ImportRefusedError";
}

export class CsvRow {
  constructor(
    /** As a spreadsheet numbers it: the header is row 1, the first data row is row 2. */
    readonly number: number,
    private readonly cells: ReadonlyMap<string, string>,
    private readonly fieldCount: number,
  ) {}

  /** The cell exactly as written ("" when the record is too short to have it). */
  text(column: string): string {
    return this.cells.get(column) ?? "";
  }

  /** Why the record's shape is wrong (too few / too many fields), or null when it matches the header. */
  shapeProblem(): string | null {
    if (this.fieldCount === this.cells.size) return null;
    return `expected ${this.cells.size} fields as in the header, found ${this.fieldCount}`;
  }
}

export interface CsvFile {
  fileName: string;
  columns: readonly string[];
  rows(): AsyncGenerator<CsvRow>;
  /** sha256 (hex) of the bytes read; complete once rows() has been fully consumed. */
  checksum(): string;
}

const MAX_REPORTED_COLUMNS = 12;

function describeColumns(columns: readonly string[]): string {
  const shown = columns.slice(0, MAX_REPORTED_COLUMNS).map((column) => JSON.stringify(column));
  const more = columns.length > MAX_REPORTED_COLUMNS ? `, … (${columns.length} in all)` : "";
  return shown.join(", ") + more;
}

export function checkHeader(
  header: readonly string[],
  requiredColumns: readonly string[],
  datasetTitle: string,
): void {
  if (header.some((column) => column.includes("\u0000"))) {
    throw new ImportRefusedError("This is not a CSV text file (it contains binary data).");
  }
  const duplicates = header.filter((column, index) => header.indexOf(column) !== index);
  if (duplicates.length > 0) {
    throw new ImportRefusedError(
      `The header repeats columns: ${describeColumns([...new Set(duplicates)])}.`,
    );
  }
  const missing = requiredColumns.filter((column) => !header.includes(column));
  if (missing.length > 0) {
    throw new ImportRefusedError(
      `This file does not have the columns of a ${datasetTitle} file. Missing: ${describeColumns(missing)}. ` +
        `Found: ${describeColumns(header)}.`,
    );
  }
}

function sourceStream(input: ImportInput): Readable {
  return "path" in input ? createReadStream(input.path) : input.stream;
}

function explain(error: unknown): string {
  if (error instanceof Error && "code" in error && error.code === "ENOENT")
    return "the file does not exist";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Opens the input and reads the header. Throws ImportRefusedError if the file is empty, unreadable,
 * not CSV or lacks a required column; the data rows are then read lazily, one record at a time.
 */
export async function openCsv(
  input: ImportInput,
  requiredColumns: readonly string[],
  datasetTitle: string,
): Promise<CsvFile> {
  const fileName = input.fileName ?? ("path" in input ? path.basename(input.path) : "upload.csv");
  const hash = createHash("sha256");
  const hasher = new PassThrough();
  hasher.on("data", (chunk: Buffer) => hash.update(chunk));
  const parser: Parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true });
  // pipeline() forwards a read error (missing file, aborted upload) to the parser's iterator.
  pipeline(sourceStream(input), hasher, parser, () => undefined);
  const records: AsyncIterator<string[]> = parser[Symbol.asyncIterator]();

  const next = async (): Promise<IteratorResult<string[]>> => {
    try {
      return await records.next();
    } catch (error) {
      throw new ImportRefusedError(`The file cannot be read as CSV: ${explain(error)}.`);
    }
  };

  const first = await next();
  if (first.done) throw new ImportRefusedError("The file is empty.");
  const columns = first.value.map((column) => column.trim());
  try {
    checkHeader(columns, requiredColumns, datasetTitle);
  } catch (error) {
    parser.destroy();
    throw error;
  }
  // Peek at the first data row so that a header-only file is refused before any transaction opens.
  const firstRow = await next();
  if (firstRow.done) throw new ImportRefusedError("The file has a header but no data rows.");

  const toRow = (number: number, record: string[]): CsvRow => {
    const cells = new Map<string, string>();
    columns.forEach((column, index) => cells.set(column, record[index] ?? ""));
    return new CsvRow(number, cells, record.length);
  };
  let checksum: string | null = null;

  return {
    fileName,
    columns,
    checksum: () => (checksum ??= hash.digest("hex")),
    async *rows() {
      let number = 2;
      yield toRow(number, firstRow.value);
      for (let record = await next(); !record.done; record = await next()) {
        number += 1;
        yield toRow(number, record.value);
      }
    },
  };
}
