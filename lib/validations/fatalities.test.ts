import { describe, expect, it } from "vitest";
import {
  fatalityErrors,
  fatalityWarnings,
  withFatalityFlags,
  type FatalityFigures,
} from "./fatalities";

const none: FatalityFigures = {
  fatalitiesLow: null,
  fatalitiesBest: null,
  fatalitiesHigh: null,
  fatalitiesSideA: null,
  fatalitiesSideB: null,
  fatalitiesCivilians: null,
  fatalitiesUnknown: null,
};

describe("fatality figures", () => {
  it("refuses a low estimate above the high one", () => {
    expect(fatalityErrors({ ...none, fatalitiesLow: 20, fatalitiesHigh: 10 })).toEqual({
      fatalitiesHigh: "lowAboveHigh",
    });
    expect(fatalityErrors({ ...none, fatalitiesLow: 10, fatalitiesHigh: 10 })).toEqual({});
    expect(fatalityErrors(none)).toEqual({});
  });

  it("warns when best lies outside low–high or the split does not add up", () => {
    expect(fatalityWarnings({ ...none, fatalitiesLow: 5, fatalitiesBest: 4 })).toEqual([
      "bestOutsideRange",
    ]);
    expect(fatalityWarnings({ ...none, fatalitiesBest: 12, fatalitiesHigh: 10 })).toEqual([
      "bestOutsideRange",
    ]);
    expect(
      fatalityWarnings({ ...none, fatalitiesLow: 5, fatalitiesBest: 8, fatalitiesHigh: 10 }),
    ).toEqual([]);
    expect(
      fatalityWarnings({ ...none, fatalitiesBest: 8, fatalitiesSideA: 3, fatalitiesCivilians: 4 }),
    ).toEqual(["splitMismatch"]);
    expect(
      fatalityWarnings({ ...none, fatalitiesBest: 7, fatalitiesSideA: 3, fatalitiesCivilians: 4 }),
    ).toEqual([]);
  });

  it("recomputes the fatality quality flags and keeps the importer's other flags", () => {
    expect(
      withFatalityFlags(["UNRESOLVED_AREA", "BEST_OUTSIDE_RANGE"], {
        ...none,
        fatalitiesBest: 3,
        fatalitiesSideA: 1,
      }),
    ).toEqual(["UNRESOLVED_AREA", "DEATHS_SPLIT_MISMATCH"]);
  });
});
