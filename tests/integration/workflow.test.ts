/**
 * The editorial workflow end to end, through the same action wrapper the UI calls:
 * draft → in review → published, pending changes of published records (the public row keeps
 * the published version), the two-person rule on figures, revert, retraction.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAction, type ActionDefinition } from "@/lib/actions/action-client";
import type { ActionResult } from "@/lib/actions/errors";
import {
  createRecordAction,
  publishRecordAction,
  retractRecordAction,
  revertRecordAction,
  saveRecordAction,
  submitRecordAction,
} from "@/lib/actions/records";
import type { SignedInUser } from "@/lib/auth/signed-in-user";
import type { StepResult } from "@/lib/workflow/edit";
import { runSeed } from "@/prisma/seed/run-seed";
import { createTestDatabase, type TestDatabase } from "./helpers/database";
import { contextFor, createStaff } from "./helpers/staff";
import type { z } from "zod";

let testDb: TestDatabase;
let sourceId: string;
const staff: Record<string, SignedInUser> = {};

beforeAll(async () => {
  testDb = await createTestDatabase("workflow");
  await runSeed(testDb.db, () => undefined);
  const source = await testDb.db.source.findFirstOrThrow({ where: { status: "APPROVED" } });
  sourceId = source.id;
  for (const [key, role] of [
    ["contributor", "CONTRIBUTOR"],
    ["contributor2", "CONTRIBUTOR"],
    ["editor", "EDITOR"],
    ["reviewer", "REVIEWER"],
    ["reviewer2", "REVIEWER"],
    ["admin", "ADMIN"],
  ] as const) {
    staff[key] = await createStaff(testDb.db, role, key);
  }
});

afterAll(async () => {
  await testDb.drop();
});

function as<S extends z.ZodType, R>(
  action: { definition: ActionDefinition<S, R> },
  who: keyof typeof staff,
  input: unknown,
): Promise<ActionResult<R>> {
  return runAction(action.definition, input, contextFor(testDb.db, staff[who] ?? null));
}

function ok<R>(result: ActionResult<R>): R {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result)}`);
  return result.data;
}

const eventData = (overrides: Record<string, unknown> = {}) => ({
  titleEn: "Attack on a convoy near Djibo",
  titleFr: "Attaque contre un convoi près de Djibo",
  category: "ATTACK",
  datePrecision: "DAY",
  dateStart: "2026-02-20",
  dateEnd: "2026-02-20",
  countryId: "BF",
  fatalitiesLow: 10,
  fatalitiesBest: 12,
  fatalitiesHigh: 15,
  citations: [{ sourceId, title: "Field report", url: "https://example.org/report" }],
  ...overrides,
});

async function publicRow(id: string) {
  return testDb.db.event.findFirst({
    where: { id, status: "PUBLISHED" },
    select: { fatalitiesBest: true, version: true, _count: { select: { citations: true } } },
  });
}

describe("event workflow", () => {
  let id: string;
  let version: number;
  const step = (result: StepResult) => {
    version = result.version;
    return result;
  };
  /** The input of a step on the event: its id and the version last seen, plus `extra`. */
  const current = (extra: Record<string, unknown> = {}) => ({
    collection: "events",
    id,
    expectedVersion: version,
    ...extra,
  });
  /** A step that must succeed; the event's new version is remembered. */
  const advance = async <S extends z.ZodType>(
    action: { definition: ActionDefinition<S, StepResult> },
    who: keyof typeof staff,
    extra: Record<string, unknown> = {},
  ) => step(ok(await as(action, who, current(extra))));

  it("a contributor drafts an event with a citation; nobody else's draft is theirs to edit", async () => {
    const created = step(
      ok(
        await as(createRecordAction, "contributor", {
          collection: "events",
          data: eventData(),
          // Extra fields are never written: status, authorship and versions are the server's.
          status: "PUBLISHED",
          publishedAt: "2020-01-01T00:00:00Z",
          createdById: staff.admin?.id,
          role: "ADMIN",
          version: 99,
        }),
      ),
    );
    id = created.id;
    const row = await testDb.db.event.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", publishedAt: null, version: 1 });
    expect(row.createdById).toBe(staff.contributor?.id);
    expect(await testDb.db.citation.count({ where: { eventId: id } })).toBe(1);
    expect(await publicRow(id)).toBeNull();

    await advance(saveRecordAction, "contributor", {
      data: eventData({ summaryEn: "Convoy ambushed." }),
    });
    const other = await as(
      saveRecordAction,
      "contributor2",
      current({ data: eventData({ summaryEn: "Hijacked" }) }),
    );
    expect(other).toMatchObject({ ok: false, status: 403 });
    const submit = await as(submitRecordAction, "contributor", current());
    expect(submit).toMatchObject({ ok: false, status: 403 });
  });

  it("an editor submits it but cannot publish; a reviewer publishes it", async () => {
    await advance(submitRecordAction, "editor");
    const denied = await as(publishRecordAction, "editor", current());
    expect(denied).toMatchObject({ ok: false, status: 403, code: "forbidden" });
    await advance(publishRecordAction, "reviewer");
    expect(await publicRow(id)).toMatchObject({ fatalitiesBest: 12 });
  });

  it("an edit of the published event waits as a pending change; the public keeps the old version", async () => {
    const saved = await advance(saveRecordAction, "editor", {
      summary: "New toll from the regional governor",
      data: eventData({
        fatalitiesBest: 19,
        fatalitiesHigh: 25,
        citations: [...(await currentCitations(id)), { sourceId, title: "Governor's statement" }],
      }),
    });
    expect(saved.pending).toBe(true);
    expect(await publicRow(id)).toMatchObject({ fatalitiesBest: 12, _count: { citations: 1 } });
    await advance(submitRecordAction, "editor");
    expect(await publicRow(id)).toMatchObject({ fatalitiesBest: 12 });

    await advance(publishRecordAction, "reviewer");
    expect(await publicRow(id)).toMatchObject({ fatalitiesBest: 19, _count: { citations: 2 } });
    expect(await testDb.db.pendingChange.count({ where: { recordId: id } })).toBe(0);
  });

  it("enforces the two-person rule on fatality figures, even for reviewers", async () => {
    await advance(saveRecordAction, "reviewer", {
      data: eventData({
        fatalitiesBest: 21,
        fatalitiesHigh: 25,
        citations: await currentCitations(id),
      }),
    });
    await advance(submitRecordAction, "reviewer");
    const own = await as(publishRecordAction, "reviewer", current());
    expect(own).toMatchObject({ ok: false, status: 403, code: "two_person_rule" });
    expect(await publicRow(id)).toMatchObject({ fatalitiesBest: 19 });
    await advance(publishRecordAction, "reviewer2");
    expect(await publicRow(id)).toMatchObject({ fatalitiesBest: 21 });
  });

  it("lets the author of a text-only change publish it", async () => {
    await advance(saveRecordAction, "reviewer", {
      data: {
        ...(await currentData(id)),
        summaryEn: "Convoy ambushed on the Djibo road.",
      },
    });
    await advance(submitRecordAction, "reviewer");
    await advance(publishRecordAction, "reviewer");
  });

  it("an admin reverts to the first published version: a new, public revision", async () => {
    const firstPublication = await testDb.db.revision.findFirstOrThrow({
      where: { recordId: id, action: "PUBLISH" },
      orderBy: { number: "asc" },
    });
    const before = await testDb.db.revision.count({ where: { recordId: id } });
    await advance(revertRecordAction, "admin", {
      revisionNumber: firstPublication.number,
      summary: "Toll not confirmed",
    });
    expect(await publicRow(id)).toMatchObject({ fatalitiesBest: 12, _count: { citations: 1 } });
    const last = await testDb.db.revision.findFirstOrThrow({
      where: { recordId: id },
      orderBy: { number: "desc" },
    });
    expect(last).toMatchObject({ action: "REVERT", number: before + 1, authorId: staff.admin?.id });
    expect(last.publicAt).not.toBeNull();
  });

  it("refuses a stale save, names what differs, and writes nothing", async () => {
    const revisions = await testDb.db.revision.count({ where: { recordId: id } });
    const stale = await as(saveRecordAction, "editor", {
      collection: "events",
      id,
      expectedVersion: version - 1,
      data: eventData({ fatalitiesBest: 30, fatalitiesHigh: 40 }),
    });
    expect(stale).toMatchObject({ ok: false, status: 409, code: "conflict" });
    if (stale.ok) return;
    expect(stale.conflict?.currentVersion).toBe(version);
    expect(stale.conflict?.changedFields).toContain("fatalitiesBest");
    expect(stale.conflict?.changedBy).toBe("admin");
    expect(await testDb.db.revision.count({ where: { recordId: id } })).toBe(revisions);
    expect(await testDb.db.pendingChange.count({ where: { recordId: id } })).toBe(0);
  });

  it("retracts with a public reason and keeps the record", async () => {
    const missingReason = await as(
      retractRecordAction,
      "reviewer",
      current({
        reason: "  ",
      }),
    );
    expect(missingReason).toMatchObject({ ok: false, status: 422 });
    await advance(retractRecordAction, "reviewer", {
      reason: "Duplicate of another report",
    });
    const row = await testDb.db.event.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      status: "RETRACTED",
      retractionReason: "Duplicate of another report",
    });
    expect(await publicRow(id)).toBeNull();
  });

  it("audited every step, and the audit log cannot be changed", async () => {
    const actions = await testDb.db.auditEntry.findMany({
      where: { recordId: id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "records.create",
      "records.save",
      "records.submit",
      "records.publish",
      "records.save",
      "records.submit",
      "records.publish",
      "records.save",
      "records.submit",
      "records.publish",
      "records.save",
      "records.submit",
      "records.publish",
      "records.revert",
      "records.retract",
    ]);
    await expect(testDb.db.auditEntry.updateMany({ data: { action: "x" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(testDb.db.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(testDb.db.$executeRaw`TRUNCATE audit_log`).rejects.toThrow(/append-only/);
  });
});

async function currentData(id: string): Promise<Record<string, unknown>> {
  const { eventAdapter } = await import("@/lib/workflow/adapters/event");
  const stored = await eventAdapter.load(testDb.db, id);
  if (!stored) throw new Error("missing event");
  return stored.data;
}

async function currentCitations(id: string): Promise<unknown[]> {
  const data = await currentData(id);
  return Array.isArray(data.citations) ? data.citations : [];
}
