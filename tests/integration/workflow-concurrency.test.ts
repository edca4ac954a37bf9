/**
 * Lost updates: two editors load the same event and save different changes at the same time,
 * 100 times over. Each time exactly one save wins, the other is told about the conflict (with
 * the stored version, so the editor's own input can be kept and compared), and exactly one
 * revision is written. Both for a draft (edited in place) and a published event (edited
 * through its pending change).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/action-client";
import { saveRecordAction } from "@/lib/actions/records";
import type { SignedInUser } from "@/lib/auth/signed-in-user";
import { eventAdapter } from "@/lib/workflow/adapters/event";
import { loadWorkingCopy } from "@/lib/workflow/working-copy";
import { createTestDatabase, type TestDatabase } from "./helpers/database";
import { contextFor, createStaff } from "./helpers/staff";

const ROUNDS = 100;
let testDb: TestDatabase;
let first: SignedInUser;
let second: SignedInUser;
let sourceId: string;

beforeAll(async () => {
  testDb = await createTestDatabase("workflow_concurrency");
  const { db } = testDb;
  await db.place.create({ data: { id: "ML", kind: "COUNTRY", nameEn: "Mali", nameFr: "Mali" } });
  sourceId = (
    await db.source.create({
      data: { slug: "test-source", name: "Test source", kind: "NEWS", status: "APPROVED" },
    })
  ).id;
  first = await createStaff(db, "EDITOR", "first editor");
  second = await createStaff(db, "EDITOR", "second editor");
});

afterAll(async () => {
  await testDb.drop();
});

async function insertEvent(status: "DRAFT" | "PUBLISHED"): Promise<string> {
  const event = await testDb.db.event.create({
    data: {
      titleEn: "Clash near Ménaka",
      category: "BATTLE",
      dateStart: new Date("2026-01-10"),
      dateEnd: new Date("2026-01-10"),
      datePrecision: "DAY",
      countryId: "ML",
      fatalitiesBest: 4,
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      citations: { create: { sourceId, title: "Dispatch" } },
    },
  });
  return event.id;
}

async function race(id: string) {
  const { db } = testDb;
  let wins = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const copy = await loadWorkingCopy(db, eventAdapter, id);
    const revisionsBefore = await db.revision.count({ where: { recordId: id } });
    const save = (editor: SignedInUser, best: number) =>
      runAction(
        saveRecordAction.definition,
        {
          collection: "events",
          id,
          expectedVersion: copy.version,
          data: {
            ...copy.data,
            fatalitiesBest: best,
            summaryEn: `round ${round} by ${editor.name}`,
          },
        },
        contextFor(db, editor),
      );
    const results = await Promise.all([save(first, round * 2), save(second, round * 2 + 1)]);
    const succeeded = results.filter((result) => result.ok);
    const conflicts = results.filter((result) => !result.ok);
    expect(succeeded, `round ${round}`).toHaveLength(1);
    expect(conflicts, `round ${round}`).toHaveLength(1);
    const [loser] = conflicts;
    if (loser && !loser.ok) {
      expect(loser.status).toBe(409);
      expect(loser.code).toBe("conflict");
      expect(loser.conflict?.currentVersion).toBe(copy.version + 1);
      // The stored copy is the winner's: the loser can compare it with what they typed.
      expect(loser.conflict?.changedFields).toEqual(
        expect.arrayContaining(["fatalitiesBest", "summaryEn"]),
      );
    }
    expect(await db.revision.count({ where: { recordId: id } })).toBe(revisionsBefore + 1);
    const after = await loadWorkingCopy(db, eventAdapter, id);
    expect(after.version).toBe(copy.version + 1);
    expect([round * 2, round * 2 + 1]).toContain(after.data.fatalitiesBest);
    wins++;
  }
  return wins;
}

describe("concurrent saves of the same event", () => {
  it("a draft: one winner and one conflict per round, one revision each", async () => {
    const id = await insertEvent("DRAFT");
    expect(await race(id)).toBe(ROUNDS);
    expect(await testDb.db.revision.count({ where: { recordId: id } })).toBe(ROUNDS);
  });

  it("a published event: the same through its pending change, the public row untouched", async () => {
    const id = await insertEvent("PUBLISHED");
    expect(await race(id)).toBe(ROUNDS);
    const row = await testDb.db.event.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ fatalitiesBest: 4, version: 1, status: "PUBLISHED" });
    expect(await testDb.db.revision.count({ where: { recordId: id, pending: true } })).toBe(ROUNDS);
  });
});
