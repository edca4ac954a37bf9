/**
 * The public API's other collections (indicators, observations, institutions, places, actors,
 * sources), conditional requests, errors outside the endpoints and the deletions feed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as ApiHelpers from "./helpers/api";
import { openApiWorld, type ApiWorld, type ErrorBody, type Page } from "./helpers/api-world";
import type { TestDatabase } from "./helpers/database";

let world: ApiWorld;
let testDb: TestDatabase;
let api: typeof ApiHelpers;

beforeAll(async () => {
  world = await openApiWorld("api_collections");
  ({ testDb, api } = world);
}, 240_000);

afterAll(async () => {
  await testDb.drop();
});

const expectError = (...args: Parameters<ApiWorld["expectError"]>) => world.expectError(...args);

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
