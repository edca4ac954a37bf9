import { describe, expect, it } from "vitest";
import { axisTicks, chooseTickStep, packRows } from "./timeline-layout";
import { moveFocus } from "./timeline-navigation";
import {
  bucketStart,
  chooseGranularity,
  clampSpan,
  DAY_MS,
  formatSpan,
  MAX_SPAN_DAYS,
  MIN_SPAN_DAYS,
  panSpan,
  parseSpan,
  zoomSpan,
  type Span,
} from "./timeline-scale";
import { parseTimelineView } from "./timeline-view";

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
const span = (first: string, last: string): Span => ({
  start: utc(first),
  end: utc(last) + DAY_MS,
});

describe("spans in the URL", () => {
  it("round-trips inclusive days", () => {
    expect(parseSpan("2022-01-01..2023-12-31")).toEqual(span("2022-01-01", "2023-12-31"));
    expect(formatSpan(span("2022-01-01", "2023-12-31"))).toBe("2022-01-01..2023-12-31");
  });

  it("refuses malformed or reversed spans", () => {
    for (const bad of [
      "2022-01-01",
      "2023-01-01..2022-01-01",
      "2022-02-30..2022-03-01",
      "a,b",
      "x",
    ]) {
      expect(parseSpan(bad), bad).toBeNull();
    }
  });

  it("widens a span shorter than the minimum around its centre", () => {
    const widened = parseSpan("2022-06-15..2022-06-15");
    expect(widened && (widened.end - widened.start) / DAY_MS).toBe(MIN_SPAN_DAYS);
  });
});

describe("zooming and panning", () => {
  const twoYears = span("2022-01-01", "2023-12-31");

  it("zooms around an anchor, keeping it in place", () => {
    const anchor = utc("2022-07-01");
    const zoomed = zoomSpan(twoYears, 0.5, anchor);
    expect(zoomed.end - zoomed.start).toBeCloseTo((twoYears.end - twoYears.start) / 2, -8);
    const before = (anchor - twoYears.start) / (twoYears.end - twoYears.start);
    const after = (anchor - zoomed.start) / (zoomed.end - zoomed.start);
    expect(after).toBeCloseTo(before, 2);
  });

  it("never zooms in or out past the limits", () => {
    const tiny = zoomSpan(twoYears, 0.0001);
    expect((tiny.end - tiny.start) / DAY_MS).toBe(MIN_SPAN_DAYS);
    const huge = zoomSpan(twoYears, 1000);
    expect((huge.end - huge.start) / DAY_MS).toBe(MAX_SPAN_DAYS);
  });

  it("pans by whole days", () => {
    const panned = panSpan(twoYears, -0.25);
    expect(panned.end - panned.start).toBe(twoYears.end - twoYears.start);
    expect(panned.start % DAY_MS).toBe(0);
    expect(panned.start).toBeLessThan(twoYears.start);
  });

  it("keeps spans on whole days", () => {
    const clamped = clampSpan({ start: utc("2022-01-01") + 3_600_000, end: utc("2022-03-01") });
    expect(clamped.start % DAY_MS).toBe(0);
    expect(clamped.end % DAY_MS).toBe(0);
  });
});

describe("granularity", () => {
  it("gets coarser as the window widens, bounding the number of buckets", () => {
    expect(chooseGranularity(span("2022-01-01", "2022-02-28"))).toBe("day");
    expect(chooseGranularity(span("2022-01-01", "2023-12-31"))).toBe("week");
    expect(chooseGranularity(span("2015-01-01", "2023-12-31"))).toBe("month");
    expect(chooseGranularity(span("1996-01-01", "2023-12-31"))).toBe("quarter");
    expect(chooseGranularity(span("1970-01-01", "2025-12-31"))).toBe("year");
  });

  it("starts buckets where PostgreSQL's date_trunc does (weeks on Monday)", () => {
    expect(iso(bucketStart(utc("2024-03-14"), "week"))).toBe("2024-03-11");
    expect(iso(bucketStart(utc("2024-03-11"), "week"))).toBe("2024-03-11");
    expect(iso(bucketStart(utc("2024-03-10"), "week"))).toBe("2024-03-04");
    expect(iso(bucketStart(utc("2024-08-20"), "quarter"))).toBe("2024-07-01");
    expect(iso(bucketStart(utc("2024-08-20"), "year"))).toBe("2024-01-01");
  });
});

describe("axis ticks", () => {
  it("uses years for decades and months for a year, at readable spacing", () => {
    const decades = span("1990-01-01", "2023-12-31");
    const step = chooseTickStep(decades, 900);
    expect(step).toEqual({ unit: "year", step: 5 });
    expect(axisTicks(decades, step).map(iso)).toEqual([
      "1990-01-01",
      "1995-01-01",
      "2000-01-01",
      "2005-01-01",
      "2010-01-01",
      "2015-01-01",
      "2020-01-01",
    ]);
    const year = span("2022-01-01", "2022-12-31");
    expect(chooseTickStep(year, 1100)).toEqual({ unit: "month", step: 1 });
  });
});

describe("packRows", () => {
  const mark = (id: string, x0: number, x1: number, labelWidth = 0) => ({ id, x0, x1, labelWidth });

  it("puts non-overlapping marks on one row and overlapping ones on separate rows", () => {
    const packed = packRows([mark("a", 0, 10), mark("b", 20, 30), mark("c", 5, 25)], 5);
    expect(packed.rowOf.get("a")).toBe(0);
    expect(packed.rowOf.get("b")).toBe(0);
    expect(packed.rowOf.get("c")).toBe(1);
    expect(packed.rows).toBe(2);
  });

  it("counts labels as part of a mark while rows allow it, and drops them otherwise", () => {
    const marks = [mark("a", 0, 4, 100), mark("b", 50, 54, 100), mark("c", 120, 124, 100)];
    expect(packRows(marks, 3)).toMatchObject({ rows: 2, labelled: true });
    expect(packRows(marks, 1)).toMatchObject({ rows: 1, labelled: false });
  });
});

describe("parseTimelineView", () => {
  it("reads lanes, span and page, with defaults", () => {
    expect(parseTimelineView(new URLSearchParams(""))).toEqual({
      view: { lanes: "country", span: null, page: 1 },
      issues: [],
    });
    const { view } = parseTimelineView(
      new URLSearchParams("lanes=category&span=2022-01-01..2022-12-31&page=3"),
    );
    expect(view).toEqual({ lanes: "category", span: span("2022-01-01", "2022-12-31"), page: 3 });
  });

  it("reports invalid values", () => {
    const { issues } = parseTimelineView(new URLSearchParams("lanes=actor&span=nope&page=0"));
    expect(issues.map((issue) => issue.param)).toEqual(["lanes", "span", "page"]);
  });
});

describe("moveFocus", () => {
  const items = [
    { id: "a1", lane: 0, start: 10 },
    { id: "a2", lane: 0, start: 20 },
    { id: "a3", lane: 0, start: 30 },
    { id: "c1", lane: 2, start: 19 },
    { id: "c2", lane: 2, start: 100 },
  ];

  it("moves along a lane and stops at its ends", () => {
    expect(moveFocus(items, "a1", "ArrowRight")).toBe("a2");
    expect(moveFocus(items, "a3", "ArrowRight")).toBe("a3");
    expect(moveFocus(items, "a2", "ArrowLeft")).toBe("a1");
    expect(moveFocus(items, "a2", "End")).toBe("a3");
    expect(moveFocus(items, "a3", "Home")).toBe("a1");
  });

  it("jumps to the nearest item in time in the next lane that has items", () => {
    expect(moveFocus(items, "a2", "ArrowDown")).toBe("c1");
    expect(moveFocus(items, "c2", "ArrowUp")).toBe("a3");
    expect(moveFocus(items, "a2", "ArrowUp")).toBe("a2");
  });

  it("starts from the earliest item when the current one is gone", () => {
    expect(moveFocus(items, "gone", "ArrowRight")).toBe("a1");
  });
});
