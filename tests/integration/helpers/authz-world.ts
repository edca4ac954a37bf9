/**
 * A small, complete world for authorization tests: places, an approved source, an actor, one
 * staff member per role (plus an author and a bystander), and factories for records in every
 * workflow state, built through the workflow engine itself.
 */
import type { SignedInUser } from "@/lib/auth/signed-in-user";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { RECORD_ADAPTERS, type Collection } from "@/lib/workflow/adapters";
import { createRecord, saveRecord } from "@/lib/workflow/edit";
import { publishRecord, submitForReview } from "@/lib/workflow/review";
import type { RecordData } from "@/lib/workflow/types";
import { createStaff } from "./staff";

export const ROLES = ["CONTRIBUTOR", "EDITOR", "REVIEWER", "ADMIN"] as const satisfies Role[];
export type Who = "anonymous" | Role;
export const EVERYONE: readonly Who[] = ["anonymous", ...ROLES];
export const STAFF: readonly Who[] = ROLES;
export const EDITORS: readonly Who[] = ["EDITOR", "REVIEWER", "ADMIN"];
export const REVIEWERS: readonly Who[] = ["REVIEWER", "ADMIN"];
export const ADMINS: readonly Who[] = ["ADMIN"];

export const KNOWN_PASSWORD = "correct horse battery staple";

export interface World {
  db: PrismaClient;
  staff: Record<Role, SignedInUser>;
  /** Writes the records the others review: never the caller. */
  author: SignedInUser;
  /** Extra fields name them; nothing may ever be attributed to them. */
  bystander: SignedInUser;
  sourceId: string;
  actorId: string;
  institutionId: string;
  indicatorId: string;
}

export async function buildWorld(db: PrismaClient): Promise<World> {
  await db.place.create({ data: { id: "AES", kind: "REGION", nameEn: "AES", nameFr: "AES" } });
  for (const [id, name] of [
    ["ML", "Mali"],
    ["BF", "Burkina Faso"],
    ["NE", "Niger"],
  ] as const) {
    await db.place.create({
      data: { id, kind: "COUNTRY", nameEn: name, nameFr: name, parentId: "AES" },
    });
  }
  await db.place.create({
    data: { id: "ML-SEGOU", kind: "ADMIN1", nameEn: "Ségou", nameFr: "Ségou", parentId: "ML" },
  });
  const source = await db.source.create({
    data: { slug: "fixture-source", name: "Fixture source", kind: "NEWS", status: "APPROVED" },
  });
  const actor = await db.actor.create({
    data: { slug: "fixture-actor", nameEn: "Fixture actor", nameFr: "Acteur", kind: "ARMED_GROUP" },
  });
  const staff: Record<Role, SignedInUser> = {
    CONTRIBUTOR: await createStaff(db, "CONTRIBUTOR", "contributor member"),
    EDITOR: await createStaff(db, "EDITOR", "editor member"),
    REVIEWER: await createStaff(db, "REVIEWER", "reviewer member"),
    ADMIN: await createStaff(db, "ADMIN", "admin member"),
  };
  const institution = await db.institution.create({
    data: { slug: "fixture-institution", nameEn: "Fixture", nameFr: "Fixture" },
  });
  const indicator = await db.indicator.create({
    data: {
      slug: "fixture-deaths",
      nameEn: "Deaths",
      nameFr: "Morts",
      kind: "FATALITIES",
      unit: "people",
      producer: "Fixture",
      licence: "CC BY 4.0",
      updateFrequency: "YEARLY",
    },
  });
  const passwordHash = await hashPassword(KNOWN_PASSWORD);
  await db.user.updateMany({ data: { passwordHash } });
  return {
    db,
    staff,
    author: await createStaff(db, "EDITOR", "author"),
    bystander: await createStaff(db, "CONTRIBUTOR", "bystander"),
    sourceId: source.id,
    actorId: actor.id,
    institutionId: institution.id,
    indicatorId: indicator.id,
  };
}

let serial = 0;

/** Valid content for a new record of each collection. */
export function sampleData(world: World, collection: Collection): RecordData {
  serial++;
  const citations = [{ sourceId: world.sourceId, title: `Report ${serial}` }];
  switch (collection) {
    case "events":
      return {
        titleEn: `Fixture event ${serial}`,
        titleFr: `Événement ${serial}`,
        category: "ATTACK",
        datePrecision: "DAY",
        dateStart: "2026-01-15",
        dateEnd: "2026-01-15",
        countryId: "ML",
        areaId: "ML-SEGOU",
        fatalitiesBest: 3,
        actors: [{ actorId: world.actorId, role: "SIDE_A" }],
        citations,
      };
    case "institutions":
      return {
        slug: `fixture-institution-${serial}`,
        nameEn: `Body ${serial}`,
        nameFr: `Organe ${serial}`,
        citations,
      };
    case "milestones":
      return {
        institutionId: world.institutionId,
        stage: "ANNOUNCED",
        date: "2026-01-10",
        datePrecision: "DAY",
        citations,
      };
    case "indicators":
      return {
        slug: `fixture-indicator-${serial}`,
        nameEn: `Indicator ${serial}`,
        nameFr: `Indicateur ${serial}`,
        kind: "OTHER",
        unit: "count",
        producer: "Fixture",
        licence: "CC BY 4.0",
        updateFrequency: "YEARLY",
      };
    case "observations":
      return {
        indicatorId: world.indicatorId,
        placeId: "ML",
        periodStart: "2025-01-01",
        periodEnd: "2025-12-31",
        value: serial,
        series: `fixture-${serial}`,
        citations,
      };
    case "assessments":
      return {
        areaId: "ML-SEGOU",
        assessedOn: "2026-01-01",
        datePrecision: "DAY",
        category: "CONTESTED",
        confidence: "LOW",
        citations,
      };
    case "actors":
      return {
        slug: `fixture-actor-${serial}`,
        nameEn: `Militia ${serial}`,
        nameFr: `Milice ${serial}`,
        kind: "MILITIA",
      };
    case "places":
      return {
        nameEn: `Ségou ${serial}`,
        nameFr: `Ségou ${serial}`,
        latitude: 13.4,
        longitude: -6.2,
      };
  }
}

export type RecordState = "draft" | "in_review" | "published" | "published_pending";

/** The place the tests correct: places cannot be created, only edited. */
export const FIXTURE_PLACE = "ML-SEGOU";

/**
 * A record in `state`, written by `by` (the world's author unless given). Kinds without a
 * workflow (actors, places) have a single state: an existing record with one revision.
 */
export async function recordIn(
  world: World,
  collection: Collection,
  state: RecordState,
  by: SignedInUser = world.author,
): Promise<{ id: string; version: number }> {
  const adapter = RECORD_ADAPTERS[collection];
  const parsed = adapter.schema.parse(sampleData(world, collection));
  return world.db.$transaction(async (db) => {
    if (!adapter.creatable) {
      const stored = await adapter.load(db, FIXTURE_PLACE);
      if (!stored) throw new Error("fixture place missing");
      const admin = world.staff.ADMIN;
      const input = { id: stored.id, expectedVersion: stored.version, data: parsed, summary: null };
      return saveRecord(db, adapter, admin, input);
    }
    let step = await createRecord(db, adapter, by, { data: parsed, summary: null });
    if (state === "draft" || !adapter.hasWorkflow) return step;
    const next = { id: step.id, summary: null };
    step = await submitForReview(db, adapter, world.author, {
      ...next,
      expectedVersion: step.version,
    });
    if (state === "in_review") return step;
    step = await publishRecord(db, adapter, world.staff.ADMIN, {
      ...next,
      expectedVersion: step.version,
    });
    if (state === "published") return step;
    return saveRecord(db, adapter, world.author, {
      ...next,
      expectedVersion: step.version,
      data: adapter.schema.parse(sampleData(world, collection)),
    });
  });
}
