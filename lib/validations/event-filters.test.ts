import { describe, expect, it } from "vitest";
import {
  EMPTY_EVENT_FILTERS,
  hasActiveFilters,
  parseEventFilters,
  parseEventFiltersIgnoringInvalid,
  toSearchParams,
  type EventFilters,
} from "./event-filters";

function parsed(query: string, actorSlugs?: ReadonlySet<string>): EventFilters {
  const result = parseEventFilters(new URLSearchParams(query), { actorSlugs });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.filters;
}

describe("parseEventFilters", () => {
  it("gives empty filters for an empty query and ignores parameters that are not filters", () => {
    expect(parsed("")).toEqual(EMPTY_EVENT_FILTERS);
    expect(parsed("span=2020-01-01..2021-01-01&page=3&lanes=category")).toEqual(
      EMPTY_EVENT_FILTERS,
    );
  });

  it("reads every filter, case-insensitively, into canonical values", () => {
    expect(
      parsed(
        "country=BF&country=ml&area=BF-Sahel&category=Violence-Against-Civilians&actor=jnim" +
          "&from=2022-01-01&to=2023-12-31&fatalitiesMin=5&fatalitiesMax=500&precise=1&q=Djibo",
      ),
    ).toEqual({
      country: ["BF", "ML"],
      area: ["BF-SAHEL"],
      category: ["VIOLENCE_AGAINST_CIVILIANS"],
      actor: ["jnim"],
      from: "2022-01-01",
      to: "2023-12-31",
      fatalitiesMin: 5,
      fatalitiesMax: 500,
      precise: true,
      q: "Djibo",
    });
  });

  it("accepts comma-separated lists and drops repeated values", () => {
    expect(parsed("country=bf,ne,bf").country).toEqual(["BF", "NE"]);
  });

  it("reads Next's searchParams objects as well as URLSearchParams", () => {
    const result = parseEventFilters({ country: ["bf", "ml"], precise: "1", page: "2" });
    expect(result).toEqual({
      ok: true,
      filters: { ...EMPTY_EVENT_FILTERS, country: ["BF", "ML"], precise: true },
    });
  });

  it("treats empty form fields as unset", () => {
    expect(parsed("from=&to=&q=&fatalitiesMin=")).toEqual(EMPTY_EVENT_FILTERS);
  });

  it("keeps commas inside the text query", () => {
    expect(parsed("q=Gao,+Kidal").q).toBe("Gao, Kidal");
  });

  it.each([
    ["country=fr", "country", "unknownValue", "fr"],
    ["area=ml-paris", "area", "unknownValue", "ml-paris"],
    ["category=massacre", "category", "unknownValue", "massacre"],
    ["actor=Not%20a%20slug!", "actor", "unknownValue", "Not a slug!"],
    ["from=2023-02-30", "from", "invalidDate", "2023-02-30"],
    ["to=yesterday", "to", "invalidDate", "yesterday"],
    ["fatalitiesMin=-3", "fatalitiesMin", "invalidNumber", "-3"],
    ["fatalitiesMax=1e3", "fatalitiesMax", "invalidNumber", "1e3"],
    ["precise=maybe", "precise", "unknownValue", "maybe"],
    ["from=2024-01-01&to=2023-01-01", "to", "reversedRange", "2023-01-01"],
    ["fatalitiesMin=10&fatalitiesMax=2", "fatalitiesMax", "reversedRange", "2"],
  ])("refuses %s with a clear issue", (query, param, code, value) => {
    const result = parseEventFilters(new URLSearchParams(query));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ param, code, value });
    expect(result.issues[0]?.message).toContain(param);
  });

  it("reports every bad parameter at once", () => {
    const result = parseEventFilters(new URLSearchParams("country=xx&category=yy&from=nope"));
    expect(result.ok ? [] : result.issues.map((issue) => issue.param)).toEqual([
      "country",
      "category",
      "from",
    ]);
  });

  it("checks actor slugs against the known ones when given", () => {
    const known = new Set(["jnim", "issp"]);
    expect(parsed("actor=JNIM", known).actor).toEqual(["jnim"]);
    const result = parseEventFilters(new URLSearchParams("actor=jnim,wagner"), {
      actorSlugs: known,
    });
    expect(result.ok ? null : result.issues).toEqual([
      expect.objectContaining({ param: "actor", code: "unknownValue", value: "wagner" }),
    ]);
  });

  it("refuses overlong lists and queries", () => {
    const many = Array.from({ length: 31 }, () => "country=bf").join("&");
    expect(parseEventFilters(new URLSearchParams(many)).ok).toBe(false);
    expect(parseEventFilters(new URLSearchParams(`q=${"a".repeat(201)}`)).ok).toBe(false);
  });
});

describe("toSearchParams", () => {
  it("round-trips through parseEventFilters", () => {
    const filters: EventFilters = {
      country: ["BF"],
      area: ["BF-SAHEL", "ML-SEGOU"],
      category: ["VIOLENCE_AGAINST_CIVILIANS", "BATTLE"],
      actor: ["jnim"],
      from: "2022-01-01",
      to: "2023-12-31",
      fatalitiesMin: 0,
      fatalitiesMax: 40,
      precise: true,
      q: "Ségou",
    };
    const params = toSearchParams(filters);
    expect(params.toString()).toBe(
      "country=bf&area=bf-sahel&area=ml-segou&category=violence-against-civilians" +
        "&category=battle&actor=jnim&from=2022-01-01&to=2023-12-31&fatalitiesMin=0" +
        "&fatalitiesMax=40&precise=1&q=S%C3%A9gou",
    );
    expect(parsed(params.toString())).toEqual(filters);
  });

  it("writes nothing for empty filters", () => {
    expect(toSearchParams(EMPTY_EVENT_FILTERS).toString()).toBe("");
    expect(hasActiveFilters(EMPTY_EVENT_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_EVENT_FILTERS, precise: true })).toBe(true);
  });
});

describe("parseEventFiltersIgnoringInvalid", () => {
  it("keeps the valid filters and reports the invalid ones", () => {
    const { filters, issues } = parseEventFiltersIgnoringInvalid(
      new URLSearchParams("country=bf&category=nope&from=2022-01-01&to=2021-01-01"),
    );
    expect(filters).toEqual({ ...EMPTY_EVENT_FILTERS, country: ["BF"], from: "2022-01-01" });
    expect(issues.map((issue) => `${issue.param}:${issue.code}`)).toEqual([
      "category:unknownValue",
      "to:reversedRange",
    ]);
  });
});
