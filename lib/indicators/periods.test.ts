import { describe, expect, it } from "vitest";
import {
  bucketEnd,
  bucketOf,
  bucketStart,
  bucketsBetween,
  finestGranularityHolding,
  nextBucket,
  periodsCoverBucket,
  trailingMonths,
  utcDay,
} from "./periods";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("calendar buckets", () => {
  it("names a date's month, quarter and year", () => {
    const date = day("2023-05-17");
    expect(bucketOf(date, "month")).toBe("2023-05");
    expect(bucketOf(date, "quarter")).toBe("2023-Q2");
    expect(bucketOf(date, "year")).toBe("2023");
  });

  it("knows each bucket's first and last day, leap years included", () => {
    expect(bucketStart("2024-Q1")).toEqual(day("2024-01-01"));
    expect(bucketEnd("2024-Q1")).toEqual(day("2024-03-31"));
    expect(bucketEnd("2024-02")).toEqual(day("2024-02-29"));
    expect(bucketEnd("2023-02")).toEqual(day("2023-02-28"));
    expect(bucketEnd("2023")).toEqual(day("2023-12-31"));
  });

  it("steps across year ends and lists every bucket in between", () => {
    expect(nextBucket("2023-12")).toBe("2024-01");
    expect(nextBucket("2023-Q4")).toBe("2024-Q1");
    expect(bucketsBetween("2023-Q3", "2024-Q2")).toEqual([
      "2023-Q3",
      "2023-Q4",
      "2024-Q1",
      "2024-Q2",
    ]);
    expect(bucketsBetween("2024", "2023")).toEqual([]);
  });

  it("refuses malformed keys and mixed sizes", () => {
    expect(() => bucketStart("2023-13")).toThrow(/bucket key/);
    expect(() => bucketsBetween("2023", "2024-01")).toThrow(/different sizes/);
  });

  it("finds the finest bucket holding a period, or none for a multi-year one", () => {
    expect(finestGranularityHolding(day("2022-02-01"), day("2022-02-28"))).toBe("month");
    expect(finestGranularityHolding(day("2022-01-01"), day("2022-03-31"))).toBe("quarter");
    expect(finestGranularityHolding(day("2022-01-01"), day("2022-12-31"))).toBe("year");
    expect(finestGranularityHolding(day("2021-12-01"), day("2022-01-31"))).toBeNull();
  });

  it("tells whether periods cover a whole bucket", () => {
    const months = (first: number, last: number) =>
      Array.from({ length: last - first + 1 }, (_, index) => ({
        start: utcDay(2022, first + index - 1, 1),
        end: utcDay(2022, first + index, 0),
      }));
    expect(periodsCoverBucket(months(1, 12), "2022")).toBe(true);
    expect(periodsCoverBucket(months(2, 12), "2022")).toBe(false);
    expect(periodsCoverBucket([...months(1, 5), ...months(7, 12)], "2022")).toBe(false);
    expect(periodsCoverBucket(months(2, 2), "2022-02")).toBe(true);
  });

  it("gives the last whole months ending with a date's month", () => {
    expect(trailingMonths(day("2023-12-31"), 12)).toEqual({
      start: day("2023-01-01"),
      end: day("2023-12-31"),
    });
    expect(trailingMonths(day("2024-02-10"), 12)).toEqual({
      start: day("2023-03-01"),
      end: day("2024-02-29"),
    });
  });
});
