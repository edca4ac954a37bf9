/**
 * Dates with a precision (UCDP date_prec, plus quarter): a range [start, end] that must be
 * consistent with how precisely the date is known, so that no form can store "March 2024,
 * precise to the day, ending in May". The picker derives ranges with `rangeForPrecision`.
 */
import { z } from "zod";
import { DatePrecision } from "@/lib/generated/prisma/enums";

export const isoDateSchema = z
  .string({ error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "date" })
  .refine((value) => isRealDate(value), { error: "date" });

const DAY_MS = 86_400_000;

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function parts(value: string) {
  const [year = 0, month = 0, day = 0] = value.split("-").map(Number);
  return { year, month, day };
}

const toIso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (year: number, monthIndex: number, day: number) =>
  new Date(Date.UTC(year, monthIndex, day));
const quarterOf = (month: number) => Math.floor((month - 1) / 3);

export function daysBetween(start: string, end: string): number {
  return Math.round(
    (new Date(`${end}T00:00:00Z`).getTime() - new Date(`${start}T00:00:00Z`).getTime()) / DAY_MS,
  );
}

/** Why a range does not fit its precision (a `validation.*` key), or null when it does. */
export function dateRangeProblem(
  precision: DatePrecision,
  start: string,
  end: string,
): string | null {
  const span = daysBetween(start, end);
  if (span < 0) return "dateEndBeforeStart";
  const a = parts(start);
  const b = parts(end);
  if (a.year < 1900 || b.year > 2100) return "dateOutOfRange";
  switch (precision) {
    case "DAY":
      return span === 0 ? null : "dateDaySpan";
    case "DAYS":
      // UCDP date_prec 2: "two to six days".
      return span >= 1 && span <= 5 ? null : "dateDaysSpan";
    case "WEEK":
      return span <= 6 ? null : "dateWeekSpan";
    case "MONTH":
      return a.year === b.year && a.month === b.month ? null : "dateMonthSpan";
    case "QUARTER":
      return a.year === b.year && quarterOf(a.month) === quarterOf(b.month)
        ? null
        : "dateQuarterSpan";
    case "YEAR":
      return a.year === b.year ? null : "dateYearSpan";
  }
}

/**
 * The full range a precision implies around an anchor date: the whole month of a MONTH date,
 * the quarter, the year, a week from the anchor. DAYS keeps the anchor and the next day.
 */
export function rangeForPrecision(
  precision: DatePrecision,
  anchor: string,
): { start: string; end: string } {
  const { year, month, day } = parts(anchor);
  switch (precision) {
    case "DAY":
      return { start: anchor, end: anchor };
    case "DAYS":
      return { start: anchor, end: toIso(utc(year, month - 1, day + 1)) };
    case "WEEK":
      return { start: anchor, end: toIso(utc(year, month - 1, day + 6)) };
    case "MONTH":
      return { start: toIso(utc(year, month - 1, 1)), end: toIso(utc(year, month, 0)) };
    case "QUARTER": {
      const first = quarterOf(month) * 3;
      return { start: toIso(utc(year, first, 1)), end: toIso(utc(year, first + 3, 0)) };
    }
    case "YEAR":
      return { start: `${String(year).padStart(4, "0")}-01-01`, end: `${year}-12-31` };
  }
}

export const datePrecisionSchema = z.enum(DatePrecision, { error: "invalid" });

/** A date with its precision, as every record stores it. */
export const preciseDateSchema = z
  .object({
    datePrecision: datePrecisionSchema,
    dateStart: isoDateSchema,
    dateEnd: isoDateSchema,
  })
  .superRefine((value, context) => {
    const problem = dateRangeProblem(value.datePrecision, value.dateStart, value.dateEnd);
    if (problem) context.addIssue({ code: "custom", message: problem, path: ["dateEnd"] });
  });
