import { describe, expect, it } from "vitest";
import { changedFields, diffRecordData, isEmptyDiff, jsonEqual } from "./diff";

const base = {
  titleEn: "Attack near Djibo",
  fatalitiesBest: 12,
  actors: [{ actorId: "a", role: "SIDE_A" }],
  citations: [{ id: "c1", title: "Report A", url: null }],
};

describe("jsonEqual", () => {
  it("compares deeply, treating a missing key as null", () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(jsonEqual({ a: null }, {})).toBe(true);
    expect(jsonEqual({ a: 0 }, { a: null })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
  });
});

describe("diffRecordData", () => {
  it("lists changed fields with both values, and citation additions and removals", () => {
    const after = {
      ...base,
      fatalitiesBest: 19,
      citations: [
        { id: "c1", title: "Report A", url: "https://example.org/a" },
        { id: "c2", title: "Report B" },
      ],
    };
    const diff = diffRecordData(base, after);
    expect(diff.fields).toEqual([{ field: "fatalitiesBest", before: 12, after: 19 }]);
    expect(diff.citationsAdded).toEqual([{ id: "c2", label: "Report B" }]);
    expect(diff.citationsChanged).toEqual([{ id: "c1", label: "Report A" }]);
    expect(diff.citationsRemoved).toEqual([]);
    expect(changedFields(base, after).sort()).toEqual(["citations", "fatalitiesBest"]);
  });

  it("treats a creation as every non-empty field changed, and equal data as no change", () => {
    expect(diffRecordData(null, base).fields.map((change) => change.field)).toEqual([
      "titleEn",
      "fatalitiesBest",
      "actors",
    ]);
    expect(isEmptyDiff(diffRecordData(base, structuredClone(base)))).toBe(true);
    expect(diffRecordData(base, { ...base, citations: [] }).citationsRemoved).toEqual([
      { id: "c1", label: "Report A" },
    ]);
  });
});
