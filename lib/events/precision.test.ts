import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { DatePrecision } from "@/lib/generated/prisma/enums";
import { catalogFiles } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import {
  describeEventDate,
  describeEventPlace,
  isDateImprecise,
  isFuzzySpan,
  isPlaceImprecise,
  type PlacedEvent,
} from "./precision";

function translator(locale: Locale) {
  const t = createTranslator({
    locale,
    messages: catalogFiles[locale].explore,
    namespace: "precision",
  });
  return (key: string, values?: Record<string, string | number>) =>
    t(key as Parameters<typeof t>[0], values);
}

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

function when(locale: Locale, start: string, end: string, precision: DatePrecision): string {
  return describeEventDate(
    { dateStart: date(start), dateEnd: date(end), datePrecision: precision },
    locale,
    translator(locale),
  );
}

describe("describeEventDate", () => {
  it.each<[DatePrecision, string, string, string, string]>([
    ["DAY", "2024-03-12", "2024-03-12", "on 12 March 2024", "le 12 mars 2024"],
    ["DAY", "2025-12-22", "2025-12-23", "from 22 to 23 December 2025", "du 22 au 23 décembre 2025"],
    [
      "DAY",
      "2023-12-30",
      "2024-01-02",
      "from 30 December 2023 to 2 January 2024",
      "du 30 décembre 2023 au 2 janvier 2024",
    ],
    [
      "DAYS",
      "2021-05-03",
      "2021-05-06",
      "sometime between 3 and 6 May 2021",
      "à une date comprise entre le 3 et le 6 mai 2021",
    ],
    [
      "DAYS",
      "2021-02-27",
      "2021-03-01",
      "sometime between 27 February and 1 March 2021",
      "à une date comprise entre le 27 février et le 1er mars 2021",
    ],
    [
      "WEEK",
      "2022-06-06",
      "2022-06-12",
      "sometime in the week of 6 June 2022",
      "dans la semaine du 6 juin 2022",
    ],
    ["MONTH", "2024-03-01", "2024-03-31", "sometime in March 2024", "courant mars 2024"],
    ["MONTH", "2024-02-01", "2024-02-29", "sometime in February 2024", "courant février 2024"],
    [
      "MONTH",
      "2024-03-01",
      "2024-05-31",
      "sometime between March and May 2024",
      "à une date comprise entre mars et mai 2024",
    ],
    [
      "QUARTER",
      "2024-04-01",
      "2024-06-30",
      "sometime in the second quarter of 2024",
      "au cours du deuxième trimestre 2024",
    ],
    ["YEAR", "2024-01-01", "2024-12-31", "sometime in 2024", "courant 2024"],
    [
      "YEAR",
      "2022-01-01",
      "2023-12-31",
      "sometime between 2022 and 2023",
      "à une date comprise entre 2022 et 2023",
    ],
  ])("%s %s–%s", (precision, start, end, english, french) => {
    expect(when("en", start, end, precision)).toBe(english);
    expect(when("fr", start, end, precision)).toBe(french);
  });

  it("says exactly what is known when a span does not match its precision", () => {
    expect(when("en", "2024-03-10", "2024-04-09", "MONTH")).toBe(
      "sometime between 10 March and 9 April 2024",
    );
    expect(when("fr", "2024-03-10", "2024-04-09", "YEAR")).toBe(
      "à une date comprise entre le 10 mars et le 9 avril 2024",
    );
  });
});

describe("describeEventPlace", () => {
  const base: PlacedEvent = {
    countryId: "BF",
    countryName: "Burkina Faso",
    areaId: "BF-SAHEL",
    areaName: null,
    locationName: "Djibo town",
    geoPrecision: 1,
  };
  const where = (locale: Locale, event: Partial<PlacedEvent>) =>
    describeEventPlace({ ...base, ...event }, locale, translator(locale));

  it("names the exact place without UCDP's kind suffix", () => {
    expect(where("en", {})).toBe("in Djibo");
    expect(where("fr", {})).toBe("à Djibo");
  });

  it("says how near when the place is approximate", () => {
    expect(where("en", { geoPrecision: 2 })).toBe("near Djibo, within 25 km");
    expect(where("fr", { geoPrecision: 2 })).toBe("près de Djibo, dans un rayon de 25 km");
  });

  it("falls back to the region, then the country, as precision drops", () => {
    expect(where("en", { geoPrecision: 4 })).toBe("somewhere in the Sahel region");
    expect(where("fr", { geoPrecision: 4 })).toBe("quelque part dans la région du Sahel");
    expect(where("en", { geoPrecision: 6 })).toBe("somewhere in Burkina Faso");
    expect(where("fr", { geoPrecision: 6, countryId: "ML" })).toBe("quelque part au Mali");
    expect(where("en", { geoPrecision: 3, locationName: "Soum province" })).toBe(
      "somewhere in Soum province, in the Sahel region",
    );
  });

  it("uses an unresolved area name as written when there is no known area", () => {
    expect(
      where("en", { geoPrecision: 4, areaId: null, areaName: "Timetrine region", countryId: "ML" }),
    ).toBe("somewhere in Timetrine region");
  });

  it("shows a curated location as is when no precision is recorded", () => {
    expect(where("en", { geoPrecision: null, locationName: "Bamako", areaId: null })).toBe(
      "Bamako",
    );
    expect(
      where("fr", { geoPrecision: null, locationName: null, areaId: null, countryId: "NE" }),
    ).toBe("quelque part au Niger");
  });
});

describe("events of the confederation as a whole", () => {
  it("are placed across the AES rather than somewhere in it", () => {
    const event: PlacedEvent = {
      countryId: "AES",
      countryName: "Alliance of Sahel States",
      areaId: null,
      areaName: null,
      locationName: null,
      geoPrecision: null,
    };
    expect(describeEventPlace(event, "en", translator("en"))).toBe(
      "across the Alliance of Sahel States",
    );
    expect(describeEventPlace({ ...event, geoPrecision: 6 }, "fr", translator("fr"))).toBe(
      "dans l’ensemble de l’Alliance des États du Sahel",
    );
  });
});

describe("imprecision", () => {
  it("treats only day-level dates as precise", () => {
    expect(isDateImprecise("DAY")).toBe(false);
    expect(isDateImprecise("DAYS")).toBe(false);
    expect(isDateImprecise("WEEK")).toBe(true);
    expect(isDateImprecise("YEAR")).toBe(true);
  });

  it("treats places coarser than a district as imprecise, and unknown precision as not flagged", () => {
    expect(isPlaceImprecise(3)).toBe(false);
    expect(isPlaceImprecise(4)).toBe(true);
    expect(isPlaceImprecise(null)).toBe(false);
  });

  it("draws every span that is not a known run of days as fuzzy", () => {
    expect(isFuzzySpan("DAY")).toBe(false);
    expect(isFuzzySpan("DAYS")).toBe(true);
    expect(isFuzzySpan("MONTH")).toBe(true);
  });
});
