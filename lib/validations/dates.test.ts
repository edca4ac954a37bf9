import { describe, expect, it } from "vitest";
import { dateRangeProblem, preciseDateSchema, rangeForPrecision } from "./dates";

describe("dateRangeProblem", () => {
  it("accepts ranges that fit their precision", () => {
    expect(dateRangeProblem("DAY", "2025-12-22", "2025-12-22")).toBeNull();
    expect(dateRangeProblem("DAYS", "2025-12-22", "2025-12-23")).toBeNull();
    expect(dateRangeProblem("WEEK", "2025-12-22", "2025-12-28")).toBeNull();
    expect(dateRangeProblem("MONTH", "2024-02-01", "2024-02-29")).toBeNull();
    expect(dateRangeProblem("QUARTER", "2024-04-01", "2024-06-30")).toBeNull();
    expect(dateRangeProblem("YEAR", "2024-01-01", "2024-12-31")).toBeNull();
  });

  it("refuses nonsense", () => {
    expect(dateRangeProblem("DAY", "2025-12-22", "2025-12-21")).toBe("dateEndBeforeStart");
    expect(dateRangeProblem("DAY", "2025-12-22", "2025-12-23")).toBe("dateDaySpan");
    expect(dateRangeProblem("DAYS", "2025-12-22", "2025-12-22")).toBe("dateDaysSpan");
    expect(dateRangeProblem("DAYS", "2025-12-01", "2025-12-08")).toBe("dateDaysSpan");
    expect(dateRangeProblem("WEEK", "2025-12-01", "2025-12-09")).toBe("dateWeekSpan");
    expect(dateRangeProblem("MONTH", "2024-03-01", "2024-05-31")).toBe("dateMonthSpan");
    expect(dateRangeProblem("QUARTER", "2024-03-01", "2024-04-30")).toBe("dateQuarterSpan");
    expect(dateRangeProblem("YEAR", "2023-12-01", "2024-01-31")).toBe("dateYearSpan");
    expect(dateRangeProblem("YEAR", "1850-01-01", "1850-12-31")).toBe("dateOutOfRange");
  });
});

describe("rangeForPrecision", () => {
  it("expands an anchor to the whole period, leap years and month ends included", () => {
    expect(rangeForPrecision("MONTH", "2024-02-10")).toEqual({
      start: "2024-02-01",
      end: "2024-02-29",
    });
    expect(rangeForPrecision("QUARTER", "2025-11-05")).toEqual({
      start: "2025-10-01",
      end: "2025-12-31",
    });
    expect(rangeForPrecision("YEAR", "2025-07-14")).toEqual({
      start: "2025-01-01",
      end: "2025-12-31",
    });
    expect(rangeForPrecision("WEEK", "2025-12-29")).toEqual({
      start: "2025-12-29",
      end: "2026-01-04",
    });
    for (const precision of ["DAY", "DAYS", "WEEK", "MONTH", "QUARTER", "YEAR"] as const) {
      const { start, end } = rangeForPrecision(precision, "2025-12-31");
      expect(dateRangeProblem(precision, start, end)).toBeNull();
    }
  });
});

describe("preciseDateSchema", () => {
  it("rejects impossible calendar dates and inconsistent ranges with a field error", () => {
    expect(
      preciseDateSchema.safeParse({
        datePrecision: "DAY",
        dateStart: "2025-02-30",
        dateEnd: "2025-02-30",
      }).success,
    ).toBe(false);
    const result = preciseDateSchema.safeParse({
      datePrecision: "MONTH",
      dateStart: "2025-01-01",
      dateEnd: "2025-03-31",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["dateEnd"]);
    expect(result.error?.issues[0]?.message).toBe("dateMonthSpan");
  });
});
