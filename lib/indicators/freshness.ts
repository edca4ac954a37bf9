/**
 * Freshness of a data series, after HDX: the period a series covers, when it was last updated and
 * how often it should be updated are three different facts; the status follows from them.
 *
 * Two clocks, the worse one wins:
 * - the update clock (HDX's own rule): time since the last update, against HDX's "due" and
 *   "overdue" ages for the update frequency;
 * - the coverage clock: time since the end of the latest period covered. A producer publishes a
 *   period some time after it ends, so the next period is expected one frequency plus a publication
 *   lag (half a frequency) after the covered one ends; the same HDX tolerance then separates due
 *   from overdue. This keeps a freshly re-imported but old extract from passing as up to date.
 *
 * A discontinued series expects no update; an irregular one has no schedule to be late against.
 */
import type { SeriesStatus, UpdateFrequency } from "@/lib/generated/prisma/enums";
import { addDays } from "./periods";

export type FreshnessStatus = "upToDate" | "due" | "overdue" | "discontinued" | "irregular";

interface Schedule {
  /** HDX: age at which an update becomes due. */
  dueAfterDays: number;
  /** HDX: age at which it is overdue. */
  overdueAfterDays: number;
  /** Typical delay between the end of a period and its publication. */
  publicationLagDays: number;
}

// HDX data freshness thresholds (monthly 30/44, quarterly 90/120, yearly 365/425 days).
export const SCHEDULES: Readonly<Record<Exclude<UpdateFrequency, "IRREGULAR">, Schedule>> = {
  MONTHLY: { dueAfterDays: 30, overdueAfterDays: 44, publicationLagDays: 15 },
  QUARTERLY: { dueAfterDays: 90, overdueAfterDays: 120, publicationLagDays: 45 },
  YEARLY: { dueAfterDays: 365, overdueAfterDays: 425, publicationLagDays: 182 },
};

export interface FreshnessInput {
  /** Last day of the latest period the series covers (null: nothing published yet). */
  coverageEnd: Date | null;
  /** When the figures were last updated here (import or edit). */
  lastUpdated: Date | null;
  frequency: UpdateFrequency;
  seriesStatus: SeriesStatus;
  now: Date;
}

export interface Freshness {
  status: FreshnessStatus;
  /** When the next update is (or was) expected; null when none is. */
  nextExpected: Date | null;
}

const STATUS_ORDER: readonly FreshnessStatus[] = ["upToDate", "due", "overdue"];

function worse(a: FreshnessStatus, b: FreshnessStatus): FreshnessStatus {
  return STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b;
}

function statusAt(
  now: Date,
  start: Date,
  dueAfterDays: number,
  overdueAfterDays: number,
): FreshnessStatus {
  if (now >= addDays(start, overdueAfterDays)) return "overdue";
  if (now >= addDays(start, dueAfterDays)) return "due";
  return "upToDate";
}

export function computeFreshness(input: FreshnessInput): Freshness {
  if (input.seriesStatus === "DISCONTINUED") return { status: "discontinued", nextExpected: null };
  if (input.frequency === "IRREGULAR") return { status: "irregular", nextExpected: null };
  const schedule = SCHEDULES[input.frequency];
  if (input.coverageEnd === null && input.lastUpdated === null) {
    return { status: "overdue", nextExpected: null };
  }
  let status: FreshnessStatus = "upToDate";
  const expectations: Date[] = [];
  if (input.lastUpdated) {
    status = worse(
      status,
      statusAt(input.now, input.lastUpdated, schedule.dueAfterDays, schedule.overdueAfterDays),
    );
    expectations.push(addDays(input.lastUpdated, schedule.dueAfterDays));
  }
  if (input.coverageEnd) {
    const lag = schedule.dueAfterDays + schedule.publicationLagDays;
    const tolerance = schedule.overdueAfterDays - schedule.dueAfterDays;
    status = worse(status, statusAt(input.now, input.coverageEnd, lag, lag + tolerance));
    expectations.push(addDays(input.coverageEnd, lag));
  }
  const nextExpected = expectations.sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return { status, nextExpected };
}
