import { describe, expect, it } from "vitest";
import { ucdpEventTitles } from "./ucdp-titles";

const inSegou = { whereEn: "in the Ségou region", whereFr: "dans la région de Ségou" };

describe("ucdpEventTitles", () => {
  it("titles a clash between two sides", () => {
    expect(
      ucdpEventTitles({
        violenceType: 1,
        sideA: ["Government of Mali"],
        sideB: ["JNIM"],
        ...inSegou,
      }),
    ).toEqual({
      titleEn: "Clash between Government of Mali and JNIM in the Ségou region",
      titleFr: "Affrontement entre le gouvernement du Mali et le JNIM dans la région de Ségou",
    });
  });

  it("titles one-sided violence by its perpetrator", () => {
    expect(
      ucdpEventTitles({ violenceType: 3, sideA: ["JNIM"], sideB: ["Civilians"], ...inSegou }),
    ).toEqual({
      titleEn: "Violence against civilians by JNIM in the Ségou region",
      titleFr: "Violences contre des civils par le JNIM dans la région de Ségou",
    });
  });

  it("lists joint actors and uses unknown names bare in French", () => {
    const titles = ucdpEventTitles({
      violenceType: 2,
      sideA: ["CMA"],
      sideB: ["GATIA", "Sékou Bolly group"],
      whereEn: "in Mali",
      whereFr: "au Mali",
    });
    expect(titles.titleEn).toBe("Clash between CMA and GATIA, Sékou Bolly group in Mali");
    expect(titles.titleFr).toBe("Affrontement entre la CMA et le GATIA, Sékou Bolly group au Mali");
  });
});
