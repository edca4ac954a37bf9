/**
 * Reading typed values out of a CSV row while collecting every problem with its column, so that a
 * bad row is rejected with all its reasons at once and a good row never carries a guessed value.
 *
 * A reader returns a placeholder (NaN, an invalid date) for a bad cell and records the problem; the
 * caller checks `problems` before using anything, so placeholders never reach the database.
 */
import type { CsvRow } from "./csv";

export interface RowProblem {
  /** The column at fault; null when the problem is the row itself (e.g. its number of fields). */
  column: string | null;
  reason: string;
  /** The offending cell as written (shortened), when there is one. */
  value?: string;
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; problems: RowProblem[] };

const INTEGER = /^[-+]?\d+$/;
const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_VALUE_LENGTH = 80;

function shorten(value: string): string {
  return value.length > MAX_VALUE_LENGTH ? `${value.slice(0, MAX_VALUE_LENGTH)}…` : value;
}

/** A calendar date at UTC midnight (how Prisma writes a `@db.Date`), or null if not a real date. */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2023-02-30 over to March: a round trip catches impossible dates.
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? date
    : null;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export class FieldReader {
  readonly problems: RowProblem[] = [];

  constructor(private readonly row: CsvRow) {}

  get ok(): boolean {
    return this.problems.length === 0;
  }

  fail(column: string | null, reason: string, value?: string): void {
    this.problems.push({
      column,
      reason,
      ...(value === undefined ? {} : { value: shorten(value) }),
    });
  }

  /** The cell trimmed; null when blank. */
  optionalText(column: string): string | null {
    const text = this.row.text(column).trim();
    return text === "" ? null : text;
  }

  requiredText(column: string): string {
    const text = this.optionalText(column);
    if (text === null) this.fail(column, "is empty");
    return text ?? "";
  }

  optionalInteger(column: string, range: { min?: number; max?: number } = {}): number | null {
    const text = this.row.text(column).trim();
    if (text === "") return null;
    const value = INTEGER.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(value)) {
      this.fail(column, "is not a whole number", text);
      return NaN;
    }
    if (
      (range.min !== undefined && value < range.min) ||
      (range.max !== undefined && value > range.max)
    ) {
      this.fail(column, `must be between ${range.min ?? "−∞"} and ${range.max ?? "∞"}`, text);
    }
    return value;
  }

  integer(column: string, range: { min?: number; max?: number } = {}): number {
    const value = this.optionalInteger(column, range);
    if (value === null) this.fail(column, "is empty");
    return value ?? NaN;
  }

  optionalDecimal(column: string, range: { min?: number; max?: number } = {}): number | null {
    const text = this.row.text(column).trim();
    if (text === "") return null;
    const value = DECIMAL.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(value)) {
      this.fail(column, "is not a number", text);
      return NaN;
    }
    if (
      (range.min !== undefined && value < range.min) ||
      (range.max !== undefined && value > range.max)
    ) {
      this.fail(column, `must be between ${range.min ?? "−∞"} and ${range.max ?? "∞"}`, text);
    }
    return value;
  }

  date(column: string): Date {
    const text = this.row.text(column).trim();
    const date = parseIsoDate(text);
    if (!date)
      this.fail(column, text === "" ? "is empty" : "is not a valid date (YYYY-MM-DD)", text);
    return date ?? new Date(NaN);
  }

  /** One of the given codes (e.g. UCDP's date_prec 1–5). */
  code<Code extends string | number>(
    column: string,
    allowed: ReadonlyMap<string, Code>,
  ): Code | null {
    const text = this.row.text(column).trim();
    const code = allowed.get(text);
    if (code === undefined) {
      this.fail(column, `must be one of ${[...allowed.keys()].join(", ")}`, text);
      return null;
    }
    return code;
  }

  result<T>(build: () => T): RowResult<T> {
    return this.ok ? { ok: true, value: build() } : { ok: false, problems: this.problems };
  }
}
