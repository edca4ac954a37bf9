/**
 * The public API against the seeded data (UCDP GED + Candidate, OWID, IDMC, UNHCR, starter
 * dataset): only published records, the timeline's filters meaning the same as on the site,
 * complete and stable keyset paging, errors that name the parameter, conditional requests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as EventsModule from "@/lib/data/events";
import { parseEventFilters } from "@/lib/validations/event-filters";
import { runSeed } from "@/prisma/seed/run-seed";
import type * as ApiHelpers from "./helpers/api";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

let testDb: TestDatabase;
let api: typeof ApiHelpers;
let events: typeof EventsModule;

interface Page<T = Record<string, unknown>> {
  data: T[];
  meta: { limit: number; count: number; sort: string; next_cursor: string | null; as_of: string };
  links: { self: string; next: string | null };
}
interface ErrorBody {
  error: { code: string; message: string; param?: string; request_id: string };
}
interface EventItem {
  id: string;
  date: { start: string; end: string; precision: string };
  [key: string]: unknown;
}

const HIDDEN_TITLE = "Hidden draft attack near Djibo";
const hiddenIds: string[] = [];

beforeAll(async () => {
  testDb = await createTestDatabase("api");
  await runSeed(testDb.db, () => undefined);
  process.env.DATABASE_URL = testDb.url;
  api = await import("./helpers/api");
  events = await import("@/lib/data/events");
  for (const status of ["DRAFT", "IN_REVIEW", "RETRACTED"] as const) {
    const event = await testDb.db.event.create({
      data: {
        titleEn: HIDDEN_TITLE,
        titleFr: HIDDEN_TITLE,
        category: "ATTACK",
        dateStart: new Date("2022-06-01"),
        dateEnd: new Date("2022-06-01"),
        datePrecision: "DAY",
        countryId: "BF",
        areaId: "BF-SAHEL",
        fatalitiesBest: 12,
        status,
        retractionReason: status === "RETRACTED" ? "Duplicate of another report" : null,
      },
    });
    hiddenIds.push(event.id);
  }
}, 240_000);

afterAll(async () => {
  await testDb.drop();
});

async function expectError(path: string, status: number, code: string, param?: string) {
  const { status: got, body } = await api.getJson<ErrorBody>(path);
  expect(got, path).toBe(status);
  expect(body.error.code, path).toBe(code);
  if (param !== undefined) expect(body.error.param, path).toBe(param);
  expect(body.error.request_id).toMatch(/^[0-9a-f-]{36}$/);
  return body.error;
}

describe("events", () => {
  it("pages through every published event once, newest first, ties broken by id", async () => {
    const { items, pages } = await api.readAll<EventItem>("/api/v1/events?limit=500");
    const published = await testDb.db.event.count({ where: { status: "PUBLISHED" } });
    expect(items).toHaveLength(published);
    expect(pages).toBe(Math.ceil(published / 500));
    expect(new Set(items.map((item) => item.id)).size).toBe(published);
    const keys = items.map((item) => `${item.date.start}|${item.id}`);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it("selects exactly what the timeline's filters select", async () => {
    const queries = [
      "country=bf&category=violence-against-civilians&from=2022-01-01&to=2023-12-31",
      "country=ml,ne&category=battle",
      "area=ML-SEGOU&precise=1",
      "actor=jnim&fatalitiesMin=10",
      "q=djibo",
      "fatalitiesMin=0&fatalitiesMax=5&from=2021-06-01",
    ];
    for (const query of queries) {
      const parsed = parseEventFilters(new URLSearchParams(query));
      if (!parsed.ok) throw new Error(query);
      const expected = await testDb.db.event.findMany({
        where: await events.publishedEventWhere(parsed.filters),
        select: { id: true },
      });
      const { items } = await api.readAll<EventItem>(`/api/v1/events?limit=500&${query}`);
      expect(items.map((item) => item.id).sort(), query).toEqual(
        expected.map((row) => row.id).sort(),
      );
      expect(items.length, query).toBeGreaterThan(0);
    }
  });

  it("never shows drafts, events in review or retracted events", async () => {
    const { items } = await api.readAll<EventItem>("/api/v1/events?limit=500&q=djibo");
    expect(items.some((item) => hiddenIds.includes(item.id))).toBe(false);
    for (const id of hiddenIds) await expectError(`/api/v1/events/${id}`, 404, "not_found");
  });

  it("serves one event with its dates, place, toll, actors and citations", async () => {
    const row = await testDb.db.event.findFirstOrThrow({
      where: { status: "PUBLISHED", datePrecision: "MONTH", actors: { some: {} } },
      include: { actors: true, citations: true },
    });
    const { status, body } = await api.getJson<{ data: EventItem & Record<string, unknown> }>(
      `/api/v1/events/${row.id}`,
    );
    expect(status).toBe(200);
    const event = body.data;
    expect(event.date.precision).toBe("month");
    expect(event.date.start.slice(0, 7)).toBe(event.date.end.slice(0, 7));
    expect(event.actors).toHaveLength(row.actors.length);
    expect(event.citations).toHaveLength(row.citations.length);
    expect(event.fatalities).toMatchObject({ best: row.fatalitiesBest });
  });

  it("returns only the fields asked for, always with the id", async () => {
    const { body } = await api.getJson<Page>("/api/v1/events?limit=3&fields=date,title");
    for (const item of body.data) expect(Object.keys(item).sort()).toEqual(["date", "id", "title"]);
  });

  it("sorts by an allowlisted key only, oldest first when asked", async () => {
    const { body } = await api.getJson<Page<EventItem>>("/api/v1/events?limit=20&sort=date");
    const starts = body.data.map((item) => item.date.start);
    expect(starts).toEqual([...starts].sort());
    await expectError("/api/v1/events?sort=fatalities", 400, "invalid_parameter", "sort");
  });

  it("refuses bad parameters with a 400 that names them", async () => {
    const cases: [string, string, string][] = [
      ["country=xx", "invalid_parameter", "country"],
      ["area=ml-nowhere", "invalid_parameter", "area"],
      ["category=riot", "invalid_parameter", "category"],
      ["actor=no-such-actor", "invalid_parameter", "actor"],
      ["from=2022-02-30", "invalid_parameter", "from"],
      ["from=2023-01-01&to=2022-01-01", "invalid_parameter", "to"],
      ["fatalitiesMin=-1", "invalid_parameter", "fatalitiesMin"],
      ["fatalitiesMin=9&fatalitiesMax=3", "invalid_parameter", "fatalitiesMax"],
      ["limit=0", "invalid_parameter", "limit"],
      ["limit=501", "invalid_parameter", "limit"],
      ["limit=ten", "invalid_parameter", "limit"],
      ["fields=date,secret", "invalid_parameter", "fields"],
      ["updated_since=yesterday", "invalid_parameter", "updated_since"],
      ["cursor=not-a-cursor", "invalid_parameter", "cursor"],
      ["countries=bf", "unknown_parameter", "countries"],
    ];
    for (const [query, code, param] of cases) {
      const error = await expectError(`/api/v1/events?${query}`, 400, code, param);
      expect(error.message.startsWith(`${param}:`), query).toBe(true);
    }
    await expectError("/api/v1/events/not-a-uuid", 400, "invalid_parameter", "id");
    await expectError("/api/v1/events/00000000-0000-4000-8000-000000000000", 404, "not_found");
  });

  it("refuses a cursor used with other filters or edited by hand", async () => {
    const { body } = await api.getJson<Page>("/api/v1/events?limit=2&country=bf");
    const cursor = body.meta.next_cursor ?? "";
    expect(cursor).not.toBe("");
    await expectError(
      `/api/v1/events?limit=2&country=ml&cursor=${cursor}`,
      400,
      "invalid_parameter",
      "cursor",
    );
    await expectError(
      `/api/v1/events?limit=2&country=bf&sort=date&cursor=${cursor}`,
      400,
      "invalid_parameter",
      "cursor",
    );
    const [version, sort, scope] = JSON.parse(
      Buffer.from(cursor, "base64url").toString(),
    ) as unknown[];
    const forged = Buffer.from(
      JSON.stringify([version, sort, scope, "2022-13-45'; DROP TABLE events;--", "x"]),
    ).toString("base64url");
    await expectError(
      `/api/v1/events?limit=2&country=bf&cursor=${forged}`,
      400,
      "invalid_parameter",
      "cursor",
    );
  });
});

describe("updated_since", () => {
  it("pages by change time without skipping or repeating, whatever the page size", async () => {
    const { items, pages } = await api.readAll<{ id: string; updated_at: string }>(
      "/api/v1/observations?limit=37&updated_since=2000-01-01T00:00:00Z",
    );
    expect(pages).toBeGreaterThan(10);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(items).toHaveLength(
      await testDb.db.observation.count({
        where: { status: "PUBLISHED", indicator: { status: "PUBLISHED" } },
      }),
    );
    const stamps = items.map((item) => item.updated_at);
    expect(stamps).toEqual([...stamps].sort());
  });

  it("returns only what changed at or after the instant", async () => {
    const { body } = await api.getJson<Page>("/api/v1/actors?limit=1");
    const since = body.meta.as_of;
    expect((await api.getJson<Page>(`/api/v1/actors?updated_since=${since}`)).body.data).toEqual(
      [],
    );
    const actor = await testDb.db.actor.findFirstOrThrow({ where: { slug: "jnim" } });
    await testDb.db.actor.update({
      where: { id: actor.id },
      data: { descriptionEn: "Changed for the test", version: { increment: 1 } },
    });
    const { body: changed } = await api.getJson<Page<{ id: string }>>(
      `/api/v1/actors?updated_since=${since}`,
    );
    expect(changed.data.map((item) => item.id)).toEqual([actor.id]);
    expect(changed.meta.sort).toBe("updated");
  });
});

describe("the other collections", () => {
  it("lists indicators, observations by indicator, place, period and source", async () => {
    const indicators = await api.readAll<{ slug: string; measure: string }>("/api/v1/indicators");
    expect(indicators.items.map((item) => item.slug)).toContain("unhcr-idps");
    const { items } = await api.readAll<{
      place_id: string;
      period: { start: string; end: string };
    }>(
      "/api/v1/observations?indicator=unhcr-idps&place=bf,ml&from=2015-01-01&to=2020-12-31&limit=7",
    );
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(["BF", "ML"]).toContain(item.place_id);
      expect(item.period.end >= "2015-01-01" && item.period.start <= "2020-12-31").toBe(true);
    }
    const cited = await api.readAll("/api/v1/observations?source=idmc-gidd&limit=500");
    expect(cited.items).toHaveLength(
      await testDb.db.observation.count({
        where: { status: "PUBLISHED", citations: { some: { source: { slug: "idmc-gidd" } } } },
      }),
    );
    await expectError(
      "/api/v1/observations?indicator=no-such-indicator",
      400,
      "invalid_parameter",
      "indicator",
    );
    await expectError("/api/v1/observations?place=zz", 400, "invalid_parameter", "place");
  });

  it("aggregates an indicator by year, summing a flow's months, and refuses a finer split", async () => {
    const { status, body } = await api.getJson<{
      data: {
        aggregation: string;
        places: {
          place_id: string;
          cells: { bucket: string; state: string; value: number | null }[];
        }[];
      };
    }>(
      "/api/v1/indicators/ucdp-deaths-all-types/series?aggregation=year&place=ml&from=2015-01-01&to=2019-12-31",
    );
    expect(status).toBe(200);
    expect(body.data.aggregation).toBe("year");
    const [mali] = body.data.places;
    expect(mali?.place_id).toBe("ML");
    const cell2018 = mali?.cells.find((cell) => cell.bucket === "2018");
    const rows = await testDb.db.observation.findMany({
      where: {
        indicator: { slug: "ucdp-deaths-all-types" },
        placeId: "ML",
        periodStart: { gte: new Date("2018-01-01") },
        periodEnd: { lte: new Date("2018-12-31") },
      },
    });
    expect(cell2018?.value).toBe(rows.reduce((total, row) => total + (row.value ?? 0), 0));
    await expectError(
      "/api/v1/indicators/owid-ucdp-conflict-deaths-nonexistent/series",
      404,
      "not_found",
    );
  });

  it("gives institutions their published milestones with dated ranges", async () => {
    const { body } = await api.getJson<{
      data: { milestones: { date: { start: string; end: string; precision: string } | null }[] };
    }>("/api/v1/institutions/fu-aes");
    expect(body.data.milestones.length).toBeGreaterThan(0);
    for (const milestone of body.data.milestones) {
      if (milestone.date?.precision === "month") {
        expect(milestone.date.start.endsWith("-01")).toBe(true);
        expect(milestone.date.start.slice(0, 7)).toBe(milestone.date.end.slice(0, 7));
      }
    }
  });

  it("draws places: Burkina Faso's regions as one polygon each, the AES, none for Ménaka", async () => {
    const sahel = await api.getJson<{
      data: { geometry: { type: string; coordinates: unknown[] } };
    }>("/api/v1/places/bf-sahel");
    expect(sahel.body.data.geometry.type).toBe("Polygon");
    const aes = await api.getJson<{ data: { geometry: { type: string } | null } }>(
      "/api/v1/places/AES",
    );
    expect(aes.body.data.geometry).not.toBeNull();
    const menaka = await api.getJson<{ data: { geometry: unknown } }>("/api/v1/places/ML-MENAKA");
    expect(menaka.body.data.geometry).toBeNull();
    const countries = await api.getJson<Page<{ geometry?: unknown }>>(
      "/api/v1/places?kind=country",
    );
    expect(countries.body.data).toHaveLength(3);
    expect(countries.body.data.every((place) => !("geometry" in place))).toBe(true);
    const drawn = await api.getJson<Page<{ geometry?: unknown }>>(
      "/api/v1/places?kind=country&geometry=1",
    );
    expect(drawn.body.data.every((place) => place.geometry !== undefined)).toBe(true);
  });

  it("finds actors and sources by slug or id, and never shows staff fields", async () => {
    const actor = await api.getJson<{ data: { id: string; slug: string } }>("/api/v1/actors/jnim");
    expect(actor.status).toBe(200);
    const byId = await api.getJson<{ data: { slug: string } }>(
      `/api/v1/actors/${actor.body.data.id}`,
    );
    expect(byId.body.data.slug).toBe("jnim");
    for (const path of [
      "/api/v1/sources?limit=500",
      "/api/v1/actors?limit=500",
      "/api/v1/institutions",
    ]) {
      const text = await (await api.callApi(path)).text();
      expect(text, path).not.toMatch(/created_?by|updated_?by|graded_?by|@example|password|email/i);
    }
  });
});

describe("caching", () => {
  it("answers 304 while nothing changed, and a new ETag as soon as something is published", async () => {
    const path = "/api/v1/events?limit=5&country=ml";
    const first = await api.callApi(path);
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    const again = await api.callApi(path, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");

    const target = await testDb.db.event.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    await testDb.db.event.update({
      where: { id: target.id },
      data: { summaryEn: "Corrected summary", version: { increment: 1 } },
    });
    const after = await api.callApi(path, { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  it("gives a Last-Modified once its second is safely over, and honours If-Modified-Since", async () => {
    await testDb.db.$executeRaw`UPDATE api_data_version SET changed_at = now() - interval '1 hour'`;
    const first = await api.callApi("/api/v1/sources");
    const lastModified = first.headers.get("last-modified") ?? "";
    expect(Date.parse(lastModified)).toBeLessThan(Date.now() - 3_000_000);
    const same = await api.callApi("/api/v1/sources", { "If-Modified-Since": lastModified });
    expect(same.status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await api.callApi("/api/v1/sources", { "If-Modified-Since": earlier })).status).toBe(
      200,
    );
  });
});

describe("errors outside the endpoints", () => {
  it("answers an unknown API path with a JSON 404", async () => {
    await expectError("/api/v1/nothing/here", 404, "not_found");
  });

  it("masks an unexpected failure as a 500 with a request id and no details", async () => {
    await testDb.db.$executeRaw`ALTER TABLE api_data_version RENAME TO api_data_version_away`;
    try {
      const response = await api.callApi("/api/v1/sources");
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/api_data_version|prisma|at \w+ \(|\.ts:/i);
      const body = JSON.parse(text) as ErrorBody;
      expect(body.error.code).toBe("internal_error");
      expect(response.headers.get("x-request-id")).toBe(body.error.request_id);
    } finally {
      await testDb.db.$executeRaw`ALTER TABLE api_data_version_away RENAME TO api_data_version`;
    }
  });
});

describe("deletions feed", () => {
  it("lists a retraction with its public note, and a deletion", async () => {
    const { body: before } = await api.getJson<Page>("/api/v1/changes/deletions");
    const since = before.meta.as_of;
    const [retracted, deleted] = await testDb.db.event.findMany({
      where: { status: "PUBLISHED", institutions: { none: {} }, milestones: { none: {} } },
      take: 2,
      orderBy: { id: "asc" },
    });
    if (!retracted || !deleted) throw new Error("seed has too few events");
    await testDb.db.event.update({
      where: { id: retracted.id },
      data: { status: "RETRACTED", retractionReason: "Misattributed" },
    });
    await testDb.db.$transaction([
      testDb.db.$executeRaw`SELECT set_config('sahel.deletion_note', 'Test record', true)`,
      testDb.db.event.delete({ where: { id: deleted.id } }),
    ]);
    const { items } = await api.readAll<{
      type: string;
      id: string;
      reason: string;
      note: string | null;
    }>(`/api/v1/changes/deletions?since=${since}&type=event`);
    expect(items).toEqual([
      expect.objectContaining({
        type: "event",
        id: retracted.id,
        reason: "retracted",
        note: "Misattributed",
      }),
      expect.objectContaining({
        type: "event",
        id: deleted.id,
        reason: "deleted",
        note: "Test record",
      }),
    ]);
  });
});
