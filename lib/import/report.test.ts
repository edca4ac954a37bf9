import { describe, expect, it } from "vitest";
import { formatReport, ReportBuilder } from "./report";

describe("ReportBuilder / formatReport", () => {
  it("counts outcomes, rejects each row once and prints the first rejected rows", () => {
    const builder = new ReportBuilder({
      importer: "ucdp-ged",
      dataset: "UCDP Georeferenced Event Dataset",
      fileName: "ged.csv",
      unit: "event",
      dryRun: true,
      attribution: "UCDP",
    });
    builder.rowsRead = 30;
    builder.count("inserted", 5);
    builder.count("unchanged");
    for (let row = 2; row < 26; row += 1)
      builder.reject(row, [{ column: "best_est", reason: "is not a whole number", value: "x" }]);
    builder.reject(2, [{ column: "id", reason: "again" }]);
    builder.tally("flag BEST_OUTSIDE_RANGE", 2);
    const report = builder.finish("abc", null);
    expect(report.counts).toEqual({ inserted: 5, updated: 0, unchanged: 1, rejected: 24 });
    const text = formatReport(report);
    expect(text).toContain("DRY RUN — nothing was written.");
    expect(text).toContain("events inserted: 5, updated: 0, unchanged: 1; rows rejected: 24");
    expect(text).toContain('row 2: column best_est: is not a whole number ("x")');
    expect(text).toContain("rejected rows (first 20 of 24):");
    expect(text).not.toContain("row 22:");
    expect(text).toContain("flag BEST_OUTSIDE_RANGE: 2");
  });
});
