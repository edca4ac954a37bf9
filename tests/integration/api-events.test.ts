/**
 * The public API's events: only published records, the timeline's filters meaning the same as on
 * the site, complete and stable keyset paging, errors that name the parameter, the change feed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as EventsModule from "@/lib/data/events";
import { parseEventFilters } from "@/lib/validations/event-filters";
import type * as ApiHelpers from "./helpers/api";
import { openApiWorld, type ApiWorld, type EventItem, type Page } from "./helpers/api-world";
import type { TestDatabase } from "./helpers/database";

let world: ApiWorld;
let testDb: TestDatabase;
let api: typeof ApiHelpers;
let events: typeof EventsModule;

const HIDDEN_TITLE = "Hidden draft attack near Djibo";
const hiddenIds: string[] = [];

beforeAll(async () => {
  world = await openApiWorld("api_events");
  ({ testDb, api } = world);
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

const expectError = (...args: Parameters<ApiWorld["expectError"]>) => world.expectError(...args);

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
