import { describe, expect, it } from "vitest";
import { bucketsBetween } from "./periods";
import {
  bucketObservations,
  nativeGranularity,
  sumSeries,
  type ObservationInput,
  type SeriesCell,
} from "./series";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function observation(
  start: string,
  end: string,
  value: number | null,
  extra: Partial<ObservationInput> = {},
): ObservationInput {
  return {
    periodStart: day(start),
    periodEnd: day(end),
    value,
    low: null,
    high: null,
    dataStatus: "FINAL",
    gapState: value === null ? "UNKNOWN" : "VALUE",
    carriedForwardFrom: null,
    rank: "NORMAL",
    note: null,
    ...extra,
  };
}

const yearEnd = (year: number, value: number | null, extra: Partial<ObservationInput> = {}) =>
  observation(`${year}-12-31`, `${year}-12-31`, value, extra);
const year = (y: number, value: number | null, extra: Partial<ObservationInput> = {}) =>
  observation(`${y}-01-01`, `${y}-12-31`, value, extra);

const states = (cells: SeriesCell[]) => cells.map((cell) => `${cell.bucket}:${cell.state}`);

describe("bucketObservations", () => {
  it("draws a year without an observation as missing, never as zero", () => {
    const cells = bucketObservations([year(2019, 10), year(2020, 0), year(2022, 30)], {
      buckets: bucketsBetween("2019", "2022"),
      granularity: "year",
      measure: "flow",
    });
    expect(cells.map((cell) => [cell.state, cell.value])).toEqual([
      ["value", 10],
      ["value", 0],
      ["missing", null],
      ["value", 30],
    ]);
  });

  it("keeps the producer's gap states apart: unknown, not collected, discontinued", () => {
    const cells = bucketObservations(
      [
        year(2019, null, { gapState: "UNKNOWN" }),
        year(2020, null, { gapState: "NOT_COLLECTED" }),
        year(2021, null, { gapState: "DISCONTINUED" }),
      ],
      { buckets: bucketsBetween("2019", "2021"), granularity: "year", measure: "flow" },
    );
    expect(states(cells)).toEqual(["2019:unknown", "2020:notCollected", "2021:discontinued"]);
    expect(cells.every((cell) => cell.value === null)).toBe(true);
  });

  it("marks a repeated stock as carried forward, with the date it repeats", () => {
    const cells = bucketObservations(
      [
        yearEnd(2023, 2_062_534),
        yearEnd(2024, 2_062_534, { carriedForwardFrom: day("2023-12-31") }),
      ],
      { buckets: ["2023", "2024"], granularity: "year", measure: "stock" },
    );
    expect(cells[1]).toMatchObject({
      state: "carriedForward",
      value: 2_062_534,
      carriedForwardFrom: "2023-12-31",
      asOf: "2024-12-31",
    });
    expect(cells[0]?.state).toBe("value");
  });

  it("shows provisional figures as provisional, with their low–high range", () => {
    const [cell] = bucketObservations(
      [year(2021, 100, { dataStatus: "PROVISIONAL", low: 80, high: 150 })],
      { buckets: ["2021"], granularity: "year", measure: "flow" },
    );
    expect(cell).toMatchObject({ state: "provisional", value: 100, low: 80, high: 150 });
  });

  it("sums monthly flows into a year only when they cover all of it", () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) =>
      observation(
        `2021-${String(month).padStart(2, "0")}-01`,
        new Date(Date.UTC(2021, month, 0)).toISOString().slice(0, 10),
        month,
        { low: month - 1, high: month + 1 },
      ),
    );
    const february = observation("2022-02-01", "2022-02-28", 40);
    const cells = bucketObservations([...months, february], {
      buckets: ["2021", "2022"],
      granularity: "year",
      measure: "flow",
    });
    expect(cells[0]).toMatchObject({ state: "value", value: 78, low: 66, high: 90 });
    // February alone is not "2022": drawing it would show a collapse that is only missing data.
    expect(cells[1]).toMatchObject({ state: "partial", value: 40, low: null });
  });

  it("keeps the stock dated latest in a bucket, preferring the preferred rank", () => {
    const cells = bucketObservations(
      [
        observation("2023-03-31", "2023-03-31", 1),
        observation("2023-09-30", "2023-09-30", 2),
        observation("2023-09-30", "2023-09-30", 3, { rank: "PREFERRED" }),
        observation("2023-12-31", "2023-12-31", 99, { rank: "DEPRECATED" }),
      ],
      { buckets: ["2023"], granularity: "year", measure: "stock" },
    );
    expect(cells[0]).toMatchObject({ value: 3, asOf: "2023-09-30" });
  });

  it("does not add two sources' figures for the same period", () => {
    const cells = bucketObservations([year(2020, 100), year(2020, 120, { rank: "PREFERRED" })], {
      buckets: ["2020"],
      granularity: "year",
      measure: "flow",
    });
    expect(cells[0]?.value).toBe(120);
  });

  it("marks buckets after the last figure of a discontinued series", () => {
    const cells = bucketObservations([yearEnd(2022, 5)], {
      buckets: ["2021", "2022", "2023"],
      granularity: "year",
      measure: "stock",
      discontinued: true,
    });
    expect(states(cells)).toEqual(["2021:missing", "2022:value", "2023:discontinued"]);
  });

  it("finds the finest granularity a flow can be drawn at", () => {
    expect(nativeGranularity([year(2020, 1)], "flow")).toBe("year");
    expect(nativeGranularity([observation("2022-02-01", "2022-02-28", 1)], "flow")).toBe("month");
    expect(nativeGranularity([observation("2020-06-01", "2021-05-31", 1)], "flow")).toBeNull();
    expect(nativeGranularity([yearEnd(2020, 1), yearEnd(2021, 1)], "stock")).toBe("year");
    expect(
      nativeGranularity(
        [observation("2020-03-31", "2020-03-31", 1), observation("2020-06-30", "2020-06-30", 1)],
        "stock",
      ),
    ).toBe("quarter");
  });
});

describe("sumSeries", () => {
  const cell = (state: SeriesCell["state"], value: number | null): SeriesCell => ({
    bucket: "2024",
    state,
    value,
    low: null,
    high: null,
    asOf: "2024-12-31",
    carriedForwardFrom: state === "carriedForward" ? "2023-12-31" : null,
    notes: [],
  });

  it("adds places only when every one has a figure", () => {
    expect(sumSeries([[cell("value", 1)], [cell("value", 2)]])[0]).toMatchObject({
      state: "value",
      value: 3,
    });
    expect(sumSeries([[cell("value", 1)], [cell("missing", null)]])[0]?.state).toBe("partial");
  });

  it("flags a total that includes a carried-forward part", () => {
    const [total] = sumSeries([[cell("value", 1)], [cell("carriedForward", 2)]]);
    expect(total).toMatchObject({
      state: "carriedForward",
      value: 3,
      carriedForwardFrom: "2023-12-31",
    });
  });
});
