import { describe, expect, it } from "vitest";
import { buildCorrectionsLog, publicSnapshotAt, type PublicRevision } from "./corrections";

const published = (data: Record<string, unknown>) => ({
  workflow: { status: "PUBLISHED" as const, retractionReason: null },
  data,
});
const draft = (data: Record<string, unknown>) => ({
  workflow: { status: "IN_REVIEW" as const, retractionReason: null },
  data,
});

const v1 = {
  fatalitiesBest: 12,
  summaryEn: "A long summary of what happened on that day.",
  citations: [{ id: "a", title: "A" }],
};
const v2 = {
  ...v1,
  fatalitiesBest: 19,
  citations: [
    { id: "a", title: "A" },
    { id: "b", title: "B" },
  ],
};

const history: PublicRevision[] = [
  { action: "PUBLISH", publicAt: new Date("2026-02-21"), before: draft(v1), after: published(v1) },
  {
    action: "PUBLISH",
    publicAt: new Date("2026-03-02"),
    before: published(v1),
    after: published(v2),
  },
  {
    action: "RETRACT",
    publicAt: new Date("2026-03-10"),
    before: published(v2),
    after: { workflow: { status: "RETRACTED", retractionReason: "Duplicate" }, data: v2 },
  },
];

describe("buildCorrectionsLog", () => {
  it("lists corrections after the first publication with values and sources added", () => {
    const log = buildCorrectionsLog(history);
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({
      kind: "correction",
      at: new Date("2026-03-02"),
      changes: [{ field: "fatalitiesBest", before: 12, after: 19, valuesShown: true }],
      citationsAdded: 1,
      citationsRemoved: 0,
    });
    expect(log[1]).toMatchObject({
      kind: "retraction",
      retractionReason: "Duplicate",
      changes: [],
    });
  });

  it("says long text changed without repeating it", () => {
    const edited = { ...v1, summaryEn: "Another long summary of what happened on that day." };
    const [entry] = buildCorrectionsLog([
      { action: "PUBLISH", publicAt: new Date(), before: published(v1), after: published(edited) },
    ]);
    expect(entry?.changes).toEqual([
      { field: "summaryEn", before: null, after: null, valuesShown: false },
    ]);
  });
});

describe("publicSnapshotAt", () => {
  const current = { snapshot: published(v2), publishedAt: new Date("2026-02-21") };
  it("gives the version the public saw on each date", () => {
    expect(publicSnapshotAt(history, new Date("2026-02-20"), current)).toBeNull();
    expect(publicSnapshotAt(history, new Date("2026-02-25"), current)?.data).toEqual(v1);
    expect(publicSnapshotAt(history, new Date("2026-03-05"), current)?.data).toEqual(v2);
    expect(publicSnapshotAt(history, new Date("2026-03-11"), current)?.workflow?.status).toBe(
      "RETRACTED",
    );
  });

  it("covers imported records that were public before their first revision", () => {
    const imported = { snapshot: published(v2), publishedAt: new Date("2025-01-01") };
    const corrections = history.slice(1);
    expect(publicSnapshotAt(corrections, new Date("2025-06-01"), imported)?.data).toEqual(v1);
    expect(publicSnapshotAt([], new Date("2025-06-01"), imported)?.data).toEqual(v2);
    expect(publicSnapshotAt([], new Date("2024-06-01"), imported)).toBeNull();
  });
});
