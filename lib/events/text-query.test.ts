import { describe, expect, it } from "vitest";
import { searchTerms, toPrefixTsQuery } from "./text-query";

describe("toPrefixTsQuery", () => {
  it("folds accents and case so that French and English spellings meet", () => {
    expect(toPrefixTsQuery("Ségou")).toBe("'segou':*");
    expect(toPrefixTsQuery("TILLABÉRI")).toBe("'tillaberi':*");
    expect(toPrefixTsQuery("Goïta")).toBe("'goita':*");
  });

  it("requires every word, each as a prefix", () => {
    expect(toPrefixTsQuery("jnim  Djibo")).toBe("'jnim':* & 'djibo':*");
  });

  it("splits on punctuation the way the document parser does", () => {
    expect(searchTerms("al-Mourabitoun, FU-AES")).toEqual(["al", "mourabitoun", "fu", "aes"]);
    expect(searchTerms("Jama'at")).toEqual(["jama", "at"]);
  });

  it("never lets tsquery operators through", () => {
    expect(toPrefixTsQuery("a & b | !c ' :* (d)")).toBe("'a':* & 'b':* & 'c':* & 'd':*");
  });

  it("gives null when nothing searchable is left", () => {
    expect(toPrefixTsQuery("")).toBeNull();
    expect(toPrefixTsQuery(" &|!' ")).toBeNull();
  });

  it("keeps a bounded number of distinct terms", () => {
    expect(searchTerms("a a b")).toEqual(["a", "b"]);
    expect(searchTerms("a b c d e f g h i j")).toHaveLength(8);
  });
});
