/**
 * Differences between two versions of a record's content: which fields changed, with their
 * values before and after, and which citations were added, removed or edited. Pure; used by the
 * revision history (diff view), conflicts ("what changed meanwhile") and the corrections log.
 */
import { isJsonObject, objectsIn } from "./json";
import type { RecordData } from "./types";

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (!isJsonObject(a) || !isJsonObject(b)) return false;
  const left = a;
  const right = b;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    // A missing key and an explicit null mean the same thing in stored snapshots.
    if (!jsonEqual(left[key] ?? null, right[key] ?? null)) return false;
  }
  return true;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ListItemChange {
  id: string;
  label: string;
}

export interface RecordDiff {
  fields: FieldChange[];
  citationsAdded: ListItemChange[];
  citationsRemoved: ListItemChange[];
  citationsChanged: ListItemChange[];
}

/** Fields (top-level keys) whose value differs; `citations` counts as one field. */
export function changedFields(before: RecordData | null, after: RecordData | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => !jsonEqual(before?.[key] ?? null, after?.[key] ?? null));
}

type Identified = Record<string, unknown>;

function itemsById(value: unknown): Map<string, Identified> {
  return new Map(
    objectsIn(value)
      .filter((item) => typeof item.id === "string")
      .map((item) => [String(item.id), item]),
  );
}

const labelOf = (item: Identified) => (typeof item.title === "string" ? item.title : "");

export function diffRecordData(before: RecordData | null, after: RecordData | null): RecordDiff {
  const fields = changedFields(before, after)
    .filter((field) => field !== "citations")
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
  const old = itemsById(before?.citations);
  const now = itemsById(after?.citations);
  const citationsAdded: ListItemChange[] = [];
  const citationsChanged: ListItemChange[] = [];
  for (const [id, item] of now) {
    const previous = old.get(id);
    if (!previous) citationsAdded.push({ id, label: labelOf(item) });
    else if (!jsonEqual(previous, item)) citationsChanged.push({ id, label: labelOf(item) });
  }
  const citationsRemoved = [...old]
    .filter(([id]) => !now.has(id))
    .map(([id, item]) => ({ id, label: labelOf(item) }));
  return { fields, citationsAdded, citationsRemoved, citationsChanged };
}

export function isEmptyDiff(diff: RecordDiff): boolean {
  return (
    diff.fields.length === 0 &&
    diff.citationsAdded.length === 0 &&
    diff.citationsRemoved.length === 0 &&
    diff.citationsChanged.length === 0
  );
}
