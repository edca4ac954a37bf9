import { describe, expect, it } from "vitest";
import {
  choropleth,
  classOf,
  classRanges,
  colourOf,
  countBreaks,
  quantileBreaks,
  ZERO_COLOUR,
  NO_DATA_COLOUR,
  CLASS_COLOURS,
} from "./classes";

describe("choropleth classes", () => {
  it("uses powers of ten for counts, with zero apart", () => {
    const breaks = countBreaks(25_000);
    expect(breaks.thresholds).toEqual([10, 100, 1000, 10_000]);
    expect([0, 1, 9, 10, 999, 1000, 50_000].map((value) => classOf(value, breaks))).toEqual([
      -1, 0, 0, 1, 2, 3, 4,
    ]);
    expect(classRanges(breaks, 0)[0]).toEqual({ low: 1, high: 10 });
    expect(classRanges(breaks, 0).at(-1)).toEqual({ low: 10_000, high: null });
  });

  it("keeps the darkest colour for the largest class even with few classes", () => {
    const breaks = countBreaks(50);
    expect(breaks.thresholds).toEqual([10]);
    expect(colourOf(60, breaks)).toBe(CLASS_COLOURS[4]);
    expect(colourOf(3, breaks)).toBe(CLASS_COLOURS[0]);
  });

  it("tells zero from no data", () => {
    const breaks = countBreaks(100);
    expect(colourOf(0, breaks)).toBe(ZERO_COLOUR);
    expect(colourOf(null, breaks)).toBe(NO_DATA_COLOUR);
  });

  it("splits other figures into quantiles", () => {
    const breaks = quantileBreaks([5, 1, 4, 2, 3, 10, 8, 7, 6, 9]);
    expect(breaks.thresholds).toEqual([3, 5, 7, 9]);
    expect(classOf(1, breaks)).toBe(0);
    expect(classOf(10, breaks)).toBe(4);
    expect(quantileBreaks([7]).thresholds).toEqual([]);
  });

  it("classes distinct values, so that areas repeating their country's figure do not skew them", () => {
    const areas = [
      ...Array(11).fill(360_591),
      ...Array(13).fill(2_062_534),
      ...Array(6).fill(411_685),
    ];
    const { breaks } = choropleth(areas, (value) => value, "quantile");
    expect(breaks.thresholds).toEqual([411_685, 2_062_534]);
  });
});
