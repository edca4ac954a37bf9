/**
 * The expected authorization of every server action and mutating route handler, written out
 * independently of lib/permissions (so that a wrong table entry fails the test). Each case
 * prepares a state in which the call would succeed for an allowed caller.
 */
import { randomUUID } from "node:crypto";
import type { SignedInUser } from "@/lib/auth/signed-in-user";
import { createInvitation } from "@/lib/auth/invitations";
import { hashPassword } from "@/lib/auth/password";
import { COLLECTIONS, type Collection } from "@/lib/workflow/adapters";
import {
  ADMINS,
  EDITORS,
  EVERYONE,
  KNOWN_PASSWORD,
  REVIEWERS,
  STAFF,
  recordIn,
  sampleData,
  type Who,
  type World,
} from "./authz-world";
import { createStaff } from "./staff";

export interface MatrixCase {
  label: string;
  allowed: readonly Who[];
  prepare(caller: SignedInUser | null): Promise<unknown>;
  /** The call may legitimately make something public. */
  publishes?: boolean;
  /** The call may legitimately change an existing user's role. */
  changesRoles?: boolean;
}

export type MatrixRow =
  | { kind: "cases"; cases(world: World): MatrixCase[] }
  /** Needs Next's request scope (Auth.js cookies): covered by the auth e2e and HTTP tests. */
  | { kind: "needs-request"; access: "public"; reason: string };

const perCollection = (
  build: (world: World, collection: Collection) => MatrixCase[],
): MatrixRow => ({
  kind: "cases",
  cases: (world) => COLLECTIONS.flatMap((collection) => build(world, collection)),
});

const cases = (build: (world: World) => MatrixCase[]): MatrixRow => ({
  kind: "cases",
  cases: build,
});

const step = (collection: Collection, record: { id: string; version: number }) => ({
  collection,
  id: record.id,
  expectedVersion: record.version,
});

const newInvitation = (world: World) =>
  createInvitation(world.db, {
    email: `${randomUUID()}@example.org`,
    name: "Invitee",
    role: "EDITOR",
    invitedById: world.staff.ADMIN.id,
  });

async function newSource(world: World, slug = randomUUID()) {
  return world.db.source.create({
    data: { slug, name: `Source ${slug.slice(0, 8)}`, kind: "NGO" },
    select: { id: true, version: true },
  });
}

/** Who may take each workflow step, by kind of record. */
interface Expected {
  create: readonly Who[];
  saveOwnDraft: readonly Who[];
  saveOthersDraft: readonly Who[];
  savePublished: readonly Who[];
  submit: readonly Who[];
  returnToDraft: readonly Who[];
  publish: readonly Who[];
  retract: readonly Who[];
  revert: readonly Who[];
  discard: readonly Who[];
}

const NOBODY: readonly Who[] = [];

const WORKFLOW: Expected = {
  create: STAFF,
  saveOwnDraft: STAFF,
  saveOthersDraft: EDITORS,
  savePublished: EDITORS,
  submit: EDITORS,
  returnToDraft: REVIEWERS,
  publish: REVIEWERS,
  retract: REVIEWERS,
  revert: REVIEWERS,
  discard: EDITORS,
};

/** Reference data: edited directly, no review steps at all. */
const DIRECT = (
  create: readonly Who[],
  write: readonly Who[],
  revert: readonly Who[],
): Expected => ({
  create,
  saveOwnDraft: write,
  saveOthersDraft: write,
  savePublished: write,
  submit: NOBODY,
  returnToDraft: NOBODY,
  publish: NOBODY,
  retract: NOBODY,
  revert,
  discard: NOBODY,
});

const EXPECTED: Record<Collection, Expected> = {
  events: WORKFLOW,
  institutions: WORKFLOW,
  milestones: WORKFLOW,
  indicators: WORKFLOW,
  observations: WORKFLOW,
  assessments: WORKFLOW,
  actors: DIRECT(EDITORS, EDITORS, REVIEWERS),
  // The geography is fixed: corrected by admins, never added to.
  places: DIRECT(NOBODY, ADMINS, ADMINS),
};

export const ACTION_MATRIX: Record<string, MatrixRow> = {
  "records.create": perCollection((world, collection) => [
    {
      label: collection,
      allowed: EXPECTED[collection].create,
      prepare: async () => ({ collection, data: sampleData(world, collection) }),
    },
  ]),
  "records.save": perCollection((world, collection) => [
    {
      label: `${collection}: own draft`,
      allowed: EXPECTED[collection].saveOwnDraft,
      prepare: async (caller) => ({
        ...step(collection, await recordIn(world, collection, "draft", caller ?? world.author)),
        data: sampleData(world, collection),
      }),
    },
    {
      label: `${collection}: someone else's draft`,
      allowed: EXPECTED[collection].saveOthersDraft,
      prepare: async () => ({
        ...step(collection, await recordIn(world, collection, "draft")),
        data: sampleData(world, collection),
      }),
    },
    {
      label: `${collection}: published record (pending change)`,
      allowed: EXPECTED[collection].savePublished,
      prepare: async () => ({
        ...step(collection, await recordIn(world, collection, "published")),
        data: sampleData(world, collection),
      }),
    },
  ]),
  "records.submit": perCollection((world, collection) => [
    {
      label: collection,
      allowed: EXPECTED[collection].submit,
      prepare: async () => step(collection, await recordIn(world, collection, "draft")),
    },
  ]),
  "records.return_to_draft": perCollection((world, collection) => [
    {
      label: collection,
      allowed: EXPECTED[collection].returnToDraft,
      prepare: async () => step(collection, await recordIn(world, collection, "in_review")),
    },
  ]),
  "records.publish": perCollection((world, collection) => [
    {
      label: collection,
      allowed: EXPECTED[collection].publish,
      publishes: true,
      prepare: async () => step(collection, await recordIn(world, collection, "in_review")),
    },
  ]),
  "records.retract": perCollection((world, collection) => [
    {
      label: collection,
      allowed: EXPECTED[collection].retract,
      prepare: async () => ({
        ...step(collection, await recordIn(world, collection, "published")),
        reason: "Duplicate",
      }),
    },
  ]),
  "records.revert": perCollection((world, collection) => [
    {
      label: collection,
      allowed: EXPECTED[collection].revert,
      prepare: async () => ({
        ...step(collection, await recordIn(world, collection, "published_pending")),
        revisionNumber: 1,
      }),
    },
  ]),
  "records.discard_pending": perCollection((world, collection) => [
    {
      label: collection,
      allowed: EXPECTED[collection].discard,
      prepare: async () => step(collection, await recordIn(world, collection, "published_pending")),
    },
  ]),

  "users.invite": cases(() => [
    {
      label: "new member",
      allowed: ADMINS,
      prepare: async () => ({ email: `${randomUUID()}@example.org`, name: "New", role: "EDITOR" }),
    },
  ]),
  "users.revoke_invitation": cases((world) => [
    {
      label: "open invitation",
      allowed: ADMINS,
      prepare: async () => {
        const invitation = await newInvitation(world);
        return { invitationId: invitation.id };
      },
    },
  ]),
  "users.change_role": cases((world) => [
    {
      label: "contributor → editor",
      allowed: ADMINS,
      changesRoles: true,
      prepare: async () => ({
        userId: (await createStaff(world.db, "CONTRIBUTOR")).id,
        role: "EDITOR",
      }),
    },
  ]),
  "users.disable": cases((world) => [
    {
      label: "active member",
      allowed: ADMINS,
      prepare: async () => ({ userId: (await createStaff(world.db, "EDITOR")).id }),
    },
  ]),
  "users.enable": cases((world) => [
    {
      label: "disabled member",
      allowed: ADMINS,
      prepare: async () => {
        const user = await createStaff(world.db, "EDITOR");
        await world.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
        return { userId: user.id };
      },
    },
  ]),
  "users.revoke_session": cases((world) => [
    {
      label: "another member's session",
      allowed: ADMINS,
      prepare: async () => ({ sessionId: (await createStaff(world.db, "EDITOR")).sessionId }),
    },
  ]),

  "sources.create": cases(() => [
    {
      label: "proposed source",
      allowed: STAFF,
      prepare: async () => ({ name: `Proposed ${randomUUID()}`, kind: "NEWS" }),
    },
  ]),
  "sources.update": cases((world) => [
    {
      label: "pending source",
      allowed: ADMINS,
      prepare: async () => {
        const source = await newSource(world);
        return {
          sourceId: source.id,
          expectedVersion: source.version,
          name: "Renamed",
          kind: "NGO",
        };
      },
    },
  ]),
  "sources.decide": cases((world) => [
    {
      label: "approve",
      allowed: ADMINS,
      prepare: async () => {
        const source = await newSource(world);
        return { sourceId: source.id, expectedVersion: source.version, decision: "APPROVED" };
      },
    },
  ]),
  "sources.grade": cases((world) => [
    {
      label: "grade B",
      allowed: ADMINS,
      prepare: async () => {
        const source = await newSource(world);
        return {
          sourceId: source.id,
          expectedVersion: source.version,
          reliability: "B",
          note: "ok",
        };
      },
    },
  ]),
  "sources.merge": cases((world) => [
    {
      label: "duplicate",
      allowed: ADMINS,
      prepare: async () => ({
        keepId: (await newSource(world)).id,
        mergeId: (await newSource(world)).id,
      }),
    },
  ]),
  "sources.delete": cases((world) => [
    {
      label: "uncited source",
      allowed: ADMINS,
      prepare: async () => ({ sourceId: (await newSource(world)).id }),
    },
  ]),

  "lookups.sources": cases(() => [
    { label: "search", allowed: STAFF, prepare: async () => ({ q: "fixture" }) },
  ]),
  "lookups.actors": cases(() => [
    { label: "search", allowed: STAFF, prepare: async () => ({ q: "fixture" }) },
  ]),

  "account.change_password": cases((world) => [
    {
      label: "own password",
      allowed: STAFF,
      prepare: async (caller) => {
        if (caller) {
          await world.db.user.update({
            where: { id: caller.id },
            data: { passwordHash: await hashPassword(KNOWN_PASSWORD) },
          });
        }
        const next = `new password ${randomUUID()}`;
        return { currentPassword: KNOWN_PASSWORD, newPassword: next, confirmPassword: next };
      },
    },
  ]),
  "account.accept_invitation": cases((world) => [
    {
      label: "open invitation",
      allowed: EVERYONE,
      prepare: async () => {
        const invitation = await newInvitation(world);
        const password = "invitee password 123";
        return {
          token: invitation.token,
          name: "Invitee",
          newPassword: password,
          confirmPassword: password,
        };
      },
    },
  ]),
  "auth.sign_in": {
    kind: "needs-request",
    access: "public",
    reason: "Auth.js sign-in; e2e/admin-auth.spec.ts and tests/integration/auth-sign-in.test.ts",
  },
  "auth.sign_out": {
    kind: "needs-request",
    access: "public",
    reason: "Auth.js sign-out; e2e/admin-auth.spec.ts",
  },
};

/** Mutating route handlers: path pattern → why and how it is covered. */
export const ROUTE_MATRIX: Record<string, string> = {
  "POST /api/auth/[...nextauth]":
    "public Auth.js endpoints (sign-in callback, sign-out): rate limiting and identical failures in e2e/admin-auth.spec.ts",
};
