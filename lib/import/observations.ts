/**
 * Observations as the OWID, IDMC and UNHCR importers produce them, and the one writer they share:
 * identity = (indicator, place, periodStart, periodEnd, series), the schema's unique key; a stored
 * observation with the same values is left untouched, a different one is updated (version + 1),
 * a new one is inserted PUBLISHED with a Citation to the dataset's Source.
 */
import { stableUuid } from "@/lib/db/stable-id";
import type { DataStatus, GapState } from "@/lib/generated/prisma/enums";
import type { ImportSession } from "./importer";
import { isoDay } from "./values";

export interface ObservationDraft {
  indicatorSlug: string;
  placeId: string;
  periodStart: Date;
  periodEnd: Date;
  series: string;
  value: number | null;
  low: number | null;
  high: number | null;
  dataStatus: DataStatus;
  gapState: GapState;
  carriedForwardFrom: Date | null;
  note: string | null;
  /** Where in the dataset the figure is ("iso3 BFA, year 2024"): the citation's locator. */
  locator: string;
}

/** [1 Jan, 31 Dec] of a year, as UTC calendar dates. */
export function yearPeriod(year: number): { periodStart: Date; periodEnd: Date } {
  return {
    periodStart: new Date(Date.UTC(year, 0, 1)),
    periodEnd: new Date(Date.UTC(year, 11, 31)),
  };
}

/** A stock is "as of" one date: periodStart = periodEnd = 31 Dec. */
export function yearEndStock(year: number): { periodStart: Date; periodEnd: Date } {
  const end = new Date(Date.UTC(year, 11, 31));
  return { periodStart: end, periodEnd: end };
}

export function observationKey(
  draft: Pick<ObservationDraft, "placeId" | "periodStart" | "periodEnd" | "series">,
  indicator: string,
): string {
  return [
    indicator,
    draft.placeId,
    isoDay(draft.periodStart),
    isoDay(draft.periodEnd),
    draft.series,
  ].join("|");
}

function isFollowingYear(previous: Date, current: Date): boolean {
  return (
    current.getUTCFullYear() === previous.getUTCFullYear() + 1 &&
    current.getUTCMonth() === previous.getUTCMonth() &&
    current.getUTCDate() === previous.getUTCDate()
  );
}

export function appendNote(note: string | null, addition: string): string {
  return note ? `${note} ${addition}` : addition;
}

/**
 * Stocks that repeat the previous year's figure exactly (non-zero) were carried forward by the
 * producer, not measured again (Burkina Faso's IDPs after the official series stopped in 2023).
 * Marks them with the date of the figure's first appearance and a note; values are kept as given.
 * Only stocks (periodStart = periodEnd) are considered: two equal yearly flows are two measurements.
 */
export function markCarriedForward(drafts: readonly ObservationDraft[]): ObservationDraft[] {
  const series = new Map<string, ObservationDraft[]>();
  for (const draft of drafts) {
    if (draft.periodStart.getTime() !== draft.periodEnd.getTime()) continue;
    const key = `${draft.indicatorSlug}|${draft.placeId}|${draft.series}`;
    series.set(key, [...(series.get(key) ?? []), draft]);
  }
  const marked = new Map<ObservationDraft, ObservationDraft>();
  for (const members of series.values()) {
    const ordered = [...members].sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime());
    let previous: ObservationDraft | undefined;
    for (const draft of ordered) {
      const repeats =
        previous !== undefined &&
        draft.value !== null &&
        draft.value !== 0 &&
        draft.value === previous.value &&
        isFollowingYear(previous.periodEnd, draft.periodEnd);
      if (repeats && previous) {
        const origin = previous.carriedForwardFrom ?? previous.periodEnd;
        const updated = {
          ...draft,
          carriedForwardFrom: origin,
          note: appendNote(
            draft.note,
            `Same figure as at ${isoDay(origin)}: carried forward by the producer, not a new measurement.`,
          ),
        };
        marked.set(draft, updated);
        previous = updated;
      } else {
        previous = draft;
      }
    }
  }
  return drafts.map((draft) => marked.get(draft) ?? draft);
}

const COMPARED = [
  "value",
  "low",
  "high",
  "dataStatus",
  "gapState",
  "carriedForwardFrom",
  "note",
] as const;

type Compared = { [K in (typeof COMPARED)[number]]: unknown };

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

export function observationChanged(stored: Compared, wanted: Compared): boolean {
  return COMPARED.some((field) => !sameValue(stored[field], wanted[field]));
}

export interface ObservationTarget {
  /** slug → indicator id */
  indicatorIds: ReadonlyMap<string, string>;
  sourceId: string;
  /** Citation title: the dataset (and release) the figures come from. */
  citationTitle: string;
}

export async function writeObservations(
  session: ImportSession,
  drafts: readonly ObservationDraft[],
  target: ObservationTarget,
): Promise<void> {
  const { db, report } = session;
  const indicatorOf = (draft: ObservationDraft) => {
    const id = target.indicatorIds.get(draft.indicatorSlug);
    if (!id) throw new Error(`No indicator "${draft.indicatorSlug}" was prepared for this import`);
    return id;
  };
  const stored = new Map(
    (
      await db.observation.findMany({
        where: { indicatorId: { in: [...target.indicatorIds.values()] } },
        select: {
          id: true,
          indicatorId: true,
          placeId: true,
          periodStart: true,
          periodEnd: true,
          series: true,
          value: true,
          low: true,
          high: true,
          dataStatus: true,
          gapState: true,
          carriedForwardFrom: true,
          note: true,
          citations: { where: { sourceId: target.sourceId }, select: { id: true } },
        },
      })
    ).map((observation) => [observationKey(observation, observation.indicatorId), observation]),
  );

  const inserts: (ObservationDraft & { id: string; indicatorId: string })[] = [];
  const seen = new Set<string>();
  const by = session.importedById;
  for (const draft of drafts) {
    const indicatorId = indicatorOf(draft);
    const key = observationKey(draft, indicatorId);
    if (seen.has(key)) throw new Error(`Two observations for ${key} in one import`);
    seen.add(key);
    const current = stored.get(key);
    if (!current) {
      inserts.push({ ...draft, id: stableUuid(`observation:${key}`), indicatorId });
      continue;
    }
    const missingCitation = current.citations.length === 0;
    if (!observationChanged(current, draft) && !missingCitation) {
      report.count("unchanged");
      continue;
    }
    report.count("updated");
    if (session.dryRun) continue;
    const { value, low, high, dataStatus, gapState, carriedForwardFrom, note } = draft;
    await db.observation.update({
      where: { id: current.id },
      data: {
        ...{ value, low, high, dataStatus, gapState, carriedForwardFrom, note },
        version: { increment: 1 },
        updatedById: by,
        importRunId: session.importRunId,
      },
    });
    if (missingCitation) {
      await db.citation.create({
        data: {
          id: stableUuid(`citation:observation:${current.id}:${target.sourceId}`),
          sourceId: target.sourceId,
          observationId: current.id,
          title: target.citationTitle,
          locator: draft.locator,
          createdById: by,
        },
      });
    }
  }

  report.count("inserted", inserts.length);
  if (session.dryRun) return;
  for (let start = 0; start < inserts.length; start += session.batchSize) {
    const batch = inserts.slice(start, start + session.batchSize);
    await db.observation.createMany({
      data: batch.map(({ indicatorSlug: _slug, locator: _locator, ...observation }) => ({
        ...observation,
        status: "PUBLISHED" as const,
        publishedAt: session.now,
        importRunId: session.importRunId,
        createdById: by,
        updatedById: by,
      })),
    });
    await db.citation.createMany({
      data: batch.map((observation) => ({
        id: stableUuid(`citation:observation:${observation.id}:${target.sourceId}`),
        sourceId: target.sourceId,
        observationId: observation.id,
        title: target.citationTitle,
        locator: observation.locator,
        createdById: by,
      })),
    });
  }
}
