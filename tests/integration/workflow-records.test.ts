/**
 * Every kind of record goes through the same engine: what is saved is what is loaded back (so
 * saving again is no change), and the two-person rule covers the values of fatality and
 * displacement indicators as it covers event tolls.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction } from "@/lib/actions/action-client";
import {
  createRecordAction,
  publishRecordAction,
  saveRecordAction,
  submitRecordAction,
} from "@/lib/actions/records";
import { COLLECTIONS, RECORD_ADAPTERS } from "@/lib/workflow/adapters";
import { buildWorld, FIXTURE_PLACE, sampleData, type World } from "./helpers/authz-world";
import { createTestDatabase, type TestDatabase } from "./helpers/database";
import { contextFor } from "./helpers/staff";

let testDb: TestDatabase;
let world: World;

beforeAll(async () => {
  testDb = await createTestDatabase("workflow_records");
  world = await buildWorld(testDb.db);
});

afterAll(async () => {
  await testDb.drop();
});

describe("every kind of record", () => {
  for (const collection of COLLECTIONS) {
    it(`${collection}: loads back exactly what was saved`, async () => {
      const adapter = RECORD_ADAPTERS[collection];
      const admin = contextFor(testDb.db, world.staff.ADMIN);
      const data = sampleData(world, collection);
      let id: string;
      let version: number;
      if (adapter.creatable) {
        const created = await runAction(createRecordAction.definition, { collection, data }, admin);
        if (!created.ok) throw new Error(JSON.stringify(created));
        ({ id, version } = created.data);
      } else {
        const stored = await adapter.load(testDb.db, FIXTURE_PLACE);
        if (!stored) throw new Error("no fixture place");
        const saved = await runAction(
          saveRecordAction.definition,
          { collection, id: stored.id, expectedVersion: stored.version, data },
          admin,
        );
        if (!saved.ok) throw new Error(JSON.stringify(saved));
        ({ id, version } = saved.data);
      }
      const stored = await adapter.load(testDb.db, id);
      const expected = adapter.schema.parse(data);
      expect(stored?.data).toMatchObject(JSON.parse(JSON.stringify(expected)));
      const again = await runAction(
        saveRecordAction.definition,
        { collection, id, expectedVersion: version, data: stored?.data },
        admin,
      );
      expect(again).toMatchObject({ ok: true, data: { changed: false, version } });
      expect(await testDb.db.revision.count({ where: { recordId: id } })).toBe(1);
    });
  }

  it("refuses a slug another record already uses, on the field", async () => {
    const admin = contextFor(testDb.db, world.staff.ADMIN);
    const data = { ...sampleData(world, "institutions"), slug: "fixture-institution" };
    const result = await runAction(
      createRecordAction.definition,
      { collection: "institutions", data },
      admin,
    );
    expect(result).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { "data.slug": ["taken"] },
    });
  });

  it("applies the two-person rule to the values of a fatality indicator", async () => {
    const reviewer = contextFor(testDb.db, world.staff.REVIEWER);
    const created = await runAction(
      createRecordAction.definition,
      { collection: "observations", data: sampleData(world, "observations") },
      reviewer,
    );
    if (!created.ok) throw new Error(JSON.stringify(created));
    const step = { collection: "observations", id: created.data.id };
    const submitted = await runAction(
      submitRecordAction.definition,
      { ...step, expectedVersion: created.data.version },
      reviewer,
    );
    if (!submitted.ok) throw new Error(JSON.stringify(submitted));
    const own = await runAction(
      publishRecordAction.definition,
      { ...step, expectedVersion: submitted.data.version },
      reviewer,
    );
    expect(own).toMatchObject({ ok: false, code: "two_person_rule" });
    const other = await runAction(
      publishRecordAction.definition,
      { ...step, expectedVersion: submitted.data.version },
      contextFor(testDb.db, world.staff.ADMIN),
    );
    expect(other).toMatchObject({ ok: true });
  });
});
