/**
 * The public event filters against the seeded data (UCDP GED + Candidate + starter dataset):
 * the Prisma `where` and the SQL condition select exactly the same published events, each filter
 * means what it says, unpublished events never appear, and the timeline's window data stays small
 * whatever the number of events (checked with 10,000 synthetic events on top of the seed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as EventsModule from "@/lib/data/events";
import type * as TimelineModule from "@/lib/data/timeline";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseSpan } from "@/lib/events/timeline-scale";
import {
  EMPTY_EVENT_FILTERS,
  parseEventFilters,
  type EventFilters,
} from "@/lib/validations/event-filters";
import { runSeed } from "@/prisma/seed/run-seed";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

let testDb: TestDatabase;
// The data layer reads through the app's database client, so it is imported once DATABASE_URL
// points at this file's database.
let events: typeof EventsModule;
let timeline: typeof TimelineModule;

const filtersOf = (query: string): EventFilters => {
  const parsed = parseEventFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.filters;
};

async function countBoth(filters: EventFilters): Promise<{ prisma: number; sql: number }> {
  const prisma = await testDb.db.event.count({ where: await events.publishedEventWhere(filters) });
  const [row] = await testDb.db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM events e WHERE ${events.publishedEventCondition(filters)}`;
  return { prisma, sql: Number(row?.count ?? -1) };
}

async function matching<S extends Prisma.EventSelect>(filters: EventFilters, select: S) {
  return testDb.db.event.findMany({ where: await events.publishedEventWhere(filters), select });
}

const UNPUBLISHED_TITLE = "Unpublished attack in the Ségou region near Djibo";

beforeAll(async () => {
  testDb = await createTestDatabase("explore_filters");
  await runSeed(testDb.db, () => undefined);
  process.env.DATABASE_URL = testDb.url;
  events = await import("@/lib/data/events");
  timeline = await import("@/lib/data/timeline");
  // A draft and a retracted event that would match almost every filter below.
  for (const status of ["DRAFT", "IN_REVIEW", "RETRACTED"] as const) {
    await testDb.db.event.create({
      data: {
        titleEn: UNPUBLISHED_TITLE,
        titleFr: UNPUBLISHED_TITLE,
        category: "VIOLENCE_AGAINST_CIVILIANS",
        dateStart: new Date("2022-06-01"),
        dateEnd: new Date("2022-06-01"),
        datePrecision: "DAY",
        countryId: "BF",
        areaId: "BF-SAHEL",
        geoPrecision: 1,
        fatalitiesBest: 30,
        status,
        actors: { create: { role: "SIDE_A", actor: { connect: { slug: "jnim" } } } },
      },
    });
  }
}, 180_000);

afterAll(async () => {
  await testDb.drop();
});

describe("the Prisma where and the SQL condition", () => {
  it.each([
    "",
    "country=bf&category=violence-against-civilians&from=2022-01-01&to=2023-12-31",
    "country=ml,ne&category=battle",
    "area=ml-segou",
    "area=bf-sahel&precise=1",
    "actor=jnim",
    "actor=jnim,issp&country=bf",
    "fatalitiesMin=10&fatalitiesMax=50",
    "fatalitiesMin=0",
    "from=2023-01-01",
    "to=2010-12-31",
    "precise=1",
    "q=segou",
    "q=Ségou&category=battle",
    "q=jnim",
    "q=bamako",
    "q=%26%26%26",
    "q=zzzznothing",
  ])("select the same events for %s", async (query) => {
    const { prisma, sql } = await countBoth(filtersOf(query));
    expect(sql).toBe(prisma);
  });
});

describe("each filter", () => {
  it("selects published events only", async () => {
    const all = await matching(EMPTY_EVENT_FILTERS, { status: true, titleEn: true });
    expect(all.length).toBeGreaterThan(3000);
    expect(all.every((event) => event.status === "PUBLISHED")).toBe(true);
    expect(all.some((event) => event.titleEn === UNPUBLISHED_TITLE)).toBe(false);
    const searched = await matching(filtersOf("q=unpublished"), { id: true });
    expect(searched).toEqual([]);
  });

  it("keeps Burkina Faso, 2022–2023, violence against civilians", async () => {
    const rows = await matching(
      filtersOf("country=bf&category=violence-against-civilians&from=2022-01-01&to=2023-12-31"),
      { countryId: true, category: true, dateStart: true, dateEnd: true },
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row.countryId).toBe("BF");
      expect(row.category).toBe("VIOLENCE_AGAINST_CIVILIANS");
      expect(row.dateEnd.getTime()).toBeGreaterThanOrEqual(Date.parse("2022-01-01"));
      expect(row.dateStart.getTime()).toBeLessThanOrEqual(Date.parse("2023-12-31"));
    }
  });

  it("counts an event overlapping the range, not only one starting in it", async () => {
    const straddling = await testDb.db.event.create({
      data: {
        titleEn: "Straddling event",
        category: "BATTLE",
        dateStart: new Date("2019-12-20"),
        dateEnd: new Date("2020-01-10"),
        datePrecision: "MONTH",
        countryId: "NE",
        status: "PUBLISHED",
      },
    });
    const ids = (
      await matching(filtersOf("country=ne&from=2020-01-01&to=2020-01-31"), { id: true })
    ).map((row) => row.id);
    expect(ids).toContain(straddling.id);
    await testDb.db.event.delete({ where: { id: straddling.id } });
  });

  it("hides events whose date or place is imprecise", async () => {
    const rows = await matching(filtersOf("precise=1"), {
      datePrecision: true,
      geoPrecision: true,
    });
    const all = await events.countPublishedEventsMatching(EMPTY_EVENT_FILTERS);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all);
    for (const row of rows) {
      expect(["DAY", "DAYS"]).toContain(row.datePrecision);
      expect(row.geoPrecision === null || row.geoPrecision <= 3).toBe(true);
    }
  });

  it("keeps events of an actor, and bounds fatalities on the best estimate", async () => {
    const jnim = await matching(filtersOf("actor=jnim&fatalitiesMin=20&fatalitiesMax=40"), {
      fatalitiesBest: true,
      actors: { select: { actor: { select: { slug: true } } } },
    });
    expect(jnim.length).toBeGreaterThan(10);
    for (const row of jnim) {
      expect(row.actors.map((link) => link.actor.slug)).toContain("jnim");
      expect(row.fatalitiesBest).toBeGreaterThanOrEqual(20);
      expect(row.fatalitiesBest).toBeLessThanOrEqual(40);
    }
  });

  it("finds every event of an area by its name in the text filter, accents or not", async () => {
    const inSegou = await testDb.db.event.count({
      where: { status: "PUBLISHED", areaId: "ML-SEGOU" },
    });
    expect(inSegou).toBeGreaterThan(50);
    for (const spelling of ["segou", "SÉGOU", "Ségou", "ség"]) {
      const rows = await matching(filtersOf(`q=${encodeURIComponent(spelling)}&area=ml-segou`), {
        id: true,
      });
      expect(rows.length, spelling).toBe(inSegou);
    }
  });

  it("pages the list newest first with a stable order", async () => {
    const filters = filtersOf("country=bf&from=2023-01-01");
    const first = await events.listPublishedEvents(filters, 1, "en");
    const second = await events.listPublishedEvents(filters, 2, "en");
    expect(first.items).toHaveLength(events.EVENTS_PER_PAGE);
    expect(first.total).toBe(second.total);
    const ids = new Set([...first.items, ...second.items].map((item) => item.id));
    expect(ids.size).toBe(2 * events.EVENTS_PER_PAGE);
    const times = [...first.items, ...second.items].map((item) => item.dateStart.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe("the timeline window", () => {
  const lanes = ["AES", "ML", "BF", "NE"];

  it("aggregates into buckets that add up to the events in the window", async () => {
    const filters = filtersOf("country=bf&category=violence-against-civilians");
    const span = parseSpan("2022-01-01..2023-12-31");
    if (!span) throw new Error("span");
    const window = await timeline.getTimelineWindow(filters, "country", span, "en");
    expect(window.granularity).toBe("week");
    const inWindow = await testDb.db.event.count({
      where: {
        AND: [
          await events.publishedEventWhere(filters),
          { dateStart: { lt: new Date("2024-01-01") }, dateEnd: { gte: new Date("2022-01-01") } },
        ],
      },
    });
    expect(window.total).toBe(inWindow);
    expect(window.buckets.reduce((sum, bucket) => sum + bucket.events, 0)).toBe(inWindow);
    expect(window.buckets.every((bucket) => bucket.lane === "BF")).toBe(true);
    // Too many to draw one by one: the client gets buckets only.
    expect(inWindow).toBeGreaterThan(timeline.MAX_WINDOW_EVENTS);
    expect(window.events).toBeNull();
  });

  it("sends the events themselves once few enough are visible", async () => {
    const filters = filtersOf("country=bf&category=violence-against-civilians");
    const span = parseSpan("2022-01-01..2022-03-31");
    if (!span) throw new Error("span");
    const window = await timeline.getTimelineWindow(filters, "category", span, "fr");
    expect(window.events?.length).toBe(window.total);
    expect(window.total).toBeGreaterThan(0);
    for (const event of window.events ?? []) {
      expect(event.lane).toBe("VIOLENCE_AGAINST_CIVILIANS");
      expect(event.start <= "2022-03-31" && event.end >= "2022-01-01").toBe(true);
      expect(event.titleLocale).toBe("fr");
    }
  });

  it("summarises the selection's extent and lanes", async () => {
    const summary = await timeline.summarizeSelection(filtersOf("country=ml,bf"), "country");
    expect(summary.lanes).toEqual(["ML", "BF"]);
    expect(summary.first).not.toBeNull();
    expect(summary.total).toBe(
      await events.countPublishedEventsMatching(filtersOf("country=ml,bf")),
    );
  });

  it("stays small with 10,000 more events: buckets are bounded, raw rows only when few", async () => {
    const start = Date.parse("2000-01-01");
    const categories = ["BATTLE", "ATTACK", "VIOLENCE_AGAINST_CIVILIANS"] as const;
    const countries = ["ML", "BF", "NE"] as const;
    const precisions = ["DAY", "DAYS", "WEEK", "MONTH", "YEAR"] as const;
    const synthetic = Array.from({ length: 10_000 }, (_, index) => {
      const day = new Date(start + ((index * 7919) % 9000) * 86_400_000);
      return {
        titleEn: `Synthetic event ${index}`,
        category: categories[index % 3] ?? "BATTLE",
        dateStart: day,
        dateEnd: new Date(day.getTime() + (index % 4) * 86_400_000),
        datePrecision: precisions[index % 5] ?? "DAY",
        countryId: countries[index % 3] ?? "ML",
        fatalitiesBest: index % 17,
        status: "PUBLISHED" as const,
      };
    });
    await testDb.db.event.createMany({ data: synthetic });
    const everything = parseSpan("1989-01-01..2026-12-31");
    if (!everything) throw new Error("span");
    const wide = await timeline.getTimelineWindow(EMPTY_EVENT_FILTERS, "country", everything, "en");
    expect(wide.total).toBeGreaterThan(13_000);
    expect(wide.events).toBeNull();
    expect(wide.buckets.length).toBeLessThanOrEqual(lanes.length * 120);
    expect(JSON.stringify(wide).length).toBeLessThan(30_000);

    const narrow = parseSpan("2010-03-01..2010-03-14");
    if (!narrow) throw new Error("span");
    const close = await timeline.getTimelineWindow(EMPTY_EVENT_FILTERS, "country", narrow, "en");
    expect(close.events).not.toBeNull();
    expect(close.events?.length).toBeLessThanOrEqual(timeline.MAX_WINDOW_EVENTS);
    expect(close.events?.length).toBe(close.total);

    const page = await events.listPublishedEvents(EMPTY_EVENT_FILTERS, 3, "en");
    expect(page.items.length).toBeLessThanOrEqual(events.EVENTS_PER_PAGE);
  });
});
