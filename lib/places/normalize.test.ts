import { describe, expect, it } from "vitest";
import { normalizePlaceName, placeIdFragment } from "./normalize";

describe("normalizePlaceName", () => {
  it.each([
    ["Ségou", "segou"],
    ["Segou region", "segou"],
    ["Région de Ségou", "segou"],
    ["SÉGOU RÉGION", "segou"],
    ["Tillabéri region", "tillaberi"],
    ["Centre-Nord", "centre nord"],
    ["Centre Nord region", "centre nord"],
    ["Province de l'Oudalan", "oudalan"],
    ["Province de l’Oudalan", "oudalan"],
    ["Province du Soum", "soum"],
    ["Boucle du Mouhoun region", "boucle du mouhoun"],
    ["  Ménaka   region ", "menaka"],
    ["Goïta", "goita"],
    ["Timbuct\u009d", "timbuct"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizePlaceName(raw)).toBe(expected);
  });

  it("keeps articles that are part of the name", () => {
    expect(normalizePlaceName("Province de la Boucle du Mouhoun")).toBe("boucle du mouhoun");
  });

  it("returns an empty key for a bare designator", () => {
    expect(normalizePlaceName("Region")).toBe("");
    expect(normalizePlaceName("")).toBe("");
  });
});

describe("placeIdFragment", () => {
  it("builds readable upper-case ids without accents", () => {
    expect(placeIdFragment("Boucle du Mouhoun")).toBe("BOUCLE-DU-MOUHOUN");
    expect(placeIdFragment("Tillabéri")).toBe("TILLABERI");
  });
});
