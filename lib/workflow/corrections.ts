/**
 * The public corrections log of a record, from its public revisions (publication, correction,
 * retraction, revert): each entry says what changed in the public version and when —
 * "fatalities best 12 → 19 on 2026-03-02, source added". The first publication is not a
 * correction. Edit summaries and authors are staff-only and never part of it. Pure.
 */
import type { RevisionAction } from "@/lib/generated/prisma/enums";
import { diffRecordData } from "./diff";
import { readSnapshot } from "./revisions";
import type { RecordSnapshot } from "./types";

export type CorrectionKind = "correction" | "retraction" | "reinstatement";

export interface CorrectionFieldChange {
  field: string;
  /** Short values (numbers, dates, codes) are shown; long text is only said to have changed. */
  before: string | number | boolean | null;
  after: string | number | boolean | null;
  valuesShown: boolean;
}

export interface CorrectionEntry {
  at: Date;
  kind: CorrectionKind;
  changes: CorrectionFieldChange[];
  citationsAdded: number;
  citationsRemoved: number;
  citationsEdited: number;
  retractionReason: string | null;
}

export interface PublicRevision {
  action: RevisionAction;
  publicAt: Date;
  before: unknown;
  after: unknown;
}

const SHORT_TEXT = 40;

function shortValue(value: unknown): string | number | boolean | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string" && value.length <= SHORT_TEXT) return value;
  return undefined;
}

const isPublic = (snapshot: RecordSnapshot | null) =>
  snapshot?.workflow?.status === "PUBLISHED" || snapshot?.workflow?.status === "RETRACTED";

export function buildCorrectionsLog(revisions: PublicRevision[]): CorrectionEntry[] {
  const entries: CorrectionEntry[] = [];
  for (const revision of revisions) {
    const before = readSnapshot(revision.before);
    const after = readSnapshot(revision.after);
    if (!after || !isPublic(before)) continue; // a first publication
    const diff = diffRecordData(before?.data ?? null, after.data);
    const wasRetracted = before?.workflow?.status === "RETRACTED";
    const isRetracted = after.workflow?.status === "RETRACTED";
    const kind: CorrectionKind = isRetracted
      ? "retraction"
      : wasRetracted
        ? "reinstatement"
        : "correction";
    const changes = diff.fields.map((change) => {
      const before = shortValue(change.before);
      const after = shortValue(change.after);
      const valuesShown = before !== undefined && after !== undefined;
      return {
        field: change.field,
        before: valuesShown ? (before ?? null) : null,
        after: valuesShown ? (after ?? null) : null,
        valuesShown,
      };
    });
    const entry: CorrectionEntry = {
      at: revision.publicAt,
      kind,
      changes,
      citationsAdded: diff.citationsAdded.length,
      citationsRemoved: diff.citationsRemoved.length,
      citationsEdited: diff.citationsChanged.length,
      retractionReason: isRetracted ? (after.workflow?.retractionReason ?? null) : null,
    };
    const nothingVisible =
      kind === "correction" &&
      changes.length === 0 &&
      entry.citationsAdded + entry.citationsRemoved + entry.citationsEdited === 0;
    if (!nothingVisible) entries.push(entry);
  }
  return entries;
}

/**
 * The public version of a record on a past date: the last public revision up to then; else,
 * for a record public since before its first revision (imported data), that revision's
 * `before`. Null when the record was not public then.
 */
export function publicSnapshotAt(
  revisions: PublicRevision[],
  at: Date,
  current: { snapshot: RecordSnapshot; publishedAt: Date | null },
): RecordSnapshot | null {
  const sorted = [...revisions].sort((a, b) => a.publicAt.getTime() - b.publicAt.getTime());
  const upTo = sorted.filter((revision) => revision.publicAt <= at);
  const last = upTo[upTo.length - 1];
  if (last) {
    const snapshot = readSnapshot(last.after);
    return isPublic(snapshot) ? snapshot : null;
  }
  const publishedAt = current.publishedAt;
  if (!publishedAt || publishedAt > at) return null;
  const next = sorted[0];
  if (!next) return isPublic(current.snapshot) ? current.snapshot : null;
  const before = readSnapshot(next.before);
  return isPublic(before) ? before : null;
}
