import { describe, expect, it } from "vitest";
import { latestTwo, windowTotal } from "./headline";
import type { CellState, SeriesCell } from "./series";

const cell = (bucket: string, state: CellState, value: number | null): SeriesCell => ({
  bucket,
  state,
  value,
  low: value === null ? null : value - 1,
  high: value === null ? null : value + 2,
  asOf: null,
  carriedForwardFrom: null,
  notes: [],
});

describe("windowTotal", () => {
  const window = new Set(["2023-11", "2023-12"]);

  it("sums the places fully known over the window and names the others", () => {
    const total = windowTotal(
      new Map([
        ["ML", [cell("2023-11", "value", 10), cell("2023-12", "provisional", 0)]],
        ["BF", [cell("2023-11", "value", 5), cell("2023-12", "value", 7)]],
        ["NE", [cell("2023-11", "value", 3), cell("2023-12", "missing", null)]],
      ]),
      window,
    );
    expect(total).toEqual({
      value: 22,
      low: 18,
      high: 30,
      provisional: true,
      included: ["ML", "BF"],
      excluded: ["NE"],
    });
  });

  it("gives nothing when no place is fully known", () => {
    expect(
      windowTotal(
        new Map([["NE", [cell("2023-11", "partial", 3), cell("2023-12", "value", 1)]]]),
        window,
      ),
    ).toBeNull();
  });
});

describe("latestTwo", () => {
  it("skips gaps to find the latest figures", () => {
    const { latest, previous } = latestTwo([
      cell("2021", "value", 1),
      cell("2022", "value", 2),
      cell("2023", "carriedForward", 2),
      cell("2024", "missing", null),
    ]);
    expect(latest?.bucket).toBe("2023");
    expect(previous?.bucket).toBe("2022");
  });
});
