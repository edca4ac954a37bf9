/** The default seed is deterministic and idempotent: a second run changes nothing at all. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSeed } from "@/prisma/seed/run-seed";
import { tableChecksums } from "./helpers/checksum";
import { createTestDatabase, type TestDatabase } from "./helpers/database";

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase("seed");
});

afterAll(async () => {
  await testDb.drop();
});

describe("default seed", () => {
  it("loads places, the starter dataset and the shipped datasets, and a second run changes nothing", async () => {
    const log: string[] = [];
    await runSeed(testDb.db, (line) => log.push(line));
    const first = await tableChecksums(testDb.db);
    expect(await testDb.db.place.count({ where: { kind: "COUNTRY" } })).toBe(3);
    expect(await testDb.db.event.count({ where: { status: "PUBLISHED" } })).toBeGreaterThan(0);
    expect(await testDb.db.institution.count()).toBe(7);

    await runSeed(testDb.db, () => undefined);
    expect(await tableChecksums(testDb.db)).toEqual(first);
  });

  it("gives every seeded event, milestone and observation at least one citation", async () => {
    const { db } = testDb;
    expect(await db.event.count({ where: { citations: { none: {} } } })).toBe(0);
    expect(await db.milestone.count({ where: { citations: { none: {} } } })).toBe(0);
    expect(await db.observation.count({ where: { citations: { none: {} } } })).toBe(0);
  });

  it("has French and English titles for every event and institution", async () => {
    const { db } = testDb;
    expect(
      await db.event.count({
        where: { OR: [{ titleEn: null }, { titleFr: null }, { titleEn: "" }, { titleFr: "" }] },
      }),
    ).toBe(0);
    expect(await db.institution.count({ where: { OR: [{ nameEn: "" }, { nameFr: "" }] } })).toBe(0);
  });
});
