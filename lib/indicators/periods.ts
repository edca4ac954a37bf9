/**
 * Calendar buckets (month / quarter / year) for charts. Everything is in UTC: observations and
 * events carry calendar dates (`@db.Date`), never instants.
 *
 * A bucket key is readable and sorts chronologically as text: "2023", "2023-Q2", "2023-05".
 */

export const GRANULARITIES = ["month", "quarter", "year"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const RANK: Readonly<Record<Granularity, number>> = { month: 0, quarter: 1, year: 2 };
const DAY_MS = 86_400_000;

export function isGranularity(value: string): value is Granularity {
  return (GRANULARITIES as readonly string[]).includes(value);
}

/** The coarser of two granularities. */
export function coarsest(a: Granularity, b: Granularity): Granularity {
  return RANK[a] >= RANK[b] ? a : b;
}

export function isFinerThan(a: Granularity, b: Granularity): boolean {
  return RANK[a] < RANK[b];
}

export function utcDay(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function bucketOf(date: Date, granularity: Granularity): string {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  if (granularity === "year") return String(year);
  if (granularity === "quarter") return `${year}-Q${Math.floor(month / 3) + 1}`;
  return `${year}-${String(month + 1).padStart(2, "0")}`;
}

interface ParsedKey {
  granularity: Granularity;
  year: number;
  /** First month of the bucket, 0-based. */
  firstMonth: number;
  months: number;
}

const KEY_PATTERN = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export function parseBucket(key: string): ParsedKey {
  const match = KEY_PATTERN.exec(key);
  if (!match) throw new Error(`Not a bucket key: "${key}"`);
  const year = Number(match[1]);
  if (match[2]) {
    return { granularity: "quarter", year, firstMonth: (Number(match[2]) - 1) * 3, months: 3 };
  }
  if (match[3]) return { granularity: "month", year, firstMonth: Number(match[3]) - 1, months: 1 };
  return { granularity: "year", year, firstMonth: 0, months: 12 };
}

export function granularityOfBucket(key: string): Granularity {
  return parseBucket(key).granularity;
}

/** First day of the bucket. */
export function bucketStart(key: string): Date {
  const { year, firstMonth } = parseBucket(key);
  return utcDay(year, firstMonth, 1);
}

/** Last day of the bucket (inclusive). */
export function bucketEnd(key: string): Date {
  const { year, firstMonth, months } = parseBucket(key);
  return utcDay(year, firstMonth + months, 0);
}

export function nextBucket(key: string): string {
  const parsed = parseBucket(key);
  return bucketOf(utcDay(parsed.year, parsed.firstMonth + parsed.months, 1), parsed.granularity);
}

/** Every bucket from `first` to `last` inclusive (empty when last < first). */
export function bucketsBetween(first: string, last: string, limit = 2000): string[] {
  const buckets: string[] = [];
  const granularity = granularityOfBucket(first);
  if (granularityOfBucket(last) !== granularity) throw new Error("Buckets of different sizes");
  for (let key = first; key <= last; key = nextBucket(key)) {
    buckets.push(key);
    if (buckets.length > limit) throw new Error(`More than ${limit} buckets`);
  }
  return buckets;
}

/**
 * The finest granularity whose buckets hold the whole period [start, end], or null when it spans
 * more than one calendar year (such a figure cannot be placed in any bucket without splitting it).
 */
export function finestGranularityHolding(start: Date, end: Date): Granularity | null {
  for (const granularity of GRANULARITIES) {
    if (bucketOf(start, granularity) === bucketOf(end, granularity)) return granularity;
  }
  return null;
}

/** Days in [start, end], both inclusive. */
export function daysInclusive(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** Whether the union of the periods covers every day of the bucket. */
export function periodsCoverBucket(
  periods: readonly { start: Date; end: Date }[],
  key: string,
): boolean {
  const first = bucketStart(key).getTime();
  const last = bucketEnd(key).getTime();
  const sorted = [...periods].sort((a, b) => a.start.getTime() - b.start.getTime());
  let coveredUntil = first - DAY_MS;
  for (const period of sorted) {
    if (period.start.getTime() > coveredUntil + DAY_MS) break;
    coveredUntil = Math.max(coveredUntil, period.end.getTime());
    if (coveredUntil >= last) return true;
  }
  return coveredUntil >= last;
}

/** The last `count` whole months ending with the month of `end`: [first day, last day]. */
export function trailingMonths(end: Date, count: number): { start: Date; end: Date } {
  const last = utcDay(end.getUTCFullYear(), end.getUTCMonth() + 1, 0);
  const start = utcDay(end.getUTCFullYear(), end.getUTCMonth() - count + 1, 1);
  return { start, end: last };
}
