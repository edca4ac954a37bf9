/**
 * The one role → permission table. Every server action, route handler and protected page asks
 * `can(role, permission)`; nothing else decides who may do what. Readers are anonymous and have
 * no role: they only ever see published content and hold no permission here.
 *
 * Permissions are `resource.verb`. For records under the editorial workflow the verbs are:
 *   draft   create a record as a draft, and edit one's own drafts before they are submitted
 *   write   edit any record; on a published record this proposes a pending change
 *   submit  send a draft (or a pending change) for review
 *   publish publish a record or a change (subject to the two-person rule), or send it back
 *   retract withdraw a published record from public view, with a public reason
 *   revert  restore an earlier revision (itself a new revision)
 */
import type { Role } from "@/lib/generated/prisma/enums";

const C = "CONTRIBUTOR";
const E = "EDITOR";
const R = "REVIEWER";
const A = "ADMIN";

const STAFF = [C, E, R, A] as const;
const DRAFTERS = STAFF;
const EDITORS = [E, R, A] as const;
const REVIEWERS = [R, A] as const;
const ADMINS = [A] as const;

/** Namespaces of the records that go through draft → review → published → retracted. */
export const WORKFLOW_NAMESPACES = ["events", "institutions", "indicators", "assessments"] as const;
export type WorkflowNamespace = (typeof WORKFLOW_NAMESPACES)[number];

export const PERMISSION_TABLE = {
  // Open the staff area (/admin), read drafts, pending changes and history.
  "admin.access": STAFF,

  "events.draft": DRAFTERS,
  "events.write": EDITORS,
  "events.submit": EDITORS,
  "events.publish": REVIEWERS,
  "events.retract": REVIEWERS,
  "events.revert": REVIEWERS,

  // Institutions and their lifecycle milestones.
  "institutions.draft": DRAFTERS,
  "institutions.write": EDITORS,
  "institutions.submit": EDITORS,
  "institutions.publish": REVIEWERS,
  "institutions.retract": REVIEWERS,
  "institutions.revert": REVIEWERS,

  // Indicators and their observations.
  "indicators.draft": DRAFTERS,
  "indicators.write": EDITORS,
  "indicators.submit": EDITORS,
  "indicators.publish": REVIEWERS,
  "indicators.retract": REVIEWERS,
  "indicators.revert": REVIEWERS,

  // Territorial-control assessments.
  "assessments.draft": DRAFTERS,
  "assessments.write": EDITORS,
  "assessments.submit": EDITORS,
  "assessments.publish": REVIEWERS,
  "assessments.retract": REVIEWERS,
  "assessments.revert": REVIEWERS,

  // Reference data without a publication workflow: changes apply at once (and are revisioned).
  "actors.write": EDITORS,
  "actors.revert": REVIEWERS,
  "places.write": ADMINS,
  "places.revert": ADMINS,

  // Anyone citing may propose a new source; it waits in the approval queue.
  "sources.create": DRAFTERS,
  // Approve or reject, grade reliability, edit, merge duplicates.
  "sources.curate": ADMINS,

  "users.manage": ADMINS,
  "audit.read": ADMINS,
  "settings.manage": ADMINS,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSION_TABLE;
export const PERMISSIONS = Object.keys(PERMISSION_TABLE) as Permission[];

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSION_TABLE, value);
}

/**
 * Whether `role` holds `permission`. Fails closed: no role (anonymous), an unknown role or an
 * unknown permission string is always denied.
 */
export function can(role: string | null | undefined, permission: Permission | string): boolean {
  if (!role || !isPermission(permission)) return false;
  const roles: readonly string[] = PERMISSION_TABLE[permission];
  return roles.includes(role);
}

export function permissionsOf(role: string | null | undefined): Permission[] {
  return PERMISSIONS.filter((permission) => can(role, permission));
}
