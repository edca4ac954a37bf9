import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { openCsv, type CsvRow } from "./csv";
import { FieldReader, isoDay, parseIsoDate } from "./values";

async function rowOf(header: string, line: string): Promise<CsvRow> {
  const csv = await openCsv(
    { stream: Readable.from([`${header}\n${line}\n`]), fileName: "t.csv" },
    [],
    "Test",
  );
  for await (const row of csv.rows()) return row;
  throw new Error("no row");
}

describe("parseIsoDate", () => {
  it("accepts real calendar dates only", () => {
    expect(parseIsoDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseIsoDate("2023-02-29")).toBeNull();
    expect(parseIsoDate("2023-13-01")).toBeNull();
    expect(parseIsoDate("03/01/2023")).toBeNull();
    expect(parseIsoDate("")).toBeNull();
  });

  it("round-trips through isoDay", () => {
    expect(isoDay(parseIsoDate("1990-06-28") ?? new Date(NaN))).toBe("1990-06-28");
  });
});

describe("FieldReader", () => {
  it("reads valid values without problems", async () => {
    const read = new FieldReader(await rowOf("n,d,x,t", "12,2021-01-02,1.5e2, hello "));
    expect(read.integer("n", { min: 0 })).toBe(12);
    expect(isoDay(read.date("d"))).toBe("2021-01-02");
    expect(read.optionalDecimal("x")).toBe(150);
    expect(read.requiredText("t")).toBe("hello");
    expect(read.ok).toBe(true);
  });

  it("collects every problem with its column and the value as written", async () => {
    const read = new FieldReader(await rowOf("n,d,x,t,c", "abc,2021-02-30,-5,,9"));
    read.integer("n");
    read.date("d");
    read.optionalDecimal("x", { min: 0 });
    read.requiredText("t");
    read.code("c", new Map([["1", "ONE"]]));
    expect(read.problems).toEqual([
      { column: "n", reason: "is not a whole number", value: "abc" },
      { column: "d", reason: "is not a valid date (YYYY-MM-DD)", value: "2021-02-30" },
      { column: "x", reason: "must be between 0 and ∞", value: "-5" },
      { column: "t", reason: "is empty" },
      { column: "c", reason: "must be one of 1", value: "9" },
    ]);
    expect(read.result(() => "never built")).toEqual({ ok: false, problems: read.problems });
  });

  it("treats blank optional cells as null", async () => {
    const read = new FieldReader(await rowOf("a,b,c", "1,,"));
    expect(read.optionalInteger("b")).toBeNull();
    expect(read.optionalText("c")).toBeNull();
    expect(read.ok).toBe(true);
  });
});
