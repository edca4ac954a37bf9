/**
 * Idempotent writes for the seed: a record is created when missing, updated only when a field
 * differs, and left alone otherwise — so a second run changes nothing (not even updatedAt).
 */

export type SyncOutcome = "inserted" | "updated" | "unchanged";

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  if (Array.isArray(a) || Array.isArray(b)) return JSON.stringify(a) === JSON.stringify(b);
  return (a ?? null) === (b ?? null);
}

export function differingFields(
  existing: Record<string, unknown>,
  wanted: Record<string, unknown>,
): string[] {
  return Object.keys(wanted).filter((key) => !sameValue(existing[key], wanted[key]));
}

export async function syncRecord<Data extends Record<string, unknown>>(
  wanted: Data,
  ops: {
    find: () => Promise<Record<string, unknown> | null>;
    create: (data: Data) => Promise<unknown>;
    update: (data: Partial<Data>) => Promise<unknown>;
  },
): Promise<SyncOutcome> {
  const existing = await ops.find();
  if (!existing) {
    await ops.create(wanted);
    return "inserted";
  }
  const changed = differingFields(existing, wanted);
  if (changed.length === 0) return "unchanged";
  const patch: Partial<Data> = {};
  for (const key of changed) patch[key as keyof Data] = wanted[key as keyof Data];
  await ops.update(patch);
  return "updated";
}

export class SyncTally {
  readonly counts: Record<SyncOutcome, number> = { inserted: 0, updated: 0, unchanged: 0 };
  add(outcome: SyncOutcome): void {
    this.counts[outcome] += 1;
  }
  toString(): string {
    const { inserted, updated, unchanged } = this.counts;
    return `${inserted} inserted, ${updated} updated, ${unchanged} unchanged`;
  }
}
