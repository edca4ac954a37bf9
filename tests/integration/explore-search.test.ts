/**
 * Public search and public record pages against the seeded data: accent- and case-insensitive
 * full-text search in French and English, actors found under every alias, results grouped by kind,
 * the indexes actually used, and nothing unpublished (or unapproved) ever returned.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as ActorsModule from "@/lib/data/actors";
import type * as EventDetailModule from "@/lib/data/event-detail";
import type * as SearchModule from "@/lib/data/search";
import type * as SourcesModule from "@/lib/data/sources";
import { Prisma } from "@/lib/generated/prisma/client";
import { runSeed } from "@/prisma/seed/run-seed";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

let testDb: TestDatabase;
let search: typeof SearchModule;
let detail: typeof EventDetailModule;
let sources: typeof SourcesModule;
let actors: typeof ActorsModule;
let markalaId: string;
let draftId: string;

beforeAll(async () => {
  testDb = await createTestDatabase("explore_search");
  await runSeed(testDb.db, () => undefined);
  process.env.DATABASE_URL = testDb.url;
  search = await import("@/lib/data/search");
  detail = await import("@/lib/data/event-detail");
  sources = await import("@/lib/data/sources");
  actors = await import("@/lib/data/actors");
  // An event in Ségou whose own text never names Ségou: only its area can make it match.
  const markala = await testDb.db.event.create({
    data: {
      titleEn: "Attack on the Markala dam road",
      titleFr: "Attaque sur la route du barrage de Markala",
      category: "ATTACK",
      dateStart: new Date("2021-05-03"),
      dateEnd: new Date("2021-05-06"),
      datePrecision: "DAYS",
      countryId: "ML",
      areaId: "ML-SEGOU",
      locationName: "Markala town",
      geoPrecision: 2,
      status: "PUBLISHED",
    },
  });
  markalaId = markala.id;
  const draft = await testDb.db.event.create({
    data: {
      titleEn: "Draft clash near Ségou with GSIM",
      category: "BATTLE",
      dateStart: new Date("2021-05-03"),
      dateEnd: new Date("2021-05-03"),
      datePrecision: "DAY",
      countryId: "ML",
      areaId: "ML-SEGOU",
      status: "DRAFT",
    },
  });
  draftId = draft.id;
  await testDb.db.source.create({
    data: {
      slug: "pending-segou-blog",
      name: "Ségou pending blog",
      kind: "OTHER",
      status: "PENDING",
    },
  });
  await testDb.db.institution.create({
    data: {
      slug: "draft-segou-office",
      nameEn: "Ségou draft office",
      nameFr: "Bureau de Ségou",
      status: "DRAFT",
    },
  });
}, 180_000);

afterAll(async () => {
  await testDb.drop();
});

describe("search", () => {
  it("finds events in Ségou by 'segou', whatever the accents and case, through the area too", async () => {
    const inSegou = await testDb.db.event.count({
      where: { status: "PUBLISHED", areaId: "ML-SEGOU" },
    });
    for (const query of ["segou", "Ségou", "SEGOU", "ségou"]) {
      const results = await search.searchPublicRecords(query, "en");
      expect(results.events.total, query).toBeGreaterThanOrEqual(inSegou);
    }
    const ids = await search.findPublishedEventIdsMatching("segou");
    expect(ids).toContain(markalaId);
    expect(ids).not.toContain(draftId);
  });

  it("matches French and English words, as prefixes, requiring every word", async () => {
    expect(await search.findPublishedEventIdsMatching("barrage markala")).toEqual([markalaId]);
    expect(await search.findPublishedEventIdsMatching("dam Markala")).toEqual([markalaId]);
    expect(await search.findPublishedEventIdsMatching("marka")).toContain(markalaId);
    expect(await search.findPublishedEventIdsMatching("markala zzzz")).toEqual([]);
  });

  it("finds JNIM under every one of its aliases, and only the published events naming it", async () => {
    const aliases = await testDb.db.actorAlias.findMany({
      where: { actor: { slug: "jnim" } },
      select: { alias: true },
    });
    expect(aliases.length).toBeGreaterThanOrEqual(4);
    for (const { alias } of [...aliases, { alias: "jnim" }, { alias: "Jama’at Nusrat" }]) {
      const results = await search.searchPublicRecords(alias, "fr");
      expect(
        results.actors.hits.map((hit) => hit.slug),
        alias,
      ).toContain("jnim");
    }
    const jnim = await search.searchPublicRecords("jnim", "en");
    expect(jnim.actors.hits[0]?.slug).toBe("jnim");
    expect(jnim.events.total).toBeGreaterThan(1000);
    expect(jnim.events.hits.length).toBeLessThanOrEqual(search.SEARCH_HITS_PER_GROUP);
  });

  it("groups institutions and sources, leaving out drafts and unapproved sources", async () => {
    const results = await search.searchPublicRecords("segou", "en");
    expect(results.sources.hits.map((hit) => hit.slug)).not.toContain("pending-segou-blog");
    expect(results.institutions.hits.map((hit) => hit.slug)).not.toContain("draft-segou-office");
    const bank = await search.searchPublicRecords("BCID", "fr");
    expect(bank.institutions.total).toBeGreaterThan(0);
    const ucdp = await search.searchPublicRecords("uppsala", "en");
    expect(ucdp.sources.hits.map((hit) => hit.slug)).toContain("ucdp-ged");
  });

  it("ignores tsquery syntax in the input", async () => {
    const results = await search.searchPublicRecords("!:*&|'()", "en");
    expect(results.events.total).toBe(0);
    await expect(search.searchPublicRecords("segou & | ! (", "en")).resolves.toBeTruthy();
  });

  it("uses the full-text indexes (the query expressions match the indexed ones)", async () => {
    const plans = await testDb.db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const lines: string[] = [];
      for (const query of [
        Prisma.sql`EXPLAIN SELECT e.id FROM events e
          WHERE ${search.EVENT_DOCUMENT} @@ to_tsquery('simple', ${"'segou':*"})`,
        Prisma.sql`EXPLAIN SELECT aa.actor_id FROM actor_aliases aa
          WHERE ${search.ACTOR_ALIAS_DOCUMENT} @@ to_tsquery('simple', ${"'gsim':*"})`,
      ]) {
        const plan = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(query);
        lines.push(plan.map((row) => row["QUERY PLAN"]).join("\n"));
      }
      return lines;
    });
    expect(plans[0]).toContain("events_search_idx");
    expect(plans[1]).toContain("actor_aliases_search_idx");
  });
});

describe("public records", () => {
  it("shows a published event with its citations and hides drafts", async () => {
    expect(await detail.getPublishedEvent(draftId, "en")).toBeNull();
    expect(await detail.getPublishedEvent("not-a-uuid", "en")).toBeNull();
    const ucdpEvent = await testDb.db.event.findFirstOrThrow({
      where: { status: "PUBLISHED", externalIds: { some: { system: "UCDP" } }, areaId: "BF-SAHEL" },
      select: { id: true },
    });
    const event = await detail.getPublishedEvent(ucdpEvent.id, "fr");
    expect(event?.citations.length).toBeGreaterThan(0);
    expect(event?.countryName).toBe("Burkina Faso");
    expect(event?.areaMapCode).toBeTruthy();
    const map = event ? await detail.getEventLocatorMap(event) : null;
    expect(map?.areaPath).toMatch(/^M/);
    const related = event ? await detail.listRelatedEvents(event, "fr") : [];
    expect(related.every((item) => item.id !== ucdpEvent.id)).toBe(true);
  });

  it("counts what cites a source over published records only", async () => {
    const ged = await sources.getPublicSource("ucdp-ged");
    const published = await testDb.db.citation.count({
      where: { source: { slug: "ucdp-ged" }, event: { status: "PUBLISHED" } },
    });
    expect(ged?.citationCounts.events).toBe(published);
    const someGedEvent = await testDb.db.event.findFirstOrThrow({
      where: { status: "PUBLISHED", citations: { some: { source: { slug: "ucdp-ged" } } } },
    });
    await testDb.db.event.update({ where: { id: someGedEvent.id }, data: { status: "RETRACTED" } });
    const after = await sources.getPublicSource("ucdp-ged");
    expect(after?.citationCounts.events).toBe(published - 1);
    expect(await sources.getPublicSource("pending-segou-blog")).toBeNull();
    const list = await sources.listPublicSources();
    expect(list.map((source) => source.slug)).not.toContain("pending-segou-blog");
  });

  it("gives an actor its aliases and its published events per year", async () => {
    const jnim = await actors.getPublicActor("jnim", "fr");
    expect(jnim?.aliases).toEqual(expect.arrayContaining(["JNIM", "GSIM"]));
    const years = jnim ? await actors.countActorEventsByYear(jnim.id) : [];
    expect(years.reduce((sum, year) => sum + year.events, 0)).toBe(jnim?.eventCount);
    const consecutive = years.every(
      (year, index) => index === 0 || year.year === (years[index - 1]?.year ?? 0) + 1,
    );
    expect(consecutive).toBe(true);
  });
});
