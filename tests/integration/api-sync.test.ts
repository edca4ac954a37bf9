/**
 * A downstream copy kept in sync through the API alone: take a full copy, change the data the way
 * the editorial workflow does (corrections, retractions, deletions, new publications, changes to
 * what records embed, a parent retracted and re-published, a source merged), then apply the
 * deletions feed and `updated_since` from the copy's `as_of`: the copy equals the API's state.
 * A transaction that wrote before a sync began but committed after it is caught by the next sync
 * (stamps are given at commit, in commit order).
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { runSeed } from "@/prisma/seed/run-seed";
import type * as ApiHelpers from "./helpers/api";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

let testDb: TestDatabase;
let db: PrismaClient;
let api: typeof ApiHelpers;

const COLLECTIONS = {
  event: "/api/v1/events",
  indicator: "/api/v1/indicators",
  observation: "/api/v1/observations",
  institution: "/api/v1/institutions",
  actor: "/api/v1/actors",
  place: "/api/v1/places?geometry=1",
  source: "/api/v1/sources",
} as const;
type Kind = keyof typeof COLLECTIONS;
type Copy = Record<Kind, Map<string, unknown>>;

const kinds = Object.keys(COLLECTIONS) as Kind[];
const withQuery = (path: string, query: string) =>
  `${path}${path.includes("?") ? "&" : "?"}${query}`;

async function fullCopy(): Promise<{ copy: Copy; asOf: string }> {
  let asOf: string | null = null;
  const entries: [Kind, Map<string, unknown>][] = [];
  for (const kind of kinds) {
    const page = await api.readAll<{ id: string }>(withQuery(COLLECTIONS[kind], "limit=500"));
    asOf ??= page.asOf;
    entries.push([kind, new Map(page.items.map((item) => [item.id, item]))]);
  }
  return { copy: Object.fromEntries(entries) as Copy, asOf: asOf ?? "" };
}

/** One sync run: removals first, then upserts, both from `since`; returns the next `since`. */
async function sync(
  copy: Copy,
  since: string,
): Promise<{ next: string; upserted: number; removed: number }> {
  const since_ = encodeURIComponent(since);
  const deletions = await api.readAll<{ type: Kind; id: string }>(
    `/api/v1/changes/deletions?since=${since_}&limit=500`,
  );
  for (const removal of deletions.items) copy[removal.type].delete(removal.id);
  let upserted = 0;
  for (const kind of kinds) {
    const page = await api.readAll<{ id: string }>(
      withQuery(COLLECTIONS[kind], `limit=500&updated_since=${since_}`),
    );
    for (const item of page.items) copy[kind].set(item.id, item);
    upserted += page.items.length;
  }
  return { next: deletions.asOf, upserted, removed: deletions.items.length };
}

// ───────────────────────────── what publishing, retracting and deleting do to the rows

async function correct(id: string, data: { titleEn?: string; fatalitiesBest?: number }) {
  await db.event.update({ where: { id }, data: { ...data, version: { increment: 1 } } });
}

async function retract(model: "event" | "indicator" | "milestone", id: string, reason: string) {
  const data = {
    status: "RETRACTED" as const,
    retractionReason: reason,
    version: { increment: 1 },
  };
  if (model === "event") await db.event.update({ where: { id }, data });
  else if (model === "indicator") await db.indicator.update({ where: { id }, data });
  else await db.milestone.update({ where: { id }, data });
}

async function republish(model: "event" | "indicator", id: string) {
  const data = { status: "PUBLISHED" as const, retractionReason: null, version: { increment: 1 } };
  if (model === "event") await db.event.update({ where: { id }, data });
  else await db.indicator.update({ where: { id }, data });
}

/** A hard delete, with the public note the workflow would give. */
async function remove(model: "event" | "observation" | "actor", id: string, note: string) {
  const deletion =
    model === "event"
      ? db.event.delete({ where: { id } })
      : model === "observation"
        ? db.observation.delete({ where: { id } })
        : db.actor.delete({ where: { id } });
  await db.$transaction([
    db.$executeRaw`SELECT set_config('sahel.deletion_note', ${note}, true)`,
    deletion,
  ]);
}

async function publishNewEvent(title: string, actorId: string, sourceId: string) {
  return db.event.create({
    data: {
      titleEn: title,
      titleFr: title,
      category: "ATTACK",
      dateStart: new Date("2026-02-03"),
      dateEnd: new Date("2026-02-03"),
      datePrecision: "DAY",
      countryId: "NE",
      areaId: "NE-TILLABERI",
      fatalitiesBest: 4,
      status: "PUBLISHED",
      publishedAt: new Date(),
      actors: { create: { actorId, role: "SIDE_A" } },
      citations: { create: { sourceId, title: `${title} (report)` } },
    },
  });
}

// ───────────────────────────── the test

beforeAll(async () => {
  testDb = await createTestDatabase("api_sync");
  db = testDb.db;
  await runSeed(db, () => undefined);
  process.env.DATABASE_URL = testDb.url;
  api = await import("./helpers/api");
}, 240_000);

afterAll(async () => {
  await testDb.drop();
});

describe("a copy kept in sync through the API", () => {
  let copy: Copy;
  let since: string;
  let events: { id: string }[];
  const touched: Record<string, string> = {};

  it("takes a full copy", async () => {
    events = await db.event.findMany({
      where: { status: "PUBLISHED", institutions: { none: {} }, milestones: { none: {} } },
      orderBy: { id: "asc" },
      take: 8,
      select: { id: true },
    });
    // Retracted before the copy, re-published after it: must come back.
    await retract("event", events[0]?.id ?? "", "Under review");
    ({ copy, asOf: since } = await fullCopy());
    expect(copy.event.size).toBe(await db.event.count({ where: { status: "PUBLISHED" } }));
    expect(copy.observation.size).toBeGreaterThan(500);
  });

  it("follows corrections, retractions, deletions, new records and embedded changes", async () => {
    const [reappearing, corrected, retracted, deleted, recited] = events;
    if (!reappearing || !corrected || !retracted || !deleted || !recited) throw new Error("seed");
    const jnim = await db.actor.findUniqueOrThrow({ where: { slug: "jnim" } });
    const [kept, merged] = await db.source.findMany({
      where: { slug: { in: ["ucdp-ged", "ucdp-candidate"] } },
      orderBy: { slug: "desc" },
    });
    if (!kept || !merged) throw new Error("seed sources");
    const indicator = await db.indicator.findUniqueOrThrow({
      where: { slug: "idmc-conflict-idps" },
    });
    const [changedObservation, deletedObservation] = await db.observation.findMany({
      where: { indicator: { slug: "unhcr-idps" }, status: "PUBLISHED" },
      orderBy: { id: "asc" },
      take: 2,
    });
    const [changedMilestone, retractedMilestone] = await db.milestone.findMany({
      where: { status: "PUBLISHED" },
      orderBy: { id: "asc" },
      take: 2,
    });
    if (!changedObservation || !deletedObservation || !changedMilestone || !retractedMilestone) {
      throw new Error("seed observations and milestones");
    }

    await republish("event", reappearing.id);
    await correct(corrected.id, { titleEn: "Corrected title", fatalitiesBest: 99 });
    await retract("event", retracted.id, "Duplicate of another report");
    await remove("event", deleted.id, "Entered by mistake");
    const created = await publishNewEvent("New attack near Téra", jnim.id, kept.id);
    touched.created = created.id;
    await db.citation.create({
      data: { eventId: recited.id, sourceId: kept.id, title: "Follow-up" },
    });
    await db.actorAlias.create({
      data: {
        actorId: jnim.id,
        alias: "Nusrat al-Islam (test)",
        normalized: "nusrat al islam test",
      },
    });
    await db.placeAlias.create({
      data: { placeId: "ML-SEGOU", alias: "Segu", normalized: "segu" },
    });
    await retract("indicator", indicator.id, "Method under review");
    touched.indicator = indicator.id;
    await db.observation.update({
      where: { id: changedObservation.id },
      data: { value: 123456, version: { increment: 1 } },
    });
    await remove("observation", deletedObservation.id, "Superseded");
    await db.milestone.update({
      where: { id: changedMilestone.id },
      data: { descriptionEn: "Revised description", version: { increment: 1 } },
    });
    await retract("milestone", retractedMilestone.id, "Not confirmed");
    // A merge: citations move to the kept source, the other one leaves the public set.
    await db.$transaction([
      db.citation.updateMany({ where: { sourceId: merged.id }, data: { sourceId: kept.id } }),
      db.source.update({ where: { id: merged.id }, data: { mergedIntoId: kept.id } }),
    ]);
    // Never public: a draft created and deleted leaves no trace in the feed.
    const draft = await db.event.create({
      data: {
        titleEn: "Draft",
        category: "ATTACK",
        dateStart: new Date("2026-01-01"),
        dateEnd: new Date("2026-01-01"),
        datePrecision: "DAY",
        countryId: "ML",
      },
    });
    await db.event.delete({ where: { id: draft.id } });
    const temporary = await db.actor.create({
      data: { slug: "temporary-actor", nameEn: "Temporary", nameFr: "Temporaire", kind: "OTHER" },
    });
    touched.temporary = temporary.id;

    const result = await sync(copy, since);
    since = result.next;
    const fresh = await fullCopy();
    for (const kind of kinds) expect(copy[kind], kind).toEqual(fresh.copy[kind]);

    // The feed said why, and nothing about the draft.
    const { items } = await api.readAll<{ id: string; reason: string; note: string | null }>(
      `/api/v1/changes/deletions?limit=500`,
    );
    const reasons = new Map(items.map((item) => [item.id, item]));
    expect(reasons.get(retracted.id)).toMatchObject({
      reason: "retracted",
      note: "Duplicate of another report",
    });
    expect(reasons.get(deleted.id)).toMatchObject({
      reason: "deleted",
      note: "Entered by mistake",
    });
    expect(reasons.get(merged.id)).toMatchObject({ reason: "merged", replaced_by: kept.id });
    expect(reasons.get(indicator.id)).toMatchObject({ reason: "retracted" });
    expect(reasons.has(draft.id)).toBe(false);
    expect(copy.event.has(reappearing.id)).toBe(true);
    expect(copy.observation.has(deletedObservation.id)).toBe(false);
    // A sync only moves what changed.
    expect(result.upserted).toBeLessThan(300);
  });

  it("catches a write that committed after the sync began, and a parent re-published", async () => {
    const late = events[5];
    if (!late) throw new Error("seed");
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(
        "UPDATE events SET title_en = 'Committed late', version = version + 1 WHERE id = $1",
        [late.id],
      );
      await republish("indicator", touched.indicator ?? "");
      await remove("actor", touched.temporary ?? "", "Test actor");
      // This run starts while the UPDATE above is written but not committed.
      const during = await sync(copy, since);
      await client.query("COMMIT");
      expect((copy.event.get(late.id) as { title: { en: string } }).title.en).not.toBe(
        "Committed late",
      );
      const after = await sync(copy, during.next);
      since = after.next;
    } finally {
      await client.end();
    }
    const fresh = await fullCopy();
    for (const kind of kinds) expect(copy[kind], kind).toEqual(fresh.copy[kind]);
    expect((copy.event.get(late.id) as { title: { en: string } }).title.en).toBe("Committed late");
    expect(copy.actor.has(touched.temporary ?? "")).toBe(false);
    const idps = [...copy.observation.values()].filter(
      (item) => (item as { indicator_id: string }).indicator_id === touched.indicator,
    );
    expect(idps.length).toBeGreaterThan(0);
  });
});
