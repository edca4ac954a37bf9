import { describe, expect, it } from "vitest";
import { eventDataSchema } from "./event";

const valid = {
  titleEn: "Attack near Djibo",
  category: "ATTACK",
  datePrecision: "DAY",
  dateStart: "2026-02-20",
  dateEnd: "2026-02-20",
  countryId: "BF",
  fatalitiesBest: "12",
};

const errorsOf = (input: unknown) => {
  const result = eventDataSchema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("eventDataSchema", () => {
  it("normalizes form input: empty text and numbers as null, numbers from strings", () => {
    const parsed = eventDataSchema.parse({ ...valid, titleFr: "  ", fatalitiesLow: "" });
    expect(parsed).toMatchObject({
      titleFr: null,
      fatalitiesLow: null,
      fatalitiesBest: 12,
      actors: [],
      citations: [],
    });
  });

  it("never carries workflow fields, whatever is posted", () => {
    const parsed = eventDataSchema.parse({
      ...valid,
      status: "PUBLISHED",
      createdById: "x",
      version: 9,
    });
    expect(parsed).not.toHaveProperty("status");
    expect(parsed).not.toHaveProperty("createdById");
    expect(parsed).not.toHaveProperty("version");
  });

  it("refuses content that makes no sense, on the field concerned", () => {
    expect(errorsOf({ ...valid, titleEn: "" })).toMatchObject({ titleEn: "titleRequired" });
    expect(errorsOf({ ...valid, areaId: "ML-SEGOU" })).toMatchObject({
      areaId: "areaNotInCountry",
    });
    expect(errorsOf({ ...valid, fatalitiesLow: 20, fatalitiesHigh: 10 })).toMatchObject({
      fatalitiesHigh: "lowAboveHigh",
    });
    expect(errorsOf({ ...valid, fatalitiesBest: -1 })).toMatchObject({
      fatalitiesBest: "nonNegative",
    });
    expect(errorsOf({ ...valid, datePrecision: "MONTH", dateEnd: "2026-04-02" })).toMatchObject({
      dateEnd: "dateMonthSpan",
    });
  });

  it("orders actor links canonically, so reordering them is not a change", () => {
    const a = "0196a1b2-0000-7000-8000-000000000001";
    const b = "0196a1b2-0000-7000-8000-000000000002";
    const parsed = eventDataSchema.parse({
      ...valid,
      actors: [
        { actorId: b, role: "SIDE_A" },
        { actorId: a, role: "SIDE_A" },
      ],
    });
    expect(parsed.actors.map((link) => link.actorId)).toEqual([a, b]);
  });
});
