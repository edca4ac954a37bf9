/**
 * An institution's lifecycle as a track of stages (announced → … → first measurable output), from
 * its published milestones. Pure, so the rules are unit-tested:
 * - a stage is done when a milestone records it (even undated: "done, date unknown");
 * - the next stage after the furthest one reached is stalled when nothing has moved for a year,
 *   or when the institution is suspended; every other stage not reached is pending;
 * - the "announced vs operational" gap is counted in days (to today while not yet operational),
 *   approximate when either date is only known to the month or year.
 */
import type { DatePrecision, MilestoneStage } from "@/lib/generated/prisma/enums";

export const LIFECYCLE_STAGES = [
  "ANNOUNCED",
  "TEXT_ADOPTED",
  "SIGNED",
  "IN_FORCE",
  "STAFFED",
  "HEADQUARTERED",
  "OPERATIONAL",
  "FIRST_OUTPUT",
] as const satisfies readonly MilestoneStage[];
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/** No recorded progress for this long makes the next stage "stalled". */
export const STALL_AFTER_DAYS = 365;
const DAY_MS = 86_400_000;
const EXACT_PRECISIONS: ReadonlySet<DatePrecision> = new Set<DatePrecision>(["DAY", "DAYS"]);

export interface MilestoneInput {
  stage: MilestoneStage;
  date: Date | null;
  datePrecision: DatePrecision | null;
}

export type StageStatus = "done" | "pending" | "stalled";

export interface StageStep<M extends MilestoneInput> {
  stage: LifecycleStage;
  status: StageStatus;
  /** Milestones recording this stage, earliest first (undated last). */
  milestones: M[];
}

export interface AnnouncedToOperational {
  days: number;
  /** false: not operational yet, days counted from the announcement to today. */
  operational: boolean;
  approximate: boolean;
}

export interface Lifecycle<M extends MilestoneInput> {
  steps: StageStep<M>[];
  /** The latest suspension or dissolution, if any. */
  ended: M | null;
  gap: AnnouncedToOperational | null;
  /** Date of the latest dated milestone. */
  lastProgress: Date | null;
}

function byDate(a: MilestoneInput, b: MilestoneInput): number {
  if (a.date === null || b.date === null) return a.date === null ? (b.date === null ? 0 : 1) : -1;
  return a.date.getTime() - b.date.getTime();
}

function firstDated<M extends MilestoneInput>(milestones: readonly M[]): M | null {
  return milestones.find((milestone) => milestone.date !== null) ?? null;
}

function isApproximate(milestone: MilestoneInput): boolean {
  return milestone.datePrecision === null || !EXACT_PRECISIONS.has(milestone.datePrecision);
}

export function buildLifecycle<M extends MilestoneInput>(
  milestones: readonly M[],
  now: Date,
): Lifecycle<M> {
  const sorted = [...milestones].sort(byDate);
  const dated = sorted.filter((milestone) => milestone.date !== null);
  const lastProgress = dated.at(-1)?.date ?? null;
  const ended =
    [...sorted]
      .reverse()
      .find((milestone) => milestone.stage === "SUSPENDED" || milestone.stage === "DISSOLVED") ??
    null;

  const recorded = LIFECYCLE_STAGES.map((stage) =>
    sorted.filter((milestone) => milestone.stage === stage),
  );
  const furthest = recorded.reduce((last, list, index) => (list.length > 0 ? index : last), -1);
  const idle =
    ended?.stage === "SUSPENDED" ||
    (lastProgress !== null && now.getTime() - lastProgress.getTime() > STALL_AFTER_DAYS * DAY_MS);

  const steps = LIFECYCLE_STAGES.map((stage, index): StageStep<M> => {
    const list = recorded[index] ?? [];
    if (list.length > 0) return { stage, status: "done", milestones: list };
    const isNext = index === furthest + 1 && furthest >= 0;
    return {
      stage,
      status: isNext && idle && ended?.stage !== "DISSOLVED" ? "stalled" : "pending",
      milestones: [],
    };
  });

  const announced = firstDated(recorded[LIFECYCLE_STAGES.indexOf("ANNOUNCED")] ?? []);
  const operational = firstDated(recorded[LIFECYCLE_STAGES.indexOf("OPERATIONAL")] ?? []);
  let gap: AnnouncedToOperational | null = null;
  if (announced?.date) {
    const end = operational?.date ?? now;
    gap = {
      days: Math.round((end.getTime() - announced.date.getTime()) / DAY_MS),
      operational: operational !== null,
      approximate: isApproximate(announced) || (operational !== null && isApproximate(operational)),
    };
  }
  return { steps, ended, gap, lastProgress };
}
