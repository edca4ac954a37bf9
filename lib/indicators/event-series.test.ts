import { describe, expect, it } from "vitest";
import {
  coverageStatus,
  coveredMonths,
  coveredSpan,
  eventObservations,
  latestCoveredMonth,
} from "./event-series";
import { bucketObservations } from "./series";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("event fatality series", () => {
  const covered = coveredMonths([
    { placeId: "NE", first: day("2021-01-02"), last: day("2022-02-20") },
    { placeId: "ML", first: day("2019-06-10"), last: day("2021-03-15") },
    { placeId: "ML", first: day("2021-01-02"), last: day("2021-12-07") },
  ]);

  it("counts a covered month without events as zero and leaves uncovered months unknown", () => {
    const observations = eventObservations(
      "NE",
      [
        {
          placeId: "NE",
          month: "2021-03",
          events: 2,
          best: 7,
          low: 5,
          high: 9,
          provisionalEvents: 2,
        },
      ],
      covered,
    );
    const cells = bucketObservations(observations, {
      buckets: ["2020-12", "2021-01", "2021-03", "2022-03"],
      granularity: "month",
      measure: "flow",
    });
    expect(cells.map((cell) => [cell.state, cell.value])).toEqual([
      ["missing", null],
      ["value", 0],
      ["provisional", 7],
      ["missing", null],
    ]);
  });

  it("makes a year partial when the datasets cover only part of it", () => {
    const cells = bucketObservations(eventObservations("NE", [], covered), {
      buckets: ["2021", "2022"],
      granularity: "year",
      measure: "flow",
    });
    expect(cells.map((cell) => cell.state)).toEqual(["value", "partial"]);
  });

  it("merges overlapping coverage and finds the latest covered month", () => {
    expect(covered.get("ML")?.size).toBe(31);
    expect(latestCoveredMonth(covered, ["ML", "NE"])).toBe("2022-02");
    expect(latestCoveredMonth(covered, ["BF"])).toBeNull();
  });

  it("says whether a period is fully, partly or not covered for a place", () => {
    expect(coverageStatus(covered, "NE", "2021-03", "2021-12")).toBe("full");
    expect(coverageStatus(covered, "NE", "2020-01", "2021-12")).toBe("partial");
    expect(coverageStatus(covered, "NE", "2023-01", "2023-12")).toBe("none");
    expect(coverageStatus(covered, "BF", "2021-01", "2021-02")).toBe("none");
    expect(coveredSpan(covered)).toEqual({ first: "2019-06", last: "2022-02" });
  });
});
