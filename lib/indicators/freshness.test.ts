import { describe, expect, it } from "vitest";
import { computeFreshness, type FreshnessInput } from "./freshness";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function freshness(input: Partial<FreshnessInput>) {
  return computeFreshness({
    coverageEnd: null,
    lastUpdated: null,
    frequency: "YEARLY",
    seriesStatus: "ACTIVE",
    now: day("2026-11-23"),
    ...input,
  });
}

describe("computeFreshness", () => {
  it("follows HDX's ages since the last update (yearly: due after 365 days, overdue after 425)", () => {
    const covered = { coverageEnd: day("2026-06-30") };
    expect(freshness({ ...covered, lastUpdated: day("2026-01-10") }).status).toBe("upToDate");
    expect(freshness({ ...covered, lastUpdated: day("2025-11-01") }).status).toBe("due");
    expect(freshness({ ...covered, lastUpdated: day("2025-09-01") }).status).toBe("overdue");
  });

  it("does not call an old extract fresh because it was re-imported yesterday", () => {
    const result = freshness({ coverageEnd: day("2022-02-28"), lastUpdated: day("2026-11-22") });
    expect(result.status).toBe("overdue");
  });

  it("allows a publication lag after the covered period ends", () => {
    const lastUpdated = day("2026-05-01");
    expect(freshness({ coverageEnd: day("2025-12-31"), lastUpdated }).status).toBe("upToDate");
    // 2024 figures: 2025 was expected by about mid-2026.
    expect(freshness({ coverageEnd: day("2024-12-31"), lastUpdated }).status).toBe("overdue");
    expect(
      freshness({ coverageEnd: day("2024-12-31"), lastUpdated, now: day("2026-07-15") }).status,
    ).toBe("due");
  });

  it("uses the monthly schedule for monthly series", () => {
    const input = { frequency: "MONTHLY" as const, lastUpdated: day("2026-11-01") };
    expect(freshness({ ...input, coverageEnd: day("2026-10-31") }).status).toBe("upToDate");
    expect(freshness({ ...input, coverageEnd: day("2026-08-31") }).status).toBe("overdue");
  });

  it("expects nothing from a discontinued series and no date from an irregular one", () => {
    expect(freshness({ seriesStatus: "DISCONTINUED", coverageEnd: day("2010-12-31") })).toEqual({
      status: "discontinued",
      nextExpected: null,
    });
    expect(freshness({ frequency: "IRREGULAR", coverageEnd: day("2010-12-31") }).status).toBe(
      "irregular",
    );
  });

  it("says when the next update is expected", () => {
    const result = freshness({ coverageEnd: day("2025-12-31"), lastUpdated: day("2026-05-01") });
    expect(result.nextExpected).toEqual(day("2027-05-01"));
  });
});
