import { describe, expect, it } from "vitest";
import { groupAnnotations } from "./annotations";
import { toChartRows } from "./chart-rows";
import type { CellState, SeriesCell } from "./series";

function cells(spec: [CellState, number | null][]): SeriesCell[] {
  return spec.map(([state, value], index) => ({
    bucket: String(2020 + index),
    state,
    value,
    low: value === null ? null : value - 1,
    high: value === null ? null : value + 1,
    asOf: null,
    carriedForwardFrom: state === "carriedForward" ? "2022-12-31" : null,
    notes: [],
  }));
}

describe("toChartRows", () => {
  it("breaks the line at gaps instead of drawing zeros", () => {
    const rows = toChartRows(
      new Map([
        [
          "ML",
          cells([
            ["value", 5],
            ["missing", null],
            ["value", 0],
          ]),
        ],
      ]),
    );
    expect(rows.map((row) => row.points.ML?.solid)).toEqual([5, null, 0]);
    expect(rows.map((row) => row.gap)).toEqual([false, true, false]);
    expect(rows[1]?.points.ML?.band).toBeNull();
  });

  it("puts provisional and carried-forward values on a dashed line joined to the last final one", () => {
    const rows = toChartRows(
      new Map([
        [
          "BF",
          cells([
            ["value", 1],
            ["value", 2],
            ["carriedForward", 2],
            ["provisional", 4],
          ]),
        ],
      ]),
    );
    expect(rows.map((row) => row.points.BF?.solid)).toEqual([1, 2, null, null]);
    expect(rows.map((row) => row.points.BF?.dashed)).toEqual([null, 2, 2, 4]);
    expect(rows[2]?.points.BF?.carriedForwardFrom).toBe("2022-12-31");
  });

  it("never draws a partial period, but keeps its value for the table", () => {
    const rows = toChartRows(new Map([["NE", cells([["partial", 40]])]]));
    expect(rows[0]?.points.NE).toMatchObject({ solid: null, dashed: null, value: 40, band: null });
  });

  it("keeps bands for drawn values", () => {
    const rows = toChartRows(new Map([["ML", cells([["value", 10]])]]));
    expect(rows[0]?.points.ML?.band).toEqual([9, 11]);
  });
});

describe("groupAnnotations", () => {
  const event = (id: string, dateStart: string) => ({
    id,
    title: id,
    titleLocale: "en",
    dateStart,
    datePrecision: "DAY" as const,
    category: "SUMMIT",
  });

  it("numbers markers in date order and merges events of one bucket", () => {
    const annotations = groupAnnotations(
      [event("b", "2025-12-22"), event("a", "2024-01-01"), event("c", "2025-01-01")],
      "year",
    );
    expect(annotations.map((annotation) => [annotation.number, annotation.bucket])).toEqual([
      [1, "2024"],
      [2, "2025"],
    ]);
    expect(annotations[1]?.events.map((item) => item.id)).toEqual(["c", "b"]);
  });
});
