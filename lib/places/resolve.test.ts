import { describe, expect, it } from "vitest";
import { normalizePlaceName } from "./normalize";
import { createAreaResolver, isMissingAreaName } from "./resolve";

const entry = (placeId: string, countryId: string, alias: string) => ({
  placeId,
  countryId,
  normalized: normalizePlaceName(alias),
});

const resolver = createAreaResolver([
  entry("ML-SEGOU", "ML", "Ségou"),
  entry("ML-TOMBOUCTOU", "ML", "Timbuktu"),
  entry("ML-TOMBOUCTOU", "ML", "Tombouctou"),
  entry("BF-SAHEL", "BF", "Sahel"),
  entry("BF-SAHEL", "BF", "Soum"),
  // Two areas sharing a name: resolution must refuse to pick one.
  entry("XX-A", "XX", "Twin"),
  entry("XX-B", "XX", "Twin"),
]);

describe("resolveArea", () => {
  it("resolves spellings through the alias table", () => {
    expect(resolver.resolveArea("ML", "Segou region")).toEqual({
      kind: "resolved",
      areaId: "ML-SEGOU",
    });
    expect(resolver.resolveArea("ML", "Tombouctou region")).toEqual({
      kind: "resolved",
      areaId: "ML-TOMBOUCTOU",
    });
    expect(resolver.resolveArea("BF", "Soum province")).toEqual({
      kind: "resolved",
      areaId: "BF-SAHEL",
    });
  });

  it("only looks inside the given country", () => {
    expect(resolver.resolveArea("BF", "Ségou")).toEqual({
      kind: "unresolved",
      name: "Ségou",
      candidates: [],
    });
  });

  it("reports unknown and ambiguous names as unresolved, keeping the name as given", () => {
    expect(resolver.resolveArea("ML", " Timetrine region ")).toEqual({
      kind: "unresolved",
      name: "Timetrine region",
      candidates: [],
    });
    expect(resolver.resolveArea("XX", "Twin")).toEqual({
      kind: "unresolved",
      name: "Twin",
      candidates: ["XX-A", "XX-B"],
    });
  });

  it("treats empty cells and UCDP's NULL as no area", () => {
    expect(resolver.resolveArea("ML", "")).toEqual({ kind: "missing" });
    expect(resolver.resolveArea("ML", "NULL")).toEqual({ kind: "missing" });
    expect(resolver.resolveArea("ML", null)).toEqual({ kind: "missing" });
    expect(isMissingAreaName("  ")).toBe(true);
    expect(isMissingAreaName("Gao")).toBe(false);
  });
});
