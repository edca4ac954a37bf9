/**
 * Source curation: proposals wait for approval, grades carry who and why, duplicates merge with
 * their citations moving to the kept source, and a cited source is never deleted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/action-client";
import {
  createSourceAction,
  decideSourceAction,
  deleteSourceAction,
  gradeSourceAction,
  mergeSourcesAction,
} from "@/lib/actions/sources";
import { buildWorld, type World } from "./helpers/authz-world";
import { tableChecksums } from "./helpers/checksum";
import { createTestDatabase, type TestDatabase } from "./helpers/database";
import { contextFor } from "./helpers/staff";

let testDb: TestDatabase;
let world: World;

beforeAll(async () => {
  testDb = await createTestDatabase("workflow_sources");
  world = await buildWorld(testDb.db);
});

afterAll(async () => {
  await testDb.drop();
});

const admin = () => contextFor(testDb.db, world.staff.ADMIN);

async function propose(name: string) {
  const result = await runAction(
    createSourceAction.definition,
    { name, kind: "NEWS", status: "APPROVED", reliability: "A" },
    contextFor(testDb.db, world.staff.CONTRIBUTOR),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return testDb.db.source.findUniqueOrThrow({ where: { id: result.data.id } });
}

describe("source curation", () => {
  it("a proposed source waits for approval and is graded with a reason", async () => {
    const source = await propose("Radio Ténéré");
    expect(source).toMatchObject({
      status: "PENDING",
      reliability: null,
      createdById: world.staff.CONTRIBUTOR.id,
    });
    const approved = await runAction(
      decideSourceAction.definition,
      { sourceId: source.id, expectedVersion: source.version, decision: "APPROVED" },
      admin(),
    );
    expect(approved).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    const graded = await runAction(
      gradeSourceAction.definition,
      {
        sourceId: source.id,
        expectedVersion: source.version + 1,
        reliability: "B",
        note: "Local radio, usually confirmed",
      },
      admin(),
    );
    expect(graded.ok).toBe(true);
    const stored = await testDb.db.source.findUniqueOrThrow({ where: { id: source.id } });
    expect(stored).toMatchObject({
      reliability: "B",
      reliabilityNote: "Local radio, usually confirmed",
      gradedById: world.staff.ADMIN.id,
    });
    const stale = await runAction(
      gradeSourceAction.definition,
      { sourceId: source.id, expectedVersion: source.version, reliability: "F", note: null },
      admin(),
    );
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const history = await testDb.db.revision.findMany({
      where: { recordId: source.id },
      orderBy: { number: "asc" },
    });
    expect(history.map((revision) => revision.action)).toEqual(["CREATE", "APPROVE", "GRADE"]);
  });

  it("merging moves every citation and indicator to the kept source", async () => {
    const duplicate = await propose("Radio Tenere (duplicate)");
    const kept = await testDb.db.source.findUniqueOrThrow({ where: { id: world.sourceId } });
    const event = await testDb.db.event.create({
      data: {
        titleEn: "Cited twice",
        category: "ATTACK",
        dateStart: new Date("2026-01-01"),
        dateEnd: new Date("2026-01-01"),
        datePrecision: "DAY",
        countryId: "ML",
        citations: {
          create: [
            { sourceId: duplicate.id, title: "One" },
            { sourceId: duplicate.id, title: "Two" },
          ],
        },
      },
    });
    await testDb.db.indicator.update({
      where: { id: world.indicatorId },
      data: { sourceId: duplicate.id },
    });
    const merged = await runAction(
      mergeSourcesAction.definition,
      { keepId: kept.id, mergeId: duplicate.id },
      admin(),
    );
    expect(merged).toMatchObject({ ok: true, data: { citationsMoved: 2, indicatorsMoved: 1 } });
    expect(
      await testDb.db.citation.count({ where: { eventId: event.id, sourceId: kept.id } }),
    ).toBe(2);
    expect(await testDb.db.source.findUniqueOrThrow({ where: { id: duplicate.id } })).toMatchObject(
      {
        mergedIntoId: kept.id,
      },
    );
    const again = await runAction(
      gradeSourceAction.definition,
      {
        sourceId: duplicate.id,
        expectedVersion: duplicate.version + 1,
        reliability: "A",
        note: null,
      },
      admin(),
    );
    expect(again).toMatchObject({ ok: false, code: "invalid_state", message: "source_merged" });
  });

  it("never deletes a cited source, and deletes an uncited one", async () => {
    const before = await tableChecksums(testDb.db);
    const cited = await runAction(
      deleteSourceAction.definition,
      { sourceId: world.sourceId },
      admin(),
    );
    expect(cited).toMatchObject({ ok: false, status: 409, code: "in_use" });
    expect(await tableChecksums(testDb.db)).toEqual(before);
    const unused = await propose("Never cited");
    const deleted = await runAction(
      deleteSourceAction.definition,
      { sourceId: unused.id },
      admin(),
    );
    expect(deleted.ok).toBe(true);
    expect(await testDb.db.source.findUnique({ where: { id: unused.id } })).toBeNull();
    expect(
      await testDb.db.revision.count({ where: { recordId: unused.id, action: "DISCARD" } }),
    ).toBe(1);
  });
});
