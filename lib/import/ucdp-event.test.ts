import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPlaceRecords } from "@/lib/places/build";
import { loadCountryOutlines, type CountryOutlines } from "@/lib/places/directory";
import { ADMIN1_MAP_FILE, PLACES_DATA_DIR, readFeatureCollection } from "@/lib/places/geojson";
import { normalizePlaceName } from "@/lib/places/normalize";
import { createAreaResolver } from "@/lib/places/resolve";
import { buildUcdpEvent, changedEventFields, type UcdpEventContext } from "./ucdp-event";
import type { UcdpEventRow } from "./ucdp-row";

let context: UcdpEventContext;

beforeAll(async () => {
  const { places, aliases } = buildPlaceRecords(
    await readFeatureCollection(path.join(PLACES_DATA_DIR, ADMIN1_MAP_FILE)),
  );
  const byId = new Map(places.map((place) => [place.id, place]));
  const resolver = createAreaResolver(
    aliases.flatMap((alias) => {
      const place = byId.get(alias.placeId);
      return place?.kind === "ADMIN1" && place.parentId
        ? [{ ...alias, countryId: place.parentId }]
        : [];
    }),
  );
  const countries = places.filter((place) => place.kind === "COUNTRY");
  const outlines: CountryOutlines = await loadCountryOutlines(countries);
  context = {
    places: {
      resolveArea: resolver.resolveArea,
      countryIdByName: (name) =>
        countries.find((c) => normalizePlaceName(c.nameEn) === normalizePlaceName(name))?.id ??
        null,
      find: (id) => byId.get(id),
    },
    outlines,
    dataStatus: "FINAL",
  };
});

const ROW: UcdpEventRow = {
  ucdpId: "1",
  violenceType: 1,
  sideA: { name: "Government of Mali", actors: ["Government of Mali"] },
  sideB: { name: "JNIM", actors: ["JNIM"] },
  dateStart: new Date("2020-05-01T00:00:00Z"),
  dateEnd: new Date("2020-05-01T00:00:00Z"),
  datePrecision: "DAY",
  countryName: "Mali",
  countryGwCode: 432,
  adm1: "Segou region",
  locationName: "Diabaly",
  latitude: 14.69,
  longitude: -6.02,
  geoPrecision: 1,
  deathsSideA: 2,
  deathsSideB: 3,
  deathsCivilians: 0,
  deathsUnknown: 1,
  best: 6,
  low: 5,
  high: 8,
  numberOfSources: 2,
  sourceArticle: "AFP",
  codeStatus: "Clear",
};

function build(overrides: Partial<UcdpEventRow> = {}) {
  const result = buildUcdpEvent({ ...ROW, ...overrides }, context);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe("buildUcdpEvent", () => {
  it("maps a clean row without flags", () => {
    const { fields, sideA, sideB } = build();
    expect(fields).toMatchObject({
      category: "BATTLE",
      ucdpViolenceType: 1,
      countryId: "ML",
      areaId: "ML-SEGOU",
      areaName: null,
      fatalitiesBest: 6,
      fatalitiesSideA: 2,
      fatalitiesUnknown: 1,
      qualityFlags: [],
      dataStatus: "FINAL",
      sourceText: "AFP",
      sourceCodeStatus: "Clear",
      titleEn: "Clash between Government of Mali and JNIM in the Ségou region",
      titleFr: "Affrontement entre le gouvernement du Mali et le JNIM dans la région de Ségou",
    });
    expect([sideA, sideB]).toEqual([["Government of Mali"], ["JNIM"]]);
  });

  it("maps one-sided violence to violence against civilians", () => {
    const { fields } = build({
      violenceType: 3,
      sideA: { name: "IS", actors: ["IS"] },
      sideB: { name: "Civilians", actors: ["Civilians"] },
      countryName: "Burkina Faso",
      countryGwCode: 439,
      adm1: "Sahel region",
      latitude: 14.1,
      longitude: -0.3,
    });
    expect(fields).toMatchObject({
      category: "VIOLENCE_AGAINST_CIVILIANS",
      ucdpViolenceType: 3,
      areaId: "BF-SAHEL",
      titleEn: "Violence against civilians by IS in the Sahel region",
      titleFr: "Violences contre des civils par l’État islamique dans la région du Sahel",
    });
  });

  it("maps a non-state clash to BATTLE and keeps the UCDP type", () => {
    expect(build({ violenceType: 2 }).fields).toMatchObject({
      category: "BATTLE",
      ucdpViolenceType: 2,
    });
  });

  it("flags, but keeps, best outside [low, high] and a death split that does not add up", () => {
    const { fields } = build({ best: 10, high: 8 });
    expect(fields.fatalitiesBest).toBe(10);
    expect(fields.fatalitiesHigh).toBe(8);
    expect(fields.qualityFlags).toEqual(["BEST_OUTSIDE_RANGE", "DEATHS_SPLIT_MISMATCH"]);
  });

  it("flags coordinates outside the stated country and keeps them", () => {
    // Niamey, attributed to Mali.
    const { fields } = build({ latitude: 13.51, longitude: 2.11 });
    expect(fields).toMatchObject({
      latitude: 13.51,
      longitude: 2.11,
      qualityFlags: ["COORDINATES_OUTSIDE_COUNTRY"],
    });
  });

  it("keeps an unresolved area name and flags it; an absent one is neither", () => {
    const unresolved = build({ adm1: "Timetrine region" }).fields;
    expect(unresolved).toMatchObject({
      areaId: null,
      areaName: "Timetrine region",
      qualityFlags: ["UNRESOLVED_AREA"],
    });
    expect(unresolved.titleEn).toBe("Clash between Government of Mali and JNIM in Mali");
    expect(unresolved.titleFr).toBe(
      "Affrontement entre le gouvernement du Mali et le JNIM au Mali",
    );
    expect(build({ adm1: null }).fields).toMatchObject({
      areaId: null,
      areaName: null,
      qualityFlags: [],
    });
  });

  it("rejects an unknown country, or a country_id that contradicts the country", () => {
    expect(buildUcdpEvent({ ...ROW, countryName: "Atlantis" }, context)).toEqual({
      ok: false,
      problems: [{ column: "country", reason: "is not a known country", value: "Atlantis" }],
    });
    const mismatch = buildUcdpEvent({ ...ROW, countryGwCode: 436 }, context);
    expect(mismatch.ok ? null : mismatch.problems[0]?.column).toBe("country_id");
  });

  it("is deterministic", () => {
    expect(build()).toEqual(build());
  });
});

describe("changedEventFields", () => {
  it("compares dates by value and flag lists by content", () => {
    const { fields } = build({ best: 10, high: 8 });
    const stored = {
      ...fields,
      dateStart: new Date(fields.dateStart),
      qualityFlags: [...fields.qualityFlags],
    };
    expect(changedEventFields(stored, fields)).toEqual([]);
    expect(
      changedEventFields({ ...stored, fatalitiesBest: 9, dataStatus: "PROVISIONAL" }, fields),
    ).toEqual(["fatalitiesBest", "dataStatus"]);
  });
});
