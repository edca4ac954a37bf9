import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { ImportRefusedError, openCsv, type CsvRow } from "./csv";

const streamOf = (text: string | Buffer) => Readable.from([Buffer.from(text)]);

async function readAll(text: string, required: string[] = ["a", "b"]) {
  const csv = await openCsv(
    { stream: streamOf(text), fileName: "test.csv" },
    required,
    "Test dataset",
  );
  const rows: CsvRow[] = [];
  for await (const row of csv.rows()) rows.push(row);
  return { csv, rows };
}

describe("openCsv", () => {
  it("reads quoted fields with embedded newlines and numbers rows as a spreadsheet does", async () => {
    const { rows } = await readAll('a,b\n1,"two\nlines"\n3,"say ""hi"""\n');
    expect(rows.map((row) => [row.number, row.text("a"), row.text("b")])).toEqual([
      [2, "1", "two\nlines"],
      [3, "3", 'say "hi"'],
    ]);
  });

  it("strips a byte-order mark and computes the sha256 of the exact bytes", async () => {
    const text = "\uFEFFa,b\n1,2\n";
    const { csv, rows } = await readAll(text);
    expect(rows[0]?.text("a")).toBe("1");
    expect(csv.checksum()).toBe(createHash("sha256").update(Buffer.from(text)).digest("hex"));
    expect(csv.checksum()).toBe(csv.checksum());
  });

  it("flags a record whose number of fields differs from the header", async () => {
    const { rows } = await readAll("a,b\n1,2\n3\n4,5,6\n");
    expect(rows.map((row) => row.shapeProblem())).toEqual([
      null,
      "expected 2 fields as in the header, found 1",
      "expected 2 fields as in the header, found 3",
    ]);
  });

  it.each([
    ["an empty file", "", /empty/],
    ["a header without rows", "a,b\n", /no data rows/],
    ["missing columns", "a,c\n1,2\n", /Missing: "b"/],
    ["repeated columns", "a,b,a\n1,2,3\n", /repeats columns/],
    ["JSON", '{"a": 1, "b": 2}\n', /cannot be read as CSV/],
    ["a text that is not this dataset", "hello world\nbye\n", /does not have the columns/],
    ["binary data", "a\u0000b\u0000,x\n1,2\n", /not a CSV text file/],
  ])("refuses %s", async (_label, text, message) => {
    await expect(readAll(text)).rejects.toThrow(message);
    await expect(readAll(text)).rejects.toBeInstanceOf(ImportRefusedError);
  });

  it("refuses a file whose quoting breaks half-way, when the row is reached", async () => {
    await expect(readAll('a,b\n1,2\n3,"unclosed\n')).rejects.toThrow(/cannot be read as CSV/);
  });

  it("refuses a missing file with a clear message", async () => {
    await expect(openCsv({ path: "/nonexistent/file.csv" }, ["a"], "Test")).rejects.toThrow(
      /does not exist/,
    );
  });
});
