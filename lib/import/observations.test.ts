import { describe, expect, it } from "vitest";
import {
  markCarriedForward,
  observationChanged,
  yearEndStock,
  yearPeriod,
  type ObservationDraft,
} from "./observations";
import { isoDay } from "./values";

function stock(
  year: number,
  value: number | null,
  placeId = "BF",
  indicatorSlug = "idps",
): ObservationDraft {
  return {
    indicatorSlug,
    placeId,
    ...yearEndStock(year),
    series: "",
    value,
    low: null,
    high: null,
    dataStatus: "FINAL",
    gapState: value === null ? "UNKNOWN" : "VALUE",
    carriedForwardFrom: null,
    note: null,
    locator: `${placeId} ${year}`,
  };
}

const carried = (drafts: ObservationDraft[]) =>
  drafts.map((draft) => [
    draft.periodEnd.getUTCFullYear(),
    draft.carriedForwardFrom && isoDay(draft.carriedForwardFrom),
  ]);

describe("periods", () => {
  it("covers a calendar year for flows and 31 December for stocks", () => {
    const flow = yearPeriod(2023);
    expect([isoDay(flow.periodStart), isoDay(flow.periodEnd)]).toEqual([
      "2023-01-01",
      "2023-12-31",
    ]);
    const end = yearEndStock(2023);
    expect([isoDay(end.periodStart), isoDay(end.periodEnd)]).toEqual(["2023-12-31", "2023-12-31"]);
  });
});

describe("markCarriedForward", () => {
  it("marks an exact repeat of the previous year's stock (Burkina Faso 2024 = 2023)", () => {
    const marked = markCarriedForward([
      stock(2022, 1882391),
      stock(2024, 2062534),
      stock(2023, 2062534),
    ]);
    expect(carried(marked)).toEqual([
      [2022, null],
      [2024, "2023-12-31"],
      [2023, null],
    ]);
    expect(marked[1]?.value).toBe(2062534);
    expect(marked[1]?.note).toBe(
      "Same figure as at 2023-12-31: carried forward by the producer, not a new measurement.",
    );
  });

  it("dates a chain of repeats from the figure's first appearance", () => {
    const marked = markCarriedForward([stock(2023, 5), stock(2024, 5), stock(2025, 5)]);
    expect(carried(marked)).toEqual([
      [2023, null],
      [2024, "2023-12-31"],
      [2025, "2023-12-31"],
    ]);
  });

  it("ignores zeros, unknowns, gaps between years, other places and flows", () => {
    const flowA = { ...stock(2020, 7), ...yearPeriod(2020) };
    const flowB = { ...stock(2021, 7), ...yearPeriod(2021) };
    const marked = markCarriedForward([
      stock(2010, 0),
      stock(2011, 0),
      stock(2012, null),
      stock(2013, null),
      stock(2015, 9),
      stock(2017, 9),
      stock(2018, 9, "ML"),
      flowA,
      flowB,
    ]);
    expect(marked.every((draft) => draft.carriedForwardFrom === null)).toBe(true);
  });
});

describe("observationChanged", () => {
  it("compares values and dates by value", () => {
    const draft = { ...stock(2024, 10), carriedForwardFrom: new Date("2023-12-31T00:00:00Z") };
    const stored = { ...draft, carriedForwardFrom: new Date("2023-12-31T00:00:00Z") };
    expect(observationChanged(stored, draft)).toBe(false);
    expect(observationChanged({ ...stored, value: 11 }, draft)).toBe(true);
    expect(observationChanged({ ...stored, carriedForwardFrom: null }, draft)).toBe(true);
  });
});
